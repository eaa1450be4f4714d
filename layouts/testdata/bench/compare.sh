#!/usr/bin/env bash
# compare.sh: brief render against the reportlab+openpyxl peer (peer.py) on
# the same synthetic model, run alternately; prints each run and the medians
# of wall time and CPU time (user+sys) and the ratios, with the load.
#
#   layouts/testdata/bench/compare.sh BRIEF_BINARY [RUNS] [GENMODEL_ARGS...]
#
# RUNS defaults to 5; GENMODEL_ARGS to the issue 13 model (--sources 500
# --events 2000 --figures 2000 --stances 300). Environment:
#   ONLY=xlsx         render only these outputs (brief's and peer.py's --only)
#   BASE=OTHER_BRIEF  also run another brief binary (say, main's) in turn
#                     with the two, for a before/after in the same run
#   PYTHON=python3    the Python to run peer.py with; by default python3 when
#                     it has reportlab and openpyxl, else /usr/bin/python3
#
# The 100,000-citation workbook of issue 13:
#   ONLY=xlsx compare.sh brief 3 --evidence 100000 --sources 2000 \
#     --events 20000 --figures 20000 --stances 2000
#
# Needs python3 with reportlab and openpyxl (apt-get install
# python3-reportlab python3-openpyxl) and ../shared/tools/genmodel.py.
set -euo pipefail
brief=$(realpath "$1"); runs=${2:-5}; shift $(( $# >= 2 ? 2 : 1 ))
args=("$@"); [ ${#args[@]} -gt 0 ] || args=(--sources 500 --events 2000 --figures 2000 --stances 300)
here=$(dirname "$(realpath "$0")")
genmodel=$(realpath "$here/../../../../shared/tools/genmodel.py")
if [ -z "${PYTHON:-}" ]; then
  PYTHON=python3
  python3 -c 'import reportlab, openpyxl' 2>/dev/null || PYTHON=/usr/bin/python3
fi
only=(); [ -z "${ONLY:-}" ] || only=(--only "$ONLY")
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
"$PYTHON" "$genmodel" "${args[@]}" > "$work/m.json"
echo "model: ${args[*]}${ONLY:+; only $ONLY}; load: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores"
names=(brief); cmds=("$brief")
if [ -n "${BASE:-}" ]; then names+=(base); cmds+=("$(realpath "$BASE")"); fi
names+=(peer)
# timed NAME COMMAND...: runs the command under /usr/bin/time, keeps its
# wall and CPU seconds and peak RSS, and prints them.
timed() {
  local name=$1; shift
  /usr/bin/time -f "%e %M %U %S" -o "$work/t" "$@" >/dev/null
  read -r wall rss user sys < "$work/t"
  cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN {print u+s}')
  echo "$wall" >> "$work/$name.wall"; echo "$cpu" >> "$work/$name.cpu"
  printf ' %s %s s (cpu %s s, %s MB)' "$name" "$wall" "$cpu" "$((rss / 1024))"
}
for i in $(seq "$runs"); do
  printf 'run %s:' "$i"
  for k in "${!cmds[@]}"; do
    rm -rf "$work/out"
    timed "${names[$k]}" "${cmds[$k]}" render --model "$work/m.json" --out "$work/out" --quiet "${only[@]}"
  done
  rm -rf "$work/peer"
  timed peer "$PYTHON" "$here/peer.py" "$work/m.json" "$work/peer" "${only[@]}"
  echo
done
median() { sort -n "$1" | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
ratio() { awk -v b="$1" -v p="$2" 'BEGIN {printf "%.1f", p/b}'; }
for what in wall cpu; do
  p=$(median "$work/peer.$what")
  line="median $what:"
  for name in "${names[@]}"; do
    m=$(median "$work/$name.$what")
    line+=" $name $m s"
    [ "$name" = peer ] || line+=" (peer/$name $(ratio "$m" "$p")x)"
    line+=","
  done
  echo "${line%,}"
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"

#!/usr/bin/env bash
# compare.sh: brief render against the reportlab+openpyxl peer (peer.py) on
# the same synthetic model, run alternately; prints each run and the medians.
#
#   layouts/testdata/bench/compare.sh BRIEF_BINARY [RUNS] [GENMODEL_ARGS...]
#
# Needs python3 with reportlab and openpyxl (apt-get install
# python3-reportlab python3-openpyxl) and ../shared/tools/genmodel.py.
set -euo pipefail
brief=$(realpath "$1"); runs=${2:-5}; shift $(( $# >= 2 ? 2 : 1 ))
args=("$@"); [ ${#args[@]} -gt 0 ] || args=(--sources 500 --events 2000 --figures 2000 --stances 300)
here=$(dirname "$(realpath "$0")")
genmodel=$(realpath "$here/../../../../shared/tools/genmodel.py")
python=${PYTHON:-python3}
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
"$python" "$genmodel" "${args[@]}" > "$work/m.json"
echo "model: ${args[*]}; load: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores"
for i in $(seq "$runs"); do
  /usr/bin/time -f "%e %M %U %S" -o "$work/b" "$brief" render --model "$work/m.json" --out "$work/brief" --quiet >/dev/null
  /usr/bin/time -f "%e %M %U %S" -o "$work/p" "$python" "$here/peer.py" "$work/m.json" "$work/peer" >/dev/null
  read -r bt bm bu bs < "$work/b"; read -r pt pm pu ps < "$work/p"
  bc=$(awk -v u="$bu" -v s="$bs" 'BEGIN {print u+s}'); pc=$(awk -v u="$pu" -v s="$ps" 'BEGIN {print u+s}')
  echo "run $i: brief $bt s (cpu $bc s) ${bm} KB, peer $pt s (cpu $pc s) ${pm} KB"
  echo "$bt" >> "$work/bt"; echo "$pt" >> "$work/pt"; echo "$bc" >> "$work/bc"; echo "$pc" >> "$work/pc"
done
median() { sort -n "$1" | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
b=$(median "$work/bt"); p=$(median "$work/pt"); bc=$(median "$work/bc"); pc=$(median "$work/pc")
ratio() { awk -v b="$1" -v p="$2" 'BEGIN {printf "%.1f", p/b}'; }
echo "median wall: brief $b s, peer $p s, ratio $(ratio "$b" "$p")x"
echo "median cpu:  brief $bc s, peer $pc s, ratio $(ratio "$bc" "$pc")x; load after: $(cut -d' ' -f1-3 /proc/loadavg)"

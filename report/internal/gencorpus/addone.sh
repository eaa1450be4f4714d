#!/usr/bin/env bash
# addone.sh times the "one new article" case: build N articles once (cold,
# which fills the cache) and once more with nothing new (warm: as a desk's
# folder is after its first week, every article older than the run, so
# the article index knows them all), then, RUNS times, restore the output
# folder as the warm build left it, add one article and time `brief
# build`.
#
#	report/internal/gencorpus/addone.sh [N] [RUNS] [BRIEF]
#
# N defaults to 10000, RUNS to 3, BRIEF to a binary built from this tree.
# WORK (default /tmp/addone-N) keeps the corpus, the configuration and
# the cold build between calls; delete it to start again. Each line
# printed is one run: wall seconds, user seconds, system seconds, peak
# resident KiB, then the load average. COLD=1 builds cold and warm again.
# WEEK=2024-W26 times the weekly run instead: each add-one build is
# `--week WEEK` (the new article, 2024-06-30, is in 2024-W26), over the
# cache the whole-corpus builds filled.
set -euo pipefail
n=${1:-10000}
runs=${2:-3}
root=$(cd "$(dirname "$0")/../../.." && pwd)
work=${WORK:-/tmp/addone-$n}
brief=${3:-}
if [ -z "$brief" ]; then
	brief=$work/brief
	(cd "$root" && go build -o "$brief" ./cmd/brief)
fi
mkdir -p "$work"
if [ ! -d "$work/sources" ]; then
	(cd "$root" && go run ./report/internal/gencorpus -n "$n" -out "$work/sources")
	(cd "$root" && go run ./report/internal/gencorpus -n 1 -first "$n" -seed 2 -out "$work/new")
fi
sed "s|^sources = \"sources\"|sources = \"$work/sources\"|" "$root/config.toml" >"$work/config.toml"
timefmt='%e %U %S %M'
if [ ! -d "$work/out.cold" ] || [ -n "${COLD:-}" ]; then
	rm -rf "$work/out.cold" "$work/sources/$(ls "$work/new")"
	printf 'cold: '
	/usr/bin/time -f "$timefmt" "$brief" build --config "$work/config.toml" --out "$work/out.cold" --quiet 2>&1 >/dev/null | tr '\n' ' '
	cut -d' ' -f1-3 /proc/loadavg
	sleep 1 # articles written just before the run are read again by the next (racyMargin)
	printf 'warm: '
	/usr/bin/time -f "$timefmt" "$brief" build --config "$work/config.toml" --out "$work/out.cold" --quiet 2>&1 >/dev/null | tr '\n' ' '
	cut -d' ' -f1-3 /proc/loadavg
fi
new=$(ls "$work/new")
period=()
if [ -n "${WEEK:-}" ]; then
	period=(--week "$WEEK")
fi
for i in $(seq "$runs"); do
	rm -rf "$work/out" "$work/sources/$new"
	cp -a "$work/out.cold" "$work/out"
	cp "$work/new/$new" "$work/sources/"
	printf 'add-one%s: ' "${WEEK:+ --week $WEEK}"
	/usr/bin/time -f "$timefmt" "$brief" build --config "$work/config.toml" --out "$work/out" --quiet "${period[@]}" 2>&1 >/dev/null | tr '\n' ' '
	cut -d' ' -f1-3 /proc/loadavg
done
rm -f "$work/sources/$new"

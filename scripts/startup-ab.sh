#!/usr/bin/env bash
# Compares `bin/corroborate` end to end (launcher, jar, AOT cache and JVM flags together) between this
# tree and another git revision: `--version`, the seed check and the 1k check of scripts/check-latency.sh,
# runs alternated. Prints each side's median wall, CPU (user + sys) and max RSS, and the median of the
# per-round differences (this tree minus the other; on a shared machine the paired difference is the
# figure to trust: two runs a few seconds apart see about the same load).
#
# Usage: scripts/startup-ab.sh [-w WORK_DIR] [-n RUNS] REV
#   REV       the revision to compare with (e.g. main); its tree is exported under WORK_DIR/ab-REV and
#             built there by its own bin/corroborate (once; a minute or two).
#   WORK_DIR  scripts/check-latency.sh's work folder (run that script once first for the 1k corpus).
#   RUNS      rounds (default 9).
# Both sides' caches are made the same way first: removed, then created by a seed check.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
work=$root/bench/target/check-latency
runs=9
while getopts "w:n:" opt; do
  case $opt in
    w) work=$OPTARG ;;
    n) runs=$OPTARG ;;
    *) sed -n '2,/^set -euo/p' "$0" | sed '$d' >&2; exit 2 ;;
  esac
done
shift $((OPTIND - 1))
[ $# = 1 ] || { sed -n '2,/^set -euo/p' "$0" | sed '$d' >&2; exit 2; }
rev=$1
[ -d "$work/index1k" ] && [ -f "$work/draft1k.md" ] || { echo "startup-ab: run scripts/check-latency.sh $work first" >&2; exit 1; }
other="$work/ab-$(printf '%s' "$rev" | tr -c 'A-Za-z0-9._-' _)"
if [ ! -f "$other/app/target/corroborate.jar" ]; then
  rm -rf "$other"
  mkdir -p "$other"
  git -C "$root" archive "$rev" | tar -x -C "$other"
  echo "startup-ab: building $rev in $other ..." >&2
  "$other/bin/corroborate" --version >/dev/null
fi
"$root/bin/corroborate" --version >/dev/null   # builds this tree's jar when needed
java="$("$root/bin/find-jdk")/bin/java"
[ -d "$work/index-seeds" ] || "$java" -jar "$root/app/target/corroborate.jar" index "$root/seeds" --index "$work/index-seeds" >&2
seed_draft="$root/fixtures/check/seed-draft.md"
out="$work/startup-ab"
rm -rf "$out"
mkdir -p "$out"

sides=("this tree=$root" "$rev=$other")
for side in "${sides[@]}"; do
  tree=${side#*=}
  rm -f "$tree"/app/target/corroborate.aot*
  "$tree/bin/corroborate" check "$seed_draft" --index "$work/index-seeds" --format json >/dev/null 2>&1 || true
done

runs_of() { # $1 = label, $2 = tree, $3 = run name, then the command's arguments
  local label=$1 tree=$2 name=$3
  shift 3
  /usr/bin/time -f "%e %U %S %M" -o "$out/time" "$tree/bin/corroborate" "$@" >"$out/$label.$name.out" 2>/dev/null || true
  tail -1 "$out/time" >> "$out/$label.$name"
}
date -u
uptime
for ((r = 1; r <= runs; r++)); do
  for s in 0 1; do
    tree=${sides[$s]#*=}
    runs_of "$s" "$tree" version --version
    runs_of "$s" "$tree" seeds check "$seed_draft" --index "$work/index-seeds" --format json
    runs_of "$s" "$tree" 1k check "$work/draft1k.md" --index "$work/index1k" --format json
  done
done
uptime
for name in seeds 1k; do
  cmp -s "$out/0.$name.out" "$out/1.$name.out" || echo "startup-ab: the $name check's output differs between the two sides"
done

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
echo "medians of $runs alternated rounds (wall s / CPU s / max RSS MB); difference = this tree minus $rev, median of the rounds' differences"
printf '%-10s %-26s %-26s %s\n' "run" "this tree" "$rev" "difference (wall / CPU)"
for name in version seeds 1k; do
  a="$out/0.$name"
  b="$out/1.$name"
  side() { printf '%.2f / %.2f / %.0f' "$(awk '{ print $1 }' "$1" | median)" "$(awk '{ print $2 + $3 }' "$1" | median)" "$(awk '{ print $4 / 1024 }' "$1" | median)"; }
  dwall=$(paste "$a" "$b" | awk '{ print $1 - $5 }' | median)
  dcpu=$(paste "$a" "$b" | awk '{ print ($2 + $3) - ($6 + $7) }' | median)
  printf '%-10s %-26s %-26s %+.2f / %+.2f\n' "$name" "$(side "$a")" "$(side "$b")" "$dwall" "$dcpu"
done

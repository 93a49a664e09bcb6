#!/usr/bin/env bash
# Times `corroborate check` end to end (JVM start included), without and with the start-up work of
# bin/corroborate (AOT cache or CDS archive, C1 only), on:
#   - the seed draft against an index of seeds/ (5 articles), and
#   - a ~1,000-word Markdown draft against an index of 1,000 generated articles (bin/bench-gen 1000).
# Usage: scripts/check-latency.sh [WORK_DIR] [RUNS]   (default: bench/target/check-latency, 2 runs each)
# Prints /usr/bin/time's wall, user and sys seconds and max RSS per run, then the phases of one 1k check
# and the CPU of each of its threads;
# note the machine's load (uptime). An index of an older format is rebuilt (delete it to rebuild by hand).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
work=${1:-$root/bench/target/check-latency}
runs=${2:-2}
mkdir -p "$work"
java="$("$root/bin/find-jdk")/bin/java"
"$root/bin/corroborate" --version >/dev/null 2>&1   # builds the jar when needed
jar="$root/app/target/corroborate.jar"

[ -f "$work/corpus1k/truth.json" ] || "$root/bin/bench-gen" 1000 "$work/corpus1k" >&2
# `index` rebuilds an index of an older format and keeps an up-to-date one as it is (a few seconds)
# (the corpus by its physical path: a corpus folder given as a symbolic link reads as empty, and an update
# from an empty corpus empties the index)
"$java" -jar "$jar" index "$(cd "$work/corpus1k" && pwd -P)" --index "$work/index1k" >&2
"$java" -jar "$jar" index "$root/seeds" --index "$work/index-seeds" >&2

# The draft: the bodies of every 37th generated article (restated facts, some of which other articles
# contradict) until 1,000 words, and one invented claim.
draft="$work/draft1k.md"
if [ ! -f "$draft" ]; then
  mapfile -t files < <(find "$work/corpus1k" -name '*.txt' | sort)
  words=0
  i=0
  {
    printf '# Draft: the week in Riverton and beyond\n\n'
    while [ "$words" -lt 1000 ]; do
      f=${files[$(( i * 37 % ${#files[@]} ))]}
      tail -n +2 "$f" | grep -v '^[[:space:]]*$' | while IFS= read -r line; do printf '%s\n\n' "$line"; done
      words=$(( words + $(tail -n +2 "$f" | wc -w) ))
      i=$(( i + 1 ))
    done
    printf 'The mayor announced a new panda enclosure at the city zoo on Sunday.\n'
  } > "$draft"
fi

t() {
  local label=$1
  shift
  /usr/bin/time -f "$label: %e s wall, %U s user, %S s sys, %M KB max RSS" "$@" >/dev/null 2>"$work/time.err" || true
  tail -1 "$work/time.err"
}
date -u
uptime
echo "draft: $(wc -w < "$draft") words"
rm -f "$root/app/target/corroborate.aot"
t "training run (bin/corroborate records its classes and creates the cache)" \
  "$root/bin/corroborate" check "$root/fixtures/check/seed-draft.md" --index "$work/index-seeds" --format json
for ((r = 1; r <= runs; r++)); do
  t "seeds, without (java -jar)" "$java" -jar "$jar" check "$root/fixtures/check/seed-draft.md" --index "$work/index-seeds" --format json
  t "seeds, with (bin/corroborate)" "$root/bin/corroborate" check "$root/fixtures/check/seed-draft.md" --index "$work/index-seeds" --format json
done
for ((r = 1; r <= runs; r++)); do
  t "1k, without (java -jar)" "$java" -jar "$jar" check "$draft" --index "$work/index1k" --format json
  t "1k, with (bin/corroborate)" "$root/bin/corroborate" check "$draft" --index "$work/index1k" --format json
done
# where one 1k check spends its time: wall and thread CPU per phase (CORROBORATE_TIMINGS=1, see docs/ci.md)
echo "phases of one 1k check with bin/corroborate:"
CORROBORATE_TIMINGS=1 "$root/bin/corroborate" check "$draft" --index "$work/index1k" --format json 2>&1 >/dev/null \
  | sed -n 's/^corroborate: timings: /  /p' || true
# CPU per thread of one 1k check with bin/corroborate (/proc/PID/task/*/stat read every
# 10 ms until it exits; a thread that ends between two reads loses at most 10 ms): under load, when wall
# times are several times the quiet ones, this is the figure that compares two builds
echo "CPU per thread of one 1k check (ms):"
per_thread() {
  "$@" >/dev/null 2>&1 &
  local pid=$! t stat name rest
  declare -A cpu=()
  while kill -0 "$pid" 2>/dev/null; do
    for t in /proc/"$pid"/task/*; do
      stat=$(cat "$t/stat" 2>/dev/null) || continue
      name=${stat#*(}; name=${name%%)*}
      rest=(${stat##*) })
      cpu["${t##*/} $name"]=$(( (rest[11] + rest[12]) * 1000 / $(getconf CLK_TCK) ))
    done
    sleep 0.01
  done
  wait "$pid" || true
  for t in "${!cpu[@]}"; do echo "${cpu[$t]} ${t#* }"; done \
    | awk '{ n = $2; for (i = 3; i <= NF; i++) n = n " " $i; by[n] += $1; total += $1 }
           END { for (n in by) if (by[n] > 0) printf "  %6d  %s\n", by[n], n; printf "  %6d  process\n", total }' | sort -rn
}
per_thread "$root/bin/corroborate" check "$draft" --index "$work/index1k" --format json   # it execs the JVM
uptime

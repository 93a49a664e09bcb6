#!/usr/bin/env bash
# Compares JVM flag sets on one `corroborate check` (by default the 1k check of scripts/check-latency.sh:
# a ~1,000-word draft against an index of 1,000 generated articles), JVM start included, and prints the
# median wall time, CPU (user + sys) and max RSS of each set.
#
# Each set runs as bin/corroborate runs a check on JDK 24 and newer: with an AOT cache of its own,
# recorded and created beforehand with the set's own flags (a cache trained under other flags would
# favour the set it was trained with). Runs are alternated (set 1, set 2, ..., set 1, set 2, ...) so that a
# change in the machine's load falls on every set alike; on a shared machine read the CPU column first.
# Each set's JSON output is compared with the first set's: a flag must not change the output.
#
# Usage: scripts/startup-flags.sh [-w WORK_DIR] [-n RUNS] [-c] [SET ...]
#   WORK_DIR  scripts/check-latency.sh's work folder (its corpus1k, index1k and draft1k.md; run that
#             script once first). Default: bench/target/check-latency.
#   RUNS      runs of each set (default 5).
#   -c        the seed draft against the seeds' index instead of the 1k check (quick).
#   SET       "label|java options" (the options of bin/corroborate's check are not added: write them),
#             optionally "label|java options@/path/to/other/corroborate.jar" to compare two builds.
#             Without any, the sets below (the launcher's current choice first). A set whose options
#             name -Xshare runs without an AOT cache of its own.
# Re-run it after a change to the engine's live set or threads: the collector's and JIT's best choice follow them.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
work=$root/bench/target/check-latency
runs=5
seeds=0
while getopts "w:n:c" opt; do
  case $opt in
    w) work=$OPTARG ;;
    n) runs=$OPTARG ;;
    c) seeds=1 ;;
    *) sed -n '2,/^set -euo/p' "$0" | sed '$d' >&2; exit 2 ;;
  esac
done
shift $((OPTIND - 1))

current="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"   # what bin/corroborate gives a check today
sets=("$@")
if [ ${#sets[@]} -eq 0 ]; then
  sets=(
    "current (C1, serial)|$current"
    "serial, MaxTenuringThreshold=0|$current -XX:MaxTenuringThreshold=0"
    "parallel, 2 GC threads|-XX:TieredStopAtLevel=1 -XX:+UseParallelGC -XX:ParallelGCThreads=2"
    "G1|-XX:TieredStopAtLevel=1"
    "C1 and C2 (all tiers), serial|-XX:+UseSerialGC"
    "no PerfData|$current -XX:-UsePerfData"
    "AOT cache without class linking|$current -XX:-AOTClassLinking"
    "one C1 thread|$current -XX:CICompilerCount=1"
    "cache mapped where it was made|$current -XX:+UnlockDiagnosticVMOptions -XX:ArchiveRelocationMode=0"
    "smaller thread stacks (-Xss512k)|$current -Xss512k"
    "no AOT cache (the JDK's own CDS only)|$current -Xshare:auto"
    "no class-data sharing at all|$current -Xshare:off"
  )
fi

jdk=$("$root/bin/find-jdk")
java="$jdk/bin/java"
major=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$jdk/release")
[ "${major:-0}" -ge 24 ] || { echo "startup-flags: needs JDK 24 or newer (AOT cache); found $jdk" >&2; exit 1; }
default_jar="$root/app/target/corroborate.jar"
"$root/bin/corroborate" --version >/dev/null   # builds the jar when needed

if [ "$seeds" = 1 ]; then
  index="$work/index-seeds"
  draft="$root/fixtures/check/seed-draft.md"
  [ -d "$index" ] || "$java" -jar "$default_jar" index "$root/seeds" --index "$index" >&2
else
  index="$work/index1k"
  draft="$work/draft1k.md"
  [ -d "$index" ] && [ -f "$draft" ] || { echo "startup-flags: run scripts/check-latency.sh $work first (no $index or $draft)" >&2; exit 1; }
fi
out="$work/startup-flags"
rm -rf "$out"
mkdir -p "$out"

labels=()
options=()
jars=()
for s in "${sets[@]}"; do
  label=${s%%|*}
  rest=${s#*|}
  jar=$default_jar
  if [[ "$rest" == *@* ]]; then jar=${rest##*@}; rest=${rest%@*}; fi
  labels+=("$label")
  options+=("$rest")
  jars+=("$(cd "$(dirname "$jar")" && pwd)/$(basename "$jar")")
done

check() { # $1 = set number, then extra java options; runs one check of that set, its output to $out/N.json
  local i=$1
  shift
  # shellcheck disable=SC2086 # a set's options are words
  "$java" "$@" ${options[$i]} -jar "${jars[$i]}" check "$draft" --index "$index" --format json --out "$out/$i.json"
}

date -u
uptime
echo "java: $jdk ($("$java" -version 2>&1 | head -1))"
echo "check: $draft against $index, $runs runs of each set, alternated"
echo "training each set's AOT cache (record, then create, with the set's options) ..."
cache=()
for i in "${!labels[@]}"; do
  cache[$i]=""
  [[ " ${options[$i]} " == *" -Xshare:"* ]] && continue
  cache[$i]="-XX:AOTCache=$out/$i.aot"
  check "$i" -XX:AOTMode=record "-XX:AOTConfiguration=$out/$i.conf" -Xlog:aot=off -Xlog:cds=off >/dev/null 2>&1 || true
  # shellcheck disable=SC2086
  "$java" -XX:AOTMode=create "-XX:AOTConfiguration=$out/$i.conf" "-XX:AOTCache=$out/$i.aot" ${options[$i]} \
    -Xlog:aot=off -Xlog:cds=off -jar "${jars[$i]}" >/dev/null 2>&1 || { echo "  ${labels[$i]}: the AOT cache could not be created (runs without)"; cache[$i]=""; }
done

for ((r = 1; r <= runs; r++)); do
  for i in "${!labels[@]}"; do
    rm -f "$out/gc.log"
    /usr/bin/time -f "%e %U %S %M" -o "$out/time" \
      "$java" ${cache[$i]} -Xlog:aot=off -Xlog:cds=off "-Xlog:gc+cpu=info:file=$out/gc.log::filecount=0" ${options[$i]} \
      -jar "${jars[$i]}" check "$draft" --index "$index" --format json --out "$out/$i.json" >/dev/null 2>"$out/$i.err" || true
    # the collector's CPU: the user and sys time the JVM logs for each pause (the process's, while the
    # pause stops the run's own threads; a concurrent collector's work between pauses is not in it)
    gc_cpu=$(sed -n 's/.*User=\([0-9.]*\)s Sys=\([0-9.]*\)s.*/\1 \2/p' "$out/gc.log" 2>/dev/null | awk '{ t += $1 + $2 } END { printf "%.2f", t }')
    echo "$(tail -1 "$out/time") $gc_cpu" >> "$out/$i.times"
    if [ "$r" = 1 ] && [ "$i" != 0 ] && ! cmp -s "$out/0.json" "$out/$i.json"; then
      echo "  ${labels[$i]}: OUTPUT DIFFERS from ${labels[0]} (see $out/$i.json)"
    fi
  done
done

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
printf '%-40s %9s %9s %9s %9s   %s\n' "set" "wall (s)" "CPU (s)" "GC CPU" "RSS (MB)" "CPU of each run"
for i in "${!labels[@]}"; do
  f="$out/$i.times"
  wall=$(awk '{ print $1 }' "$f" | median)
  cpu=$(awk '{ print $2 + $3 }' "$f" | median)
  gc=$(awk '{ print $5 }' "$f" | median)
  rss=$(awk '{ print $4 / 1024 }' "$f" | median)
  printf '%-40s %9.2f %9.2f %9.2f %9.0f   %s\n' "${labels[$i]}" "$wall" "$cpu" "$gc" "$rss" "$(awk '{ printf "%.2f ", $2 + $3 }' "$f")"
done
echo "(medians of $runs runs; options of each set:)"
for i in "${!labels[@]}"; do
  note=""
  [ "${jars[$i]}" = "$default_jar" ] || note="  (jar: ${jars[$i]})"
  echo "  ${labels[$i]}: ${options[$i]}$note"
done
uptime

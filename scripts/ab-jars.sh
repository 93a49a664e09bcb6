#!/usr/bin/env bash
# Compares two or more built jars on one command, runs alternated, the way bin/corroborate runs a check or a
# small scan: each jar with its own AOT cache (trained once on the same command, beside the jar as JAR.aot-NAME),
# C1 only and the serial collector. Prints /usr/bin/time's wall, user, sys and max RSS per run, then the load.
# Usage: scripts/ab-jars.sh RUNS LABEL=JAR[@ARG_TO_REPLACE] ... -- COMMAND ARGS...
#   In COMMAND ARGS, the word @X is replaced per jar by what follows its @ (for an index each build made itself,
#   since a check refuses an index another engine build wrote), e.g.
#   scripts/ab-jars.sh 5 base=/tmp/base.jar@/tmp/idx-base main=app/target/corroborate.jar@/tmp/idx-main \
#     -- check draft.md --index @X --format json
# Each run's standard output is written to /tmp/ab-jars-LABEL.out, to compare (cmp) after.
# EXTRA_OPTS adds JVM options to every run.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
java="$("$here/../bin/find-jdk")/bin/java"
runs=$1
shift
specs=()
while [ $# -gt 0 ] && [ "$1" != -- ]; do specs+=("$1"); shift; done
[ "${1:-}" = -- ] || { echo "usage: $0 RUNS LABEL=JAR[@X] ... -- COMMAND ARGS..." >&2; exit 2; }
shift
opts=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC ${EXTRA_OPTS:-})
command_for() { # $1 = replacement for @X; prints nothing, fills cmd
  cmd=()
  local a
  for a in "${args[@]}"; do cmd+=("${a//@X/$1}"); done
}
args=("$@")
name=$(printf '%s' "${args[*]}" | cksum | cut -d' ' -f1)
for spec in "${specs[@]}"; do
  label=${spec%%=*}; rest=${spec#*=}; jar=${rest%%@*}; x=""; [[ "$rest" == *@* ]] && x=${rest#*@}
  command_for "$x"
  aot="$jar.aot-$name"
  if [ ! -f "$aot" ] || [ "$jar" -nt "$aot" ]; then
    "$java" -XX:AOTMode=record "-XX:AOTConfiguration=$aot.conf" -Xlog:aot=off -Xlog:cds=off "${opts[@]}" -jar "$jar" "${cmd[@]}" >/dev/null 2>&1 || true
    "$java" -XX:AOTMode=create "-XX:AOTConfiguration=$aot.conf" "-XX:AOTCache=$aot" -Xlog:aot=off -Xlog:cds=off -jar "$jar" >/dev/null 2>&1
    rm -f "$aot.conf"
  fi
done
for ((r = 1; r <= runs; r++)); do
  for spec in "${specs[@]}"; do
    label=${spec%%=*}; rest=${spec#*=}; jar=${rest%%@*}; x=""; [[ "$rest" == *@* ]] && x=${rest#*@}
    command_for "$x"
    /usr/bin/time -f "$label: %e s wall, %U s user, %S s sys, %M KB max RSS" "$java" "-XX:AOTCache=$jar.aot-$name" \
      -Xlog:aot=off -Xlog:cds=off "${opts[@]}" -jar "$jar" "${cmd[@]}" 2>/tmp/ab-jars-time.err >"/tmp/ab-jars-$label.out" || true
    tail -1 /tmp/ab-jars-time.err
  done
done
uptime

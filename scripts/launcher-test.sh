#!/usr/bin/env bash
# Tests bin/corroborate and bin/find-jdk in a sandbox (a copy of the two scripts, fake sources and jar, a
# stub Maven and stub JDKs that log how they were called), then measures the launcher's own cost: the CPU
# and wall time of bin/corroborate when `java` is a stub that exits at once.
# Usage: scripts/launcher-test.sh [-n RUNS] [-r REV]
#   RUNS  runs for the cost measurement (default 50; 0 skips it)
#   REV   also measure bin/corroborate and bin/find-jdk as of this git revision (e.g. main), alternated
# Exits 1 when an assertion fails.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
runs=50
rev=""
while getopts "n:r:" opt; do
  case $opt in
    n) runs=$OPTARG ;;
    r) rev=$OPTARG ;;
    *) sed -n '2,/^set -euo/p' "$0" | sed '$d' >&2; exit 2 ;;
  esac
done

box=$(mktemp -d)
trap '[ -n "${KEEP_BOX:-}" ] || rm -rf "$box"' EXIT
failures=0
pass() { echo "  ok    $1"; }
fail() { echo "  FAIL  $1"; failures=$((failures + 1)); }
expect() { # $1 = description, then a command that must succeed
  local what=$1
  shift
  if "$@"; then pass "$what"; else fail "$what"; fi
}

# A stub JDK: `java` appends its working folder and arguments to $box/java.log, creates the files that
# -XX:AOTConfiguration (record) and -XX:AOTCache (create) name, and exits with $STUB_RC (default 0; a
# create step always succeeds).
make_jdk() { # $1 = folder, $2 = JAVA_VERSION, $3 = JAVA_RUNTIME_VERSION
  mkdir -p "$1/bin"
  printf 'IMPLEMENTOR="stub"\nJAVA_VERSION="%s"\nJAVA_RUNTIME_VERSION="%s"\n' "$2" "$3" > "$1/release"
  cat > "$1/bin/java" <<'STUB'
#!/usr/bin/env bash
echo "$PWD | $*" >> "$STUB_LOG"
mode=""
for a in "$@"; do
  case $a in
    -XX:AOTMode=*) mode=${a#*=} ;;
    -XX:AOTConfiguration=*) conf=${a#*=} ;;
    -XX:AOTCache=*) cache=${a#*=} ;;
  esac
done
[ "$mode" = record ] && : > "$conf"
if [ "$mode" = create ]; then : > "$cache"; exit 0; fi
exit "${STUB_RC:-0}"
STUB
  printf '#!/bin/sh\nexit 0\n' > "$1/bin/javac"
  chmod +x "$1/bin/java" "$1/bin/javac"
}

# A sandbox checkout: bin/corroborate and bin/find-jdk (from the working tree, or from git REV), sources
# and poms dated 2001, and a stub bin/mvn-jdk that logs its call and writes the jar.
make_repo() { # $1 = folder, $2 = git revision or empty
  local repo=$1
  mkdir -p "$repo/bin" "$repo/app/target" "$repo/scripts/build" \
    "$repo/core/src/main/java/org/x" "$repo/core/src/main/resources" "$repo/app/src/main/java/org/y"
  if [ -n "$2" ]; then
    git -C "$root" show "$2:bin/corroborate" > "$repo/bin/corroborate"
    git -C "$root" show "$2:bin/find-jdk" > "$repo/bin/find-jdk"
  else
    cp "$root/bin/corroborate" "$root/bin/find-jdk" "$repo/bin/"
  fi
  printf '#!/usr/bin/env bash\necho built >> "%s/mvn.log"\nmkdir -p "%s/app/target"\n: > "%s/app/target/corroborate.jar"\n' \
    "$box" "$repo" "$repo" > "$repo/bin/mvn-jdk"
  chmod +x "$repo/bin/"*
  touch "$repo/pom.xml" "$repo/core/pom.xml" "$repo/app/pom.xml" "$repo/scripts/build/Step.java" \
    "$repo/core/src/main/java/org/x/A.java" "$repo/core/src/main/java/org/x/B.java" \
    "$repo/app/src/main/java/org/y/Main.java" "$repo/core/src/main/resources/model.bin"
  find "$repo" -path "$repo/bin" -prune -o -exec touch -d '2001-01-01' {} +
}

make_jdk "$box/jdk25" 25.0.3 "25.0.3+9-LTS"
make_jdk "$box/jdk21" 21.0.9 "21.0.9+10-LTS"
make_jdk "$box/jdk17" 17.0.2 "17.0.2+8"
make_repo "$box/repo" ""
export STUB_LOG="$box/java.log"
repo=$box/repo
draft="$box/draft.md"
echo "A claim." > "$draft"
last_java() { tail -1 "$STUB_LOG"; }
calls() { [ -f "$1" ] && wc -l < "$1" || echo 0; }
has() { [[ "$(last_java)" == *"$1"* ]]; }
lacks() { [[ "$(last_java)" != *"$1"* ]]; }
run() { JAVA_HOME=${JDK:-$box/jdk25} "$repo/bin/corroborate" "$@" > /dev/null 2>&1; }

echo "launcher tests (sandbox $box):"
run --version
expect "no jar: Maven builds it" [ "$(calls "$box/mvn.log")" = 1 ]
expect "--version makes no cache (it would hold too few classes)" [ ! -f "$repo/app/target/corroborate.aot" ]
expect "  ... and runs without one" lacks "-XX:AOT"
run check --help
expect "nor does check --help" [ ! -f "$repo/app/target/corroborate.aot" ]
rc=0
STUB_RC=2 run check "$draft" --index "$box/index" || rc=$?
expect "a run that fails on usage (exit code 2) is recorded" [ "$(grep -c "AOTMode=record" "$STUB_LOG")" = 1 ]
expect "  ... but makes no cache" [ ! -f "$repo/app/target/corroborate.aot" ]
expect "the recording run's exit code is the launcher's" [ "$rc" = 2 ]
STUB_RC=1 run check "$draft" --index "$box/index" || true
expect "a check with failing findings (exit code 1) records its classes and creates the cache" \
  grep -q -- "-XX:AOTMode=create" "$STUB_LOG"
expect "the cache and the JDK that made it are beside the jar" \
  grep -qx "$box/jdk25 25.0.3+9-LTS" "$repo/app/target/corroborate.aot.jdk"
run check "$draft" --index "$box/index"
expect "next run maps the cache" has "-XX:AOTCache=$repo/app/target/corroborate.aot"
expect "a check runs with C1 only and the serial collector" has "-XX:+UseSerialGC -XX:TieredStopAtLevel=1"
expect "the arguments reach the CLI as given" has "-jar $repo/app/target/corroborate.jar check $draft --index $box/index"
expect "no rebuild while the jar is newer than every input" [ "$(calls "$box/mvn.log")" = 1 ]

(cd "$box" && JAVA_HOME=$box/jdk25 "$repo/bin/corroborate" check draft.md > /dev/null)
expect "run from another folder: the JVM starts there, relative paths kept" has "$box | "
expect "  ... and the jar is found by its absolute path" has "-jar $repo/app/target/corroborate.jar check draft.md"
(cd "$repo/bin" && JAVA_HOME=$box/jdk25 ./corroborate --version > /dev/null)
expect "run as ./corroborate from bin/" has "-jar $repo/app/target/corroborate.jar --version"

for input in core/src/main/java/org/x/A.java core/src/main/resources/model.bin app/pom.xml pom.xml scripts/build/Step.java; do
  before=$(calls "$box/mvn.log")
  touch "$repo/$input"
  run --version
  expect "changed $input: rebuilt" [ "$(calls "$box/mvn.log")" = $((before + 1)) ]
done
before=$(calls "$box/mvn.log")
rm "$repo/core/src/main/java/org/x/B.java"
run --version
expect "removed a source file: rebuilt" [ "$(calls "$box/mvn.log")" = $((before + 1)) ]
before=$(calls "$box/mvn.log")
touch "$repo/bench-notes.txt"
run --version
expect "a file outside the jar's inputs: no rebuild" [ "$(calls "$box/mvn.log")" = "$before" ]

run check "$draft"   # the rebuild above made the cache stale: this run records again
run check "$draft"
expect "cache recreated after the rebuild, then mapped" has "-XX:AOTCache="
sed -i 's/25.0.3+9-LTS/25.0.4+7-LTS/' "$box/jdk25/release"
before=$(grep -c "AOTMode=record" "$STUB_LOG")
run check "$draft"
expect "the JDK updated in place: the cache is recorded again" [ "$(grep -c "AOTMode=record" "$STUB_LOG")" = $((before + 1)) ]
run check "$draft"
expect "  ... and then mapped" has "-XX:AOTCache="
CORROBORATE_CDS=0 run check "$draft"
expect "CORROBORATE_CDS=0: no cache" lacks "-XX:AOTCache"
CORROBORATE_JAVA_OPTS="-Xmx1g" run check "$draft"
expect "CORROBORATE_JAVA_OPTS reaches the JVM" has "-Xmx1g"
JDK=$box/jdk21 run --version
expect "JDK 21, --version and no archive yet: none made" lacks "SharedArchive"
JDK=$box/jdk21 run check "$draft"
expect "JDK 21: a dynamic CDS archive" has "-XX:+AutoCreateSharedArchive -XX:SharedArchiveFile=$repo/app/target/corroborate.jsa"
: > "$repo/app/target/corroborate.jsa"
JDK=$box/jdk21 run --version
expect "JDK 21, --version once the archive exists: it is used" has "-XX:SharedArchiveFile="

mkdir -p "$box/small" "$box/large"
echo "An article." > "$box/small/a.txt"
head -c $((7 * 1024 * 1024)) /dev/zero > "$box/large/a.txt"
run scan "$box/small" --format json
expect "scan of a small folder: C1 only and the serial collector" has "-XX:+UseSerialGC -XX:TieredStopAtLevel=1"
run scan "$box/large" --format json
expect "scan of 7 MB: all JIT tiers and the default collector" lacks "TieredStopAtLevel"
run scan "$box/small" "$box/large"
expect "scan of both: their sizes add up" lacks "TieredStopAtLevel"

expect "find-jdk run: prints \$JAVA_HOME when it is a JDK 21+" \
  [ "$(JAVA_HOME=$box/jdk21 "$root/bin/find-jdk")" = "$box/jdk21" ]
expect "find-jdk: a JAVA_HOME older than 21 is passed over" \
  [ "$(JAVA_HOME=$box/jdk17 "$root/bin/find-jdk" 2>/dev/null)" != "$box/jdk17" ]
expect "find-jdk sourced: JDK_MAJOR from the release file" \
  bash -c "source '$root/bin/find-jdk'; JAVA_HOME='$box/jdk21' find_jdk && [ \"\$JDK_MAJOR\" = 21 ]"

if [ "$failures" -gt 0 ]; then
  echo "launcher tests: $failures FAILED"
  exit 1
fi
echo "launcher tests: all passed"

[ "$runs" -gt 0 ] || exit 0
# The launcher's cost: bin/corroborate check with the stub JDK (JAVA_HOME set, the cache made, the jar
# fresh), so what is timed is the script alone. /usr/bin/time of the whole loop gives its CPU.
variants=("this tree=$repo")
if [ -n "$rev" ]; then
  make_repo "$box/old" "$rev"
  JAVA_HOME=$box/jdk25 "$box/old/bin/corroborate" check "$draft" > /dev/null 2>&1   # build, then record
  variants+=("$rev=$box/old")
fi
run check "$draft"
cost() { # $1 = repo; prints "wall user sys" in seconds for $runs runs
  /usr/bin/time -f "%e %U %S" -o "$box/cost" bash -c '
    for ((i = 0; i < $1; i++)); do JAVA_HOME=$2 "$3/bin/corroborate" check "$4" --index x > /dev/null 2>&1; done' \
    _ "$runs" "$box/jdk25" "$1" "$draft"
  tail -1 "$box/cost"
}
echo "launcher cost, $runs runs of bin/corroborate check with a stub java (load: $(cut -d' ' -f1-3 /proc/loadavg)):"
declare -A wall=() cpu=()
for round in 1 2 3; do
  for v in "${variants[@]}"; do
    read -r w u s < <(cost "${v#*=}")
    wall[${v%%=*}]+="$(awk -v w="$w" -v n="$runs" 'BEGIN { printf "%.1f ", w * 1000 / n }')"
    cpu[${v%%=*}]+="$(awk -v u="$u" -v s="$s" -v n="$runs" 'BEGIN { printf "%.1f ", (u + s) * 1000 / n }')"
  done
done
for v in "${variants[@]}"; do
  printf '  %-12s wall per run (ms), 3 rounds: %-22s CPU per run (ms): %s\n' "${v%%=*}" "${wall[${v%%=*}]}" "${cpu[${v%%=*}]}"
done
printf '  %-12s ' "stub alone"
/usr/bin/time -f "%e %U %S" -o "$box/cost" bash -c 'for ((i = 0; i < $1; i++)); do "$2/bin/java" > /dev/null; done' _ "$runs" "$box/jdk25"
read -r w u s < "$box/cost"
awk -v w="$w" -v u="$u" -v s="$s" -v n="$runs" 'BEGIN { printf "wall per run %.1f ms, CPU per run %.1f ms (the stub java itself)\n", w * 1000 / n, (u + s) * 1000 / n }'

#!/usr/bin/env bash
# Fuzzes each Jazzer target in core's OutsideTextFuzzTest for a bounded time (its @FuzzTest maxDuration,
# 30 s each), one target per JVM as Jazzer requires. The seed corpus is fixtures/robust/fuzz; what the
# fuzzer adds goes to core/.cifuzz-corpus (ignored by git). A finding fails the run and leaves a
# reproducer under core/src/test/resources/.../OutsideTextFuzzTestInputs: move it to fixtures/robust/fuzz.
# Usage: scripts/fuzz.sh [target...]   (default: every target)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(articleFile manifest configFile draftFile)
for t in "${targets[@]}"; do
  echo "fuzz: OutsideTextFuzzTest#$t"
  JAZZER_FUZZ=1 bin/mvn-jdk -q -ntp -pl core test -Dtest="OutsideTextFuzzTest#$t" -Dsurefire.failIfNoSpecifiedTests=false
done
echo "fuzz: ${#targets[@]} target(s) ran without a finding"

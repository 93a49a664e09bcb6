#!/usr/bin/env bash
# Scores the claims stage against the CaRB dev gold: runs `corroborate claims --per-line --format json`
# on the benchmark sentences, converts the output for ../shared/eval/propscore.py, prints the scorer's
# line and the speaker measure, then the scorer's line for the engine's claims alone (--no-derived: without the
# derived propositions the command lists beside them). Usage: scripts/eval/carb.sh [CARB_DEV_DIR]
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
dir=${1:-/work/shared/eval/carb-dev}
scorer=${PROPSCORE:-$(dirname "$dir")/propscore.py}
if [ ! -f "$dir/sentences.txt" ] || [ ! -f "$dir/gold.tsv" ] || [ ! -f "$scorer" ]; then
  echo "carb.sh: no CaRB dev data at $dir (or no scorer at $scorer); nothing to score" >&2
  exit 0
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$root/bin/corroborate" claims --per-line --format json "$dir/sentences.txt" > "$work/claims.jsonl"
python3 "$here/carb_convert.py" "$work/claims.jsonl" > "$work/pred.jsonl"
python3 "$scorer" --carb "$dir/gold.tsv" --pred "$work/pred.jsonl"
python3 "$here/carb_convert.py" --speakers "$dir/gold.tsv" "$work/claims.jsonl"
"$root/bin/corroborate" claims --per-line --format json --no-derived "$dir/sentences.txt" > "$work/main.jsonl"
python3 "$here/carb_convert.py" "$work/main.jsonl" > "$work/main-pred.jsonl"
printf 'claims only (no derived): '
python3 "$scorer" --carb "$dir/gold.tsv" --pred "$work/main-pred.jsonl"

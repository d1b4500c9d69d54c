#!/usr/bin/env bash
# Regenerates results/bench.md: builds ccplan (release) and both reference loops, runs the
# full `ccplan bench` with the references interleaved, and writes the file with the machine
# it ran on. Run from the repository root, on an idle machine:
#   bash results/regenerate-bench.sh
# Extra arguments go to `ccplan bench` (e.g. --rounds 5). TABLE_FROM=file writes the file
# from the output of an earlier `ccplan bench` run with both references instead of running.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH=/opt/swift/usr/bin:$PATH
ref=${B:-/tmp/ccplan-reference}
if [ -n "${TABLE_FROM:-}" ]; then
  table=$(cat "$TABLE_FROM")
else
  swift build -c release >&2
  # run.sh compiles the reference on first use; one tiny run is enough here.
  B=$ref N=1000 RUNS=1 bash ../shared/bench/run.sh >/dev/null
  B=$ref N=1000 RUNS=1 VARIANT=arrival-outside bash ../shared/bench/run.sh >/dev/null
  table=$(.build/release/ccplan bench --reference "$ref/reference-mmc-heap" \
    --reference-outside "$ref/reference-mmc-arrival-outside" "$@")
fi
cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//' || echo unknown)
{
  cat <<HEADER
# ccplan bench — figures of a full run

Taken on $(date -u '+%Y-%m-%d %H:%M UTC') with ccplan $(.build/release/ccplan --version 2>/dev/null || echo "(unknown version)")
(release build) on $(nproc) vCPUs ($cpu), $(free -g | awk '/Mem:/ {print $2}') GiB, Linux
$(uname -r), $(swift --version 2>&1 | head -1 | sed 's/ (.*//').
Regenerate (builds ccplan and both reference loops, then runs everything; on an idle
machine, about two minutes):

\`\`\`sh
bash results/regenerate-bench.sh
\`\`\`

\`\`\`
\$ ccplan bench --reference $ref/reference-mmc-heap --reference-outside $ref/reference-mmc-arrival-outside
$table
\`\`\`
HEADER
  if grep -q '^warning:' <<<"$table"; then
    printf '\n**This run was taken on a busy machine** (see the warnings under the table: other\n'
    printf 'processes held most of the cores, so CPU time per contact is inflated by shared\n'
    printf 'caches and the parallel speed-up cannot show). Its ratios are not the product'"'"'s\n'
    printf 'figures; rerun `bash results/regenerate-bench.sh` on an idle machine.\n'
  fi
  cat results/bench-notes.md
} > results/bench.md
echo "Wrote results/bench.md" >&2

#!/usr/bin/env bash
# Reports the wall time of the demo `status` (./cronofy-identity status with no token), after the first
# build. Not a test: wall time depends on the machine and its load, so it is reported, never asserted.
# Usage: identity-cli/bench-demo.sh [RUNS]   (default 10)
set -euo pipefail

runs="${1:-10}"
here="$(cd -P "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
launcher="$here/../cronofy-identity"

# the first run builds the jar and its class-data archive when needed; it is not measured
env -u CRONOFY_ACCESS_TOKEN -u CRONOFY_REFRESH_TOKEN "$launcher" status >/dev/null 2>&1

times=()
for _ in $(seq "$runs"); do
  start=$(date +%s%N)
  env -u CRONOFY_ACCESS_TOKEN -u CRONOFY_REFRESH_TOKEN "$launcher" status >/dev/null 2>&1
  end=$(date +%s%N)
  times+=($(( (end - start) / 1000000 )))
done

sorted=($(printf '%s\n' "${times[@]}" | sort -n))
count=${#sorted[@]}
median=${sorted[$(( count / 2 ))]}
echo "demo status wall time over $count runs: min ${sorted[0]} ms, median ${median} ms, max ${sorted[$(( count - 1 ))]} ms (target: under 2000 ms)"
echo "runs (ms): ${times[*]}"
echo "machine: $(nproc) CPUs, load average $(cut -d ' ' -f 1-3 /proc/loadavg 2>/dev/null || uptime)"

#!/usr/bin/env bash
# Reports the wall time of the demo `status` (./cronofy-identity status with no token), after the first
# build. Not a test: wall time depends on the machine and its load, so it is reported, never asserted.
# The CPU time (user + system) is reported too: it hardly depends on the load.
# Usage: identity-cli/bench-demo.sh [RUNS]   (default 10)
set -euo pipefail

runs="${1:-10}"
here="$(cd -P "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
launcher="$here/../cronofy-identity"

demo() {
  env -u CRONOFY_ACCESS_TOKEN -u CRONOFY_REFRESH_TOKEN "$launcher" status >/dev/null 2>&1
}

# the first run builds the jar and its class-data archive when needed; it is not measured
demo

walls=()
cpus=()
TIMEFORMAT='%R %U %S'
for _ in $(seq "$runs"); do
  read -r real user sys < <({ time demo; } 2>&1)
  walls+=("$(awk -v r="$real" 'BEGIN { printf "%d", r * 1000 }')")
  cpus+=("$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%d", (u + s) * 1000 }')")
done

median() {
  printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'
}
min() {
  printf '%s\n' "$@" | sort -n | head -n 1
}
max() {
  printf '%s\n' "$@" | sort -n | tail -n 1
}

echo "demo status over $runs runs: wall min $(min "${walls[@]}") ms, median $(median "${walls[@]}") ms," \
  "max $(max "${walls[@]}") ms (target: under 2000 ms); CPU median $(median "${cpus[@]}") ms"
echo "wall (ms): ${walls[*]}"
echo "machine: $(nproc) CPUs, load average $(cut -d ' ' -f 1-3 /proc/loadavg 2>/dev/null || uptime)"

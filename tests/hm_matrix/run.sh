#!/usr/bin/env bash
# The health-monitor fault-injection matrix: generates the scenarios (gen.sh) and
# runs each with scripts/qemu-test.sh, two at a time. Prints one PASS/FAIL line per
# scenario (serial logs in $O/tests/qemu/<name>/serial.log) and exits non-zero if
# any failed.
#   run.sh [FILTER]     FILTER: a grep -E pattern on scenario names (default: all)
set -u
src=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$src/../.." && pwd)
export O=${O:-$top/build}
jobs=${HM_MATRIX_JOBS:-2}

dirs=$(bash "$src/gen.sh" "$O/tests/hm_matrix" "${1:-.}") || {
	echo "FAIL: hm_matrix (generator failed)"
	exit 1
}
results=$(echo "$dirs" | xargs -P "$jobs" -n 1 bash "$top/scripts/qemu-test.sh")
echo "$results" | sort
! echo "$results" | grep -q '^FAIL'

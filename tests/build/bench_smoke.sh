#!/usr/bin/env bash
# Build test: `make bench`'s benchmarks build, boot and report every figure, with a
# handful of samples each (BENCH_QUICK). Timing is never compared: only that each
# figure of the table has a number.
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
O=${O:-$top/build}
log=$O/tests/build/bench_smoke.log
json=$O/bench-quick/bench.json
mkdir -p "$(dirname "$log")"
BENCH_QUICK=1 O=$O "$top/scripts/bench.sh" >"$log" 2>&1
status=$?
figures=$(grep -c '^    {"key": ' "$json" 2>/dev/null)
empty=$(grep -c '"measured": null' "$json" 2>/dev/null)
if [ $status -ne 0 ]; then
	echo "FAIL: bench-smoke (make bench failed with $status, see $log)"
elif [ "${figures:-0}" -lt 30 ] || [ "${empty:-1}" -ne 0 ]; then
	echo "FAIL: bench-smoke (${figures:-0} figures, ${empty:-?} without a number, see $json)"
elif ! grep -q '^| null hypercall' "$log" || ! grep -q '^| partition switch' "$log"; then
	echo "FAIL: bench-smoke (no table on stdout, see $log)"
else
	echo "PASS: bench-smoke"
fi

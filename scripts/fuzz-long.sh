#!/usr/bin/env bash
# `make fuzz-long`: the long fuzzing runs, not part of `make check`.
#  - tests/hcall_fuzz_long: the hcall_fuzz scenario with 1,000,000 hypercalls, seeded by
#    FUZZ_SEED (default: a fresh random seed, printed; give it again to replay the run)
#  - tests/build/corrupt_container.sh --all: every byte of helloworld's container
#    corrupted and refused (prtosinspect, and the checkers in-process)
# Prints the seed and the figures, then "N passed, N failed".
set -u
top=$(cd "$(dirname "$0")/.." && pwd)
O=${O:-$top/build}
export O
results=$O/tests/fuzz-long
mkdir -p "$results"
: >"$results/all.txt"
seed=${FUZZ_SEED:-0x$(od -An -N4 -tx4 /dev/urandom | tr -d ' ')}
export FUZZ_SEED=$seed
echo "== hypercall fuzzing: 1,000,000 calls, FUZZ_SEED=$seed"
start=$(date +%s)
"$top/scripts/qemu-test.sh" "$top/tests/hcall_fuzz_long" | tee -a "$results/all.txt"
log=$O/tests/qemu/hcall_fuzz_long/serial.log
grep -a '^\[P2\]' "$log" 2>/dev/null | tr -d '\r'
echo "($(($(date +%s) - start)) s; replay with: make fuzz-long FUZZ_SEED=$seed)"
echo "== container corruption: every byte"
make -s -C "$top/tests/tools" O="$O" >/dev/null
bash "$top/tests/build/corrupt_container.sh" --all | tee -a "$results/all.txt"
passed=$(grep -c '^PASS' "$results/all.txt")
failed=$(grep -c '^FAIL' "$results/all.txt")
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]

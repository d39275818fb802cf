#!/usr/bin/env bash
# `make check`: host unit tests, the configuration catalogue, build tests and the
# QEMU scenarios (two at a time). Ends with one line: "N passed, N failed".
set -u
top=$(cd "$(dirname "$0")/.." && pwd)
O=${O:-$top/build}
export O
results=$O/tests/results
mkdir -p "$results"
: >"$results/all.txt"
jobs=${CHECK_JOBS:-2}

record() { tee -a "$results/all.txt"; }

echo "== host unit tests (cmocka, ASan/UBSan)"
make -s -C "$top/tests/unit" O="$O" >"$results/unit-build.log" 2>&1 ||
	echo "FAIL: unit test build (see $results/unit-build.log)" | record
for t in $(make -s -C "$top/tests/unit" O="$O" list); do
	[ -x "$t" ] || { echo "FAIL: $(basename "$t") (not built)" | record; continue; }
	CMOCKA_MESSAGE_OUTPUT=stdout "$t" >"$results/$(basename "$t").log" 2>&1
	status=$?
	sed -n 's/^\[       OK \] \(.*\)/PASS: \1/p; s/^\[  FAILED  \] \([^ ]*\)$/FAIL: \1/p' \
		"$results/$(basename "$t").log" | record
	[ $status -eq 0 ] || grep -q '^FAIL' "$results/$(basename "$t").log" ||
		echo "FAIL: $(basename "$t") exited with $status" | record
done

echo "== configuration catalogue (prtoscc)"
bash "$top/tests/config/run.sh" "$O/tools/prtoscc" 2>&1 | grep -E '^(PASS|FAIL)' | record

echo "== build tests"
make -s -C "$top/tests/tools" O="$O" >/dev/null
for t in "$top"/tests/build/*.sh; do
	bash "$t" 2>&1 | grep -E '^(PASS|FAIL)' | record
done

echo "== QEMU scenarios"
scenarios=$(ls -d "$top"/user/bail/examples/*/ "$top"/tests/qemu/*/ 2>/dev/null |
	while read -r d; do [ -f "$d/expect" ] && echo "$d"; done)
printf '%s\n' $scenarios | xargs -P "$jobs" -I{} "$top/scripts/qemu-test.sh" {} | record

echo "== health-monitor fault matrix"
bash "$top/tests/hm_matrix/run.sh" 2>&1 | grep -E '^(PASS|FAIL)' | record

passed=$(grep -c '^PASS' "$results/all.txt")
failed=$(grep -c '^FAIL' "$results/all.txt")
grep '^FAIL' "$results/all.txt"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]

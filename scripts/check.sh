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
# The result line of each test case, inside its group (cmocka lists the failed
# ones again after the group: those are not counted twice), then "declared N":
# the number of tests the binary's groups announced.
unit_results() {
	awk '/^\[==========\] Running [0-9]+ test/ { declared += $3; in_group = 1; next }
	     /^\[==========\] [0-9]+ test\(s\) run\./ { in_group = 0; next }
	     in_group && sub(/^\[       OK \] /, "") { print "PASS: " $0; next }
	     in_group && sub(/^\[  FAILED  \] /, "") { print "FAIL: " $0; next }
	     END { print "declared " declared + 0 }' "$1"
}
make -s -C "$top/tests/unit" O="$O" >"$results/unit-build.log" 2>&1 ||
	echo "FAIL: unit test build (see $results/unit-build.log)" | record
# Each entry is PROGRAM:MINIMUM (the <name>_MIN_TESTS of its tests/unit/*.mk).
for entry in $(make -s -C "$top/tests/unit" O="$O" list); do
	t=${entry%:*} min=${entry##*:} name=$(basename "${entry%:*}")
	log=$results/$name.log
	[ -x "$t" ] || { echo "FAIL: $name (not built)" | record; continue; }
	CMOCKA_MESSAGE_OUTPUT=stdout "$t" >"$log" 2>&1
	status=$?
	unit_results "$log" >"$log.results"
	grep -E '^(PASS|FAIL): ' "$log.results" | record
	ran=$(grep -cE '^(PASS|FAIL): ' "$log.results")
	declared=$(sed -n 's/^declared //p' "$log.results")
	if [ -z "$min" ]; then
		echo "FAIL: $name (no ${name}_MIN_TESTS in tests/unit/*.mk)" | record
	elif [ "$ran" -ne "$declared" ]; then
		echo "FAIL: $name (ran $ran of the $declared tests it declares, see $log)" | record
	elif [ "$ran" -lt "$min" ]; then
		echo "FAIL: $name (ran $ran tests, expected at least $min, see $log)" | record
	fi
	[ $status -eq 0 ] || grep -q '^FAIL' "$log.results" ||
		echo "FAIL: $name exited with $status" | record
done

echo "== configuration catalogue (prtoscc)"
bash "$top/tests/config/run.sh" "$O/tools/prtoscc" 2>&1 | grep -E '^(PASS|FAIL)' | record

echo "== build tests"
make -s -C "$top/tests/tools" O="$O" >/dev/null
for t in "$top"/tests/build/*.sh; do
	bash "$t" 2>&1 | grep -E '^(PASS|FAIL)' | record
done

echo "== QEMU scenarios"
# Every folder is a scenario and needs an expect file: those of tests/qemu/ and, for
# the configured architecture, of tests/qemu/<arch>/. tests/qemu/common holds shared
# sources only, and a folder named after an architecture (core/arch/<arch>) holds
# that architecture's scenarios.
arch=$("$top/scripts/arch.sh")
scenarios=
for d in "$top"/user/bail/examples/*/ "$top"/tests/qemu/*/ "$top/tests/qemu/$arch"/*/; do
	d=${d%/}
	[ -d "$d" ] || continue # no tests/qemu/<arch> for this architecture
	[ "$d" = "$top/tests/qemu/common" ] && continue
	[ "${d%/*}" = "$top/tests/qemu" ] && [ -d "$top/core/arch/${d##*/}" ] && continue
	if [ -f "$d/expect" ]; then
		scenarios="$scenarios $d"
	else
		echo "FAIL: $(basename "$d") (no expect file in $d)" | record
	fi
done
printf '%s\n' $scenarios | xargs -P "$jobs" -I{} "$top/scripts/qemu-test.sh" {} | record

echo "== health-monitor fault matrix"
bash "$top/tests/hm_matrix/run.sh" 2>&1 | grep -E '^(PASS|FAIL)' | record

passed=$(grep -c '^PASS' "$results/all.txt")
failed=$(grep -c '^FAIL' "$results/all.txt")
grep '^FAIL' "$results/all.txt"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]

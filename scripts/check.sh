#!/usr/bin/env bash
# `make check`: host unit tests, the core's kernel tests on the host arch, the
# configuration catalogue, build tests and the QEMU scenarios (two at a time), these
# again under -smp 2 and a chosen set under -smp 4.
# Ends with one line: "N passed, N failed" (after the FAIL and SKIP lines).
set -u
top=$(cd "$(dirname "$0")/.." && pwd)
O=${O:-$top/build}
export O
unset QEMU_SMP # each QEMU pass below sets its own
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
# run_program PROGRAM:MINIMUM (a <name>_MIN_TESTS of its .mk or Makefile): its test
# cases' PASS/FAIL lines, and a FAIL if it ran fewer than it declares or than MINIMUM.
run_program() {
	local t=${1%:*} min=${1##*:} name log status ran declared
	name=$(basename "$t")
	log=$results/$name.log
	[ -x "$t" ] || { echo "FAIL: $name (not built)" | record; return; }
	CMOCKA_MESSAGE_OUTPUT=stdout "$t" >"$log" 2>&1
	status=$?
	unit_results "$log" >"$log.results"
	grep -E '^(PASS|FAIL): ' "$log.results" | record
	ran=$(grep -cE '^(PASS|FAIL): ' "$log.results")
	declared=$(sed -n 's/^declared //p' "$log.results")
	if [ -z "$min" ]; then
		echo "FAIL: $name (no ${name}_MIN_TESTS)" | record
	elif [ "$ran" -ne "$declared" ]; then
		echo "FAIL: $name (ran $ran of the $declared tests it declares, see $log)" | record
	elif [ "$ran" -lt "$min" ]; then
		echo "FAIL: $name (ran $ran tests, expected at least $min, see $log)" | record
	fi
	[ $status -eq 0 ] || grep -q '^FAIL' "$log.results" ||
		echo "FAIL: $name exited with $status" | record
}
make -s -C "$top/tests/unit" O="$O" >"$results/unit-build.log" 2>&1 ||
	echo "FAIL: unit test build (see $results/unit-build.log)" | record
for entry in $(make -s -C "$top/tests/unit" O="$O" list); do
	run_program "$entry"
done

echo "== kernel tests (core/kernel on the host arch, cmocka, ASan/UBSan, coverage)"
# The core built for core/arch/host (tests/kernel); then at least 80 % of the lines of
# core/kernel must have run.
make -s -C "$top/tests/kernel" O="$O" >"$results/kernel-build.log" 2>&1 ||
	echo "FAIL: kernel test build (see $results/kernel-build.log)" | record
find "$O/tests/kernel" -name '*.gcda' -delete 2>/dev/null
for entry in $(make -s -C "$top/tests/kernel" O="$O" list); do
	run_program "$entry"
done
"$top/tests/kernel/coverage.sh" "$O/tests/kernel" >"$results/kernel-coverage.log" 2>&1
cov_status=$?
cov=$(sed -n 's/^kernel-coverage: \([0-9.]*%\).*/\1/p' "$results/kernel-coverage.log")
if [ $cov_status -eq 0 ]; then
	echo "PASS: kernel-coverage ($cov of core/kernel's lines)" | record
else
	echo "FAIL: kernel-coverage (${cov:-none}, at least 80 %, see $results/kernel-coverage.log)" | record
fi

echo "== configuration catalogue (prtoscc)"
bash "$top/tests/config/run.sh" "$O/tools/prtoscc" 2>&1 | grep -E '^(PASS|FAIL)' | record

echo "== build tests"
make -s -C "$top/tests/tools" O="$O" >/dev/null
for t in "$top"/tests/build/*.sh; do
	bash "$t" 2>&1 | grep -E '^(PASS|FAIL)' | record
done

echo "== static analysis (cppcheck with MISRA C:2012, clang-tidy)"
# One line per tool and area (core, tools): a finding that doc/deviations.md does not
# accept fails it (scripts/analyze.sh; its findings in $O/analyze).
"$top/scripts/analyze.sh" --records 2>"$results/analyze.log" | record

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
bash "$top/tests/hm_matrix/run.sh" 2>&1 | grep -E '^(PASS|FAIL|SKIP)' | record

# The passes on several processors boot an SMP build (CONFIG_SMP): $O itself, the same
# images as above, unless this tree is built for one processor (qemu_i386_up_defconfig);
# then qemu_i386_smp_defconfig in $O/smp, written again only when it changed (writing
# .config rebuilds everything). Its images are built once, in $S/tests/qemu/<name>.
smp_build() { grep -q '^CONFIG_SMP=y$' "$1/include/config/auto.conf" 2>/dev/null; }
S=$O
if ! smp_build "$O"; then
	S=$O/smp
	echo "== an SMP build (qemu_i386_smp_defconfig) in $S"
	: >"$results/smp-build.log"
	if { [ "$S/.config" -nt "$top/configs/qemu_i386_smp_defconfig" ] ||
		make -s -C "$top" O="$S" qemu_i386_smp_defconfig >>"$results/smp-build.log" 2>&1; } &&
		make -s -C "$top" O="$S" -j"$jobs" >>"$results/smp-build.log" 2>&1 && smp_build "$S"; then
		echo "PASS: smp-build" | record
	else
		echo "FAIL: smp-build (no SMP build, see $results/smp-build.log)" | record
	fi
fi

echo "== QEMU scenarios and fault matrix under -smp 2"
# Results smp2/<name>, logs in $S/tests/qemu-smp2/<name>/. An expect file's own -smp is kept.
printf '%s\n' $scenarios | O=$S QEMU_SMP=2 xargs -P "$jobs" -I{} "$top/scripts/qemu-test.sh" {} | record
O=$S QEMU_SMP=2 bash "$top/tests/hm_matrix/run.sh" 2>&1 | grep -E '^(PASS|FAIL|SKIP)' | record

echo "== a chosen set under -smp 4"
# The examples helloworld, showcase (ports, HM, reset), plan_switch and channels; ports,
# hostile partitions (resets, preempted copies, the hypercall fuzzer), a machine reset,
# the HM log across a warm reset, the x87 state, timers, and two HM matrix cases.
smp4_set="helloworld showcase plan_switch channels ports_api attack_reset_storm
	attack4_phys_preempt hcall_fuzz manage_reset_system hm_log_persist fpu_leak
	timer_near_deadline hm_page_fault_partition_cold_reset
	hm_general_protection_hypervisor_warm_reset"
smp4_dirs=
for n in $smp4_set; do
	d=$(printf '%s\n' $scenarios "$S"/tests/hm_matrix/*/ | sed 's,/$,,' | grep -m1 "/$n\$")
	if [ -n "$d" ]; then
		smp4_dirs="$smp4_dirs $d"
	else
		echo "FAIL: smp4/$n (no such scenario)" | record
	fi
done
printf '%s\n' $smp4_dirs | O=$S QEMU_SMP=4 xargs -P "$jobs" -I{} "$top/scripts/qemu-test.sh" {} | record

echo "== fuzzing (libFuzzer, ASan/UBSan: regressions and seeds replayed, 10 s each)"
O="$O" "$top/scripts/fuzz.sh" --check "${CHECK_FUZZ_SECONDS:-10}" 2>&1 | grep -E '^(PASS|FAIL)' | record

passed=$(grep -c '^PASS' "$results/all.txt")
failed=$(grep -c '^FAIL' "$results/all.txt")
grep -E '^(FAIL|SKIP)' "$results/all.txt"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]

#!/usr/bin/env bash
# `make coverage`: the core's line and branch coverage from the QEMU scenarios
# (doc/coverage.md). Builds the tree with Kconfig COVERAGE in a build folder of its own,
# boots every scenario whose core runs and the health-monitor fault matrix (two at a
# time, the second UART captured), sums
# the counters the core sends when it stops (scripts/coverage-merge.pl), and reports
# per file with lcov; writes the HTML report to COV_O/html. Then the same with the
# counters of the kernel tests (core/kernel and core/lib on the host arch, run again
# here) added: COV_O/html-with-kernel-tests. Fails if a scenario or a kernel test fails,
# if a scenario that stops leaves no counters, or if a figure is below its floor
# (scripts/coverage.floor).
#   coverage.sh [FILTER]   FILTER: a grep -E pattern on scenario names (default: all;
#                          the floor is checked only for a run of all)
# O is the user's build folder (its .config is the base; nothing in O but O/coverage and
# the kernel tests' O/tests/kernel changes); COV_O (default O/coverage) is the coverage
# build.
set -u
top=$(cd "$(dirname "$0")/.." && pwd)
O=${O:-$top/build}
C=${COV_O:-$O/coverage}
jobs=${COVERAGE_JOBS:-2}
filter=${1:-.}
start=$(date +%s)

fail() { echo "make coverage: $*" >&2; exit 1; }
for t in lcov genhtml perl; do
	command -v $t >/dev/null || fail "$t is missing (scripts/install-deps.sh installs it)"
done
[ -f "$O/.config" ] || fail "no $O/.config (run make defconfig)"
mkdir -p "$C" && C=$(cd "$C" && pwd)

# The coverage build's .config: O's, without the symbols the fragment sets or unsets,
# then the fragment. Copied only when it changes, so that a second run rebuilds nothing.
frag=$top/configs/coverage.config
awk 'function sym(l) { if (sub(/^# /, "", l)) sub(/ is not set$/, "", l); else sub(/=.*/, "", l); return l }
     NR == FNR { if ($0 ~ /^(# )?CONFIG_/) set[sym($0)] = 1; next }
     !(sym($0) in set)' "$frag" "$O/.config" >"$C/.config.in"
grep -E '^(# )?CONFIG_' "$frag" >>"$C/.config.in"
if ! cmp -s "$C/.config.in" "$C/.config.base"; then
	cp "$C/.config.in" "$C/.config.base"
	cp "$C/.config.in" "$C/.config"
fi
echo "  BUILD   the tree with Kconfig COVERAGE in ${C#"$top"/}"
make -s --no-print-directory -C "$top" O="$C" tools core loader libs >"$C/build.log" 2>&1 &&
	make -s --no-print-directory -C "$top/tests/tools" O="$C" >>"$C/build.log" 2>&1 ||
	fail "the coverage build failed, see $C/build.log"
grep -q '^CONFIG_COVERAGE=y$' "$C/.config" || fail "Kconfig did not take CONFIG_COVERAGE=y (see $C/.config)"

# The scenarios of make check (scripts/check.sh), but those where the core never runs
# (exit 4: the loader refuses the container) and those that never stop (exit none:
# the runner stops QEMU, the core cannot send its counters).
arch=$("$top/scripts/arch.sh")
scenarios=() skipped=0
for d in "$top"/user/bail/examples/*/ "$top"/tests/qemu/*/ "$top/tests/qemu/$arch"/*/; do
	d=${d%/}
	[ -f "$d/expect" ] || continue
	echo "${d##*/}" | grep -qE -- "$filter" || continue
	if grep -qE '^exit (4|none)$' "$d/expect"; then
		skipped=$((skipped + 1))
		continue
	fi
	scenarios+=("$d")
done
find "$C/core" -name '*.gcda' -delete
echo "  QEMU    ${#scenarios[@]} scenarios, $jobs at a time ($skipped whose core never runs or never stops are skipped)"
results=$C/results.txt
[ ${#scenarios[@]} -eq 0 ] || printf '%s\n' "${scenarios[@]}" |
	O=$C QEMU_TEST_UART1=1 xargs -P "$jobs" -I{} "$top/scripts/qemu-test.sh" {} >"$results"
# The health-monitor fault matrix (tests/hm_matrix): every event and action.
O=$C QEMU_TEST_UART1=1 HM_MATRIX_JOBS=$jobs bash "$top/tests/hm_matrix/run.sh" "$filter" >"$C/hm_matrix.txt"
matrix=$(sed -n 's/^\(PASS\|FAIL\): \([A-Za-z0-9_]*\).*/\2/p' "$C/hm_matrix.txt")
echo "  QEMU    $(echo $matrix | wc -w) scenarios of the health-monitor fault matrix"
grep -E '^(PASS|FAIL)' "$C/hm_matrix.txt" >>"$results"
[ ${#scenarios[@]} -gt 0 ] || [ -n "$matrix" ] || fail "no scenario matches $filter"
# Scenarios that measure the core's slot-start latency against a bound: the counters
# make the core slower than that bound, so their verdict is not the coverage run's.
timed='worst_args|attack2_io_ranges'
grep -E "^FAIL: ($timed) " "$results" | sed 's/^FAIL: /  timing  /; s/ (.*/: its latency bound fails with the counters (not checked here)/'
status=0
if grep -E '^FAIL' "$results" | grep -vE "^FAIL: ($timed) "; then
	status=1
fi
captures=()
for d in "${scenarios[@]}" $matrix; do
	# a scenario this build does not run (SKIP: its expect file "needs" an option) has none
	grep -q "^SKIP: ${d##*/} " "$results" && continue
	captures+=("$C/tests/qemu/${d##*/}/uart1.bin")
done
"$top/scripts/coverage-merge.pl" "$C/core" "${captures[@]}" >"$C/merge.log" || status=1
sed -n 's/^no dump: /FAIL: no counters in /p' "$C/merge.log"
grep -q '^no dump' "$C/merge.log" && status=1
grep '^coverage-merge' "$C/merge.log" | sed 's/^/  /'

# lcov: every object of the core, then the summaries of core/kernel and of the core.
lcov_q=(--quiet --rc lcov_branch_coverage=1)
lcov "${lcov_q[@]}" --capture --directory "$C/core" --base-directory "$top/core" \
	--output-file "$C/all.info" >"$C/lcov.log" 2>&1 || fail "lcov failed, see $C/lcov.log"
lcov "${lcov_q[@]}" --extract "$C/all.info" "$top/core/*" --output-file "$C/core.info" >>"$C/lcov.log" 2>&1
lcov "${lcov_q[@]}" --extract "$C/all.info" "$top/core/kernel/*" --output-file "$C/kernel.info" >>"$C/lcov.log" 2>&1
lcov "${lcov_q[@]}" --list "$C/core.info" | sed "s,$top/,,"
genhtml --quiet --branch-coverage --prefix "$top" --title "PRTOS core (QEMU scenarios)" \
	--output-directory "$C/html" "$C/core.info" >>"$C/lcov.log" 2>&1 || fail "genhtml failed, see $C/lcov.log"

# The kernel tests' counters (tests/kernel: the same sources of core/kernel and core/lib,
# built for the host arch), added to the scenarios'.
echo "  KTESTS  the kernel tests (core/kernel on the host arch), counters added"
make -s --no-print-directory -C "$top" O="$O" kernel-tests >"$C/kernel-tests.log" 2>&1 || {
	echo "FAIL: the kernel tests, see $C/kernel-tests.log"
	status=1
}
lcov "${lcov_q[@]}" --capture --directory "$O/tests/kernel/core" --base-directory "$top/core" \
	--output-file "$C/ktests-all.info" >>"$C/lcov.log" 2>&1 &&
	lcov "${lcov_q[@]}" --extract "$C/ktests-all.info" "$top/core/kernel/*" "$top/core/lib/*" \
		--output-file "$C/ktests.info" >>"$C/lcov.log" 2>&1 &&
	lcov "${lcov_q[@]}" -a "$C/core.info" -a "$C/ktests.info" --output-file "$C/with-ktests.info" \
		>>"$C/lcov.log" 2>&1 &&
	lcov "${lcov_q[@]}" --extract "$C/with-ktests.info" "$top/core/kernel/*" \
		--output-file "$C/kernel+ktests.info" >>"$C/lcov.log" 2>&1 &&
	genhtml --quiet --branch-coverage --prefix "$top" \
		--title "PRTOS core (QEMU scenarios and kernel tests)" \
		--output-directory "$C/html-with-kernel-tests" "$C/with-ktests.info" >>"$C/lcov.log" 2>&1 ||
	fail "lcov failed on the kernel tests' counters, see $C/lcov.log"

# summary INFO: "LINES_PCT LINES_HIT LINES BRANCHES_PCT BRANCHES_HIT BRANCHES".
summary() {
	awk -F: '/^LF:/ { lf += $2 } /^LH:/ { lh += $2 } /^BRF:/ { bf += $2 } /^BRH:/ { bh += $2 }
		END { printf "%.1f %d %d %.1f %d %d\n", lf ? 100 * lh / lf : 0, lh, lf, bf ? 100 * bh / bf : 0, bh, bf }' "$1"
}
floor=$top/scripts/coverage.floor
# scope: core/kernel and core (the scenarios), core/kernel+ktests (and the kernel tests).
for scope in core/kernel core core/kernel+ktests; do
	info=$C/${scope##*/}.info
	read -r lp lh lf bp bh bf < <(summary "$info")
	echo "coverage $scope: lines $lp% ($lh of $lf), branches $bp% ($bh of $bf)"
	[ "$filter" = . ] || continue
	read -r fl fb < <(awk -v s="$scope" '$1 == s { print $2, $3 }' "$floor")
	[ -n "${fl:-}" ] || fail "no floor for $scope in $floor"
	if awk -v a="$lp" -v b="$fl" -v c="$bp" -v d="$fb" 'BEGIN { exit !(a < b || c < d) }'; then
		echo "FAIL: coverage of $scope below its floor: lines $fl%, branches $fb% ($floor)"
		status=1
	fi
done
echo "  HTML    ${C#"$top"/}/html/index.html, ${C#"$top"/}/html-with-kernel-tests/index.html" \
	"($(($(date +%s) - start)) s)"
exit $status

#!/usr/bin/env bash
# Runs the libFuzzer harnesses of tests/fuzz (doc/testing.md#libfuzzer-harnesses).
#   fuzz.sh [SECONDS]          `make fuzz`: each harness SECONDS (default 60) on its
#                              corpus in $O/fuzz/corpus/<harness> (kept between runs,
#                              grown from tests/fuzz/corpus/<harness>); one line each:
#                              runs, execs/s, corpus, coverage, crashes
#   fuzz.sh --check [SECONDS]  `make check`: the checked-in regressions and seeds
#                              replayed, then each harness SECONDS (default 10) from
#                              its seeds alone; PASS/FAIL lines
# A crash, leak or timeout leaves its input in $O/fuzz/crashes/<harness>/; fix the
# cause and keep the input in tests/fuzz/regress/<harness>/ (replayed by make check).
set -u
top=$(cd "$(dirname "$0")/.." && pwd)
O=${O:-$top/build}
check=0
if [ "${1:-}" = "--check" ]; then
	check=1
	shift
fi
seconds=${1:-$([ $check = 1 ] && echo 10 || echo 60)}
case $seconds in '' | *[!0-9]*)
	echo "fuzz.sh: FUZZ_SECONDS must be a number of seconds, not \"$seconds\"" >&2
	exit 2
	;;
esac
B=$O/tests/fuzz
logs=$O/fuzz/logs
mkdir -p "$logs"

if ! make -s -C "$top/tests/fuzz" O="$O" >"$logs/build.log" 2>&1; then
	if [ $check = 1 ]; then
		echo "FAIL: fuzz build (clang -fsanitize=fuzzer; see $logs/build.log)"
		exit 0
	fi
	cat "$logs/build.log" >&2
	echo "fuzz.sh: the harnesses did not build (make deps installs clang)" >&2
	exit 1
fi
harnesses=$(make -s -C "$top/tests/fuzz" O="$O" list)

# The field after "name: " on libFuzzer's last status line ("#N DONE cov: 1 ft: 2 corp: 3/4b").
status_field() {
	grep -E '^#[0-9]+' "$1" | tail -1 | sed -n "s/.* $2: \([^ ]*\).*/\1/p"
}
stat() {
	sed -n "s/^stat::$2: *//p" "$1"
}

# replay HARNESS: every checked-in input runs once; 0 if none crashes.
replay() {
	local h=$1 files log=$logs/replay-$1.log
	files=$(find "$top/tests/fuzz/regress/$h" "$top/tests/fuzz/corpus/$h" -type f 2>/dev/null | sort)
	[ -n "$files" ] || { echo "FAIL: fuzz-replay-$h (no inputs under tests/fuzz)"; return; }
	# shellcheck disable=SC2086 # one argument per file
	if "$B/fuzz_$h" -runs=1 $files >"$log" 2>&1; then
		echo "PASS: fuzz-replay-$h ($(echo "$files" | wc -l) regressions and seeds)"
	else
		echo "FAIL: fuzz-replay-$h (see $log)"
	fi
}

# run HARNESS: SECONDS of fuzzing; prints its line.
run() {
	local h=$1 work=$O/fuzz/corpus/$1 crashes=$O/fuzz/crashes/$1 log=$logs/$1.log status
	local runs speed cov ft corp found
	if [ $check = 1 ]; then
		work=$O/fuzz/check-corpus/$h
		rm -rf "$work"
	fi
	mkdir -p "$work" "$crashes"
	found=$(find "$crashes" -type f | wc -l)
	timeout $((seconds + 120)) nice "$B/fuzz_$h" "$work" "$top/tests/fuzz/corpus/$h" \
		-max_total_time="$seconds" -timeout=10 -print_final_stats=1 \
		-artifact_prefix="$crashes/" $([ $check = 1 ] && echo -seed=1) \
		$([ -f "$top/tests/fuzz/$h.dict" ] && echo "-dict=$top/tests/fuzz/$h.dict") >"$log" 2>&1
	status=$?
	runs=$(stat "$log" number_of_executed_units)
	speed=$(stat "$log" average_exec_per_sec)
	cov=$(status_field "$log" cov)
	ft=$(status_field "$log" ft)
	corp=$(status_field "$log" corp)
	corp=${corp:-?/?}
	found=$(($(find "$crashes" -type f | wc -l) - found))
	local line="$h: ${runs:-0} runs (${speed:-0}/s), corpus ${corp%%/*} inputs (${corp#*/}), cov ${cov:-?} (ft ${ft:-?}), crashes $found"
	if [ $check = 0 ]; then
		echo "$line"
		[ $status -eq 0 ] || echo "  $h: exit $status, input in $crashes/, see $log"
	elif [ $status -eq 0 ] && [ "$found" -eq 0 ] && [ "${runs:-0}" -gt 0 ]; then
		echo "PASS: fuzz-$h ($line)"
	else
		echo "FAIL: fuzz-$h (exit $status, $line; input in $crashes/, see $log)"
	fi
	return $status
}

failed=0
for h in $harnesses; do
	[ $check = 1 ] && replay "$h"
	run "$h" || failed=1
done
[ $check = 1 ] || [ $failed = 0 ]

#!/usr/bin/env bash
# Build test of the core's gcov runtime (core/kernel/gcov.c) and of
# scripts/coverage-merge.pl (doc/coverage.md): a small program built on the host, once
# with gcc's own libgcov and once with the core's runtime (its UART on stdout, taking a
# few bytes at a time and busy now and then), run twice each. The .gcda that
# coverage-merge.pl writes from the two captures must be the bytes libgcov writes after
# two runs, with noise on the line around the dumps; a damaged dump and a dump of another
# build must be refused. `make coverage` itself (every QEMU scenario) is not run here: CI
# runs it after make check.
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
O=${O:-$top/build}
src=$top/tests/build/gcov
W=$O/tests/build/coverage
log=$O/tests/build/coverage.log
rm -rf "$W"
mkdir -p "$W/libgcov" "$W/core" "$W/other"
: >"$log"

pass() { echo "PASS: $1"; }
fail() { echo "FAIL: $1 ($2, see $log)"; }

# The core's flags for its objects (core/Makefile), on the host's 32-bit multilib; one
# random seed, so that both builds of work.c carry the same stamp.
cov=(-m32 -O2 -frandom-seed=prtos-coverage -fprofile-arcs -ftest-coverage)
inc=(-I"$top/core/include" -I"$top/core/include/uapi" -I"$top/core/arch/x86/include/uapi")
merge=$top/scripts/coverage-merge.pl
# build DIR EXTRA...: work.o in DIR (its .gcda path is DIR/work.gcda). The other build
# (no seed: a stamp of its own) is made in core/ too: both programs send core/work.gcda.
build() {
	local d=$1
	shift
	gcc "${cov[@]}" "$@" -c "$src/work.c" -o "$d/work.o" >>"$log" 2>&1
}
if ! { build "$W/libgcov" &&
	gcc -m32 -c "$src/main_libgcov.c" -o "$W/libgcov/main.o" &&
	gcc -m32 -fprofile-arcs "$W/libgcov/work.o" "$W/libgcov/main.o" -o "$W/libgcov/prog" &&
	gcc "${cov[@]/-frandom-seed=*/-O2}" -fprofile-info-section -c "$src/work.c" -o "$W/core/work.o" &&
	cp "$W/core/work.o" "$W/other/work.o" &&
	build "$W/core" -fprofile-info-section &&
	gcc -m32 -O2 -Wall -Werror -DCONFIG_COVERAGE=1 "${inc[@]}" -c "$top/core/kernel/gcov.c" \
		-o "$W/gcov.o" &&
	gcc -m32 -O2 -Wall -Werror "${inc[@]}" -c "$src/uart.c" -o "$W/uart.o" &&
	gcc -m32 -c "$src/main.c" -o "$W/main.o" &&
	gcc -m32 -Wl,-T,"$src/gcov_info.ld" "$W/core/work.o" "$W/gcov.o" "$W/uart.o" \
		"$W/main.o" -o "$W/core/prog" &&
	gcc -m32 -Wl,-T,"$src/gcov_info.ld" "$W/other/work.o" "$W/gcov.o" "$W/uart.o" \
		"$W/main.o" -o "$W/other/prog"; } >>"$log" 2>&1; then
	fail "coverage-runtime-build" "the test programs do not build"
	exit 0
fi

# Two runs each; the core's captures with noise around the dumps, as a partition's
# bytes on the same UART before the halt.
(cd "$W/libgcov" && ./prog && ./prog) >>"$log" 2>&1
"$W/core/prog" >"$W/run1.bin"
{ printf 'PGC noise PGCF\n'; "$W/core/prog"; printf 'trailing PGC'; } >"$W/run2.bin"
if "$merge" "$W/core" "$W/run1.bin" "$W/run2.bin" >>"$log" 2>&1 &&
	[ -s "$W/libgcov/work.gcda" ] && cmp "$W/libgcov/work.gcda" "$W/core/work.gcda" >>"$log" 2>&1; then
	pass "coverage-gcda-as-libgcov"
else
	gcov-dump -l "$W/libgcov/work.gcda" "$W/core/work.gcda" >>"$log" 2>&1
	fail "coverage-gcda-as-libgcov" "coverage-merge.pl's .gcda differs from libgcov's"
fi

# One byte of counters changed: the frame's sum refuses it.
size=$(stat -c %s "$W/run1.bin")
{ head -c $((size - 20)) "$W/run1.bin"; printf 'X'; tail -c 19 "$W/run1.bin"; } >"$W/damaged.bin"
out=$("$merge" "$W/core" "$W/damaged.bin" 2>&1)
if [ $? -ne 0 ] && echo "$out" | grep -q 'damaged dump'; then
	pass "coverage-merge-refuses-damage"
else
	echo "$out" >>"$log"
	fail "coverage-merge-refuses-damage" "a damaged dump was taken"
fi

# The same file from another build of work.c (another stamp): refused.
"$W/other/prog" >"$W/other.bin"
out=$("$merge" "$W/core" "$W/run1.bin" "$W/other.bin" 2>&1)
if [ $? -ne 0 ] && echo "$out" | grep -q 'another build'; then
	pass "coverage-merge-refuses-other-build"
else
	echo "$out" >>"$log"
	fail "coverage-merge-refuses-other-build" "counters of two builds were summed"
fi

#!/usr/bin/env bash
# Prints the line coverage of core/kernel by the host tests (their .gcda counts under
# BUILD, the tests/kernel build folder), file by file, then "kernel-coverage: N.N% of M
# lines"; exits 1 if it is below MIN percent (default 80).
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
b=${1:?usage: coverage.sh BUILD [MIN]}
min=${2:-80}
obj=$b/core/kernel
[ -d "$obj" ] || { echo "kernel-coverage: no objects in $obj"; exit 1; }
# gcov -n: no .gcov files; for each source "File '...'" then "Lines executed:P% of N".
(cd "$obj" && gcov -n -o "$obj" "$top"/core/kernel/*.c 2>/dev/null) |
	awk -v min="$min" -v top="$top/core/kernel/" '
	/^File / { f = $2; gsub(/\047/, "", f); mine = index(f, top) == 1; next }
	mine && /^Lines executed:/ {
		split($2, a, ":"); pct = a[2] + 0; n = $4 + 0
		name = substr(f, length(top) + 1)
		printf "  %-22s %6.1f%% of %4d lines\n", name, pct, n
		run += pct * n / 100; total += n; mine = 0; files++
	}
	END {
		if (!total) { print "kernel-coverage: no data"; exit 1 }
		p = 100 * run / total
		printf "kernel-coverage: %.1f%% of %d lines of core/kernel (%d files, minimum %d%%)\n", p, total, files, min
		exit p < min
	}'

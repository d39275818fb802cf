#!/usr/bin/env bash
# The README's console excerpts are what `make run` prints for the showcase: every line
# of its two output blocks (but "...") appears in the run, in order. QEMU runs with
# -icount, so a build prints the same figures on every machine.
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
O=${O:-$top/build}
work=$O/tests/build/readme_tour
mkdir -p "$work"

pass() { echo "PASS: $1"; }
fail() { echo "FAIL: $1 ($2)"; }

rm -f "$work"/block*.txt
# The README's plain ``` blocks that show the console (they start with the loader's
# line or the sensor's), without the "..." lines.
awk '/^```/ { if (inb) { inb = 0; next } inb = 1; plain = ($0 == "```"); first = 1; next }
     inb && first { first = 0; keep = plain && ($0 ~ /^PRTOS loader: / || $0 ~ /^\[Sensor\] /)
                    if (keep) n++ }
     inb && keep && $0 != "..." { print > (dir "/block" n ".txt") }' dir="$work" "$top/README.md"
timeout 120 make -s -C "$top" O="$O" run </dev/null 2>&1 | tr -d '\r' >"$work/run.log"

# The first line of block file $1 not printed by the run in its order, or nothing.
first_missing() {
	awk 'NR == FNR { want[++n] = $0; next }
	     i < n && $0 == want[i + 1] { i++ }
	     END { if (i < n) print want[i + 1] }' "$1" "$work/run.log"
}

missing=
for b in "$work"/block*.txt; do
	[ -f "$b" ] || continue
	missing=$missing$(first_missing "$b")
done
if [ "$(cat "$work"/block*.txt 2>/dev/null | wc -l)" -lt 20 ]; then
	fail "readme-tour" "found no console excerpt in README.md"
elif [ -n "$missing" ]; then
	fail "readme-tour" "README line not printed by make run, in order: $missing"
else
	pass "readme-tour"
fi

#!/usr/bin/env bash
# Where the instructions of one operation go, function by function: boots a
# benchmark (its quick build) under -icount shift=0 with one instruction per
# translation block and QEMU's exec log, then counts the instructions of one
# occurrence per function of the core and of the partition (doc/performance.md).
#   tests/bench/profile.sh call FUNC   one call of libprtos FUNC in the ports
#                                      benchmark (the 4th: caches and first-time
#                                      paths are behind it), from its first
#                                      instruction to the next call's
#   tests/bench/profile.sh switch      one partition switch of the sched
#                                      benchmark: the APIC timer's stub to the
#                                      first instruction outside the core (a
#                                      median-length one of those that switch)
# Needs `make all` first. The log is large (~700 MB): it goes to $O/bench/profile.
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
. "$top/scripts/qemu.sh"
O=${O:-$top/build}
mode=${1:-}
case $mode in
call) [ $# -eq 2 ] || { echo "usage: $0 call FUNC | switch" >&2; exit 2; }
	bench=ports func=$2 ;;
switch) bench=sched func=stub_48 ;;
*) echo "usage: $0 call FUNC | switch" >&2; exit 2 ;;
esac
B=$O/bench/profile/$bench
mkdir -p "$B"
make -s -C "$top/tests/bench/$bench" B="$B" O="$O" BENCH_CFLAGS=-DBENCH_QUICK >"$B/build.log" 2>&1 ||
	{ echo "profile: $bench build failed, see $B/build.log" >&2; exit 1; }
timeout 600 "$QEMU" -kernel "$B/resident_sw" "${QEMU_COMMON_ARGS[@]}" -icount shift=0,sleep=off \
	-serial "file:$B/serial.log" -monitor none -singlestep -d exec,nochain -D "$B/exec.log" </dev/null
# The symbols of the core and of the benchmark's partitions, by address.
nm -n "$O/core/prtos_core.elf" "$B"/*.elf 2>/dev/null | awk 'NF == 3 && $2 ~ /^[tTwW]$/ { print $1, $3 }' |
	sort -u >"$B/symbols.txt"
start=$(awk -v f="$func" '$2 == f { print $1; exit }' "$B/symbols.txt")
[ -n "$start" ] || { echo "profile: no function $func" >&2; exit 1; }
# The core's addresses: its first symbol to __core_end.
core_lo=$(nm -n "$O/core/prtos_core.elf" | awk 'NF == 3 { print $1; exit }')
core_end=$(nm "$O/core/prtos_core.elf" | awk '$3 == "__core_end" { print $1; exit }')

# Each executed instruction's address ("Trace 0: host [cs_base/pc/flags/...]"), then
# one occurrence of the operation, counted by function, in one pass over the log.
sed -n 's/^Trace [0-9]*: [0-9a-fx]* \[[0-9a-f]*\/\([0-9a-f]*\)\/.*/\1/p' "$B/exec.log" |
	awk -v start="$start" -v mode="$mode" -v core_lo="$core_lo" -v core_end="$core_end" '
	function hex(s,   i, v) { v = 0; s = tolower(s)
		for (i = 1; i <= length(s); i++) v = v * 16 + index("0123456789abcdef", substr(s, i, 1)) - 1
		return v }
	function name_of(a,   lo, hi, mid) { lo = 1; hi = nsym
		while (lo < hi) { mid = int((lo + hi + 1) / 2); if (sym_addr[mid] <= a) lo = mid; else hi = mid - 1 }
		return sym_name[lo] }
	# the function counts of the instructions in cur[1..ncur], as lines
	function summary(   i, f, m, cnt, order, out) { m = 0; out = ncur " instructions\n"
		for (i = 1; i <= ncur; i++) { f = name_of(cur[i]); if (!(f in cnt)) order[++m] = f; cnt[f]++ }
		for (i = 1; i <= m; i++) out = out sprintf("%6d  %s\n", cnt[order[i]], order[i])
		return out }
	FNR == NR { sym_addr[++nsym] = hex($1); sym_name[nsym] = $2; next }
	FNR == 1 { s = hex(start); cl = hex(core_lo); ce = hex(core_end) }
	mode == "call" {
		a = hex($1)
		if (a == s && ++calls == 5) { done = 1; exit }
		if (calls == 4) cur[++ncur] = a
		next }
	{	a = hex($1)
		if (inrun && a >= cl && a < ce) { cur[++ncur] = a; next }
		if (inrun) { inrun = 0; if (ncur > 400) { runs++; len[runs] = ncur; text[runs] = summary() } }
		if (a == s) { inrun = 1; ncur = 0; cur[++ncur] = a } }
	END {
		if (mode == "call") {
			if (!done) { print "profile: fewer than 5 calls found" > "/dev/stderr"; exit 1 }
			printf "%s", summary(); exit 0 }
		if (!runs) { print "profile: no switch found" > "/dev/stderr"; exit 1 }
		for (a = 1; a <= runs; a++) { below = 0   # the median length
			for (b = 1; b <= runs; b++) if (len[b] < len[a] || (len[b] == len[a] && b < a)) below++
			if (below == int(runs / 2)) printf "%s", text[a] }
	}' "$B/symbols.txt" -

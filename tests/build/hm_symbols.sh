#!/usr/bin/env bash
# scripts/hm-symbols.sh names the function and source line behind the addresses of a
# console log: an HM line of a partition (its own ELF) and the core's panic dump (the
# core's ELF); other lines, and addresses no image knows, pass unchanged.
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
O=${O:-$top/build}
dir=$O/examples/health_monitor
work=$O/tests/build/hm_symbols
mkdir -p "$work"

pass() { echo "PASS: $1"; }
fail() { echo "FAIL: $1 ($2)"; }

addr_of() { nm "$1" | awk -v s="$2" '$3 == s { print $1 }'; }
part_addr=$(addr_of "$dir/handled.elf" partition_main)
core_addr=$(addr_of "$O/core/prtos_core.elf" trap_hypercall)
if [ -z "$part_addr" ] || [ -z "$core_addr" ] || [ ! -f "$dir/images.txt" ]; then
	fail "hm-symbols" "health_monitor not built (make all first)"
	exit 0
fi
cat >"$work/in.log" <<LOG
[P1] a partition's own line
[HM] P1 (Handled): event X86_DIVIDE_ERROR at ip 0x$part_addr: action PROPAGATE
[HM] P7 (Nobody): event X86_DIVIDE_ERROR at ip 0x$part_addr: action PROPAGATE
  eip $core_addr  cs 0010  eflags 00000002  error 00000000  cr2 00000000  cr3 01234000
LOG
"$top/scripts/hm-symbols.sh" "$dir" <"$work/in.log" >"$work/out.log"

line() { sed -n "$1p" "$work/out.log"; }
if [ "$(line 1)" = "[P1] a partition's own line" ] &&
	[[ "$(line 2)" == *": action PROPAGATE  [partition_main at divide.c:"* ]] &&
	[ "$(line 3)" = "$(sed -n 3p "$work/in.log")" ] &&
	[[ "$(line 4)" == *"  [trap_hypercall at trap.c:"* ]]; then
	pass "hm-symbols"
else
	fail "hm-symbols" "see $work/out.log"
fi

#!/usr/bin/env bash
# Build tests of the arch-aware build: the core's object lists (core/*/Kbuild) name every
# source and follow Kconfig, entry.S's layout numbers are generated (asm-offsets), and
# the common Kconfig menus state nothing true of one arch only.
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
O=${O:-$top/build}
log=$O/tests/build/kbuild.log
mkdir -p "$(dirname "$log")"

pass() { echo "PASS: $1"; }
fail() { echo "FAIL: $1 ($2)"; }

# list_objs [VAR=VALUE...]: the objects core/Makefile links, one per line.
list_objs() {
	make -s -C "$top/core" O="$O" list-objs "$@" 2>>"$log"
}

arch=$(sed -n 's/^CONFIG_ARCH="\(.*\)"$/\1/p' "$O/.config" 2>/dev/null)
if [ -z "$arch" ]; then
	fail "kbuild-arch-from-kconfig" "no CONFIG_ARCH in $O/.config"
	exit 0
fi
pass "kbuild-arch-from-kconfig"

# Every source of the core's folders is in a Kbuild list (a new file cannot be forgotten
# silently), and every listed object has a source. asm-offsets.c is compiled apart; the
# options that add objects are all on (SMP too).
sources=$(cd "$top/core" && ls kernel/*.[cS] lib/*.[cS] drivers/*.[cS] "arch/$arch"/*.[cS] 2>/dev/null |
	grep -v '/asm-offsets\.c$' | sed 's/\.[cS]$/.o/' | sort)
listed=$(list_objs CONFIG_TRACE_EXPORT=y CONFIG_COVERAGE=y CONFIG_SMP=y CONFIG_QEMU_SMP_TICK=y | sort -u)
if [ -n "$listed" ] && [ "$sources" = "$listed" ]; then
	pass "kbuild-lists-every-source"
else
	fail "kbuild-lists-every-source" "$(diff <(echo "$sources") <(echo "$listed") | grep '^[<>]' | tr '\n' ' ')"
fi

# obj-$(CONFIG_UART_16550) and obj-$(CONFIG_TRACE_EXPORT) follow their symbols.
if grep -q '^CONFIG_UART_16550=y$' "$O/.config" && list_objs | grep -qx 'drivers/uart16550.o' &&
	! list_objs CONFIG_UART_16550= | grep -q 'uart16550' &&
	list_objs CONFIG_TRACE_EXPORT=y | grep -qx 'kernel/trace_export.o' &&
	! list_objs CONFIG_TRACE_EXPORT= | grep -q 'trace_export' &&
	list_objs CONFIG_COVERAGE=y | grep -qx 'kernel/gcov.o' &&
	list_objs CONFIG_COVERAGE=y | grep -qx 'drivers/uart16550_raw.o' &&
	! list_objs CONFIG_COVERAGE= | grep -q 'gcov'; then
	pass "kbuild-object-follows-kconfig"
else
	fail "kbuild-object-follows-kconfig" "uart16550.o, trace_export.o or gcov.o disagrees with Kconfig"
fi

# Layout numbers for assembly come from the generated header, and are pinned by hand
# nowhere else in core/.
offsets=$O/include/generated/asm-offsets.h
syms=$(sed -n 's/^#define \([A-Z0-9_]*\) -\{0,1\}[0-9][0-9]*$/\1/p' "$offsets" 2>/dev/null)
if [ -n "$syms" ] && ! grep -rqwE "#define ($(echo $syms | tr ' ' '|'))" "$top/core"; then
	pass "kbuild-asm-offsets-generated"
else
	fail "kbuild-asm-offsets-generated" "see $offsets"
fi

# The common menus hold no x86 fact (those live in core/arch/x86/Kconfig).
words='COM[1-4]|0xf4|isa-debug-exit|CR[0-4]|4 MiB|i386|i686|PIT|TSC|LAPIC|I/O port'
if found=$(grep -nE "$words" "$top/core/Kconfig" "$top/user/Kconfig"); then
	fail "kbuild-common-kconfig-neutral" "$found"
else
	pass "kbuild-common-kconfig-neutral"
fi

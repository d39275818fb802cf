#!/usr/bin/env bash
# Build test: the SMP build with CONFIG_DEBUG (its ASSERTs, and the lock-order check of
# every spin_lock(): <prtos/spinlock.h>) in $O/smp-debug, booting the SMP scenarios that
# take every lock on both processors at once. A lock taken out of order stops the core
# with "PRTOS PANIC: lock order", which fails the scenario. One line per scenario:
# PASS/FAIL: smp-debug-<name>.
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
O=${O:-$top/build}
[ "$("$top/scripts/arch.sh")" = x86 ] || exit 0 # the only SMP port so far
work=$O/smp-debug
seed=$work/smp-debug.defconfig
mkdir -p "$work"

{ cat "$top/configs/qemu_i386_smp_defconfig" && echo CONFIG_DEBUG=y; } >"$seed.new"
config=:
if [ -f "$work/.config" ] && cmp -s "$seed.new" "$seed"; then
	rm -f "$seed.new"
else
	mv "$seed.new" "$seed" && cp "$seed" "$work/.config" && config="make -s -C $top O=$work olddefconfig"
fi
if ! { $config && make -s -C "$top" O="$work" tools core loader libs &&
	grep -q '^#define CONFIG_SMP 1$' "$work/include/generated/autoconf.h" &&
	grep -q '^#define CONFIG_DEBUG 1$' "$work/include/generated/autoconf.h" &&
	nm "$work/core/prtos_core.elf" | grep -q ' lock_order_take$'; } >"$work.log" 2>&1; then
	echo "FAIL: smp-debug-build (see $work.log)"
	exit 0
fi
scenarios="redteam_vcpu_storm redteam_vcpu_selfsusp hcall_fuzz_2cpus cross_cpu_manage
	cross_cpu_ports cross_cpu_ipvi smp_plan_switch smp_4cpus redteam2_port_vcpus port_vcpu_halt"
for s in $scenarios; do echo "$top/tests/smp/$s"; done |
	O="$work" xargs -P "${CHECK_JOBS:-2}" -I{} "$top/scripts/qemu-test.sh" {} |
	sed "s/^\(PASS\|FAIL\): /\1: smp-debug-/"

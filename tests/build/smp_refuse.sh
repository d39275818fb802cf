#!/usr/bin/env bash
# Build test: an SMP core built with CONFIG_MAX_CPUS=2 is given a configuration its prtoscc
# accepts and the machine cannot run whole (tests/smp_refuse/): 2 processors on a machine
# of one, refused at boot with both numbers. Nothing may run with a plan dropped.
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
O=${O:-$top/build}
[ "$("$top/scripts/arch.sh")" = x86 ] || exit 0 # the expected lines name the ACPI MADT
work=$O/tests/build/smp_refuse
rm -rf "$work"
mkdir -p "$work"

if ! { make -s -C "$top" O="$work" defconfig &&
	sed -i 's/^# CONFIG_SMP is not set/CONFIG_SMP=y/; /^CONFIG_MAX_CPUS=/d' "$work/.config" &&
	echo CONFIG_MAX_CPUS=2 >>"$work/.config" &&
	make -s -C "$top" O="$work" olddefconfig &&
	grep -q '^#define CONFIG_MAX_CPUS 2$' "$work/include/generated/autoconf.h" &&
	make -s -C "$top" O="$work" tools core loader libs; } >"$work.log" 2>&1; then
	echo "FAIL: smp_refuse-build (see $work.log)"
	exit 0
fi
for t in machine; do
	O="$work" "$top/scripts/qemu-test.sh" "$top/tests/smp_refuse/$t" | sed "s/^\(PASS\|FAIL\): /\1: smp_refuse-/"
done

#!/usr/bin/env bash
# Build test: a core built with CONFIG_MAX_CPUS=2 is given a configuration that names 2
# processors (tests/smp_refuse/common/two_cpus.xml, accepted by that build's prtoscc). The
# boot must refuse it with both numbers, on one processor (the machine has fewer) and on two
# (this core runs one until SMP is built), and never run it with processor 1's plan dropped.
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
O=${O:-$top/build}
[ "$("$top/scripts/arch.sh")" = x86 ] || exit 0 # the expected lines name the ACPI MADT
work=$O/tests/build/smp_refuse
rm -rf "$work"
mkdir -p "$work"

if ! { make -s -C "$top" O="$work" defconfig &&
	sed -i 's/^CONFIG_MAX_CPUS=.*/CONFIG_MAX_CPUS=2/' "$work/.config" &&
	make -s -C "$top" O="$work" olddefconfig &&
	grep -q '^#define CONFIG_MAX_CPUS 2$' "$work/include/generated/autoconf.h" &&
	make -s -C "$top" O="$work" tools core loader libs; } >"$work.log" 2>&1; then
	echo "FAIL: smp_refuse-build (see $work.log)"
	exit 0
fi
for t in machine core; do
	O="$work" "$top/scripts/qemu-test.sh" "$top/tests/smp_refuse/$t" | sed "s/^\(PASS\|FAIL\): /\1: smp_refuse-/"
done

#!/usr/bin/env bash
# Build test: a core built with CONFIG_MAX_CPUS=2 is given configurations that build's
# prtoscc accepts and this core cannot run whole (tests/smp_refuse/): 2 processors, refused
# with both numbers on one processor (the machine has fewer) and on two (this core runs one
# until SMP is built); a partition of 2 vCPUs (this core runs vCPU 0 only). None may run
# with a plan or a vCPU dropped.
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
for t in machine core vcpus; do
	O="$work" "$top/scripts/qemu-test.sh" "$top/tests/smp_refuse/$t" | sed "s/^\(PASS\|FAIL\): /\1: smp_refuse-/"
done

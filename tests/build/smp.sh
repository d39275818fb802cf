#!/usr/bin/env bash
# Build test: the SMP build (configs/qemu_i386_smp_defconfig: CONFIG_SMP, CONFIG_MAX_CPUS=4)
# in $O/smp (the QEMU passes of make check under -smp use the same one), and every scenario
# of tests/smp/ and every user/bail/examples/smp_* example booted with it, each with the processors its expect file's "qemu -smp N" gives
# (doc/testing.md, "SMP scenarios"). One line per scenario: PASS/FAIL: smp-<name>.
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
O=${O:-$top/build}
[ "$("$top/scripts/arch.sh")" = x86 ] || exit 0 # the only SMP port so far
work=$O/smp
mkdir -p "$work"

if ! { { [ "$work/.config" -nt "$top/configs/qemu_i386_smp_defconfig" ] ||
	make -s -C "$top" O="$work" qemu_i386_smp_defconfig; } &&
	make -s -C "$top" O="$work" tools core loader libs &&
	grep -q '^#define CONFIG_SMP 1$' "$work/include/generated/autoconf.h" &&
	grep -q '^#define CONFIG_MAX_CPUS 4$' "$work/include/generated/autoconf.h"; } >"$work.log" 2>&1; then
	echo "FAIL: smp-scenarios-build (see $work.log)"
	exit 0
fi
# tests/smp/common holds shared sources; every other folder is a scenario, but those of
# $skip (none today).
skip=" "
scenarios=
for d in "$top"/tests/smp/*/ "$top"/user/bail/examples/smp_*/; do
	d=${d%/}
	[ "$d" = "$top/tests/smp/common" ] && continue
	case "$skip" in *" ${d##*/} "*) continue ;; esac
	if [ -f "$d/expect" ]; then
		scenarios="$scenarios $d"
	else
		echo "FAIL: smp-$(basename "$d") (no expect file in $d)"
	fi
done
printf '%s\n' $scenarios | O="$work" xargs -P "${CHECK_JOBS:-2}" -I{} "$top/scripts/qemu-test.sh" {} |
	sed "s/^\(PASS\|FAIL\): /\1: smp-/"

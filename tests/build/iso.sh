#!/usr/bin/env bash
# Build test: `make iso` produces a GRUB ISO that boots helloworld.
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
. "$top/scripts/qemu.sh"
O=${O:-$top/build}
iso=$O/examples/helloworld/resident_sw.iso
log=$O/tests/build/iso.log
mkdir -p "$(dirname "$log")"
rm -f "$iso"
if ! make -s -C "$top" O="$O" EXAMPLE=helloworld iso >"$log" 2>&1; then
	echo "FAIL: iso-boots-with-grub (make iso failed, see $log)"
	exit 0
fi
timeout 60 "$QEMU" -cdrom "$iso" "${QEMU_COMMON_ARGS[@]}" -serial stdio -monitor none \
	</dev/null >"$log" 2>&1
status=$?
if [ "$(qemu_halt_code $status)" = 0 ] && grep -q 'Verification Passed' "$log"; then
	echo "PASS: iso-boots-with-grub"
else
	echo "FAIL: iso-boots-with-grub (QEMU status $status, see $log)"
fi

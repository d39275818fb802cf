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
# The partition greets, its own checks hold, and it halts the system itself.
if [ "$(qemu_halt_code $status)" != 0 ]; then
	echo "FAIL: iso-boots-with-grub (QEMU status $status, see $log)"
elif ! grep -q '^\[P0\] Hello World!' "$log" || ! grep -q '^\[P0\] Verification Passed' "$log" ||
	grep -q 'Verification Failed' "$log" || ! grep -q 'system halted by P0 (Partition0)' "$log"; then
	echo "FAIL: iso-boots-with-grub (greeting, verdict or halt line missing, see $log)"
else
	echo "PASS: iso-boots-with-grub"
fi

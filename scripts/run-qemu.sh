#!/usr/bin/env bash
# Boots a resident_sw image in QEMU with the serial console on this terminal.
# Ends by itself when the system halts (exit 0 for a normal halt). To quit
# earlier: Ctrl-A then X. HM lines and panic dumps get the function and source
# line behind their addresses (scripts/hm-symbols.sh) when the image's folder
# lists its ELF files (images.txt).
set -u
here=$(cd "$(dirname "$0")" && pwd)
. "$here/qemu.sh"

image=${1:?usage: run-qemu.sh IMAGE [extra QEMU arguments]}
shift
[ -f "$image" ] || { echo "run-qemu.sh: $image: no such image (run make first)" >&2; exit 2; }
echo "Booting $image in QEMU (quit with Ctrl-A then X)"
qemu_icount_for_smp "$@"
"$QEMU" -kernel "$image" "${QEMU_COMMON_ARGS[@]}" "${QEMU_ICOUNT_ARGS[@]}" -serial mon:stdio "$@" |
	"$here/hm-symbols.sh" "$(dirname "$image")"
status=${PIPESTATUS[0]}
code=$(qemu_halt_code "$status")
case "$code" in
0) exit 0 ;;
-1) echo "QEMU exited with status $status"; exit "$status" ;;
*) echo "PRTOS halted with code $code (1: health monitor, 2: configuration refused, 3: panic, 4: loader refused the container)"; exit $((10 + code)) ;;
esac

#!/usr/bin/env bash
# Wraps a resident_sw image in a GRUB (multiboot) ISO: mkiso.sh IMAGE ISO
# GRUB's serial console runs at the boot rate of Kconfig (CONFIG_UART_BAUDRATE in
# $O/include/config/auto.conf), as the resident loader does.
set -eu
image=${1:?usage: mkiso.sh IMAGE ISO}
iso=${2:?usage: mkiso.sh IMAGE ISO}
O=${O:-$(cd "$(dirname "$0")/.." && pwd)/build}
baud=$(sed -n 's/^CONFIG_UART_BAUDRATE=//p' "$O/include/config/auto.conf" 2>/dev/null)
baud=${baud:-115200}
command -v grub-mkrescue >/dev/null || "$(dirname "$0")/install-deps.sh"
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
mkdir -p "$root/boot/grub"
cp "$image" "$root/boot/resident_sw"
cat >"$root/boot/grub/grub.cfg" <<CFG
set timeout=0
set default=0
serial --unit=0 --speed=$baud
terminal_output serial console
menuentry "PRTOS" {
	multiboot /boot/resident_sw
	boot
}
CFG
grub-mkrescue -o "$iso" "$root" >/dev/null 2>&1 || { echo "mkiso.sh: grub-mkrescue failed" >&2; exit 1; }
echo "wrote $iso"

#!/usr/bin/env bash
# Wraps a resident_sw image in a GRUB (multiboot) ISO: mkiso.sh IMAGE ISO
set -eu
image=${1:?usage: mkiso.sh IMAGE ISO}
iso=${2:?usage: mkiso.sh IMAGE ISO}
command -v grub-mkrescue >/dev/null || "$(dirname "$0")/install-deps.sh"
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
mkdir -p "$root/boot/grub"
cp "$image" "$root/boot/resident_sw"
cat >"$root/boot/grub/grub.cfg" <<'CFG'
set timeout=0
set default=0
serial --unit=0 --speed=115200
terminal_output serial console
menuentry "PRTOS" {
	multiboot /boot/resident_sw
	boot
}
CFG
grub-mkrescue -o "$iso" "$root" >/dev/null 2>&1 || { echo "mkiso.sh: grub-mkrescue failed" >&2; exit 1; }
echo "wrote $iso"

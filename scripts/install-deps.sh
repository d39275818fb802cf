#!/usr/bin/env bash
# Installs what PRTOS needs to build, run and test on Debian or Ubuntu. Idempotent.
#   install-deps.sh              install whatever is missing
#   install-deps.sh --if-missing the same, silent when nothing is missing
set -eu
packages=(build-essential gcc-multilib binutils make kconfig-frontends libxml2-dev
	libxml2-utils pkg-config libcmocka-dev qemu-system-x86 grub-pc-bin grub-common
	xorriso mtools clang-format gdb)

missing=()
for p in "${packages[@]}"; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
	[ "${1:-}" = "--if-missing" ] || echo "install-deps: everything is installed"
	exit 0
fi
command -v apt-get >/dev/null || { echo "install-deps: needs apt-get (Debian/Ubuntu); install: ${missing[*]}" >&2; exit 1; }
sudo=
[ "$(id -u)" -eq 0 ] || sudo=sudo
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "install-deps: done"

#!/usr/bin/env bash
# Installs what PRTOS needs to build, run and test on Debian or Ubuntu. Idempotent.
#   install-deps.sh              install whatever is missing
#   install-deps.sh --if-missing the same, silent when nothing is missing
set -eu
# The 32-bit multilib of the installed gcc itself (gcc-12-multilib on Debian 12), not the
# gcc-multilib metapackage: that one conflicts with the aarch64 and riscv64 cross
# compilers, which the ports will need beside it. clang and libclang-rt-dev (its
# libFuzzer and sanitizer runtimes) build the fuzz harnesses (tests/fuzz); lcov reports
# make coverage; cppcheck, clang-tidy, bear and jq run make analyze.
gcc_major=$(gcc -dumpversion 2>/dev/null | cut -d. -f1)
packages=(build-essential "gcc-${gcc_major:-12}-multilib" binutils make kconfig-frontends libxml2-dev
	libxml2-utils pkg-config libcmocka-dev qemu-system-x86 grub-pc-bin grub-common
	xorriso mtools clang-format gdb gnuplot-nox lcov clang libclang-rt-dev cppcheck clang-tidy
	bear jq)

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

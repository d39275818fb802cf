#!/bin/bash
# The prtoscc that the catalogue's multi-processor files (tests/config/cpus4/) need: built
# from the defconfig with Kconfig SMP and MAX_CPUS=4 in $O/tests/config/cpus4 (the tree's
# own build may have 1 processor). Builds it, or brings it up to date (make: a second run costs
# nothing), and prints its path.
# Usage: cpus4.sh O       (O: the build folder, absolute or not)
set -u
O=${1:?usage: cpus4.sh O}
top=$(cd "$(dirname "$0")/../.." && pwd)
mkdir -p "$O/tests/config/cpus4" || exit 1
work=$(cd "$O/tests/config/cpus4" && pwd)
log=$work.log

build() {
	if ! grep -qx 'CONFIG_MAX_CPUS=4' "$work/.config" 2>/dev/null ||
		! grep -qx 'CONFIG_SMP=y' "$work/.config"; then
		make -s -C "$top" O="$work" defconfig &&
			sed -i '/^# CONFIG_SMP is not set/d; /^CONFIG_SMP=/d; /^CONFIG_MAX_CPUS=/d' \
				"$work/.config" &&
			printf 'CONFIG_SMP=y\nCONFIG_MAX_CPUS=4\n' >>"$work/.config" &&
			make -s -C "$top" O="$work" olddefconfig || return 1
	fi
	make -s -C "$top" O="$work" "$work/include/generated/autoconf.h" &&
		grep -q '^#define CONFIG_MAX_CPUS 4$' "$work/include/generated/autoconf.h" &&
		make -s -C "$top/user/tools/prtoscc" O="$work"
}
if ! build >"$log" 2>&1; then
	echo "cpus4.sh: building prtoscc with CONFIG_MAX_CPUS=4 failed (see $log)" >&2
	exit 1
fi
echo "$work/tools/prtoscc"

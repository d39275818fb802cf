#!/usr/bin/env bash
# Build tests: out-of-tree build from no .config, defconfig, <board>_defconfig,
# olddefconfig, savedefconfig, and a changed Kconfig option that changes what the built
# system does.
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
. "$top/scripts/qemu.sh"
O=${O:-$top/build}
work=$O/tests/build/kconfig
rm -rf "$work"
mkdir -p "$work"

pass() { echo "PASS: $1"; }
fail() { echo "FAIL: $1 ($2)"; }

# boot_banner DIR: the first line of the core in the helloworld image built in DIR.
boot_banner() {
	timeout 60 "$QEMU" -kernel "$1/examples/helloworld/resident_sw" "${QEMU_COMMON_ARGS[@]}" \
		"${QEMU_ICOUNT_ARGS[@]}" -serial stdio -monitor none </dev/null 2>/dev/null |
		tr -d '\r' | grep '^PRTOS hypervisor'
}

# Plain make with no .config starts from the defconfig.
if make -s -C "$top" O="$work" >"$work.log" 2>&1 && grep -q '^CONFIG_UART_BAUDRATE=115200$' "$work/.config" &&
	grep -q '^# CONFIG_DEBUG is not set$' "$work/.config" &&
	[ -f "$work/examples/helloworld/resident_sw" ]; then
	pass "kconfig-make-without-config"
else
	fail "kconfig-make-without-config" "see $work.log"
fi

# Changed options reach autoconf.h, the core and the boot banner: a debug build, and a
# boot baud rate picked from the choice (the loader's and the core's until the XML's).
sed -i 's/^# CONFIG_DEBUG is not set$/CONFIG_DEBUG=y/; s/^CONFIG_UART_BAUD_115200=y$/# CONFIG_UART_BAUD_115200 is not set\nCONFIG_UART_BAUD_9600=y/' \
	"$work/.config"
if make -s -C "$top" O="$work" olddefconfig >>"$work.log" 2>&1 &&
	grep -q '#define CONFIG_UART_BAUDRATE 9600' "$work/include/generated/autoconf.h" &&
	grep -q '#define CONFIG_DEBUG 1' "$work/include/generated/autoconf.h" &&
	make -s -C "$top" O="$work" >>"$work.log" 2>&1 &&
	boot_banner "$work" | grep -q ', debug build$'; then
	pass "kconfig-option-changes-build"
else
	fail "kconfig-option-changes-build" "banner: $(boot_banner "$work")"
fi

if make -s -C "$top" O="$work" savedefconfig >>"$work.log" 2>&1 &&
	grep -q '^CONFIG_DEBUG=y$' "$work/defconfig" && grep -q '^CONFIG_UART_BAUD_9600=y$' "$work/defconfig" &&
	! grep -q '^CONFIG_MAX_PARTITIONS' "$work/defconfig"; then
	pass "kconfig-savedefconfig"
else
	fail "kconfig-savedefconfig" "see $work/defconfig"
fi

if make -s -C "$top" O="$work" defconfig >>"$work.log" 2>&1 &&
	grep -q '^# CONFIG_DEBUG is not set$' "$work/.config" &&
	grep -q '^CONFIG_UART_BAUDRATE=115200$' "$work/.config"; then
	pass "kconfig-defconfig"
else
	fail "kconfig-defconfig" "see $work/.config"
fi

# `make <board>_defconfig` starts from configs/<board>_defconfig (the x86 QEMU board is
# also `make defconfig`) and updates autoconf.h; a board that does not exist is an error.
sed -i 's/^# CONFIG_DEBUG is not set$/CONFIG_DEBUG=y/' "$work/.config"
if make -s -C "$top" O="$work" qemu_i386_defconfig >>"$work.log" 2>&1 &&
	grep -q '^# CONFIG_DEBUG is not set$' "$work/.config" &&
	grep -q '^#define CONFIG_ARCH "x86"$' "$work/include/generated/autoconf.h" &&
	! make -s -C "$top" O="$work" no_such_board_defconfig >>"$work.log" 2>&1; then
	pass "kconfig-board-defconfig"
else
	fail "kconfig-board-defconfig" "see $work.log"
fi

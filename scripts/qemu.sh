# QEMU settings shared by `make run`, the test runner and benchmarks (sourced, not run).
QEMU=${QEMU:-qemu-system-i386}
QEMU_MEM=${QEMU_MEM:-512}
# isa-debug-exit: the core's halt code c makes QEMU exit with status 2c+1.
QEMU_COMMON_ARGS=(-m "$QEMU_MEM" -display none -no-reboot
	-device isa-debug-exit,iobase=0xf4,iosize=0x04)
# Deterministic virtual time for runs, tests and figures: 2^4 ns per instruction, and
# no real-time sleeping while the guest halts.
QEMU_ICOUNT_ARGS=(-icount shift=4,sleep=off)

# qemu_icount_for_smp ARGS...: QEMU_ICOUNT_ARGS for a system that runs N processors, when
# ARGS hold "-smp N". -icount counts every processor's instructions on one clock, and QEMU
# runs them in turn: with N busy processors each would run N times slower in virtual time.
# The shift drops by log2(N) (3 for 2 processors, 2 for 4), so that each processor keeps
# one instruction per 16 ns, as on one processor, and bounds measured in microseconds
# (ISOLATION_BOUND_US, slot starts) mean the same.
qemu_icount_for_smp() {
	local n=1 prev=
	for a in "$@"; do
		[ "$prev" = -smp ] && n=${a%%,*}
		prev=$a
	done
	case "$n" in
	2) QEMU_ICOUNT_ARGS=(-icount shift=3,sleep=off) ;;
	3 | 4) QEMU_ICOUNT_ARGS=(-icount shift=2,sleep=off) ;;
	esac
}

# qemu_halt_code STATUS: the core's halt code behind a QEMU exit status, or -1.
qemu_halt_code() {
	local status=$1
	if [ "$status" -ge 1 ] && [ $((status % 2)) -eq 1 ] && [ "$status" -lt 256 ]; then
		echo $(((status - 1) / 2))
	else
		echo -1
	fi
}

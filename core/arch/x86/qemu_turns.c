/*
 * CONFIG_QEMU_SMP_TICK: processor 0 shares QEMU's turns with the others.
 *
 * With -icount, QEMU runs every processor of the machine in one host thread, in
 * rounds (QEMU 7.2, accel/tcg/tcg-accel-ops-rr.c and tcg-accel-ops-icount.c): each
 * processor in order runs until the machine's next timer deadline, unless it halts
 * or executes `pause` first. A processor whose turn comes after the deadline was
 * reached gets no instruction, and the next round starts at processor 0 again. So a
 * partition on processor 0 that neither halts nor pauses would stop every other
 * processor for good, which parallel hardware never does.
 *
 * PIT channel 0 ticks every X86_QEMU_TURN_NS, its line (the 8259's, through LINT0)
 * reaching processor 0 only. When the tick finds processor 0 running a partition,
 * processor 0 keeps every other period for itself; in the others it waits here with
 * `pause`, each of which hands the rest of QEMU's turn to processor 1 (and, when that
 * one halts or pauses, to the next). Interrupts stay off meanwhile: processor 0's own
 * timer and IPIs wait for the end of the period, as those of the others wait for the
 * end of processor 0's. In its idle loop processor 0 does not wait: it halts there,
 * which hands the turns on anyway.
 */
#include <prtos/arch.h>
#include <prtos/sched.h>
#include <arch/x86.h>

/* Where the wait ends, ahead of the next tick: a little less than a period. */
#define QEMU_TURN_WAIT_NS (X86_QEMU_TURN_NS - 500U)

void x86_qemu_tick_entry(struct x86_frame *f)
{
	static prtos_u32_t ticks; /* processor 0's only */
	prtos_u64_t end;

	x86_pic_eoi(X86_IRQ_TIMER);
	(void)f;
	if (++ticks % 2 == 0 || !sched_current()->part)
		return; /* processor 0's own period, or its idle loop */
	end = arch_now_ns() + QEMU_TURN_WAIT_NS;
	while (arch_now_ns() < end)
		arch_cpu_relax();
}

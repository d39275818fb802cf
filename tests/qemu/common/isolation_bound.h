/* The largest delay a partition may cause to another's slot start (doc/security.md). */
#ifndef ISOLATION_BOUND_H
#define ISOLATION_BOUND_H

/*
 * How far a slot start may move from one frame to the next because of what
 * another partition was doing when the slot began: the core's longest piece
 * of work with interrupts off that a partition can cause. That is a 64-byte
 * console chunk with hypervisor tracing of every event: about 2,750
 * instructions, 44 us at these runs' 16 ns per instruction (QEMU -icount
 * shift=4). The bound is 3,125 instructions. See doc/security.md.
 */
#define ISOLATION_BOUND_US 50

#endif

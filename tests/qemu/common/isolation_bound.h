/* The largest delay a partition may cause to another's slot start (doc/security.md). */
#ifndef ISOLATION_BOUND_H
#define ISOLATION_BOUND_H

/*
 * How far a slot start may move from one frame to the next because of what
 * another partition was doing when the slot began: the core's longest piece
 * of work with interrupts off that a partition can cause (about 1500
 * instructions with hypervisor tracing of every event, 25 us at these runs'
 * 16 ns per instruction, QEMU -icount shift=4). See doc/security.md.
 */
#define ISOLATION_BOUND_US 25

#endif

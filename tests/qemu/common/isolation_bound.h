/* The largest delay a partition may cause to another's slot start (doc/security.md). */
#ifndef ISOLATION_BOUND_H
#define ISOLATION_BOUND_H

/*
 * How late a partition's slot-start handler may run after the slot's configured
 * start, whatever the other partitions do: the core's fixed work at a boundary
 * (timer interrupt, scheduler, switch, delivery: about 1,400 instructions, 2,300
 * with hypervisor tracing of every event) plus the longest section with
 * interrupts off that another partition can cause (a 64-byte console chunk:
 * about 2,300 instructions, 2,800 with tracing). 6,250 instructions: 100 us at
 * these runs' 16 ns per instruction (QEMU -icount shift=4). See doc/security.md.
 */
#ifndef ISOLATION_BOUND_US /* a scenario on several processors adds QEMU's turns */
#define ISOLATION_BOUND_US 100
#endif

#endif

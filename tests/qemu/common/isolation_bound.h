/* The largest delay a partition may cause to another's slot start (doc/security.md). */
#ifndef ISOLATION_BOUND_H
#define ISOLATION_BOUND_H

/*
 * The core's longest piece of work with interrupts off that can sit at a slot
 * boundary, at these runs' 16 ns per instruction (QEMU -icount shift=4).
 */
#define ISOLATION_BOUND_US 20

#endif

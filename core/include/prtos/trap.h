/*
 * One entry into the core, decoded. The arch reads its registers once into a
 * struct trap (what happened, where) and hands it to trap_handle(); common code
 * decides and calls back into the arch only to act (arch.h). The fields fit
 * an exception vector, error code and fault address register, an exception
 * syndrome and fault address register, or a trap cause and trap value register.
 */
#ifndef PRTOS_TRAP_H
#define PRTOS_TRAP_H

#include <prtos/types.h>
#include <prtos/hm.h>
#include <prtos/arch_abi.h>

enum trap_kind {
	TRAP_HYPERCALL, /* a hypercall of the running partition */
	TRAP_TIMER,	/* the scheduler's timer interrupt, acknowledged */
	TRAP_IRQ,   /* nothing to do: a spurious or masked line, or what the arch reports itself */
	TRAP_FAULT, /* an exception: hm_event says which */
};

struct trap {
	enum trap_kind kind;
	/*
	 * The trapped context is the running partition's, and the core returns
	 * to it (else it is the core's own: its idle loop, or a hypercall that
	 * let interrupts in). A fault of the core's own is a broken invariant.
	 */
	int from_partition;
	prtos_word_t cause; /* the arch's code for it (vector, syndrome, cause), for traces */
	/* TRAP_FAULT: the HM event (common or the arch's range) and where it happened. */
	prtos_u32_t hm_event;
	struct hm_cpu_ctxt where;
	/* TRAP_HYPERCALL: number, argument words, and the register the result goes to. */
	prtos_u32_t hcall_nr;
	const prtos_word_t *hcall_args; /* PRTOS_HCALL_MAX_ARGS words, where the arch saved them */
	prtos_word_t *hcall_ret;
};

/*
 * Does what t calls for: runs the hypercall, the scheduler tick or the health
 * monitor, and on the way back to a partition delivers its pending virtual
 * interrupt. Interrupts off, on the running vCPU's kernel stack; may switch
 * vCPUs and come back later. Does not return after a fault of the core (the
 * arch has printed its registers when it decoded it).
 */
void trap_handle(struct trap *t);
/*
 * A hypercall of the running partition, the arch's shortest way in (the same
 * as trap_handle() with TRAP_HYPERCALL): runs call nr with its argument words,
 * puts the result in *ret, then, on the way back, delivers a pending virtual
 * interrupt (whose saved context then holds the result).
 */
void trap_hypercall(prtos_u32_t nr, const prtos_word_t *args, prtos_word_t *ret);
/*
 * The scheduler's timer interrupt (cause: the arch's number for it), already
 * acknowledged, the arch's shortest way in (the same as trap_handle() with
 * TRAP_TIMER): the scheduler's tick, then, if it came from a partition, the
 * pending virtual interrupt of whichever partition runs next.
 */
void trap_timer(prtos_u32_t cause, int from_partition);

#endif

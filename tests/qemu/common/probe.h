/*
 * Shared by the hostile scenarios: runs an instruction that should trap and
 * reports the trap instead of dying from it. The scenario's XML must PROPAGATE
 * the exception; probe_init() installs a handler that records the vector and
 * error code and resumes after the probe.
 */
#ifndef PROBE_H
#define PROBE_H

#include <prtos.h>

extern volatile prtos_u32_t probe_resume; /* where the handler resumes */
extern volatile prtos_s32_t probe_vector; /* -1: the probe did not trap */
extern volatile prtos_u32_t probe_err;

/* Installs the handler on the exception vectors 0-31. */
void probe_init(void);

/*
 * Runs the asm text insn (clobbering eax), then the asm text after (also where
 * a trap resumes); returns the vector insn raised, or -1.
 */
#define PROBE_THEN(insn, after)                                                   \
	({                                                                        \
		probe_vector = -1;                                                \
		__asm__ volatile("movl $1f, probe_resume\n\t" insn "\n1:\t" after \
				 :                                                \
				 :                                                \
				 : "eax", "memory");                              \
		probe_vector;                                                     \
	})

/* Runs the asm text insn (clobbering eax); returns the vector it raised, or -1. */
#define PROBE(insn) PROBE_THEN(insn, "")

#endif

/* Trace streams of partitions and of the hypervisor, kept in XML memory blocks. */
#ifndef PRTOS_TRACING_H
#define PRTOS_TRACING_H

#include <prtos/types.h>
#include <prtos/trace.h>

/* Sets up the streams the configuration names; before the scheduler starts. */
void trace_init(void);
/*
 * Records a hypervisor event if its bit is in the hypervisor stream's mask;
 * costs a test when tracing is off.
 */
void trace_hyp(prtos_u32_t bit, prtos_u32_t code, prtos_word_t a0, prtos_word_t a1);

#endif

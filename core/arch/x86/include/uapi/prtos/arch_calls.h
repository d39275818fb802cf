/*
 * x86's own hypercalls (PRTOS_ARCH_HYPERCALL_LIST of <prtos/arch_abi.h>), as
 * plain prototypes for <prtos_calls.h>.
 */
#ifndef PRTOS_UAPI_ARCH_CALLS_H
#define PRTOS_UAPI_ARCH_CALLS_H

#include <prtos/types.h>

/* 7 */ prtos_s32_t prtos_x86_iret(void);
/* 8 */ void prtos_x86_set_if(void);
/* 9 */ void prtos_x86_clear_if(void);

#endif

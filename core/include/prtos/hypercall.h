/* Hypercall dispatch: the table generated from the one list in <prtos/hypercalls.h>. */
#ifndef PRTOS_HYPERCALL_H
#define PRTOS_HYPERCALL_H

#include <prtos/types.h>
#include <prtos/hypercalls.h>
#include <prtos/arch_abi.h>

/* Runs hypercall nr with its argument words; returns the value for the caller. */
prtos_s32_t hypercall_dispatch(prtos_u32_t nr, const prtos_word_t args[PRTOS_HCALL_MAX_ARGS]);

/* Handler prototypes, one per list entry: hcall_<name>(word, ...). */
#define HCALL_PARAMS_0 void
#define HCALL_PARAMS_1 prtos_word_t
#define HCALL_PARAMS_2 prtos_word_t, prtos_word_t
#define HCALL_PARAMS_3 prtos_word_t, prtos_word_t, prtos_word_t
#define HCALL_PARAMS_4 prtos_word_t, prtos_word_t, prtos_word_t, prtos_word_t
#define HCALL_PARAMS_5 prtos_word_t, prtos_word_t, prtos_word_t, prtos_word_t, prtos_word_t
#define HCALL_DECLARE(nr, name, nargs, ret, params, words) \
	prtos_s32_t hcall_##name(HCALL_PARAMS_##nargs);
PRTOS_HYPERCALL_LIST(HCALL_DECLARE)
#undef HCALL_DECLARE

#endif

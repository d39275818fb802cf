/*
 * Hypercall dispatch: the table generated from the common list in
 * <prtos/hypercalls.h> and the arch's list in <prtos/arch_abi.h>.
 */
#ifndef PRTOS_HYPERCALL_H
#define PRTOS_HYPERCALL_H

#include <prtos/types.h>
#include <prtos/hypercalls.h>
#include <prtos/arch_abi.h>
#include <prtos/guest.h>
#include <prtos/status.h>
#include <prtos/tracing.h>
#include <prtos/part.h>

/* An adapter: the caller's argument words become a handler's typed parameters. */
typedef prtos_s32_t (*hcall_fn_t)(const prtos_word_t *words);

/* [nr]: the adapter of hypercall nr, NULL for a number no list names (hypercall.c). */
extern const hcall_fn_t hcall_table[PRTOS_HCALL_TABLE_SIZE];

/*
 * Runs hypercall nr with the caller's argument words (PRTOS_HCALL_MAX_ARGS of
 * them, as the arch's entry collected them); returns the value for the caller.
 * Inline: the arch's hypercall entry is one call away from the handler.
 */
static inline prtos_s32_t hypercall_dispatch(prtos_u32_t nr,
					     const prtos_word_t args[PRTOS_HCALL_MAX_ARGS])
{
	if (nr >= PRTOS_HCALL_TABLE_SIZE || !hcall_table[nr])
		return PRTOS_UNKNOWN_HYPERCALL;
	trace_hyp(PRTOS_TRACE_HYP_HCALL, PRTOS_TRACE_CODE_HCALL, nr, current_part()->id);
	return hcall_table[nr](args);
}

/*
 * The core's view of a parameter: a value at its declared type, a pointer as
 * the caller's (unchecked) address.
 */
#define HCALL_PARAM(p) HCALL_PARAM_##p
#define HCALL_PARAM_PRTOS_VAL(type, name) type name
#define HCALL_PARAM_PRTOS_V64(type, name) type name
#define HCALL_PARAM_PRTOS_PTR(type, name) guest_addr_t name

/* Handler prototypes, one per list entry: hcall_<name>(typed parameters). */
#define HCALL_DECLARE(nr, name, ret, n, params) \
	prtos_s32_t hcall_##name(PRTOS_HC_DECL(n, HCALL_PARAM, params));
PRTOS_HYPERCALL_LIST(HCALL_DECLARE)
PRTOS_ARCH_HYPERCALL_LIST(HCALL_DECLARE)
#undef HCALL_DECLARE

#endif

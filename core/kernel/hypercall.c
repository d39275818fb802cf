/* The hypercall table, expanded from the one list, and its dispatcher. */
#include <prtos/hypercall.h>
#include <prtos/status.h>
#include <prtos/arch_abi.h>
#include <prtos/tracing.h>
#include <prtos/sched.h>
#include <prtos/part.h>

typedef prtos_s32_t (*hcall_fn_t)(const prtos_word_t *a);

#define HCALL_ARGS_0
#define HCALL_ARGS_1 a[0]
#define HCALL_ARGS_2 a[0], a[1]
#define HCALL_ARGS_3 a[0], a[1], a[2]
#define HCALL_ARGS_4 a[0], a[1], a[2], a[3]
#define HCALL_ARGS_5 a[0], a[1], a[2], a[3], a[4]

/* One adapter per hypercall: unpacks the register words into typed arguments. */
#define HCALL_ADAPTER(nr, name, nargs, ret, params, words)             \
	static prtos_s32_t hcall_adapter_##name(const prtos_word_t *a) \
	{                                                              \
		(void)a;                                               \
		return hcall_##name(HCALL_ARGS_##nargs);               \
	}
PRTOS_HYPERCALL_LIST(HCALL_ADAPTER)
#undef HCALL_ADAPTER

#define HCALL_ENTRY(nr, name, nargs, ret, params, words) [nr] = hcall_adapter_##name,
static const hcall_fn_t hcall_table[PRTOS_NR_HYPERCALLS] = {PRTOS_HYPERCALL_LIST(HCALL_ENTRY)};
#undef HCALL_ENTRY

#define HCALL_ENUM(nr, name, nargs, ret, params, words) HCALL_NR_##name = nr,
enum { PRTOS_HYPERCALL_LIST(HCALL_ENUM) };
#undef HCALL_ENUM
_Static_assert(HCALL_NR_x86_iret == PRTOS_HCALL_NR_X86_IRET, "PRTOS_HCALL_NR_X86_IRET");

#define HCALL_COUNT(nr, name, nargs, ret, params, words) +1
_Static_assert(0 PRTOS_HYPERCALL_LIST(HCALL_COUNT) == PRTOS_NR_HYPERCALLS,
	       "PRTOS_NR_HYPERCALLS matches the list");
#undef HCALL_COUNT

prtos_s32_t hypercall_dispatch(prtos_u32_t nr, const prtos_word_t args[PRTOS_HCALL_MAX_ARGS])
{
	if (nr >= PRTOS_NR_HYPERCALLS || !hcall_table[nr])
		return PRTOS_UNKNOWN_HYPERCALL;
	trace_hyp(PRTOS_TRACE_HYP_HCALL, 2, nr, sched_current()->part->id);
	return hcall_table[nr](args);
}

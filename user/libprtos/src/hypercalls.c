/* The libprtos hypercall stubs, expanded from the one list in <prtos/hypercalls.h>. */
#include <prtos.h>
#include <prtos_hcall.h>

#define PRTOS_HCALL_WORDS(...) , ##__VA_ARGS__

/* How a stub hands back the hypercall's result, per return type used in the list. */
#define PRTOS_RETURN_prtos_s32_t(x) return (prtos_s32_t)(x)
#define PRTOS_RETURN_prtos_id_t(x) return (prtos_id_t)(x)
#define PRTOS_RETURN_void(x) (void)(x)

#define PRTOS_STUB(nr, name, nargs, ret, params, words)                             \
	ret prtos_##name params                                                     \
	{                                                                           \
		PRTOS_RETURN_##ret(prtos_hcall##nargs(nr PRTOS_HCALL_WORDS words)); \
	}
PRTOS_HYPERCALL_LIST(PRTOS_STUB)

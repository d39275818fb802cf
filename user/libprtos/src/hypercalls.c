/* The libprtos hypercall stubs, expanded from the one list in <prtos/hypercalls.h>. */
#include <prtos.h>
#include <prtos_hcall.h>

#define PRTOS_HCALL_WORDS(...) , ##__VA_ARGS__
#define PRTOS_STUB(nr, name, nargs, ret, params, words)                     \
	ret prtos_##name params                                             \
	{                                                                   \
		return (ret)prtos_hcall##nargs(nr PRTOS_HCALL_WORDS words); \
	}
PRTOS_HYPERCALL_LIST(PRTOS_STUB)

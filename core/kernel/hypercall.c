/* The hypercall table, expanded from the common and the arch's list (hypercall.h dispatches). */
#include <prtos/hypercall.h>
#include <prtos/arch_abi.h>

/* Unpacks one parameter from the argument words w, at word *i. */
#define HCALL_UNPACK(p) HCALL_UNPACK_##p
#define HCALL_UNPACK_PRTOS_VAL(type, name) type name = (type)w[i++];
#define HCALL_UNPACK_PRTOS_V64(type, name) type name = (type)prtos_hc_get64(w, &i);
#define HCALL_UNPACK_PRTOS_PTR(type, name) guest_addr_t name = guest_addr((prtos_address_t)w[i++]);

/* One adapter per hypercall: the argument words become the handler's typed parameters. */
#define HCALL_ADAPTER(nr, name, ret, n, params)                           \
	_Static_assert(PRTOS_HC_WORDS(n, params) <= PRTOS_HCALL_MAX_ARGS, \
		       "hcall_" #name ": too many argument words");       \
	static prtos_s32_t hcall_adapter_##name(const prtos_word_t *w)    \
	{                                                                 \
		unsigned int i = 0;                                       \
		PRTOS_HC_EACH(n, HCALL_UNPACK, params)                    \
		(void)w;                                                  \
		(void)i;                                                  \
		return hcall_##name(PRTOS_HC_NAMES(n, params));           \
	}
PRTOS_HYPERCALL_LIST(HCALL_ADAPTER)
PRTOS_ARCH_HYPERCALL_LIST(HCALL_ADAPTER)
#undef HCALL_ADAPTER

#define HCALL_ENTRY(nr, name, ret, n, params) [nr] = hcall_adapter_##name,
/* A number in both lists is a duplicate initializer (-Werror=override-init). */
const hcall_fn_t hcall_table[PRTOS_HCALL_TABLE_SIZE] = {
	PRTOS_HYPERCALL_LIST(HCALL_ENTRY) PRTOS_ARCH_HYPERCALL_LIST(HCALL_ENTRY)};
#undef HCALL_ENTRY

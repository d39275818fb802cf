/* The libprtos hypercall stubs, expanded from the lists in <prtos/hypercalls.h> and <prtos/arch_abi.h>. */
/* The plain prototypes only: a stub without one fails the build (-Wmissing-prototypes). */
#include <prtos/hypercalls.h>
#include <prtos_calls.h>
#include <prtos_hcall.h>

/* How a stub hands back the hypercall's result, per return type used in the lists. */
#define PRTOS_RETURN_prtos_s32_t(x) return (prtos_s32_t)(x)
#define PRTOS_RETURN_prtos_id_t(x) return (prtos_id_t)(x)
#define PRTOS_RETURN_void(x) (void)(x)

/* Packs one parameter into the argument words w, at word i. */
#define PRTOS_PACK(p) PRTOS_PACK_##p
#define PRTOS_PACK_PRTOS_VAL(type, name) w[i++] = (prtos_word_t)name;
#define PRTOS_PACK_PRTOS_V64(type, name) prtos_hc_put64(w, &i, (prtos_u64_t)name);
#define PRTOS_PACK_PRTOS_PTR(type, name) w[i++] = (prtos_word_t)name;

#define PRTOS_STUB(nr, name, ret, n, params)                                             \
	ret prtos_##name(PRTOS_HC_DECL(n, PRTOS_HC_USER, params))                        \
	{                                                                                \
		prtos_word_t w[PRTOS_HCALL_MAX_ARGS];                                    \
		unsigned int i = 0;                                                      \
                                                                                         \
		PRTOS_HC_EACH(n, PRTOS_PACK, params)                                     \
		(void)i;                                                                 \
		PRTOS_RETURN_##ret(prtos_hcall_words(nr, w, PRTOS_HC_WORDS(n, params))); \
	}
PRTOS_HYPERCALL_LIST(PRTOS_STUB)
PRTOS_ARCH_HYPERCALL_LIST(PRTOS_STUB)

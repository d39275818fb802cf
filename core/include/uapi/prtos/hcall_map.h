/*
 * Preprocessor helpers over the typed parameter lists of the hypercall lists
 * (<prtos/hypercalls.h> and the arch's <prtos/arch_abi.h>).
 *
 * A parameter list is written (P1, P2, ...) with its length n (0 to 5), each P
 * one of
 *   PRTOS_VAL(type, name)  a value that fits one register word;
 *   PRTOS_V64(type, name)  a 64-bit value: one word where words are 64-bit,
 *                          two (low word first) where they are 32-bit;
 *   PRTOS_PTR(type, name)  a pointer to the caller's memory: libprtos takes
 *                          `type name`, the core receives a guest address.
 * PRTOS_VAL, PRTOS_V64 and PRTOS_PTR are tags, never defined as macros: a user
 * F of PRTOS_HC_EACH pastes its own prefix to them (F(p) -> F_##p), so that
 * F_PRTOS_VAL(type, name) and so on give each kind its expansion.
 */
#ifndef PRTOS_UAPI_HCALL_MAP_H
#define PRTOS_UAPI_HCALL_MAP_H

#include <prtos/types.h>

#define PRTOS_HC_UNPAREN(...) __VA_ARGS__
#define PRTOS_HC_APPLY(m, args) m args
#define PRTOS_HC_COMMA() ,
#define PRTOS_HC_NOTHING()

#define PRTOS_HC_MAP_0(F, S, ...)
#define PRTOS_HC_MAP_1(F, S, a) F(a)
#define PRTOS_HC_MAP_2(F, S, a, b) F(a) S() F(b)
#define PRTOS_HC_MAP_3(F, S, a, b, c) F(a) S() F(b) S() F(c)
#define PRTOS_HC_MAP_4(F, S, a, b, c, d) F(a) S() F(b) S() F(c) S() F(d)
#define PRTOS_HC_MAP_5(F, S, a, b, c, d, e) F(a) S() F(b) S() F(c) S() F(d) S() F(e)
#define PRTOS_HC_MAP(n, F, S, params) \
	PRTOS_HC_APPLY(PRTOS_HC_MAP_##n, (F, S, PRTOS_HC_UNPAREN params))

/* F of each parameter, one after the other (statements, sums). */
#define PRTOS_HC_EACH(n, F, params) PRTOS_HC_MAP(n, F, PRTOS_HC_NOTHING, params)
/* F of each parameter, separated by commas (argument lists; empty if n is 0). */
#define PRTOS_HC_COMMAS(n, F, params) PRTOS_HC_MAP(n, F, PRTOS_HC_COMMA, params)

/* A parameter declaration list: F of each parameter, or void. */
#define PRTOS_HC_DECL_0(F, params) void
#define PRTOS_HC_DECL_1(F, params) PRTOS_HC_COMMAS(1, F, params)
#define PRTOS_HC_DECL_2(F, params) PRTOS_HC_COMMAS(2, F, params)
#define PRTOS_HC_DECL_3(F, params) PRTOS_HC_COMMAS(3, F, params)
#define PRTOS_HC_DECL_4(F, params) PRTOS_HC_COMMAS(4, F, params)
#define PRTOS_HC_DECL_5(F, params) PRTOS_HC_COMMAS(5, F, params)
#define PRTOS_HC_DECL(n, F, params) PRTOS_HC_DECL_##n(F, params)

/* Each parameter's name (an argument list). */
#define PRTOS_HC_NAME(p) PRTOS_HC_NAME_##p
#define PRTOS_HC_NAME_PRTOS_VAL(type, name) name
#define PRTOS_HC_NAME_PRTOS_V64(type, name) name
#define PRTOS_HC_NAME_PRTOS_PTR(type, name) name
#define PRTOS_HC_NAMES(n, params) PRTOS_HC_COMMAS(n, PRTOS_HC_NAME, params)

/* The caller's view of a parameter: libprtos prototypes. */
#define PRTOS_HC_USER(p) PRTOS_HC_USER_##p
#define PRTOS_HC_USER_PRTOS_VAL(type, name) type name
#define PRTOS_HC_USER_PRTOS_V64(type, name) type name
#define PRTOS_HC_USER_PRTOS_PTR(type, name) type name

/* How many register words a parameter takes, and a whole list. */
#define PRTOS_HC_V64_WORDS (64 / PRTOS_WORD_BITS)
#define PRTOS_HC_WORDS_OF(p) PRTOS_HC_WORDS_OF_##p
#define PRTOS_HC_WORDS_OF_PRTOS_VAL(type, name) +1
#define PRTOS_HC_WORDS_OF_PRTOS_V64(type, name) +PRTOS_HC_V64_WORDS
#define PRTOS_HC_WORDS_OF_PRTOS_PTR(type, name) +1
#define PRTOS_HC_WORDS(n, params) (0 PRTOS_HC_EACH(n, PRTOS_HC_WORDS_OF, params))

/*
 * Packing a 64-bit value into register words at w[*i] and back: the only
 * place that knows whether a 64-bit value is one word or two.
 */
static inline void prtos_hc_put64(prtos_word_t *w, unsigned int *i, prtos_u64_t v)
{
#if PRTOS_WORD_BITS == 64
	w[(*i)++] = (prtos_word_t)v;
#else
	w[(*i)++] = (prtos_word_t)(v & 0xFFFFFFFFU);
	w[(*i)++] = (prtos_word_t)(v >> 32);
#endif
}

static inline prtos_u64_t prtos_hc_get64(const prtos_word_t *w, unsigned int *i)
{
#if PRTOS_WORD_BITS == 64
	return w[(*i)++];
#else
	prtos_u64_t lo = w[(*i)++];

	return lo | ((prtos_u64_t)w[(*i)++] << 32);
#endif
}

#endif

/* Raw hypercall traps (x86: int $PRTOS_HCALL_VECTOR), used by the generated stubs. */
#ifndef PRTOS_HCALL_H
#define PRTOS_HCALL_H

#include <prtos/types.h>
#include <prtos/arch_abi.h>

#define PRTOS_HCALL_STR2(x) #x
#define PRTOS_HCALL_STR(x) PRTOS_HCALL_STR2(x)
#define PRTOS_HCALL_INSN "int $" PRTOS_HCALL_STR(PRTOS_HCALL_VECTOR)

static inline prtos_s32_t prtos_hcall0(prtos_word_t nr)
{
	prtos_s32_t r;

	__asm__ volatile(PRTOS_HCALL_INSN : "=a"(r) : "a"(nr) : "memory");
	return r;
}

static inline prtos_s32_t prtos_hcall1(prtos_word_t nr, prtos_word_t a)
{
	prtos_s32_t r;

	__asm__ volatile(PRTOS_HCALL_INSN : "=a"(r) : "a"(nr), "b"(a) : "memory");
	return r;
}

static inline prtos_s32_t prtos_hcall2(prtos_word_t nr, prtos_word_t a, prtos_word_t b)
{
	prtos_s32_t r;

	__asm__ volatile(PRTOS_HCALL_INSN : "=a"(r) : "a"(nr), "b"(a), "c"(b) : "memory");
	return r;
}

static inline prtos_s32_t prtos_hcall3(prtos_word_t nr, prtos_word_t a, prtos_word_t b,
				       prtos_word_t c)
{
	prtos_s32_t r;

	__asm__ volatile(PRTOS_HCALL_INSN : "=a"(r) : "a"(nr), "b"(a), "c"(b), "d"(c) : "memory");
	return r;
}

static inline prtos_s32_t prtos_hcall4(prtos_word_t nr, prtos_word_t a, prtos_word_t b,
				       prtos_word_t c, prtos_word_t d)
{
	prtos_s32_t r;

	__asm__ volatile(PRTOS_HCALL_INSN
			 : "=a"(r)
			 : "a"(nr), "b"(a), "c"(b), "d"(c), "S"(d)
			 : "memory");
	return r;
}

static inline prtos_s32_t prtos_hcall5(prtos_word_t nr, prtos_word_t a, prtos_word_t b,
				       prtos_word_t c, prtos_word_t d, prtos_word_t e)
{
	prtos_s32_t r;

	__asm__ volatile(PRTOS_HCALL_INSN
			 : "=a"(r)
			 : "a"(nr), "b"(a), "c"(b), "d"(c), "S"(d), "D"(e)
			 : "memory");
	return r;
}

/*
 * Hypercall nr with the first count words of w, count a constant: once inlined,
 * only the registers the call uses are loaded.
 */
static inline __attribute__((always_inline)) prtos_s32_t
prtos_hcall_words(prtos_word_t nr, const prtos_word_t *w, unsigned int count)
{
	switch (count) {
	case 0:
		return prtos_hcall0(nr);
	case 1:
		return prtos_hcall1(nr, w[0]);
	case 2:
		return prtos_hcall2(nr, w[0], w[1]);
	case 3:
		return prtos_hcall3(nr, w[0], w[1], w[2]);
	case 4:
		return prtos_hcall4(nr, w[0], w[1], w[2], w[3]);
	default:
		return prtos_hcall5(nr, w[0], w[1], w[2], w[3], w[4]);
	}
}

#endif

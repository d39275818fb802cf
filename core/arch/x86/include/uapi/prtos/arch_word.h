/* x86 (32-bit): the width of a register word and of an address. */
#ifndef PRTOS_UAPI_ARCH_WORD_H
#define PRTOS_UAPI_ARCH_WORD_H

#define PRTOS_WORD_BITS 32

typedef prtos_u32_t prtos_word_t;
typedef prtos_u32_t prtos_address_t;

#endif

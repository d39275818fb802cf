/* host (64-bit fake arch for tests): the width of a register word and of an address. */
#ifndef PRTOS_UAPI_ARCH_WORD_H
#define PRTOS_UAPI_ARCH_WORD_H

#define PRTOS_WORD_BITS 64

typedef prtos_u64_t prtos_word_t;
typedef prtos_u64_t prtos_address_t;

#endif

/* Fixed-width types and limits shared by the core, libprtos, BAIL and host tools. */
#ifndef PRTOS_UAPI_TYPES_H
#define PRTOS_UAPI_TYPES_H

typedef unsigned char prtos_u8_t;
typedef signed char prtos_s8_t;
typedef unsigned short prtos_u16_t;
typedef signed short prtos_s16_t;
typedef unsigned int prtos_u32_t;
typedef signed int prtos_s32_t;
typedef unsigned long long prtos_u64_t;
typedef signed long long prtos_s64_t;

/* prtos_word_t, prtos_address_t and PRTOS_WORD_BITS: the target's natural width. */
#include <prtos/arch_word.h>

typedef prtos_u32_t prtos_id_t;
typedef prtos_u32_t prtos_u_size_t;
typedef prtos_s32_t prtos_s_size_t;
typedef prtos_u32_t prtos_obj_desc_t;
typedef prtos_s64_t prtos_time_t; /* microseconds */

#define MAX_U8 0xFFU
#define MAX_S8 0x7F
#define MAX_U16 0xFFFFU
#define MAX_S16 0x7FFF
#define MAX_U32 0xFFFFFFFFU
#define MAX_S32 0x7FFFFFFF
#define MAX_U64 0xFFFFFFFFFFFFFFFFULL
#define MAX_S64 0x7FFFFFFFFFFFFFFFLL
#define MAX_PRTOSTIME MAX_S64

#define PAGE_SIZE 4096
#define PRTOS_PAGE_SHIFT 12

#ifndef NULL
#define NULL ((void *)0)
#endif

#endif

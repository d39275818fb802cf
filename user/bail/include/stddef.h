/* BAIL <stddef.h>: size_t, ptrdiff_t, NULL and offsetof. */
#ifndef BAIL_STDDEF_H
#define BAIL_STDDEF_H

#ifndef BAIL_SIZE_T_DEFINED
#define BAIL_SIZE_T_DEFINED
typedef __SIZE_TYPE__ size_t;
#endif

#ifndef BAIL_PTRDIFF_T_DEFINED
#define BAIL_PTRDIFF_T_DEFINED
typedef __PTRDIFF_TYPE__ ptrdiff_t;
#endif

#ifndef NULL
#define NULL ((void *)0)
#endif

#ifndef offsetof
#define offsetof(type, member) __builtin_offsetof(type, member)
#endif

#endif /* BAIL_STDDEF_H */

/* Selects the architecture's binary interface. */
#ifndef PRTOS_UAPI_ARCH_ABI_H
#define PRTOS_UAPI_ARCH_ABI_H

#if defined(__i386__) || defined(__x86_64__)
#include <prtos/x86/abi.h>
#else
#error "no PRTOS ABI for this architecture"
#endif

#endif

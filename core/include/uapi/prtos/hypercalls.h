/*
 * The one list of hypercalls. It expands into the core's dispatch table
 * (core/kernel/hypercall.c) and into the libprtos stubs (user/libprtos).
 *
 * X(nr, name, nargs, ret, params, words)
 *   nr      number, never reused once released
 *   name    libprtos function is prtos_<name>, core handler is hcall_<name>
 *   nargs   number of 32-bit argument words passed in registers (at most 5)
 *   ret     libprtos return type
 *   params  libprtos parameter list
 *   words   the argument words, each cast to prtos_word_t (64-bit values: low, high)
 */
#ifndef PRTOS_UAPI_HYPERCALLS_H
#define PRTOS_UAPI_HYPERCALLS_H

#include <prtos/types.h>

#define PRTOS_HW_CLOCK 0
#define PRTOS_EXEC_CLOCK 1

#define PRTOS_COLD_RESET 0
#define PRTOS_WARM_RESET 1

#define PRTOS_W(x) ((prtos_word_t)(x))
#define PRTOS_W_LO(x) ((prtos_word_t)((prtos_u64_t)(x)&0xFFFFFFFFU))
#define PRTOS_W_HI(x) ((prtos_word_t)((prtos_u64_t)(x) >> 32))

/* clang-format off */
#define PRTOS_HYPERCALL_LIST(X)                                                     \
	X(0, halt_partition, 1, prtos_s32_t, (prtos_u32_t id), (PRTOS_W(id)))            \
	X(1, halt_system, 0, prtos_s32_t, (void), ())                                   \
	X(2, idle_self, 0, prtos_s32_t, (void), ())                                     \
	X(3, get_time, 2, prtos_s32_t, (prtos_u32_t clock, prtos_time_t *time),         \
	  (PRTOS_W(clock), PRTOS_W(time)))                                              \
	X(4, write_console, 2, prtos_s32_t, (char *buffer, prtos_s32_t length),         \
	  (PRTOS_W(buffer), PRTOS_W(length)))                                           \
	X(5, get_vcpuid, 0, prtos_id_t, (void), ())

/* clang-format on */

#define PRTOS_NR_HYPERCALLS 6

#endif

/*
 * The one list of hypercalls common to every architecture. It expands into the
 * core's dispatch table and handler prototypes (core/kernel/hypercall.c) and
 * into the libprtos stubs (user/libprtos). The arch's own calls are in
 * PRTOS_ARCH_HYPERCALL_LIST (<prtos/arch_abi.h>), in the same form.
 *
 * X(nr, name, ret, n, params)
 *   nr      number, never reused once released; the arch list uses numbers
 *           this one leaves free (a clash fails the core's build)
 *   name    libprtos function is prtos_<name>, core handler is hcall_<name>
 *   ret     libprtos return type (the core returns prtos_s32_t)
 *   n       number of parameters
 *   params  the typed parameters (<prtos/hcall_map.h>): at most
 *           PRTOS_HCALL_MAX_ARGS register words in all
 */
#ifndef PRTOS_UAPI_HYPERCALLS_H
#define PRTOS_UAPI_HYPERCALLS_H

#include <prtos/types.h>
#include <prtos/hcall_map.h>
#include <prtos/plan.h>
#include <prtos/hmdefs.h>
#include <prtos/comm.h>
#include <prtos/part_status.h>
#include <prtos/trace.h>
#include <prtos/arch_abi.h>

#define PRTOS_HW_CLOCK 0
#define PRTOS_EXEC_CLOCK 1

#define PRTOS_COLD_RESET 0
#define PRTOS_WARM_RESET 1

/* clang-format off */
#define PRTOS_HYPERCALL_LIST(X)                                                              \
	X(0, halt_partition, prtos_s32_t, 1, (PRTOS_VAL(prtos_u32_t, id)))                   \
	X(1, halt_system, prtos_s32_t, 0, ())                                                \
	X(2, idle_self, prtos_s32_t, 0, ())                                                  \
	X(3, get_time, prtos_s32_t, 2,                                                       \
	  (PRTOS_VAL(prtos_u32_t, clock), PRTOS_PTR(prtos_time_t *, time)))                  \
	X(4, write_console, prtos_s32_t, 2,                                                  \
	  (PRTOS_PTR(char *, buffer), PRTOS_VAL(prtos_s32_t, length)))                       \
	X(5, get_vcpuid, prtos_id_t, 0, ())                                                  \
	X(6, set_trap_entry, prtos_s32_t, 1, (PRTOS_VAL(prtos_address_t, entry)))            \
	X(10, set_irqmask, prtos_s32_t, 2,                                                   \
	  (PRTOS_VAL(prtos_u32_t, hw_mask), PRTOS_VAL(prtos_u32_t, ext_mask)))               \
	X(11, clear_irqmask, prtos_s32_t, 2,                                                 \
	  (PRTOS_VAL(prtos_u32_t, hw_mask), PRTOS_VAL(prtos_u32_t, ext_mask)))               \
	X(12, set_irqpend, prtos_s32_t, 2,                                                   \
	  (PRTOS_VAL(prtos_u32_t, hw_mask), PRTOS_VAL(prtos_u32_t, ext_mask)))               \
	X(13, clear_irqpend, prtos_s32_t, 2,                                                 \
	  (PRTOS_VAL(prtos_u32_t, hw_mask), PRTOS_VAL(prtos_u32_t, ext_mask)))               \
	X(14, route_irq, prtos_s32_t, 3,                                                     \
	  (PRTOS_VAL(prtos_u32_t, type), PRTOS_VAL(prtos_u32_t, irq),                        \
	   PRTOS_VAL(prtos_u16_t, vector)))                                                  \
	X(15, set_timer, prtos_s32_t, 3,                                                     \
	  (PRTOS_VAL(prtos_u32_t, clock), PRTOS_V64(prtos_time_t, abs_time),                 \
	   PRTOS_V64(prtos_time_t, interval)))                                               \
	X(16, switch_sched_plan, prtos_s32_t, 2,                                             \
	  (PRTOS_VAL(prtos_u32_t, new_plan), PRTOS_PTR(prtos_u32_t *, current)))             \
	X(17, get_plan_status, prtos_s32_t, 1, (PRTOS_PTR(prtos_plan_status_t *, status)))   \
	X(18, hm_read, prtos_s32_t, 1, (PRTOS_PTR(prtos_hm_log_t *, log)))                   \
	X(19, hm_seek, prtos_s32_t, 2,                                                       \
	  (PRTOS_VAL(prtos_s32_t, offset), PRTOS_VAL(prtos_u32_t, whence)))                  \
	X(20, hm_status, prtos_s32_t, 1, (PRTOS_PTR(prtos_hm_status_t *, status)))           \
	X(21, create_sampling_port, prtos_s32_t, 4,                                          \
	  (PRTOS_PTR(char *, name), PRTOS_VAL(prtos_u32_t, max_msg_size),                    \
	   PRTOS_VAL(prtos_u32_t, direction), PRTOS_V64(prtos_time_t, valid_period)))        \
	X(22, create_queuing_port, prtos_s32_t, 4,                                           \
	  (PRTOS_PTR(char *, name), PRTOS_VAL(prtos_u32_t, max_msgs),                        \
	   PRTOS_VAL(prtos_u32_t, max_msg_size), PRTOS_VAL(prtos_u32_t, direction)))         \
	X(23, write_sampling_message, prtos_s32_t, 3,                                        \
	  (PRTOS_VAL(prtos_s32_t, port), PRTOS_PTR(void *, msg), PRTOS_VAL(prtos_u32_t, size))) \
	X(24, read_sampling_message, prtos_s32_t, 4,                                         \
	  (PRTOS_VAL(prtos_s32_t, port), PRTOS_PTR(void *, msg), PRTOS_VAL(prtos_u32_t, size), \
	   PRTOS_PTR(prtos_u32_t *, flags)))                                                 \
	X(25, send_queuing_message, prtos_s32_t, 3,                                          \
	  (PRTOS_VAL(prtos_s32_t, port), PRTOS_PTR(void *, msg), PRTOS_VAL(prtos_u32_t, size))) \
	X(26, receive_queuing_message, prtos_s32_t, 3,                                       \
	  (PRTOS_VAL(prtos_s32_t, port), PRTOS_PTR(void *, msg), PRTOS_VAL(prtos_u32_t, size))) \
	X(27, get_sampling_port_status, prtos_s32_t, 2,                                      \
	  (PRTOS_VAL(prtos_s32_t, port), PRTOS_PTR(prtos_sampling_port_status_t *, status))) \
	X(28, get_sampling_port_info, prtos_s32_t, 2,                                        \
	  (PRTOS_PTR(char *, name), PRTOS_PTR(prtos_sampling_port_info_t *, info)))          \
	X(29, get_queuing_port_status, prtos_s32_t, 2,                                       \
	  (PRTOS_VAL(prtos_s32_t, port), PRTOS_PTR(prtos_queuing_port_status_t *, status)))  \
	X(30, get_queuing_port_info, prtos_s32_t, 2,                                         \
	  (PRTOS_PTR(char *, name), PRTOS_PTR(prtos_queuing_port_info_t *, info)))           \
	X(31, raise_ipvi, prtos_s32_t, 1, (PRTOS_VAL(prtos_u8_t, no)))                       \
	X(32, raise_partition_ipvi, prtos_s32_t, 2,                                          \
	  (PRTOS_VAL(prtos_u32_t, id), PRTOS_VAL(prtos_u8_t, no)))                           \
	X(33, suspend_partition, prtos_s32_t, 1, (PRTOS_VAL(prtos_u32_t, id)))               \
	X(34, resume_partition, prtos_s32_t, 1, (PRTOS_VAL(prtos_u32_t, id)))                \
	X(35, reset_partition, prtos_s32_t, 3,                                               \
	  (PRTOS_VAL(prtos_u32_t, id), PRTOS_VAL(prtos_u32_t, mode),                         \
	   PRTOS_VAL(prtos_u32_t, status)))                                                  \
	X(36, shutdown_partition, prtos_s32_t, 1, (PRTOS_VAL(prtos_u32_t, id)))              \
	X(37, reset_system, prtos_s32_t, 1, (PRTOS_VAL(prtos_u32_t, mode)))                  \
	X(38, get_partition_status, prtos_s32_t, 2,                                          \
	  (PRTOS_VAL(prtos_id_t, id), PRTOS_PTR(prtos_part_status_t *, status)))             \
	X(39, get_system_status, prtos_s32_t, 1, (PRTOS_PTR(prtos_sys_status_t *, status)))  \
	X(40, set_partition_opmode, prtos_s32_t, 1, (PRTOS_VAL(prtos_u32_t, op_mode)))       \
	X(41, get_gid_by_name, prtos_s32_t, 2,                                               \
	  (PRTOS_PTR(prtos_u8_t *, name), PRTOS_VAL(prtos_u32_t, entity)))                   \
	X(42, memory_copy, prtos_s32_t, 5,                                                   \
	  (PRTOS_VAL(prtos_id_t, dst_id), PRTOS_VAL(prtos_address_t, dst_addr),              \
	   PRTOS_VAL(prtos_id_t, src_id), PRTOS_VAL(prtos_address_t, src_addr),              \
	   PRTOS_VAL(prtos_u32_t, size)))                                                    \
	X(43, get_vcpu_status, prtos_s32_t, 2,                                               \
	  (PRTOS_VAL(prtos_u32_t, vcpu), PRTOS_PTR(prtos_virtual_cpu_status_t *, status)))   \
	X(44, get_partition_vcpu_status, prtos_s32_t, 3,                                     \
	  (PRTOS_VAL(prtos_id_t, id), PRTOS_VAL(prtos_u32_t, vcpu),                          \
	   PRTOS_PTR(prtos_virtual_cpu_status_t *, status)))                                 \
	X(45, trace_event, prtos_s32_t, 2,                                                   \
	  (PRTOS_VAL(prtos_u32_t, bitmask), PRTOS_PTR(prtos_trace_event_t *, event)))        \
	X(46, trace_open, prtos_s32_t, 1, (PRTOS_VAL(prtos_id_t, id)))                       \
	X(47, trace_read, prtos_s32_t, 2,                                                    \
	  (PRTOS_VAL(prtos_s32_t, stream), PRTOS_PTR(prtos_trace_event_t *, event)))         \
	X(48, trace_seek, prtos_s32_t, 3,                                                    \
	  (PRTOS_VAL(prtos_s32_t, stream), PRTOS_VAL(prtos_s32_t, offset),                   \
	   PRTOS_VAL(prtos_u32_t, whence)))                                                  \
	X(49, trace_status, prtos_s32_t, 2,                                                  \
	  (PRTOS_VAL(prtos_s32_t, stream), PRTOS_PTR(prtos_trace_status_t *, status)))       \
	X(50, reset_vcpu, prtos_s32_t, 4,                                                    \
	  (PRTOS_VAL(prtos_u32_t, vcpu), PRTOS_VAL(prtos_address_t, ptd),                    \
	   PRTOS_VAL(prtos_address_t, entry), PRTOS_VAL(prtos_u32_t, status)))               \
	X(51, halt_vcpu, prtos_s32_t, 1, (PRTOS_VAL(prtos_u32_t, vcpu)))                     \
	X(52, suspend_vcpu, prtos_s32_t, 1, (PRTOS_VAL(prtos_u32_t, vcpu)))                  \
	X(53, resume_vcpu, prtos_s32_t, 1, (PRTOS_VAL(prtos_u32_t, vcpu)))
/* clang-format on */

/* One past the highest number of the common list. */
#define PRTOS_NR_HYPERCALLS 54
/* One past the highest number of either list: the size of the core's table. */
#define PRTOS_HCALL_TABLE_SIZE \
	(PRTOS_ARCH_HCALL_END > PRTOS_NR_HYPERCALLS ? PRTOS_ARCH_HCALL_END : PRTOS_NR_HYPERCALLS)

/* The shortest period of a periodic timer, in us. */
#define PRTOS_MIN_TIMER_INTERVAL 50

#endif

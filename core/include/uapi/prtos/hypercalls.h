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
#include <prtos/plan.h>
#include <prtos/hmdefs.h>
#include <prtos/comm.h>
#include <prtos/part_status.h>
#include <prtos/trace.h>

#define PRTOS_HW_CLOCK 0
#define PRTOS_EXEC_CLOCK 1

#define PRTOS_COLD_RESET 0
#define PRTOS_WARM_RESET 1

#define PRTOS_W(x) ((prtos_word_t)(x))
#define PRTOS_W_LO(x) ((prtos_word_t)((prtos_u64_t)(x)&0xFFFFFFFFU))
#define PRTOS_W_HI(x) ((prtos_word_t)((prtos_u64_t)(x) >> 32))

/* clang-format off */
#define PRTOS_HYPERCALL_LIST(X)                                                            \
	X(0, halt_partition, 1, prtos_s32_t, (prtos_u32_t id), (PRTOS_W(id)))                   \
	X(1, halt_system, 0, prtos_s32_t, (void), ())                                          \
	X(2, idle_self, 0, prtos_s32_t, (void), ())                                            \
	X(3, get_time, 2, prtos_s32_t, (prtos_u32_t clock, prtos_time_t *time),                \
	  (PRTOS_W(clock), PRTOS_W(time)))                                                     \
	X(4, write_console, 2, prtos_s32_t, (char *buffer, prtos_s32_t length),                \
	  (PRTOS_W(buffer), PRTOS_W(length)))                                                  \
	X(5, get_vcpuid, 0, prtos_id_t, (void), ())                                            \
	X(6, set_trap_entry, 1, prtos_s32_t, (prtos_address_t entry), (PRTOS_W(entry)))        \
	X(7, x86_iret, 0, prtos_s32_t, (void), ())                                             \
	X(8, x86_set_if, 0, void, (void), ())                                                  \
	X(9, x86_clear_if, 0, void, (void), ())                                                \
	X(10, set_irqmask, 2, prtos_s32_t, (prtos_u32_t hw_mask, prtos_u32_t ext_mask),        \
	  (PRTOS_W(hw_mask), PRTOS_W(ext_mask)))                                               \
	X(11, clear_irqmask, 2, prtos_s32_t, (prtos_u32_t hw_mask, prtos_u32_t ext_mask),      \
	  (PRTOS_W(hw_mask), PRTOS_W(ext_mask)))                                               \
	X(12, set_irqpend, 2, prtos_s32_t, (prtos_u32_t hw_mask, prtos_u32_t ext_mask),        \
	  (PRTOS_W(hw_mask), PRTOS_W(ext_mask)))                                               \
	X(13, clear_irqpend, 2, prtos_s32_t, (prtos_u32_t hw_mask, prtos_u32_t ext_mask),      \
	  (PRTOS_W(hw_mask), PRTOS_W(ext_mask)))                                               \
	X(14, route_irq, 3, prtos_s32_t, (prtos_u32_t type, prtos_u32_t irq, prtos_u16_t vector), \
	  (PRTOS_W(type), PRTOS_W(irq), PRTOS_W(vector)))                                      \
	X(15, set_timer, 5, prtos_s32_t,                                                       \
	  (prtos_u32_t clock, prtos_time_t abs_time, prtos_time_t interval),                   \
	  (PRTOS_W(clock), PRTOS_W_LO(abs_time), PRTOS_W_HI(abs_time),                         \
	   PRTOS_W_LO(interval), PRTOS_W_HI(interval)))                                        \
	X(16, switch_sched_plan, 2, prtos_s32_t, (prtos_u32_t new_plan, prtos_u32_t *current), \
	  (PRTOS_W(new_plan), PRTOS_W(current)))                                               \
	X(17, get_plan_status, 1, prtos_s32_t, (prtos_plan_status_t *status), (PRTOS_W(status)))  \
	X(18, hm_read, 1, prtos_s32_t, (prtos_hm_log_t *log), (PRTOS_W(log)))                  \
	X(19, hm_seek, 2, prtos_s32_t, (prtos_s32_t offset, prtos_u32_t whence),               \
	  (PRTOS_W(offset), PRTOS_W(whence)))                                                  \
	X(20, hm_status, 1, prtos_s32_t, (prtos_hm_status_t *status), (PRTOS_W(status)))        \
	X(21, create_sampling_port, 5, prtos_s32_t,                                            \
	  (char *name, prtos_u32_t max_msg_size, prtos_u32_t direction, prtos_time_t valid_period), \
	  (PRTOS_W(name), PRTOS_W(max_msg_size), PRTOS_W(direction),                           \
	   PRTOS_W_LO(valid_period), PRTOS_W_HI(valid_period)))                                \
	X(22, create_queuing_port, 4, prtos_s32_t,                                             \
	  (char *name, prtos_u32_t max_msgs, prtos_u32_t max_msg_size, prtos_u32_t direction),  \
	  (PRTOS_W(name), PRTOS_W(max_msgs), PRTOS_W(max_msg_size), PRTOS_W(direction)))        \
	X(23, write_sampling_message, 3, prtos_s32_t,                                          \
	  (prtos_s32_t port, void *msg, prtos_u32_t size),                                     \
	  (PRTOS_W(port), PRTOS_W(msg), PRTOS_W(size)))                                        \
	X(24, read_sampling_message, 4, prtos_s32_t,                                           \
	  (prtos_s32_t port, void *msg, prtos_u32_t size, prtos_u32_t *flags),                  \
	  (PRTOS_W(port), PRTOS_W(msg), PRTOS_W(size), PRTOS_W(flags)))                         \
	X(25, send_queuing_message, 3, prtos_s32_t,                                            \
	  (prtos_s32_t port, void *msg, prtos_u32_t size),                                     \
	  (PRTOS_W(port), PRTOS_W(msg), PRTOS_W(size)))                                        \
	X(26, receive_queuing_message, 3, prtos_s32_t,                                         \
	  (prtos_s32_t port, void *msg, prtos_u32_t size),                                     \
	  (PRTOS_W(port), PRTOS_W(msg), PRTOS_W(size)))                                        \
	X(27, get_sampling_port_status, 2, prtos_s32_t,                                        \
	  (prtos_s32_t port, prtos_sampling_port_status_t *status),                            \
	  (PRTOS_W(port), PRTOS_W(status)))                                                    \
	X(28, get_sampling_port_info, 2, prtos_s32_t,                                          \
	  (char *name, prtos_sampling_port_info_t *info), (PRTOS_W(name), PRTOS_W(info)))       \
	X(29, get_queuing_port_status, 2, prtos_s32_t,                                         \
	  (prtos_s32_t port, prtos_queuing_port_status_t *status),                             \
	  (PRTOS_W(port), PRTOS_W(status)))                                                    \
	X(30, get_queuing_port_info, 2, prtos_s32_t,                                           \
	  (char *name, prtos_queuing_port_info_t *info), (PRTOS_W(name), PRTOS_W(info)))        \
	X(31, raise_ipvi, 1, prtos_s32_t, (prtos_u8_t no), (PRTOS_W(no)))                      \
	X(32, raise_partition_ipvi, 2, prtos_s32_t, (prtos_u32_t id, prtos_u8_t no),           \
	  (PRTOS_W(id), PRTOS_W(no)))                                                          \
	X(33, suspend_partition, 1, prtos_s32_t, (prtos_u32_t id), (PRTOS_W(id)))              \
	X(34, resume_partition, 1, prtos_s32_t, (prtos_u32_t id), (PRTOS_W(id)))               \
	X(35, reset_partition, 3, prtos_s32_t,                                                 \
	  (prtos_u32_t id, prtos_u32_t mode, prtos_u32_t status),                              \
	  (PRTOS_W(id), PRTOS_W(mode), PRTOS_W(status)))                                       \
	X(36, shutdown_partition, 1, prtos_s32_t, (prtos_u32_t id), (PRTOS_W(id)))             \
	X(37, reset_system, 1, prtos_s32_t, (prtos_u32_t mode), (PRTOS_W(mode)))               \
	X(38, get_partition_status, 2, prtos_s32_t, (prtos_id_t id, prtos_part_status_t *status), \
	  (PRTOS_W(id), PRTOS_W(status)))                                                      \
	X(39, get_system_status, 1, prtos_s32_t, (prtos_sys_status_t *status), (PRTOS_W(status))) \
	X(40, set_partition_opmode, 1, prtos_s32_t, (prtos_u32_t op_mode), (PRTOS_W(op_mode)))  \
	X(41, get_gid_by_name, 2, prtos_s32_t, (prtos_u8_t *name, prtos_u32_t entity),          \
	  (PRTOS_W(name), PRTOS_W(entity)))                                                    \
	X(42, memory_copy, 5, prtos_s32_t,                                                     \
	  (prtos_id_t dst_id, prtos_u32_t dst_addr, prtos_id_t src_id, prtos_u32_t src_addr,   \
	   prtos_u32_t size),                                                                  \
	  (PRTOS_W(dst_id), PRTOS_W(dst_addr), PRTOS_W(src_id), PRTOS_W(src_addr), PRTOS_W(size))) \
	X(43, get_vcpu_status, 2, prtos_s32_t,                                                 \
	  (prtos_u32_t vcpu, prtos_virtual_cpu_status_t *status), (PRTOS_W(vcpu), PRTOS_W(status))) \
	X(44, get_partition_vcpu_status, 3, prtos_s32_t,                                       \
	  (prtos_id_t id, prtos_u32_t vcpu, prtos_virtual_cpu_status_t *status),               \
	  (PRTOS_W(id), PRTOS_W(vcpu), PRTOS_W(status)))                                       \
	X(45, trace_event, 2, prtos_s32_t, (prtos_u32_t bitmask, prtos_trace_event_t *event),  \
	  (PRTOS_W(bitmask), PRTOS_W(event)))                                                  \
	X(46, trace_open, 1, prtos_s32_t, (prtos_id_t id), (PRTOS_W(id)))                      \
	X(47, trace_read, 2, prtos_s32_t, (prtos_s32_t stream, prtos_trace_event_t *event),    \
	  (PRTOS_W(stream), PRTOS_W(event)))                                                   \
	X(48, trace_seek, 3, prtos_s32_t, (prtos_s32_t stream, prtos_s32_t offset, prtos_u32_t whence), \
	  (PRTOS_W(stream), PRTOS_W(offset), PRTOS_W(whence)))                                 \
	X(49, trace_status, 2, prtos_s32_t, (prtos_s32_t stream, prtos_trace_status_t *status), \
	  (PRTOS_W(stream), PRTOS_W(status)))
/* clang-format on */

#define PRTOS_NR_HYPERCALLS 50

/* Numbers that assembly needs (checked against the list in core/kernel/hypercall.c). */
#define PRTOS_HCALL_NR_X86_IRET 7

/* The shortest period of a periodic timer, in us. */
#define PRTOS_MIN_TIMER_INTERVAL 50

#endif

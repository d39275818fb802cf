/*
 * The hypercalls of libprtos, as plain prototypes (for readers, grep, ctags and
 * IDEs). The one list in <prtos/hypercalls.h> defines them: libprtos's stubs
 * are compiled against this header alone (-Wmissing-prototypes), so a call the
 * list has and this header lacks, or a prototype that differs, fails the build.
 * The comment before each is its number. See doc/api.md.
 */
#ifndef PRTOS_CALLS_H
#define PRTOS_CALLS_H

#include <prtos/types.h>
#include <prtos/plan.h>
#include <prtos/hmdefs.h>
#include <prtos/comm.h>
#include <prtos/part_status.h>
#include <prtos/trace.h>

/* 0 */ prtos_s32_t prtos_halt_partition(prtos_u32_t id);
/* 1 */ prtos_s32_t prtos_halt_system(void);
/* 2 */ prtos_s32_t prtos_idle_self(void);
/* 3 */ prtos_s32_t prtos_get_time(prtos_u32_t clock, prtos_time_t *time);
/* 4 */ prtos_s32_t prtos_write_console(char *buffer, prtos_s32_t length);
/* 5 */ prtos_id_t prtos_get_vcpuid(void);
/* 6 */ prtos_s32_t prtos_set_trap_entry(prtos_address_t entry);
/* 10 */ prtos_s32_t prtos_set_irqmask(prtos_u32_t hw_mask, prtos_u32_t ext_mask);
/* 11 */ prtos_s32_t prtos_clear_irqmask(prtos_u32_t hw_mask, prtos_u32_t ext_mask);
/* 12 */ prtos_s32_t prtos_set_irqpend(prtos_u32_t hw_mask, prtos_u32_t ext_mask);
/* 13 */ prtos_s32_t prtos_clear_irqpend(prtos_u32_t hw_mask, prtos_u32_t ext_mask);
/* 14 */ prtos_s32_t prtos_route_irq(prtos_u32_t type, prtos_u32_t irq, prtos_u16_t vector);
/* 15 */ prtos_s32_t prtos_set_timer(prtos_u32_t clock, prtos_time_t abs_time,
				     prtos_time_t interval);
/* 16 */ prtos_s32_t prtos_switch_sched_plan(prtos_u32_t new_plan, prtos_u32_t *current);
/* 17 */ prtos_s32_t prtos_get_plan_status(prtos_plan_status_t *status);
/* 18 */ prtos_s32_t prtos_hm_read(prtos_hm_log_t *log);
/* 19 */ prtos_s32_t prtos_hm_seek(prtos_s32_t offset, prtos_u32_t whence);
/* 20 */ prtos_s32_t prtos_hm_status(prtos_hm_status_t *status);
/* 21 */ prtos_s32_t prtos_create_sampling_port(char *name, prtos_u32_t max_msg_size,
						prtos_u32_t direction, prtos_time_t valid_period);
/* 22 */ prtos_s32_t prtos_create_queuing_port(char *name, prtos_u32_t max_msgs,
					       prtos_u32_t max_msg_size, prtos_u32_t direction);
/* 23 */ prtos_s32_t prtos_write_sampling_message(prtos_s32_t port, void *msg, prtos_u32_t size);
/* 24 */ prtos_s32_t prtos_read_sampling_message(prtos_s32_t port, void *msg, prtos_u32_t size,
						 prtos_u32_t *flags);
/* 25 */ prtos_s32_t prtos_send_queuing_message(prtos_s32_t port, void *msg, prtos_u32_t size);
/* 26 */ prtos_s32_t prtos_receive_queuing_message(prtos_s32_t port, void *msg, prtos_u32_t size);
/* 27 */ prtos_s32_t prtos_get_sampling_port_status(prtos_s32_t port,
						    prtos_sampling_port_status_t *status);
/* 28 */ prtos_s32_t prtos_get_sampling_port_info(char *name, prtos_sampling_port_info_t *info);
/* 29 */ prtos_s32_t prtos_get_queuing_port_status(prtos_s32_t port,
						   prtos_queuing_port_status_t *status);
/* 30 */ prtos_s32_t prtos_get_queuing_port_info(char *name, prtos_queuing_port_info_t *info);
/* 31 */ prtos_s32_t prtos_raise_ipvi(prtos_u8_t no);
/* 32 */ prtos_s32_t prtos_raise_partition_ipvi(prtos_u32_t id, prtos_u8_t no);
/* 33 */ prtos_s32_t prtos_suspend_partition(prtos_u32_t id);
/* 34 */ prtos_s32_t prtos_resume_partition(prtos_u32_t id);
/* 35 */ prtos_s32_t prtos_reset_partition(prtos_u32_t id, prtos_u32_t mode, prtos_u32_t status);
/* 36 */ prtos_s32_t prtos_shutdown_partition(prtos_u32_t id);
/* 37 */ prtos_s32_t prtos_reset_system(prtos_u32_t mode);
/* 38 */ prtos_s32_t prtos_get_partition_status(prtos_id_t id, prtos_part_status_t *status);
/* 39 */ prtos_s32_t prtos_get_system_status(prtos_sys_status_t *status);
/* 40 */ prtos_s32_t prtos_set_partition_opmode(prtos_u32_t op_mode);
/* 41 */ prtos_s32_t prtos_get_gid_by_name(prtos_u8_t *name, prtos_u32_t entity);
/* 42 */ prtos_s32_t prtos_memory_copy(prtos_id_t dst_id, prtos_address_t dst_addr,
				       prtos_id_t src_id, prtos_address_t src_addr,
				       prtos_u32_t size);
/* 43 */ prtos_s32_t prtos_get_vcpu_status(prtos_u32_t vcpu, prtos_virtual_cpu_status_t *status);
/* 44 */ prtos_s32_t prtos_get_partition_vcpu_status(prtos_id_t id, prtos_u32_t vcpu,
						     prtos_virtual_cpu_status_t *status);
/* 45 */ prtos_s32_t prtos_trace_event(prtos_u32_t bitmask, prtos_trace_event_t *event);
/* 46 */ prtos_s32_t prtos_trace_open(prtos_id_t id);
/* 47 */ prtos_s32_t prtos_trace_read(prtos_s32_t stream, prtos_trace_event_t *event);
/* 48 */ prtos_s32_t prtos_trace_seek(prtos_s32_t stream, prtos_s32_t offset, prtos_u32_t whence);
/* 49 */ prtos_s32_t prtos_trace_status(prtos_s32_t stream, prtos_trace_status_t *status);
/* 50 */ prtos_s32_t prtos_reset_vcpu(prtos_u32_t vcpu, prtos_address_t ptd, prtos_address_t entry,
				      prtos_u32_t status);
/* 51 */ prtos_s32_t prtos_halt_vcpu(prtos_u32_t vcpu);
/* 52 */ prtos_s32_t prtos_suspend_vcpu(prtos_u32_t vcpu);
/* 53 */ prtos_s32_t prtos_resume_vcpu(prtos_u32_t vcpu);

/* The architecture's own calls. */
#include <prtos/arch_calls.h>

#endif

/* Partition, vCPU and system status (spec: api.md, Status). */
#ifndef PRTOS_UAPI_PART_STATUS_H
#define PRTOS_UAPI_PART_STATUS_H

#include <prtos/types.h>

#define PRTOS_STATUS_IDLE 0
#define PRTOS_STATUS_READY 1
#define PRTOS_STATUS_SUSPENDED 2
#define PRTOS_STATUS_HALTED 3

#define PRTOS_OPMODE_IDLE 0
#define PRTOS_OPMODE_COLD_RESET 1
#define PRTOS_OPMODE_WARM_RESET 2
#define PRTOS_OPMODE_NORMAL 3

/* prtos_get_gid_by_name entities. */
#define PRTOS_PARTITION_NAME 0
#define PRTOS_PLAN_NAME 1

typedef struct {
	prtos_u32_t state;   /* PRTOS_STATUS_* */
	prtos_u32_t op_mode; /* PRTOS_OPMODE_* */
	prtos_u64_t num_of_virqs;
	prtos_u32_t reset_counter;
	prtos_u32_t reset_status;
	prtos_time_t exec_clock;
	prtos_u64_t num_of_sampling_port_msgs_read;
	prtos_u64_t num_of_sampling_port_msgs_written;
	prtos_u64_t num_of_queuing_port_msgs_sent;
	prtos_u64_t num_of_queuing_port_msgs_received;
} prtos_part_status_t;

typedef struct {
	prtos_u32_t reset_counter;
	prtos_u64_t num_of_hm_events;
	prtos_u64_t num_of_irqs;
	prtos_u64_t current_maf;
	prtos_u64_t num_of_sampling_port_msgs_read;
	prtos_u64_t num_of_sampling_port_msgs_written;
	prtos_u64_t num_of_queuing_port_msgs_sent;
	prtos_u64_t num_of_queuing_port_msgs_received;
} prtos_sys_status_t;

typedef struct {
	prtos_u32_t state;
	prtos_u32_t op_mode;
} prtos_virtual_cpu_status_t;

#endif

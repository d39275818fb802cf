/* Ports, channels and inter-partition virtual interrupts (spec: api.md, Ports). */
#ifndef PRTOS_UAPI_COMM_H
#define PRTOS_UAPI_COMM_H

#include <prtos/types.h>

#define PRTOS_SOURCE_PORT 2
#define PRTOS_DESTINATION_PORT 1

#define PRTOS_COMM_MSG_VALID 1
#define PRTOS_COMM_EMPTY_PORT 0
#define PRTOS_COMM_CONSUMED_MSG 2
#define PRTOS_COMM_NEW_MSG 4

#define PRTOS_INFINITE_TIME 0xFFFFFFFF

typedef struct {
	prtos_time_t timestamp;	   /* HW clock of the last write */
	prtos_u32_t last_msg_size; /* 0 if never written */
	prtos_u32_t flags;	   /* PRTOS_COMM_EMPTY_PORT, _CONSUMED_MSG or _NEW_MSG */
} prtos_sampling_port_status_t;

typedef struct {
	char *port_name; /* the name the caller passed */
	prtos_time_t valid_period;
	prtos_u32_t max_msg_size;
	prtos_u32_t direction;
} prtos_sampling_port_info_t;

typedef struct {
	prtos_u32_t num_of_msgs;
} prtos_queuing_port_status_t;

typedef struct {
	char *port_name; /* the name the caller passed */
	prtos_u32_t max_msg_size;
	prtos_u32_t max_num_of_msgs;
	prtos_u32_t direction;
	prtos_time_t valid_period;
} prtos_queuing_port_info_t;

#endif

/* Ports and channels: static buffers carved from a pool at boot, ARINC 653 semantics. */
#ifndef PRTOS_PORT_H
#define PRTOS_PORT_H

#include <prtos/types.h>
#include <prtos/config_blob.h>

/* A queuing channel's FIFO bookkeeping (pure, host-tested). */
struct port_fifo {
	prtos_u32_t capacity; /* messages */
	prtos_u32_t head;     /* slot of the oldest message */
	prtos_u32_t count;
};

/* Slot the next message goes to, or -1 if the FIFO is full; port_fifo_pushed() commits. */
prtos_s32_t port_fifo_tail(const struct port_fifo *f);
void port_fifo_pushed(struct port_fifo *f);
/* Slot of the oldest message, or -1 if empty; port_fifo_popped() commits. */
prtos_s32_t port_fifo_head(const struct port_fifo *f);
void port_fifo_popped(struct port_fifo *f);

/*
 * Pure: the status flags a sampling port reports (PRTOS_COMM_EMPTY_PORT,
 * _CONSUMED_MSG or _NEW_MSG). Each destination of a multicast channel has its
 * own seq_read, so one destination reading does not consume the message for
 * another.
 */
prtos_u32_t port_sampling_flags(prtos_u32_t last_size, prtos_u32_t seq, prtos_u32_t seq_read,
				int destination);

/* Pure: 1 if a sampling message written at `written` is still valid at `now`. */
int port_sampling_valid(prtos_time_t written, prtos_time_t now, prtos_u32_t valid_period);

/* Carves every channel's buffers from the channel pool (PRTOS_POOL_CHANNELS). Boot. */
void port_init(void);

#endif

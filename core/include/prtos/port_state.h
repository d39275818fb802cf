/* Runtime state of ports and channels, shared by port.c and the port hypercalls. */
#ifndef PRTOS_PORT_STATE_H
#define PRTOS_PORT_STATE_H

#include <prtos/port.h>
#include <prtos/part.h>

/*
 * Messages are copied in preemptible steps (see guest.h), so a copy can span
 * several of its caller's slots; other partitions must never see half of one:
 * - sampling: one buffer per destination port, plus two (prtos_sampling_buffers).
 *   A read marks the current buffer as read (readers[]) for as long as it
 *   copies; a write fills a buffer that is neither current nor read and makes it
 *   current when complete. A destination port reads one buffer at a time, so a
 *   free one always exists, and no read has to start again;
 * - queuing: a send fills the free slot after the last message and counts it
 *   when complete; a receive empties the oldest slot and frees it when done.
 * All of it holds for one operation per port at a time: the vCPUs of a partition
 * share its ports, so a port is claimed for the length of one (port_claim()).
 * Every operation commits only at its end: one its vCPU never finishes (halted,
 * restarted) leaves nothing behind but a read mark, which the port's next read drops.
 */
struct channel_state {
	const struct prtos_conf_channel *cfg;
	prtos_u8_t *buf;      /* sampling: the buffers; queuing: max_no_msgs slots */
	prtos_u16_t *readers; /* sampling: per buffer, the destination ports reading it */
	prtos_u32_t *sizes;   /* queuing: size of the message in each slot */
	struct port_fifo fifo;
	prtos_u32_t current;	  /* sampling: the buffer holding the current message */
	prtos_u32_t last_size;	  /* sampling: size of the current message, 0 = never written */
	prtos_time_t timestamp;	  /* sampling: when it was written */
	prtos_u32_t seq;	  /* sampling: writes so far */
	prtos_u64_t sources;	  /* bit n: partition n has a source port on it */
	prtos_u64_t destinations; /* bit n: partition n has a destination port on it */
};

struct port_state {
	const struct prtos_conf_port *cfg;
	prtos_u32_t created;
	prtos_u32_t seq_read; /* sampling destination: the write it read last */
	prtos_s32_t reading;  /* sampling destination: the buffer it marked, or -1 */
#if CONFIG_MAX_CPUS > 1
	const struct vcpu *busy; /* the vCPU with an operation in progress on it, or NULL */
	prtos_u32_t busy_life;	 /* that vCPU's reset count when the operation began */
#endif
};

extern struct channel_state channels[CONFIG_MAX_CHANNELS];
extern struct port_state ports[CONFIG_MAX_PORTS];

/*
 * Claims port ps for the calling vCPU's message operation: 0 if another vCPU of the
 * partition is in the middle of one on it (the caller then changes nothing and returns
 * PRTOS_OP_NOT_ALLOWED). An operation whose vCPU was halted or restarted since is over.
 * With one vCPU per partition (CONFIG_MAX_CPUS 1) there is nothing to claim.
 */
#if CONFIG_MAX_CPUS > 1
static inline int port_claim(struct port_state *ps)
{
	const struct vcpu *me = sched_current(), *owner = ps->busy;

	if (owner && owner != me && owner->state != VCPU_HALTED &&
	    owner->pct->reset_counter == ps->busy_life)
		return 0;
	ps->busy = me;
	ps->busy_life = me->pct->reset_counter;
	return 1;
}

static inline void port_release(struct port_state *ps)
{
	ps->busy = NULL;
}
#else
static inline int port_claim(struct port_state *ps)
{
	(void)ps;
	return 1;
}

static inline void port_release(struct port_state *ps)
{
	(void)ps;
}
#endif

/* The caller's created port desc of that type and direction, or NULL. */
struct port_state *port_lookup(const struct partition *p, prtos_s32_t desc, prtos_u32_t type,
			       prtos_u32_t direction);
/* Index of the caller's port called name, or -1. Hypercall context: preemptible
 * between names. */
prtos_s32_t port_find_by_name(const struct partition *p, const char *name);
/* The channel a port is on, or NULL. */
struct channel_state *port_channel(const struct port_state *ps);
/* Raises ext in every partition with a port of that direction on ch. */
void port_notify(const struct channel_state *ch, prtos_u32_t direction, prtos_u32_t ext);

#endif

/* Sampling and queuing message hypercalls. Every argument is checked before any state changes. */
#include <prtos/hypercall.h>
#include <prtos/port_state.h>
#include <prtos/guest.h>
#include <prtos/sched.h>
#include <prtos/status.h>
#include <prtos/string.h>
#include <prtos/arch.h>
#include <prtos/panic.h>

static int readable(struct partition *p, guest_addr_t addr, prtos_u32_t size)
{
	return guest_check(p, addr, size, GUEST_READ);
}

static int writable(struct partition *p, guest_addr_t addr, prtos_u32_t size)
{
	return guest_check(p, addr, size, GUEST_WRITE);
}

static prtos_u8_t *sampling_buf(const struct channel_state *ch, prtos_u32_t which)
{
	return ch->buf + prtos_sampling_buffers_offset(ch->cfg) + which * ch->cfg->max_msg_length;
}

static prtos_u8_t *queuing_slot(const struct channel_state *ch, prtos_s32_t slot)
{
	return ch->buf + (prtos_u32_t)slot * ch->cfg->max_msg_length;
}

/* A buffer that is neither current nor being read (one always exists, see port_state.h). */
static prtos_u32_t sampling_free_buffer(const struct channel_state *ch)
{
	prtos_u32_t n = prtos_sampling_buffers(ch->cfg),
		    b = ch->current + 1 < n ? ch->current + 1 : 0;

	if (!ch->readers[b]) /* usually: readers mark only the current buffer */
		return b;
	for (b = 0; b < n; b++)
		if (b != ch->current && !ch->readers[b])
			break;
	return b;
}

/* Fills a free buffer, then makes it current (see port_state.h). */
static prtos_s32_t sampling_write(struct partition *p, struct channel_state *ch, guest_addr_t msg,
				  prtos_u32_t size)
{
	prtos_u32_t next = sampling_free_buffer(ch);

	CHECK(next < prtos_sampling_buffers(ch->cfg));
	if (guest_copy_from(p, sampling_buf(ch, next), msg, size) != PRTOS_OK)
		return PRTOS_INVALID_PARAM; /* checked before anything was copied */
	ch->current = next;
	ch->last_size = size;
	ch->timestamp = arch_now_us();
	ch->seq++;
	p->msgs.sampling_written++;
	port_notify(ch, PRTOS_CONF_PORT_DESTINATION, PRTOS_VT_EXT_SAMPLING_PORT);
	return PRTOS_OK;
}

typedef prtos_s32_t (*source_op_t)(struct partition *p, struct channel_state *ch, guest_addr_t msg,
				   prtos_u32_t size);

/* A write or a send on the caller's source port desc of type: checked, then op runs with
 * the port claimed. */
static inline prtos_s32_t source_message(prtos_s32_t desc, prtos_u32_t type, guest_addr_t msg,
					 prtos_u32_t size, source_op_t op)
{
	struct partition *p = current_part();
	struct port_state *ps = port_lookup(p, desc, type, PRTOS_CONF_PORT_SOURCE);
	struct channel_state *ch;
	prtos_s32_t ret;

	if (!ps)
		return PRTOS_INVALID_PARAM;
	ch = port_channel(ps);
	if (size == 0 || size > ch->cfg->max_msg_length)
		return PRTOS_INVALID_PARAM;
	if (!port_claim(ps)) /* another vCPU's operation on it is in progress */
		return readable(p, msg, size) ? PRTOS_OP_NOT_ALLOWED : PRTOS_INVALID_PARAM;
	ret = op(p, ch, msg, size); /* msg is checked before anything changes */
	port_release(ps);
	return ret;
}

prtos_s32_t hcall_write_sampling_message(prtos_s32_t desc, guest_addr_t msg, prtos_u32_t size)
{
	return source_message(desc, PRTOS_CONF_PORT_SAMPLING, msg, size, sampling_write);
}

/* Marks buffer b as read by destination port ps, dropping the mark of a read
 * that a reset of its partition abandoned. */
static void sampling_mark(struct channel_state *ch, struct port_state *ps, prtos_s32_t b)
{
	if (ps->reading >= 0)
		ch->readers[ps->reading]--;
	ps->reading = b;
	ch->readers[b]++;
}

/*
 * Copies the message that is current now into the caller's buffer of size
 * bytes and returns its size, or -1 if it does not fit. Writes that complete
 * while the copy spans the caller's slots go to other buffers.
 */
static prtos_s32_t sampling_copy_out(struct partition *p, struct port_state *ps,
				     struct channel_state *ch, guest_addr_t msg, prtos_u32_t size,
				     prtos_time_t *written)
{
	prtos_u32_t seq = ch->seq, n = ch->last_size, b = ch->current;

	*written = ch->timestamp;
	if (n > size)
		return -1;
	sampling_mark(ch, ps, (prtos_s32_t)b);
	guest_copy_to(p, msg, sampling_buf(ch, b), n); /* the range was checked */
	ch->readers[b]--;
	ps->reading = -1;
	ps->seq_read = seq;
	return (prtos_s32_t)n;
}

prtos_s32_t hcall_read_sampling_message(prtos_s32_t desc, guest_addr_t msg, prtos_u32_t size,
					guest_addr_t flags_ptr)
{
	struct partition *p = current_part();
	struct port_state *ps =
		port_lookup(p, desc, PRTOS_CONF_PORT_SAMPLING, PRTOS_CONF_PORT_DESTINATION);
	struct channel_state *ch;
	prtos_u32_t flags = 0;
	prtos_s32_t n = 0;
	prtos_time_t written;

	if (!ps || !writable(p, flags_ptr, sizeof(flags)) || (size && !writable(p, msg, size)))
		return PRTOS_INVALID_PARAM;
	ch = port_channel(ps);
	if (!port_claim(ps))
		return PRTOS_OP_NOT_ALLOWED; /* another vCPU's read is in progress */
	if (ch->last_size) {
		n = sampling_copy_out(p, ps, ch, msg, size, &written);
		port_release(ps);
		if (n < 0)
			return PRTOS_INVALID_PARAM;
		if (port_sampling_valid(written, arch_now_us(), ch->cfg->valid_period))
			flags = PRTOS_COMM_MSG_VALID;
		p->msgs.sampling_read++;
	}
	port_release(ps);
	guest_copy_to(p, flags_ptr, &flags, sizeof(flags));
	return n;
}

/* Fills the free slot after the last message, then counts it (see port_state.h). */
static prtos_s32_t queuing_send(struct partition *p, struct channel_state *ch, guest_addr_t msg,
				prtos_u32_t size)
{
	prtos_s32_t slot = port_fifo_tail(&ch->fifo);

	if (slot < 0) /* full */
		return readable(p, msg, size) ? PRTOS_OP_NOT_ALLOWED : PRTOS_INVALID_PARAM;
	if (guest_copy_from(p, queuing_slot(ch, slot), msg, size) != PRTOS_OK)
		return PRTOS_INVALID_PARAM; /* checked before anything was copied */
	ch->sizes[slot] = size;
	port_fifo_pushed(&ch->fifo);
	p->msgs.queuing_sent++;
	port_notify(ch, PRTOS_CONF_PORT_DESTINATION, PRTOS_VT_EXT_QUEUING_PORT);
	return PRTOS_OK;
}

prtos_s32_t hcall_send_queuing_message(prtos_s32_t desc, guest_addr_t msg, prtos_u32_t size)
{
	return source_message(desc, PRTOS_CONF_PORT_QUEUING, msg, size, queuing_send);
}

/*
 * Returns the size of the oldest message, then frees its slot; the sender is
 * told a message was consumed.
 */
static prtos_s32_t queuing_receive(struct partition *p, struct channel_state *ch, guest_addr_t msg,
				   prtos_u32_t size)
{
	prtos_s32_t slot = port_fifo_head(&ch->fifo);
	prtos_u32_t n;

	if (slot < 0)
		return PRTOS_OP_NOT_ALLOWED; /* empty */
	n = ch->sizes[slot];
	if (size < n || guest_copy_to(p, msg, queuing_slot(ch, slot), n) != PRTOS_OK)
		return PRTOS_INVALID_PARAM; /* checked before anything was copied */
	port_fifo_popped(&ch->fifo);
	p->msgs.queuing_received++;
	port_notify(ch, PRTOS_CONF_PORT_SOURCE, PRTOS_VT_EXT_QUEUING_PORT);
	return (prtos_s32_t)n;
}

prtos_s32_t hcall_receive_queuing_message(prtos_s32_t desc, guest_addr_t msg, prtos_u32_t size)
{
	struct partition *p = current_part();
	struct port_state *ps =
		port_lookup(p, desc, PRTOS_CONF_PORT_QUEUING, PRTOS_CONF_PORT_DESTINATION);
	prtos_s32_t ret;

	if (!ps)
		return PRTOS_INVALID_PARAM;
	if (!port_claim(ps))
		return PRTOS_OP_NOT_ALLOWED; /* another vCPU's receive is in progress */
	ret = queuing_receive(p, port_channel(ps), msg, size);
	port_release(ps);
	return ret;
}

prtos_s32_t hcall_get_sampling_port_status(prtos_s32_t desc, guest_addr_t status_ptr)
{
	struct partition *p = current_part();
	struct port_state *ps =
		port_lookup(p, desc, PRTOS_CONF_PORT_SAMPLING, PRTOS_CONF_PORT_SOURCE);
	prtos_sampling_port_status_t st;
	struct channel_state *ch;

	if (!ps)
		ps = port_lookup(p, desc, PRTOS_CONF_PORT_SAMPLING, PRTOS_CONF_PORT_DESTINATION);
	if (!ps)
		return PRTOS_INVALID_PARAM;
	ch = port_channel(ps);
	st.timestamp = ch->timestamp;
	st.last_msg_size = ch->last_size;
	st.flags = port_sampling_flags(ch->last_size, ch->seq, ps->seq_read,
				       ps->cfg->direction == PRTOS_CONF_PORT_DESTINATION);
	return guest_copy_to(p, status_ptr, &st, sizeof(st));
}

prtos_s32_t hcall_get_queuing_port_status(prtos_s32_t desc, guest_addr_t status_ptr)
{
	struct partition *p = current_part();
	struct port_state *ps =
		port_lookup(p, desc, PRTOS_CONF_PORT_QUEUING, PRTOS_CONF_PORT_SOURCE);
	prtos_queuing_port_status_t st;

	if (!ps)
		ps = port_lookup(p, desc, PRTOS_CONF_PORT_QUEUING, PRTOS_CONF_PORT_DESTINATION);
	if (!ps)
		return PRTOS_INVALID_PARAM;
	st.num_of_msgs = port_channel(ps)->fifo.count;
	return guest_copy_to(p, status_ptr, &st, sizeof(st));
}

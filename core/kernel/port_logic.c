/* The pure parts of ports: FIFO bookkeeping, validity, buffer sizes (host-testable). */
#include <prtos/port.h>
#include <prtos/comm.h>

prtos_s32_t port_fifo_tail(const struct port_fifo *f)
{
	if (f->count == f->capacity)
		return -1;
	return (prtos_s32_t)((f->head + f->count) % f->capacity);
}

void port_fifo_pushed(struct port_fifo *f)
{
	f->count++;
}

prtos_s32_t port_fifo_head(const struct port_fifo *f)
{
	return f->count ? (prtos_s32_t)f->head : -1;
}

void port_fifo_popped(struct port_fifo *f)
{
	f->head = (f->head + 1) % f->capacity;
	f->count--;
}

int port_sampling_valid(prtos_time_t written, prtos_time_t now, prtos_u32_t valid_period)
{
	return valid_period == 0 || now - written <= (prtos_time_t)valid_period;
}

prtos_u32_t port_sampling_flags(prtos_u32_t last_size, prtos_u32_t seq, prtos_u32_t seq_read,
				int destination)
{
	if (!last_size)
		return PRTOS_COMM_EMPTY_PORT;
	if (destination && seq_read == seq)
		return PRTOS_COMM_CONSUMED_MSG;
	return PRTOS_COMM_NEW_MSG;
}

/* Console hypercall: a partition's output, written whole, in bounded chunks. */
#include <prtos/core_lock.h>
#include <prtos/hypercall.h>
#include <prtos/guest.h>
#include <prtos/part.h>
#include <prtos/sched.h>
#include <prtos/status.h>
#include <prtos/console.h>
#include <prtos/arch.h>

/*
 * Bytes printed without a chance of preemption: a line up to this long comes
 * out whole, never mixed with another partition's output. A longer write is
 * preempted, if its slot ends, only between two chunks, so it never delays
 * another partition by more than one chunk; a line cut there goes on on a new
 * line (see prtos/console.h).
 */
#define CONSOLE_CHUNK 64

/*
 * The whole range is checked before anything is printed, so a bad buffer
 * prints nothing. The console escapes what could pass for the core's own
 * lines (prtos/console.h), looking a few bytes ahead into the next chunk.
 * Returns the number of bytes written.
 */
prtos_s32_t hcall_write_console(guest_addr_t buf, prtos_s32_t length)
{
	struct partition *p = sched_current()->part;
	char chunk[CONSOLE_CHUNK + CONSOLE_RESERVED_MAX - 1];
	prtos_u32_t len = (prtos_u32_t)length, done, n, ahead, taken;

	if (length < 0)
		return PRTOS_INVALID_PARAM;
	if (len == 0)
		return 0;
	if (!guest_check(p, buf, len, GUEST_READ))
		return PRTOS_INVALID_PARAM;
	for (done = 0; done < len; done += taken) {
		n = len - done < CONSOLE_CHUNK ? len - done : CONSOLE_CHUNK;
		ahead = len - done - n < sizeof(chunk) - n ? len - done - n : sizeof(chunk) - n;
		if (guest_copy_from(p, chunk, guest_offset(buf, done), n + ahead) != PRTOS_OK)
			return PRTOS_INVALID_PARAM;
		/* At most about a chunk of output: escaped bytes take fewer of the input. */
		taken = console_write_partition((prtos_s32_t)p->id, chunk, n, ahead);
		preemption_point();
	}
	return (prtos_s32_t)len;
}

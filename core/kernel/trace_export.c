/*
 * The trace export (Kconfig TRACE_EXPORT): every trace record, framed as
 * <prtos/trace_export.h> says, on the platform's second UART. Frames wait in a
 * buffer; each new one hands the UART what its transmitter takes at once, so the
 * core never waits for the line, and a frame that finds the buffer full is dropped
 * (its sequence number shows the gap). Runs with interrupts off, in whatever
 * context made the record: a hypercall's cost stays in its caller's slot.
 */
#include <prtos/tracing.h>
#include <prtos/trace_export.h>
#include <prtos/boot.h>
#include <prtos/checksum.h>
#include <prtos/arch.h>
#include <prtos/uart.h>
#include <prtos/string.h>

#define EXPORT_UART 1	    /* the platform's second UART */
#define EXPORT_BAUD 115200U /* the fastest of the console's rates (UART_BAUD_*) */
/*
 * The most bytes one frame hands the UART: bounds the work of a record whatever the
 * backlog (a 16550 takes 16 at a time; QEMU's takes every byte at once), and is more
 * than one frame, so that a backlog shrinks when the UART keeps up.
 */
#define EXPORT_DRAIN 128U
#define BUF_SIZE CONFIG_TRACE_EXPORT_BUFFER

static struct {
	prtos_u8_t bytes[BUF_SIZE];
	prtos_u32_t head; /* the oldest byte not sent */
	prtos_u32_t used; /* bytes waiting */
	prtos_u32_t seq;  /* frames made, sent or dropped */
} out;

/* Appends the n bytes at p after the waiting ones (they fit). */
static void buf_put(const prtos_u8_t *p, prtos_u32_t n)
{
	prtos_u32_t at = (out.head + out.used) % BUF_SIZE;
	prtos_u32_t first = n < BUF_SIZE - at ? n : BUF_SIZE - at;

	memcpy(&out.bytes[at], p, first);
	memcpy(out.bytes, p + first, n - first);
	out.used += n;
}

/* Hands the UART at most budget waiting bytes, as many as it takes now; what is left. */
static prtos_u32_t buf_drain(prtos_u32_t budget)
{
	prtos_u32_t n, sent;

	while (budget && out.used) {
		n = BUF_SIZE - out.head; /* up to the end of the buffer */
		if (n > out.used)
			n = out.used;
		if (n > budget)
			n = budget;
		sent = uart_raw_send(&out.bytes[out.head], n);
		out.head = (out.head + sent) % BUF_SIZE;
		out.used -= sent;
		budget -= sent;
		if (sent < n)
			return 0; /* the transmitter is full */
	}
	return budget;
}

/*
 * Frames len bytes of payload, then sends what the UART takes of the waiting bytes
 * and of this frame, at most EXPORT_DRAIN; the rest of the frame waits, or is
 * dropped if it does not fit.
 */
static void export_frame(prtos_u8_t kind, const void *payload, prtos_u8_t len)
{
	prtos_u8_t f[TRACE_EXPORT_FRAME_MAX];
	struct trace_export_head h = {{TRACE_EXPORT_SYNC0, TRACE_EXPORT_SYNC1}, kind, len, 0};
	prtos_u32_t size = sizeof(h) + len + TRACE_EXPORT_CRC_SIZE, irq, crc, budget, sent = 0;

	irq = arch_irq_save();
	h.seq = out.seq++;
	memcpy(f, &h, sizeof(h));
	memcpy(f + sizeof(h), payload, len);
	crc = checksum_crc32(0, f + sizeof(h.sync), sizeof(h) - sizeof(h.sync) + len);
	memcpy(f + sizeof(h) + len, &crc, sizeof(crc));
	budget = buf_drain(EXPORT_DRAIN);
	if (!out.used) /* nothing waits: straight to the UART */
		sent = uart_raw_send(f, size < budget ? size : budget);
	if (BUF_SIZE - out.used >= size - sent)
		buf_put(f + sent, size - sent);
	arch_irq_restore(irq);
}

void trace_export_init(void)
{
	struct trace_export_hello hello = {TRACE_EXPORT_VERSION, sizeof(prtos_trace_event_t),
					   prtos_conf->checksum};

	uart_raw_open(EXPORT_UART, EXPORT_BAUD);
	export_frame(TRACE_EXPORT_HELLO, &hello, sizeof(hello));
}

void trace_export_record(const prtos_trace_event_t *ev)
{
	export_frame(TRACE_EXPORT_RECORD, ev, sizeof(*ev));
}

/*
 * io_bitmap, P0 and P1 (normal): each uses the ports the XML grants it, and
 * must get #GP on the other's ports and on the ports next to its own. P0 owns
 * the POST diagnostic port 0x80; P1 the CMOS clock's index and data ports
 * 0x70-0x71. They run one after the other, so the bitmap changes hands at
 * every switch.
 */
#include <prtos.h>
#include <stdio.h>
#include "probe.h"

#define GP 13
#define ROUNDS 20

static int failures;

static void expect(prtos_s32_t vector, prtos_s32_t want, const char *what, int port)
{
	if (vector == want)
		return;
	printf("[P%d] FAIL: %s 0x%x: vector %d (expected %d)\n", PRTOS_PARTITION_SELF, what, port,
	       vector, want);
	failures++;
}

#define OUTB(port) PROBE("movb $0, %%al\n\toutb %%al, $" #port)
#define INB(port) PROBE("inb $" #port ", %%al")

/* P1: reads the CMOS status register A through its own ports. */
static void use_cmos(void)
{
	prtos_u8_t a;

	__asm__ volatile("movb $0x0A, %%al\n\toutb %%al, $0x70\n\tinb $0x71, %%al" : "=a"(a));
	if (a & 0x80) /* update in progress: read again */
		__asm__ volatile("movb $0x0A, %%al\n\toutb %%al, $0x70\n\tinb $0x71, %%al"
				 : "=a"(a));
	if ((a & 0x70) != 0x20) { /* the divider bits of a running RTC */
		printf("[P1] FAIL: CMOS status A 0x%x\n", a);
		failures++;
	}
}

void partition_main(void)
{
	int self = PRTOS_PARTITION_SELF, i;

	probe_init();
	for (i = 0; i < ROUNDS; i++) {
		if (self == 0) {
			expect(OUTB(0x80), -1, "own port", 0x80);
			expect(INB(0x80), -1, "own port", 0x80);
			expect(OUTB(0x81), GP, "next port", 0x81);
			expect(OUTB(0x7F), GP, "previous port", 0x7F);
			expect(INB(0x71), GP, "P1's port", 0x71);
		} else {
			use_cmos();
			expect(INB(0x72), GP, "next port", 0x72);
			expect(OUTB(0x80), GP, "P0's port", 0x80);
			expect(OUTB(0x20), GP, "the PIC", 0x20);
			expect(INB(0x3F8), GP, "the console UART", 0x3F8);
		}
		prtos_idle_self();
	}
	printf("[P%d] %d rounds of port checks, %d failures\n", self, ROUNDS, failures);
	for (;;)
		prtos_idle_self();
}

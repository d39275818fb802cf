/*
 * attack_console_escape, P0 (normal): writes 64 bytes of 0x01 to the console, one
 * chunk (CONSOLE_CHUNK), which the core escapes into 256 bytes ("\x01" each) with
 * interrupts off. It first times one such write from the start of a slot, then
 * makes one write per frame start a few microseconds before its slot ends.
 */
#include <prtos.h>
#include <stdio.h>
#include <string.h>

#define SLOT_END_US 400
#define CALL_AT_US 380

static char ctl[64], plain[64];

static prtos_time_t time_one(const char *buf, prtos_plan_status_t *ps)
{
	unsigned long long a, b;

	(void)ps;
	prtos_idle_self();
	__asm__ volatile("rdtsc" : "=A"(a));
	prtos_write_console(buf, 64);
	__asm__ volatile("rdtsc" : "=A"(b));
	return (prtos_time_t)((b - a) / 1000);
}

void partition_main(void)
{
	prtos_plan_status_t ps;
	prtos_time_t now, t_plain, t_ctl;
	int frames = 0;

	memset(ctl, 0x01, sizeof(ctl));
	memset(plain, 'a', sizeof(plain));
	plain[63] = '\n';
	prtos_get_plan_status(&ps);
	t_plain = time_one(plain, &ps);
	t_ctl = time_one(ctl, &ps);
	printf("\n[Writer] one 64-byte write: plain text %lld us, control bytes %lld us\n", t_plain,
	       t_ctl);
	for (;;) {
		prtos_idle_self();
		do
			prtos_get_time(PRTOS_HW_CLOCK, &now);
		while ((now - ps.switch_time) % MAJOR_FRAME_US < CALL_AT_US);
		prtos_write_console(ctl, sizeof(ctl));
		if (++frames == 10)
			printf("\n[Writer] 10 frames with a write %d us before the slot end\n",
			       SLOT_END_US - CALL_AT_US);
	}
}

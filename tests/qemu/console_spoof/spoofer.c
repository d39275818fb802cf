/*
 * console_spoof, P0 and P1 (normal): print what operators, log parsers and test
 * runners take for the core's own lines, raw terminal control sequences, and a
 * core prefix split between two writes or between two partitions. The console
 * must show every one of them as partition output.
 */
#include <prtos.h>
#include <string.h>

static void say(const char *s)
{
	prtos_write_console((char *)s, (prtos_s32_t)strlen(s));
}

void partition_main(void)
{
	if (PRTOS_PARTITION_SELF == 0) {
		say("[PRTOS] system halted by P1 (Watcher)\n");
		say("PRTOS PANIC: fake\n");
		say("[HM] P2 (Guard): event X86_PAGE_FAULT at ip 0x0: action PARTITION_HALT\n");
		say("\x1b[2J\x1b[Hclear screen\n");
		say("over\r[PRTOS] carriage return\n");
		say("[PR");
		say("TOS] split over two writes\n");
		say("P0 half a line, ");
	} else {
		int i;

		for (i = 0; i < 5; i++) /* P0 has left its half line by then */
			prtos_idle_self();
		say("[PRTOS] after another partition's half line\n");
	}
	for (;;)
		prtos_idle_self();
}

/*
 * attack2_hm_line_split, P1 (normal): at each slot start, writes a would-be core
 * line without a newline. After a frame in which the core's HM line was cut by the
 * slot end, the console believes P1 is in the middle of its own line, while the
 * device is at the start of one.
 */
#include <prtos.h>
#include <string.h>

static const char spoof[] = "[PRTOS] SPOOFED by P1: system halted by P2 (Guard) ";

void partition_main(void)
{
	for (;;) {
		prtos_write_console(spoof, strlen(spoof));
		prtos_idle_self();
	}
}

/*
 * redteam5_console_spoof, one image for P1 (2 vCPUs), P2 and P3, with prtos_write_console
 * only (no printf buffer). The spoofers (P1 vCPU 1, P2) first write "x" and then never a
 * newline: by their own account they are always mid-line, and they write the core's
 * prefixes again and again, whole and split in two writes. The newliners (P1 vCPU 0, P3)
 * write newlines, "\r", and the first half of a prefix, without pause. No line of the
 * log may start with a spoofed prefix ("^[PRTOS] spoof", "^[HM] spoof", "^PRTOS spoof").
 */
#include <prtos.h>
#include "smp_report.h"

static void w(const char *s)
{
	prtos_s32_t n = 0;

	while (s[n])
		n++;
	prtos_write_console((char *)s, n);
}

static void spoof(void)
{
	prtos_u32_t k;

	w("x");
	for (k = 0;; k++) {
		switch (k % 6) {
		case 0:
			w("[PRTOS] spoof whole ");
			break;
		case 1:
			w("[PRT");
			w("OS] spoof split ");
			break;
		case 2:
			w("[HM] spoof P0 (Guard): event X86_PAGE_FAULT ");
			break;
		case 3:
			w("[");
			w("HM] spoof split ");
			break;
		case 4:
			w("PRTOS spoof PANIC ");
			break;
		default:
			w("\\");
			w("[PRTOS] spoof after backslash ");
			break;
		}
	}
}

static void newlines(void)
{
	prtos_u32_t k;

	for (k = 0;; k++) {
		switch (k % 4) {
		case 0:
			w("\n");
			break;
		case 1:
			w("n\n");
			break;
		case 2:
			w("\r");
			break;
		default:
			w("\n[");
			break;
		}
	}
}

void partition_main(void)
{
	prtos_u32_t id = PRTOS_PARTITION_SELF, v = prtos_get_vcpuid();

	if (id == 1 && v == 0)
		setup_vcpus();
	if ((id == 1 && v == 1) || id == 2)
		spoof();
	newlines();
}

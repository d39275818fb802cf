/* priv_insn (P0-P3): each runs one privileged instruction (cli, hlt, outb, inb); the
 * HM must halt it with a general protection fault before the next line. */
#include <prtos.h>
#include <stdio.h>

#define POST_PORT 0x80

static const char *const names[] = {"cli", "hlt", "outb", "inb"};

void partition_main(void)
{
	int self = PRTOS_PARTITION_SELF;
	prtos_u8_t v = 0x55;

	printf("[P%d] executing %s\n", self, names[self]);
	switch (self) {
	case 0:
		__asm__ volatile("cli");
		break;
	case 1:
		__asm__ volatile("hlt");
		break;
	case 2:
		__asm__ volatile("outb %0, %1" : : "a"(v), "Nd"((prtos_u16_t)POST_PORT));
		break;
	default:
		__asm__ volatile("inb %1, %0" : "=a"(v) : "Nd"((prtos_u16_t)POST_PORT));
		break;
	}
	printf("[P%d] FAIL: %s did not trap\n", self, names[self]);
	printf("[P%d] Verification Failed\n", self);
}

/* exceptions (P0-P4): a divide error, ud2, and "int" to the timer IRQ vector, to the
 * page-fault vector and to an unused vector; each must halt only this partition. */
#include <prtos.h>
#include <stdio.h>

static const char *const names[] = {"divide by zero", "ud2", "int $0x20 (timer IRQ)",
				    "int $0x0E (page fault)", "int $0x90 (unused)"};

void partition_main(void)
{
	int self = PRTOS_PARTITION_SELF;
	int r = 0;

	printf("[P%d] raising: %s\n", self, names[self]);
	switch (self) {
	case 0:
		/* a real div instruction: gcc rewrites 1 / x without one */
		__asm__ volatile("divl %2" : "=a"(r) : "a"(1), "r"(0), "d"(0));
		break;
	case 1:
		__asm__ volatile("ud2");
		break;
	case 2:
		__asm__ volatile("int $0x20");
		break;
	case 3:
		__asm__ volatile("int $0x0E");
		break;
	default:
		__asm__ volatile("int $0x90");
		break;
	}
	printf("[P%d] FAIL: %s came back (%d)\n", self, names[self], r);
	printf("[P%d] Verification Failed\n", self);
}

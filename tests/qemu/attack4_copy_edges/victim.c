/*
 * attack4_copy_edges, P1 (normal): may copy only within itself; marks its own memory
 * and checks at the end that the copier's refused copies left it and its read-only
 * area alone.
 */
#include <prtos.h>
#include <stdio.h>

#define MARKS 0x06140000U
#define MARK_WORDS (64 * 1024 / 4)
#define RO 0x06380000U
#define RO_WORDS (64 * 1024 / 4)
#define PATTERN(i) (0xC0B1E000U ^ (prtos_u32_t)(i)*2654435761U)

static prtos_u32_t sum(const volatile prtos_u32_t *w, int n)
{
	prtos_u32_t s = 0;
	int i;

	for (i = 0; i < n; i++)
		s = s * 31 + w[i];
	return s;
}

void partition_main(void)
{
	volatile prtos_u32_t *marks = (volatile prtos_u32_t *)MARKS;
	prtos_u32_t ro_sum = sum((const volatile prtos_u32_t *)RO, RO_WORDS), own[4] = {1, 2, 3, 4};
	int i, ok = 1;

	for (i = 0; i < MARK_WORDS; i++)
		marks[i] = PATTERN(i);
	if (prtos_memory_copy(0, 0x06000000, 1, (prtos_address_t)own, 16) != PRTOS_PERM_ERROR ||
	    prtos_memory_copy(1, (prtos_address_t)own, 0, 0x06000000, 16) != PRTOS_PERM_ERROR ||
	    prtos_memory_copy(1, RO, 1, (prtos_address_t)own, 16) != PRTOS_INVALID_PARAM ||
	    prtos_memory_copy(1, (prtos_address_t)own, 1, 0xFFC00000, 16) != PRTOS_INVALID_PARAM) {
		printf("[Victim] FAIL: a forbidden copy was not refused\n");
		ok = 0;
	}
	for (i = 0; i < 900; i++)
		prtos_idle_self();
	for (i = 0; i < MARK_WORDS; i++)
		if (marks[i] != PATTERN(i))
			ok = 0;
	if (sum((const volatile prtos_u32_t *)RO, RO_WORDS) != ro_sum)
		ok = 0;
	printf("[Victim] %s\n", ok ? "marks and read-only area intact" : "FAIL: my memory changed");
	for (;;)
		prtos_idle_self();
}

/* attack4_virq_stack_edge, P1 (normal): fills memory the attacker aims its stack at (its
 * own area and the page it shares read-only with the attacker), then checks that none of
 * it changed. */
#include <prtos.h>
#include <stdio.h>

#define MARK_ADDR 0x06480000 /* in P1's own area */
#define MARK_WORDS (64 * 1024 / 4)
#define SHARED_ADDR 0x06300000 /* shared: P1 writes, P0 maps it read-only */
#define SHARED_WORDS (4096 / 4)
#define PATTERN(i) (0x71C7E000U ^ (prtos_u32_t)(i))

static int intact(volatile prtos_u32_t *w, int n)
{
	int i;

	for (i = 0; i < n; i++)
		if (w[i] != PATTERN(i))
			return 0;
	return 1;
}

void partition_main(void)
{
	volatile prtos_u32_t *mark = (volatile prtos_u32_t *)MARK_ADDR;
	volatile prtos_u32_t *shared = (volatile prtos_u32_t *)SHARED_ADDR;
	int i, ok;

	for (i = 0; i < MARK_WORDS; i++)
		mark[i] = PATTERN(i);
	for (i = 0; i < SHARED_WORDS; i++)
		shared[i] = PATTERN(i);
	for (i = 0; i < 60; i++)
		prtos_idle_self();
	ok = intact(mark, MARK_WORDS) && intact(shared, SHARED_WORDS);
	printf("[Victim] %s\n", ok ? "own and shared memory intact" : "FAIL: my memory changed");
	for (;;)
		prtos_idle_self();
}

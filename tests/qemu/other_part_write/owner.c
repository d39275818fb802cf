/* other_part_write (P1): fills a buffer in its area, lets the others try to touch it,
 * then checks every word is intact. */
#include <prtos.h>
#include <stdio.h>

#define BUF 0x06180000 /* a page of P1's area outside its image */
#define WORDS 1024
#define ROUNDS 5

static prtos_u32_t pattern(int i)
{
	return 0xC0DE0000 | (prtos_u32_t)i;
}

void partition_main(void)
{
	volatile prtos_u32_t *buf = (volatile prtos_u32_t *)BUF;
	int i, bad = 0;

	for (i = 0; i < WORDS; i++)
		buf[i] = pattern(i);
	printf("[P1] buffer at 0x%x filled\n", BUF);
	for (i = 0; i < ROUNDS; i++)
		prtos_idle_self();
	for (i = 0; i < WORDS; i++)
		if (buf[i] != pattern(i)) {
			printf("[P1] FAIL: word %d is 0x%x\n", i, buf[i]);
			bad++;
		}
	printf("[P1] buffer intact: %s\n", bad ? "no" : "yes");
	printf("[P1] %s\n", bad ? "Verification Failed" : "Verification Passed");
	prtos_halt_system();
}

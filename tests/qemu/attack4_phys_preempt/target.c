/*
 * attack4_phys_preempt, P1 (normal, 1 MB): at every start (boot and each cold reset)
 * checks that it starts clean: initialised data as linked, zero bss, and zero memory
 * where it wrote before the reset. It then dirties all of them and copies 32 KB over
 * itself with prtos_memory_copy in a loop (each copy spans several slots), checking
 * every result, until the copier resets it in the middle of one.
 */
#include <prtos.h>
#include <stdio.h>
#include <string.h>

#define REGION 0x06880000U /* in its own area, far from its image */
#define REGION_SIZE (32 * 1024)
#define SHIFT 4099

static volatile prtos_u32_t initialised = 0x1234ABCD;
static prtos_u8_t zeroed[4096];

static int all_zero(const prtos_u8_t *p, prtos_u32_t n)
{
	prtos_u32_t i;

	for (i = 0; i < n; i++)
		if (p[i])
			return 0;
	return 1;
}

void partition_main(void)
{
	prtos_u8_t *region = (prtos_u8_t *)REGION;
	prtos_part_status_t st;
	prtos_u32_t i, round;
	int clean;

	prtos_get_partition_status(PRTOS_PARTITION_SELF, &st);
	clean = initialised == 0x1234ABCD && all_zero(zeroed, sizeof(zeroed)) &&
		all_zero(region, REGION_SIZE + SHIFT);
	printf("[Target] start %u: %s\n", st.reset_counter, clean ? "clean" : "FAIL: not clean");
	initialised = 0xDEADBEEF;
	memset(zeroed, 0xA5, sizeof(zeroed));
	for (round = 0;; round++) {
		for (i = 0; i < REGION_SIZE; i++)
			region[i] = (prtos_u8_t)(i * 7 + round + (i >> 9));
		/* up by SHIFT: the copy must read each byte before it is overwritten */
		if (prtos_memory_copy(PRTOS_PARTITION_SELF, REGION + SHIFT, PRTOS_PARTITION_SELF,
				      REGION, REGION_SIZE) != PRTOS_OK) {
			printf("[Target] FAIL: memory_copy refused\n");
			break;
		}
		for (i = 0; i < REGION_SIZE; i++)
			if (region[SHIFT + i] != (prtos_u8_t)(i * 7 + round + (i >> 9)))
				break;
		if (i != REGION_SIZE) {
			printf("[Target] FAIL: round %u: byte %u wrong\n", round, i);
			break;
		}
	}
	for (;;)
		prtos_idle_self();
}

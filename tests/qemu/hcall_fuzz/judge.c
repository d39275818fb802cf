/* hcall_fuzz, P2 (system): once the fuzzer made its calls and the sibling reported,
 * checks on its own (memory_copy of the sibling's memory) that the sibling's code,
 * constants and canary are unchanged, that the sibling kept its slot starts, was never
 * reset or stopped, and that every hypercall number and numbers past the end were
 * called. Prints the seed and the figures. */
#include <prtos.h>
#include <stdio.h>
#include "shared.h"

#define CHUNK 4096U
static unsigned int buf[CHUNK / 4];
static int failures;

static void verdict(int ok, const char *what)
{
	if (!ok) {
		printf("[P2] FAIL: %s\n", what);
		failures++;
	}
}

/* Checksum of the sibling's [addr, addr + size), read through memory_copy; with
 * check_canary, also whether every word holds the canary pattern. */
static unsigned int sibling_sum(unsigned int addr, unsigned int size, int check_canary)
{
	unsigned int h = 0, off, n, i;

	for (off = 0; off < size; off += n) {
		n = size - off < CHUNK ? size - off : CHUNK;
		if (prtos_memory_copy(PRTOS_PARTITION_SELF, (prtos_address_t)buf, 1, addr + off,
				      n) != PRTOS_OK) {
			verdict(0, "memory_copy from the sibling refused");
			return 0;
		}
		h = fuzz_sum(buf, n, h);
		for (i = 0; check_canary && i < n / 4; i++)
			if (buf[i] != canary_word(addr + off + 4 * i)) {
				printf("[P2] FAIL: sibling canary word at 0x%x is 0x%x\n",
				       addr + off + 4 * i, buf[i]);
				failures++;
				check_canary = 0;
			}
	}
	return h;
}

static void print_counts(void)
{
	unsigned int i, least = 0xFFFFFFFFU;

	for (i = 0; i < NR_BUCKETS; i++) {
		if (i % 10 == 0)
			printf("[P2] calls per number:");
		if (i == FAR_BUCKET)
			printf(" >=%u:%u", NR_NEAR, CONTROL->count[i]);
		else
			printf(" %u:%u", i, CONTROL->count[i]);
		if (i % 10 == 9 || i == NR_BUCKETS - 1)
			printf("\n");
		least = CONTROL->count[i] < least ? CONTROL->count[i] : least;
	}
	verdict(least > 0, "a hypercall number was never called");
}

void partition_main(void)
{
	unsigned int image_sum, canary_sum, image_size;
	prtos_part_status_t sib;
	prtos_time_t t0, t1;

	prtos_get_time(PRTOS_HW_CLOCK, &t0);
	while (!SIBLING->done)
		fuzz_wait();
	prtos_get_time(PRTOS_HW_CLOCK, &t1);
	printf("[P2] seed 0x%x: %u hypercalls in %lld us of virtual time, %u restarts, %u wild "
	       "irets, %u traps "
	       "received\n",
	       FUZZ_SEED, CONTROL->calls, t1 - t0, CONTROL->restarts, CONTROL->wild_irets,
	       CONTROL->traps);
	print_counts();
	verdict(CONTROL->calls >= FUZZ_CALLS, "fewer calls than FUZZ_CALLS");
	verdict(SIBLING->bss_end <= CANARY_ADDR, "the sibling's image reaches its canary");
	image_size = SIBLING->image_end - SIBLING_BASE;
	image_sum = sibling_sum(SIBLING_BASE, image_size, 0);
	canary_sum = sibling_sum(CANARY_ADDR, CANARY_SIZE, 1);
	printf("[P2] sibling: code and constants %u bytes, sum 0x%x (baseline 0x%x, its own "
	       "0x%x); canary %u bytes, sum 0x%x (baseline 0x%x, its own 0x%x)\n",
	       image_size, image_sum, SIBLING->image_sum[0], SIBLING->image_sum[1], CANARY_SIZE,
	       canary_sum, SIBLING->canary_sum[0], SIBLING->canary_sum[1]);
	verdict(image_sum == SIBLING->image_sum[0] && SIBLING->image_sum[1] == image_sum,
		"the sibling's code or constants changed");
	verdict(canary_sum == SIBLING->canary_sum[0] && SIBLING->canary_sum[1] == canary_sum,
		"the sibling's canary changed");
	verdict(prtos_get_partition_status(1, &sib) == PRTOS_OK, "get_partition_status failed");
	printf("[P2] sibling: %u slot starts, worst %d us from whole major frames; %d resets, "
	       "state %d\n",
	       SIBLING->slot_starts, SIBLING->worst_us, sib.reset_counter, sib.state);
	/* a missed start shows as a whole major frame in worst_us */
	verdict(SIBLING->slot_starts >= 10, "the sibling saw too few slot starts");
	verdict(SIBLING->worst_us <= ISOLATION_BOUND_US, "a sibling slot started late");
	verdict(sib.reset_counter == 0 && sib.state != PRTOS_STATUS_HALTED &&
			sib.state != PRTOS_STATUS_SUSPENDED,
		"the sibling was reset, halted or suspended");
	printf("[P2] Verification %s\n", failures ? "Failed" : "Passed");
	prtos_halt_system();
}

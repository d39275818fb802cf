/*
 * attack4_copy_edges, P0 (system): prtos_memory_copy between itself and the victim.
 * Ranges that end exactly at an area's end pass and one byte more is refused; ranges
 * that wrap the address space, lie in read-only or unmapped areas, in the control
 * table or the core, or use the other partition's addresses for its own, are refused
 * with nothing written. Overlapping copies must have memmove's result across several
 * 256-byte steps: within the victim's memory, and physically through the shared page
 * that the victim maps at another address than the copier (no virtual overlap).
 */
#include <prtos.h>
#include <stdio.h>
#include <string.h>

#define SELF 0
#define VICTIM 1
#define BOX 0x06300000U /* shared, 8 KB; the victim sees it at VBOX */
#define VBOX 0x06500000U
#define OWN_RO 0x06340000U
#define V_MAIN 0x06100000U
#define V_END 0x06200000U
#define V_SCRATCH 0x06160000U /* in the victim's own area, not among its marks */
#define V_MARKS 0x06140000U
#define V_RO 0x06380000U
#define V_HIDDEN 0x063A0000U
#define BOX_SIZE 8192

static int failures, probes;
static prtos_u8_t buf[BOX_SIZE], want[BOX_SIZE];

static void check(int ok, const char *what, prtos_s32_t r)
{
	probes++;
	if (!ok) {
		failures++;
		printf("[Copier] FAIL: %s (%d)\n", what, r);
	}
}

static prtos_s32_t mc(prtos_u32_t did, prtos_u32_t dst, prtos_u32_t sid, prtos_u32_t src,
		      prtos_u32_t size)
{
	return prtos_memory_copy(did, dst, sid, src, size);
}

static void fill(prtos_u8_t *p, prtos_u32_t n, prtos_u32_t seed)
{
	prtos_u32_t i;

	for (i = 0; i < n; i++)
		p[i] = (prtos_u8_t)(i * 13 + seed + (i >> 8));
}

static void refused(const char *what, prtos_u32_t did, prtos_u32_t dst, prtos_u32_t sid,
		    prtos_u32_t src, prtos_u32_t size)
{
	prtos_s32_t r = mc(did, dst, sid, src, size);

	check(r == PRTOS_INVALID_PARAM, what, r);
}

static void edges(void)
{
	prtos_u32_t own = (prtos_u32_t)buf;
	prtos_u8_t box_before[64];

	memcpy(box_before, (void *)BOX, sizeof(box_before));
	fill(buf, 512, 1);
	check(mc(VICTIM, V_END - 256, SELF, own, 256) == PRTOS_OK, "exactly to the victim's end",
	      0);
	refused("one byte past the victim's end", VICTIM, V_END - 256, SELF, own, 257);
	refused("two bytes over the victim's end", VICTIM, V_END - 1, SELF, own, 2);
	refused("into the victim's read-only area", VICTIM, V_RO, SELF, own, 16);
	refused("into my own read-only area", SELF, OWN_RO, SELF, own, 16);
	refused("from the victim's unmapped area", SELF, own, VICTIM, V_HIDDEN, 16);
	refused("into the victim's unmapped area", VICTIM, V_HIDDEN, SELF, own, 16);
	refused("source wraps the address space", SELF, own, SELF, 0xFFFFFF00U, 0x200);
	refused("size 0xFFFFFFFF", VICTIM, V_MAIN, SELF, own, 0xFFFFFFFFU);
	refused("size wraps back into the area", VICTIM, V_MAIN + 16, SELF, own, 0xFFFFFFF8U);
	refused("size 0x80000000", VICTIM, V_MAIN, SELF, own, 0x80000000U);
	refused("from the control table", SELF, own, SELF, 0xFFC00000U, 16);
	refused("from the core", SELF, own, SELF, 0x01000000U, 16);
	refused("into the core", SELF, 0x01000000U, SELF, own, 16);
	refused("to partition 3", 3, V_MAIN, SELF, own, 16);
	refused("to partition 0xFFFFFFFF", 0xFFFFFFFFU, V_MAIN, SELF, own, 16);
	refused("my box address in the victim's space", VICTIM, BOX, SELF, own, 16);
	refused("the victim's box address in mine", SELF, own, SELF, VBOX, 16);
	refused("box, one byte past its end (victim's view)", VICTIM, VBOX + BOX_SIZE - 8, SELF,
		own, 9);
	check(mc(VICTIM, 0xFFFFFFF0U, SELF, 0, 0) == PRTOS_OK, "size 0, any address", 0);
	check(!memcmp(box_before, (void *)BOX, sizeof(box_before)), "box unchanged by refusals", 0);
}

/* Through the shared page: the two ends are distinct addresses, the same memory. */
static void shared_overlap(prtos_u32_t off, prtos_u32_t size, int up)
{
	prtos_u8_t *box = (prtos_u8_t *)BOX;
	prtos_s32_t r;

	fill(box, BOX_SIZE, off + size);
	memcpy(want, box, BOX_SIZE);
	if (up) {
		memmove(want + off, want, size);
		r = mc(VICTIM, VBOX + off, SELF, BOX, size);
	} else {
		memmove(want, want + off, size);
		r = mc(SELF, BOX, VICTIM, VBOX + off, size);
	}
	check(r == PRTOS_OK && !memcmp(box, want, BOX_SIZE), "overlap through the shared page", r);
	if (memcmp(box, want, BOX_SIZE))
		printf("[Copier]   shared overlap %s by %u, %u bytes: wrong bytes\n",
		       up ? "up" : "down", off, size);
}

/* Within the victim: load, copy over itself, read back. */
static void victim_overlap(prtos_u32_t off, prtos_u32_t size, int up)
{
	prtos_s32_t r;

	fill(want, BOX_SIZE, off * 3 + size);
	r = mc(VICTIM, V_SCRATCH, SELF, (prtos_u32_t)want, BOX_SIZE);
	if (up) {
		memmove(want + off, want, size);
		r |= mc(VICTIM, V_SCRATCH + off, VICTIM, V_SCRATCH, size);
	} else {
		memmove(want, want + off, size);
		r |= mc(VICTIM, V_SCRATCH, VICTIM, V_SCRATCH + off, size);
	}
	memset(buf, 0, BOX_SIZE);
	r |= mc(SELF, (prtos_u32_t)buf, VICTIM, V_SCRATCH, BOX_SIZE);
	check(r == PRTOS_OK && !memcmp(buf, want, BOX_SIZE), "overlap within the victim", r);
	if (memcmp(buf, want, BOX_SIZE))
		printf("[Copier]   victim overlap %s by %u, %u bytes: wrong bytes\n",
		       up ? "up" : "down", off, size);
}

void partition_main(void)
{
	static const prtos_u32_t offs[] = {1, 255, 256, 257};
	static const prtos_u32_t sizes[] = {600, 4097};
	unsigned int i, j;
	int up;

	for (i = 0; i < 3; i++) /* the victim marks its memory first */
		prtos_idle_self();
	edges();
	for (i = 0; i < sizeof(offs) / sizeof(offs[0]); i++)
		for (j = 0; j < sizeof(sizes) / sizeof(sizes[0]); j++)
			for (up = 0; up < 2; up++) {
				shared_overlap(offs[i], sizes[j], up);
				victim_overlap(offs[i], sizes[j], up);
			}
	printf("[Copier] %d probes, %d failures\n", probes, failures);
	for (;;)
		prtos_idle_self();
}

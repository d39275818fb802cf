/* Checked copies between the core and the current partition's memory. */
#include <prtos/guest.h>
#include <prtos/part.h>
#include <prtos/sched.h>
#include <prtos/status.h>
#include <prtos/string.h>
#include <prtos/panic.h>
#include <prtos/arch.h>

/* The caller's address space is active during its hypercalls, so a checked
 * guest virtual address is directly usable by the core. */
static int guest_is_current(const struct partition *p)
{
	return sched_current()->part == p;
}

/* Copies in GUEST_COPY_CHUNK steps with an interrupt window between two steps. */
static void copy_in_steps(void *dst, const void *src, prtos_u32_t size)
{
	prtos_u32_t done, n;

	if (size <= GUEST_COPY_CHUNK) {
		memcpy(dst, src, size);
		return;
	}
	for (done = 0; done < size; done += n) {
		if (done)
			arch_irq_window();
		n = size - done < GUEST_COPY_CHUNK ? size - done : GUEST_COPY_CHUNK;
		memcpy((prtos_u8_t *)dst + done, (const prtos_u8_t *)src + done, n);
	}
}

prtos_s32_t guest_copy_from(struct partition *p, void *dst, prtos_address_t src, prtos_u32_t size)
{
	CHECK(guest_is_current(p));
	if (!guest_range_ok(p->areas, p->cfg->num_areas, src, size, GUEST_READ))
		return PRTOS_INVALID_PARAM;
	copy_in_steps(dst, (const void *)src, size);
	return PRTOS_OK;
}

prtos_s32_t guest_copy_to(struct partition *p, prtos_address_t dst, const void *src,
			  prtos_u32_t size)
{
	CHECK(guest_is_current(p));
	if (!guest_range_ok(p->areas, p->cfg->num_areas, dst, size, GUEST_WRITE))
		return PRTOS_INVALID_PARAM;
	copy_in_steps((void *)dst, src, size);
	return PRTOS_OK;
}

prtos_s32_t guest_copy_string(struct partition *p, char *dst, prtos_address_t src, prtos_u32_t max)
{
	prtos_u32_t n = guest_readable_run(p->areas, p->cfg->num_areas, src, max), i;

	CHECK(guest_is_current(p));
	if (!n)
		return PRTOS_INVALID_PARAM;
	memcpy(dst, (const void *)src, n);
	for (i = 0; i < n; i++)
		if (!dst[i])
			return PRTOS_OK;
	return n < max ? PRTOS_INVALID_PARAM : PRTOS_INVALID_CONFIG;
}

/* Checked copies between the core and the running partition's memory (guest.h). */
#include <prtos/core_lock.h>
#include <prtos/guest.h>
#include <prtos/part.h>
#include <prtos/sched.h>
#include <prtos/status.h>
#include <prtos/panic.h>
#include <prtos/arch.h>
#include <arch/guest_access.h>

/* Only the running partition's memory is reachable through the arch's guest copies. */
static int guest_is_current(const struct partition *p)
{
	return current_part() == p;
}

/* Bytes in the step of a copy that starts done bytes into size. */
static prtos_u32_t step_size(prtos_u32_t size, prtos_u32_t done)
{
	return size - done < GUEST_COPY_CHUNK ? size - done : GUEST_COPY_CHUNK;
}

/* The steps of a copy longer than GUEST_COPY_CHUNK, with a preemption window between them. */
static __attribute__((noinline)) void copy_from_steps(void *dst, guest_addr_t src, phys_addr_t pa,
						      prtos_u32_t size)
{
	prtos_u32_t done, n;

	for (done = 0; done < size; done += n) {
		if (done)
			preemption_point();
		n = step_size(size, done);
		arch_guest_read((prtos_u8_t *)dst + done, guest_offset(src, done),
				phys_offset(pa, done), n);
	}
}

static __attribute__((noinline)) void copy_to_steps(guest_addr_t dst, phys_addr_t pa,
						    const void *src, prtos_u32_t size)
{
	prtos_u32_t done, n;

	for (done = 0; done < size; done += n) {
		if (done)
			preemption_point();
		n = step_size(size, done);
		arch_guest_write(guest_offset(dst, done), phys_offset(pa, done),
				 (const prtos_u8_t *)src + done, n);
	}
}

/* A copy of one step (a time, a status, a short message) goes straight to the arch. */
prtos_s32_t guest_copy_from(struct partition *p, void *dst, guest_addr_t src, prtos_u32_t size)
{
	const struct prtos_conf_area *a =
		guest_area_for(p->areas, p->cfg->num_areas, src, size, GUEST_READ);

	CHECK(guest_is_current(p));
	if (!a)
		return PRTOS_INVALID_PARAM;
	if (size <= GUEST_COPY_CHUNK)
		arch_guest_read(dst, src, guest_area_phys(a, src), size);
	else
		copy_from_steps(dst, src, guest_area_phys(a, src), size);
	return PRTOS_OK;
}

prtos_s32_t guest_copy_to(struct partition *p, guest_addr_t dst, const void *src, prtos_u32_t size)
{
	const struct prtos_conf_area *a =
		guest_area_for(p->areas, p->cfg->num_areas, dst, size, GUEST_WRITE);

	CHECK(guest_is_current(p));
	if (!a)
		return PRTOS_INVALID_PARAM;
	if (size <= GUEST_COPY_CHUNK)
		arch_guest_write(dst, guest_area_phys(a, dst), src, size);
	else
		copy_to_steps(dst, guest_area_phys(a, dst), src, size);
	return PRTOS_OK;
}

prtos_s32_t guest_copy_string(struct partition *p, char *dst, guest_addr_t src, prtos_u32_t max)
{
	const struct prtos_conf_area *a;
	prtos_u32_t n = guest_readable_run(p->areas, p->cfg->num_areas, src, max, &a), i;

	CHECK(guest_is_current(p));
	if (!n)
		return PRTOS_INVALID_PARAM;
	arch_guest_read(dst, src, guest_area_phys(a, src), n);
	for (i = 0; i < n; i++)
		if (!dst[i])
			return PRTOS_OK;
	return n < max ? PRTOS_INVALID_PARAM : PRTOS_INVALID_CONFIG;
}

/* prtos_memory_copy: between partitions' own areas, checked on both sides. */
#include <prtos/hypercall.h>
#include <prtos/guest.h>
#include <prtos/part.h>
#include <prtos/sched.h>
#include <prtos/status.h>
#include <prtos/string.h>
#include <prtos/arch.h>

struct copy_job {
	prtos_u32_t dst, src, size; /* physical */
};

/* One step of at most GUEST_COPY_CHUNK bytes; through a buffer when the ends overlap. */
static void copy_step(prtos_u32_t dst, prtos_u32_t src, prtos_u32_t n)
{
	prtos_u8_t step[GUEST_COPY_CHUNK];

	if (dst - src < n || src - dst < n) {
		memcpy(step, (const void *)src, n);
		src = (prtos_u32_t)step;
	}
	memcpy((void *)dst, (const void *)src, n);
}

/*
 * Copies job in GUEST_COPY_CHUNK steps with an interrupt window between steps,
 * so that a long copy runs on in the caller's later slots. Overlapping ranges
 * (one partition, or a shared area) are copied in the direction that reads
 * every byte before it is overwritten.
 */
static void copy_phys(void *arg)
{
	const struct copy_job *job = arg;
	int backwards = job->dst > job->src && job->dst - job->src < job->size;
	prtos_u32_t done, n, off;

	for (done = 0; done < job->size; done += n) {
		if (done)
			arch_irq_window();
		n = job->size - done < GUEST_COPY_CHUNK ? job->size - done : GUEST_COPY_CHUNK;
		off = backwards ? job->size - done - n : done;
		copy_step(job->dst + off, job->src + off, n);
	}
}

/* Physical address of a range already checked to lie in one area of p. */
static prtos_u32_t range_phys(const struct partition *p, prtos_address_t va)
{
	prtos_u32_t i;

	for (i = 0; i < p->cfg->num_areas; i++) {
		const struct prtos_conf_area *a = &p->areas[i];

		if (!(a->flags & PRTOS_MEM_AREA_UNMAPPED) && va >= a->mapped_at &&
		    va - a->mapped_at < a->size)
			return a->start + (va - a->mapped_at);
	}
	return 0;
}

/*
 * Copies size bytes; a partition other than the caller needs `system`. Returns
 * PRTOS_OK. The copy is not atomic: it goes on in the caller's later slots
 * when it is long (see copy_phys).
 */
prtos_s32_t hcall_memory_copy(prtos_id_t dst_id, prtos_address_t dst_addr, prtos_id_t src_id,
			      prtos_address_t src_addr, prtos_u32_t size)
{
	struct partition *self = sched_current()->part;
	struct partition *dst = part_by_id(dst_id), *src = part_by_id(src_id);
	struct copy_job job;

	if (!dst || !src)
		return PRTOS_INVALID_PARAM;
	if ((dst != self || src != self) && !part_is_system(self))
		return PRTOS_PERM_ERROR;
	if (size == 0)
		return PRTOS_OK;
	if (!guest_range_ok(src->areas, src->cfg->num_areas, src_addr, size, GUEST_READ) ||
	    !guest_range_ok(dst->areas, dst->cfg->num_areas, dst_addr, size, GUEST_WRITE))
		return PRTOS_INVALID_PARAM;
	job.dst = range_phys(dst, dst_addr);
	job.src = range_phys(src, src_addr);
	job.size = size;
	arch_mm_with_phys(copy_phys, &job);
	return PRTOS_OK;
}

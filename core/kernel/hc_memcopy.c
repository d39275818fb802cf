/* prtos_memory_copy: between partitions' own areas, checked on both sides. */
#include <prtos/core_lock.h>
#include <prtos/hypercall.h>
#include <prtos/guest.h>
#include <prtos/phys.h>
#include <prtos/part.h>
#include <prtos/sched.h>
#include <prtos/status.h>
#include <prtos/arch.h>

/*
 * Copies size bytes of physical memory in GUEST_COPY_CHUNK steps with an
 * interrupt window between steps, so that a long copy runs on in the caller's
 * later slots. Overlapping ranges (one partition, or a shared area) are copied
 * in the direction that reads every byte before it is overwritten.
 */
static void copy_in_steps(phys_addr_t dst, phys_addr_t src, prtos_u32_t size)
{
	int backwards = dst.pa > src.pa && dst.pa - src.pa < size;
	prtos_u32_t done, n, off;

	for (done = 0; done < size; done += n) {
		if (done)
			preemption_point();
		n = size - done < GUEST_COPY_CHUNK ? size - done : GUEST_COPY_CHUNK;
		off = backwards ? size - done - n : done;
		phys_copy(phys_offset(dst, off), phys_offset(src, off), n);
	}
}

/*
 * Copies size bytes; a partition other than the caller needs `system`. Returns
 * PRTOS_OK. The copy is not atomic: it goes on in the caller's later slots
 * when it is long (see copy_in_steps).
 */
prtos_s32_t hcall_memory_copy(prtos_id_t dst_id, prtos_address_t dst_addr, prtos_id_t src_id,
			      prtos_address_t src_addr, prtos_u32_t size)
{
	struct partition *self = current_part();
	struct partition *dst = part_by_id(dst_id), *src = part_by_id(src_id);
	guest_addr_t to = guest_addr(dst_addr), from = guest_addr(src_addr);
	const struct prtos_conf_area *dst_area, *src_area;

	if (!dst || !src)
		return PRTOS_INVALID_PARAM;
	if ((dst != self || src != self) && !part_is_system(self))
		return PRTOS_PERM_ERROR;
	if (size == 0)
		return PRTOS_OK;
	src_area = guest_area_for(src->areas, src->cfg->num_areas, from, size, GUEST_READ);
	dst_area = guest_area_for(dst->areas, dst->cfg->num_areas, to, size, GUEST_WRITE);
	if (!src_area || !dst_area)
		return PRTOS_INVALID_PARAM;
	copy_in_steps(guest_area_phys(dst_area, to), guest_area_phys(src_area, from), size);
	return PRTOS_OK;
}

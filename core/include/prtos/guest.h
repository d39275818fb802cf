/*
 * Access to partition memory from hypercalls. Every guest address goes through
 * these helpers: the range is checked against the partition's own areas
 * (overflow-safe, writable for outputs) before anything is copied.
 */
#ifndef PRTOS_GUEST_H
#define PRTOS_GUEST_H

#include <prtos/types.h>
#include <prtos/config_blob.h>

struct partition;

#define GUEST_READ 0
#define GUEST_WRITE 1

/* Pure: 1 if area a may be accessed so by its partition. */
static inline int guest_area_allows(const struct prtos_conf_area *a, int access)
{
	if (a->flags & PRTOS_MEM_AREA_UNMAPPED)
		return 0;
	if (access == GUEST_WRITE && (a->flags & (PRTOS_MEM_AREA_READONLY | PRTOS_MEM_AREA_ROM)))
		return 0;
	return 1;
}

/*
 * Pure: 1 if [addr, addr+size) lies in one mapped area of areas[0..num),
 * writable if asked. Inline: every hypercall with a pointer runs it.
 */
static inline int guest_range_ok(const struct prtos_conf_area *areas, prtos_u32_t num,
				 prtos_address_t addr, prtos_u32_t size, int access)
{
	prtos_u32_t i;

	if (size == 0)
		return 0;
	for (i = 0; i < num; i++) {
		const struct prtos_conf_area *a = &areas[i];

		/* Overflow-safe: addr in [base, base+size) and size fits in the rest. */
		if (addr < a->mapped_at || addr - a->mapped_at >= a->size)
			continue;
		if (size > a->size - (addr - a->mapped_at))
			return 0;
		return guest_area_allows(a, access);
	}
	return 0;
}

/* Pure: how many of the max bytes from addr are readable in the one area holding addr. */
prtos_u32_t guest_readable_run(const struct prtos_conf_area *areas, prtos_u32_t num,
			       prtos_address_t addr, prtos_u32_t max);

/*
 * Bytes copied between two chances of preemption. A longer copy lets pending
 * interrupts in after every GUEST_COPY_CHUNK bytes: the caller may be switched
 * out at the end of its slot and go on in its next one, so that no copy delays
 * another partition by more than one step. Such a copy is not atomic.
 */
#define GUEST_COPY_CHUNK 256

/*
 * Copy from/to the current partition's memory; PRTOS_OK or PRTOS_INVALID_PARAM
 * (nothing copied). Preemptible every GUEST_COPY_CHUNK bytes.
 */
prtos_s32_t guest_copy_from(struct partition *p, void *dst, prtos_address_t src, prtos_u32_t size);
prtos_s32_t guest_copy_to(struct partition *p, prtos_address_t dst, const void *src,
			  prtos_u32_t size);

/*
 * Copies a NUL-terminated string of at most max-1 characters from the current
 * partition's memory, in one area. Returns PRTOS_OK; PRTOS_INVALID_PARAM when
 * the bytes are not readable memory of the caller; PRTOS_INVALID_CONFIG when
 * there is no NUL within max bytes (a name that long matches nothing in the
 * configuration). One range check, whatever the length.
 */
prtos_s32_t guest_copy_string(struct partition *p, char *dst, prtos_address_t src, prtos_u32_t max);

#endif

/*
 * Partition (guest) memory, as hypercalls reach it. A guest address has its
 * own type, so that it cannot be mixed up with a physical address (phys.h) or
 * a core pointer. Every access goes through guest_copy_from()/guest_copy_to()
 * (or guest_copy_string()): one look-up finds the area that holds the whole
 * range (overflow-safe, writable for outputs), which is both the check and the
 * translation; the arch then copies (arch_guest_read/arch_guest_write).
 */
#ifndef PRTOS_GUEST_H
#define PRTOS_GUEST_H

#include <prtos/types.h>
#include <prtos/config_blob.h>
#include <prtos/phys.h>

struct partition;

typedef struct {
	prtos_address_t va;
} guest_addr_t;

static inline guest_addr_t guest_addr(prtos_address_t va)
{
	return (guest_addr_t){va};
}

static inline guest_addr_t guest_offset(guest_addr_t a, prtos_u32_t off)
{
	return (guest_addr_t){a.va + off};
}

#define GUEST_READ 0
#define GUEST_WRITE 1
#define GUEST_LOAD 2 /* the core loading the partition: any area, whatever its flags */

/* Pure: 1 if area a may be accessed so. */
static inline int guest_area_allows(const struct prtos_conf_area *a, int access)
{
	if (access == GUEST_LOAD)
		return 1;
	if (a->flags & PRTOS_MEM_AREA_UNMAPPED)
		return 0;
	if (access == GUEST_WRITE && (a->flags & (PRTOS_MEM_AREA_READONLY | PRTOS_MEM_AREA_ROM)))
		return 0;
	return 1;
}

/* Pure: the area of areas[0..num) that holds addr, or NULL. */
static inline const struct prtos_conf_area *guest_area_at(const struct prtos_conf_area *areas,
							  prtos_u32_t num, guest_addr_t addr)
{
	prtos_u32_t i;

	for (i = 0; i < num; i++)
		if (addr.va >= areas[i].mapped_at && addr.va - areas[i].mapped_at < areas[i].size)
			return &areas[i];
	return NULL;
}

/* Pure: the bytes of area a from addr (which a holds) to its end. */
static inline prtos_u32_t guest_area_room(const struct prtos_conf_area *a, guest_addr_t addr)
{
	return a->size - (addr.va - a->mapped_at);
}

/* Pure: the physical address behind addr, in area a (which holds it). */
static inline phys_addr_t guest_area_phys(const struct prtos_conf_area *a, guest_addr_t addr)
{
	return phys_addr(a->start + (addr.va - a->mapped_at));
}

/*
 * Pure: the area of areas[0..num) that holds [addr, addr+size) whole and may
 * be accessed so, or NULL (also for size 0). Inline: every hypercall with a
 * pointer runs it.
 */
static inline const struct prtos_conf_area *guest_area_for(const struct prtos_conf_area *areas,
							   prtos_u32_t num, guest_addr_t addr,
							   prtos_u32_t size, int access)
{
	const struct prtos_conf_area *a = guest_area_at(areas, num, addr);

	if (!a || size == 0 || size > guest_area_room(a, addr) || !guest_area_allows(a, access))
		return NULL;
	return a;
}

/* Pure: 1 if [addr, addr+size) lies in one area of areas[0..num) that may be accessed so. */
static inline int guest_range_ok(const struct prtos_conf_area *areas, prtos_u32_t num,
				 guest_addr_t addr, prtos_u32_t size, int access)
{
	return guest_area_for(areas, num, addr, size, access) != NULL;
}

/*
 * Pure: how many of the max bytes from addr are readable in the one area
 * holding addr, which goes to *area (NULL if none).
 */
prtos_u32_t guest_readable_run(const struct prtos_conf_area *areas, prtos_u32_t num,
			       guest_addr_t addr, prtos_u32_t max,
			       const struct prtos_conf_area **area);

/* guest_check(p, addr, size, access): guest_range_ok() on p's areas, in <prtos/part.h>. */

/*
 * Bytes copied between two chances of preemption. A longer copy lets pending
 * interrupts in after every GUEST_COPY_CHUNK bytes: the caller may be switched
 * out at the end of its slot and go on in its next one, so that no copy delays
 * another partition by more than one step. Such a copy is not atomic.
 */
#define GUEST_COPY_CHUNK 256

/*
 * Copy from/to the memory of the running partition p; PRTOS_OK or
 * PRTOS_INVALID_PARAM (nothing copied). Preemptible every GUEST_COPY_CHUNK bytes.
 */
prtos_s32_t guest_copy_from(struct partition *p, void *dst, guest_addr_t src, prtos_u32_t size);
prtos_s32_t guest_copy_to(struct partition *p, guest_addr_t dst, const void *src, prtos_u32_t size);

/*
 * Copies a NUL-terminated string of at most max-1 characters from the running
 * partition's memory, in one area. Returns PRTOS_OK; PRTOS_INVALID_PARAM when
 * the bytes are not readable memory of the caller; PRTOS_INVALID_CONFIG when
 * there is no NUL within max bytes (a name that long matches nothing in the
 * configuration). One range check, whatever the length.
 */
prtos_s32_t guest_copy_string(struct partition *p, char *dst, guest_addr_t src, prtos_u32_t max);

#endif

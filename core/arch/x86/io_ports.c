/*
 * x86 I/O ports granted by the XML (IoPorts): open in ring 3 for their
 * partition only. The TSS has one I/O permission bitmap; it holds the grants
 * of one partition at a time (the owner) and is in use only while a partition
 * with grants runs, so a switch between partitions without ports costs nothing
 * and one between the owner and others costs one TSS field.
 */
#include <prtos/part.h>
#include <prtos/boot.h>
#include <prtos/string.h>
#include <prtos/x86/abi.h>
#include <arch/x86.h>

static const struct partition *io_owner; /* whose ports are open in the bitmap */

/* Sets (close) or clears (open) the bits of ports [first, end). */
static void io_mark(prtos_u8_t *bm, prtos_u32_t first, prtos_u32_t end, int open)
{
	for (; first < end && (first & 7); first++)
		bm[first / 8] = open ? bm[first / 8] & ~(1U << (first & 7))
				     : bm[first / 8] | (1U << (first & 7));
	if (end - first >= 8) {
		memset(bm + first / 8, open ? 0 : 0xFF, (end - first) / 8);
		first += (end - first) & ~7U;
	}
	for (; first < end; first++)
		bm[first / 8] = open ? bm[first / 8] & ~(1U << (first & 7))
				     : bm[first / 8] | (1U << (first & 7));
}

/*
 * Opens or closes every range p was granted. They are few and small (the
 * ports of prtos_x86_ports_allowed(), checked at boot), so a switch is cheap.
 */
static void io_mark_partition(const struct partition *p, int open)
{
	/* first_io_range + num_io_ranges <= the table: config_check rule "ranges" */
	const struct prtos_conf_io_range *r = &prtos_conf->io_ranges[p->cfg->first_io_range];
	prtos_u32_t i;

	for (i = 0; i < p->cfg->num_io_ranges; i++, r++)
		io_mark(x86_io_bitmap(), r->base, r->base + r->num_ports, open);
}

/*
 * Defence in depth: config_check's rules "ranges" and "I/O ports" (its x86 part,
 * arch_config_io_range) refused all of this at boot already.
 */
const char *arch_part_refusal(const struct partition *p)
{
	const struct prtos_conf_io_range *r = &prtos_conf->io_ranges[p->cfg->first_io_range];
	prtos_u32_t i;

	if (p->cfg->first_io_range > prtos_conf->num_io_ranges ||
	    p->cfg->num_io_ranges > prtos_conf->num_io_ranges - p->cfg->first_io_range)
		return "its I/O port ranges lie outside the configuration's table";
	for (i = 0; i < p->cfg->num_io_ranges; i++, r++)
		if (!prtos_x86_ports_allowed(r->base, r->num_ports))
			return "an I/O port range is not one a partition may own";
	return NULL;
}

void x86_io_switch(const struct vcpu *next)
{
	const struct partition *p = next->part;

	if (!p || !p->cfg->num_io_ranges) {
		x86_io_bitmap_use(0);
		return;
	}
	if (io_owner != p) {
		if (io_owner)
			io_mark_partition(io_owner, 0);
		io_mark_partition(p, 1);
		io_owner = p;
	}
	x86_io_bitmap_use(1);
}

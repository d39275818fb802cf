/*
 * x86 I/O ports granted by the XML (IoPorts): open in ring 3 for their
 * partition only. Each CPU's TSS has one I/O permission bitmap. Every port a partition
 * may own lies in a small window of it (PRTOS_X86_PARTITION_PORTS_FIRST..END),
 * so each partition keeps its own image of that window, built at boot, and a
 * switch to a partition with ports copies it in: a constant cost, whatever the
 * grants. A switch to one without ports only tells the CPU not to use the
 * bitmap.
 */
#include <prtos/part.h>
#include <prtos/boot.h>
#include <prtos/string.h>
#include <prtos/arch_abi.h>
#include <prtos/percpu.h>
#include <arch/x86.h>

_Static_assert(X86_IO_WINDOW_FIRST + X86_IO_WINDOW_BYTES <= X86_IO_BITMAP_BYTES,
	       "window inside the bitmap");

/* Per CPU: whose image is in its bitmap, and whether it checks ring 3's ports against it. */
static const struct partition *io_owner[CONFIG_MAX_CPUS];
int x86_io_in_use_cpu[CONFIG_MAX_CPUS];

/* Clears (opens) the bits of ports [first, end) in a window image. */
static void io_open(prtos_u8_t *window, prtos_u32_t first, prtos_u32_t end)
{
	prtos_u32_t port, bit;

	for (port = first; port < end; port++) {
		bit = port - X86_IO_WINDOW_FIRST * 8;
		window[bit / 8] &= (prtos_u8_t) ~(1U << (bit % 8));
	}
}

/*
 * Defence in depth: config_check's rules "ranges" and "I/O ports" (its x86 part,
 * arch_config_io_range) refused all of this at boot already.
 */
const char *arch_part_prepare(struct partition *p)
{
	const struct prtos_conf_io_range *r = &prtos_conf->io_ranges[p->cfg->first_io_range];
	prtos_u32_t i;

	if (p->cfg->first_io_range > prtos_conf->num_io_ranges ||
	    p->cfg->num_io_ranges > prtos_conf->num_io_ranges - p->cfg->first_io_range)
		return "its I/O port ranges lie outside the configuration's table";
	memset(p->space.io_window, 0xFF, sizeof(p->space.io_window));
	for (i = 0; i < p->cfg->num_io_ranges; i++, r++) {
		if (!prtos_x86_ports_allowed(r->base, r->num_ports))
			return "an I/O port range is not one a partition may own";
		io_open(p->space.io_window, r->base, r->base + r->num_ports);
	}
	p->space.has_io = p->cfg->num_io_ranges != 0;
	return NULL;
}

void x86_io_switch(const struct vcpu *next)
{
	const struct partition *p = next->part;
	prtos_u32_t cpu = this_cpu_id();

	x86_io_in_use_cpu[cpu] = p && p->space.has_io;
	if (!x86_io_in_use_cpu[cpu]) {
		x86_io_bitmap_use(0);
		return;
	}
	if (io_owner[cpu] != p) {
		memcpy(x86_io_bitmap() + X86_IO_WINDOW_FIRST, p->space.io_window,
		       sizeof(p->space.io_window));
		io_owner[cpu] = p;
	}
	x86_io_bitmap_use(1);
}

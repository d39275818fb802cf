/* Hardware checks: UART rates, IRQ lines and x86 I/O port ranges granted to partitions. */
#include <prtos/arch_abi.h>
#include <prtos/config_check.h>
#include "check.h"
#include "diag.h"

struct hw_ports {
	prtos_u32_t base, num;
	const char *what;
};

/* x86 I/O ports the hypervisor keeps for itself, or that would let a partition reach beyond
 * its own memory and time: each with the reason, for the message. */
static const struct hw_ports hyp_ports[] = {
	{0x20, 2, "the master PIC"},
	{0xA0, 2, "the slave PIC"},
	{0x40, 4, "the PIT"},
	{0x61, 1,
	 "the PIT channel 2 gate and the speaker (the core calibrates its clock with them)"},
	{0x92, 1, "the system control port A (its bit 0 resets the machine)"},
	{0xF4, 1, "isa-debug-exit"},
	{0x3F8, 8, "the console UART (COM1)"},
#ifdef CONFIG_TRACE_EXPORT
	{PRTOS_X86_EXPORT_UART_BASE, PRTOS_X86_EXPORT_UART_PORTS,
	 "the trace export's UART (COM2, Kconfig TRACE_EXPORT)"},
#endif
	{0xCF8, 8,
	 "the PCI configuration mechanism (it can move any device over another partition's "
	 "memory) and the reset control register 0xCF9 (the core resets the machine with it)"},
};

const char *hw_reserved_ports(prtos_u32_t base, prtos_u32_t num)
{
	prtos_u32_t i;

	for (i = 0; i < sizeof(hyp_ports) / sizeof(hyp_ports[0]); i++)
		if (mem_overlap(base, num, hyp_ports[i].base, hyp_ports[i].num))
			return hyp_ports[i].what;
	return NULL;
}

const char *hw_reserved_irq(prtos_u32_t line)
{
	switch (line) {
	case 0:
		return "the PIT";
	case 2:
		return "the PIC cascade";
	case 4:
		return "the console UART (COM1)";
#ifdef CONFIG_TRACE_EXPORT
	case PRTOS_X86_EXPORT_UART_IRQ:
		return "the trace export's UART (COM2, Kconfig TRACE_EXPORT)";
#endif
	default:
		return NULL;
	}
}

static void check_irqs(struct cc_model *m)
{
	prtos_u32_t owner[CC_NUM_IRQS], p, irq;
	const char *why;

	for (irq = 0; irq < CC_NUM_IRQS; irq++)
		owner[irq] = CONFIG_MAX_PARTITIONS;
	for (p = 0; p < m->cf.num_partitions; p++) {
		for (irq = 0; irq < CC_NUM_IRQS; irq++) {
			if (!(m->cf.partitions[p].hw_irqs & (1U << irq)))
				continue;
			why = hw_reserved_irq(irq);
			if (why)
				diag_error(m->part[p].irq_line[irq],
					   "IRQ line %u is reserved by the hypervisor (%s)", irq,
					   why);
			else if (owner[irq] != CONFIG_MAX_PARTITIONS)
				diag_error(m->part[p].irq_line[irq],
					   "IRQ line %u is already owned by partition %u", irq,
					   owner[irq]);
			else
				owner[irq] = p;
		}
	}
}

static void check_io_range(struct cc_model *m, prtos_u32_t i)
{
	const struct prtos_conf_io_range *r = &m->cf.io_ranges[i];
	const char *why;
	prtos_u32_t j;

	if (!r->num_ports || (prtos_u64_t)r->base + r->num_ports > 0x10000) {
		diag_error(m->io_line[i], "I/O port range must be non-empty and below 0x10000");
		return;
	}
	why = hw_reserved_ports(r->base, r->num_ports);
	if (why)
		diag_error(m->io_line[i], "I/O ports 0x%x-0x%x include ports of %s", r->base,
			   r->base + r->num_ports - 1, why);
	else if (!prtos_x86_ports_allowed(r->base, r->num_ports))
		diag_error(m->io_line[i],
			   "I/O ports 0x%x-0x%x are not ports a partition may own: only legacy "
			   "devices that cannot reach memory, reset the machine or move its A20 "
			   "gate are (COM2-COM4, LPT1-LPT2, the CMOS clock 0x70-0x71, the POST "
			   "port 0x80, the VGA registers 0x3B0-0x3DF), one range each",
			   r->base, r->base + r->num_ports - 1);
	for (j = 0; j < i; j++)
		if (mem_overlap(r->base, r->num_ports, m->cf.io_ranges[j].base,
				m->cf.io_ranges[j].num_ports))
			diag_error(m->io_line[i], "I/O ports already granted at line %u",
				   m->io_line[j]);
}

static void check_uarts(struct cc_model *m)
{
	const struct prtos_conf_devices *d = &m->cf.devices;
	prtos_u32_t i;

	for (i = 0; i < d->num_uarts; i++)
		if (!config_uart_baud_ok(d->uarts[i].baud_rate))
			diag_error(m->uart_line[i],
				   "baudRate %u is not a rate the UART can run at: 115200 divided "
				   "by a whole number (115200, 57600, 38400, 19200, 9600, ...)",
				   d->uarts[i].baud_rate);
}

void check_hw(struct cc_model *m)
{
	prtos_u32_t i;

	check_uarts(m);
	check_irqs(m);
	for (i = 0; i < m->cf.num_io_ranges; i++)
		check_io_range(m, i);
}

/* A human-readable listing of a compiled configuration blob (prtoscc --dump). */
#include "prtoscc.h"
#include "values.h"

static const char *dev_name(const struct prtos_config *cf, struct prtos_conf_dev_ref r)
{
	switch (r.type) {
	case PRTOS_DEV_UART:
		return r.index < PRTOS_CONF_MAX_UARTS ? cf->devices.uarts[r.index].name : "?";
	case PRTOS_DEV_VGA:
		return cf->devices.vga_name;
	case PRTOS_DEV_MEMBLOCK:
		return r.index < PRTOS_CONF_MAX_MEMBLOCKS ? cf->devices.memblocks[r.index].name
							  : "?";
	default:
		return "-";
	}
}

static void dump_hm(FILE *out, const struct prtos_conf_hm_entry *hm)
{
	int ev;

	for (ev = 0; ev < PRTOS_HM_NUM_EVENTS; ev++)
		if (prtos_hm_event_name((unsigned int)ev))
			fprintf(out, "    hm %-44s %s%s\n", val_hm_event_name(ev),
				val_hm_action_name(hm[ev].action), hm[ev].log ? " log" : "");
}

static void dump_hw(FILE *out, const struct prtos_config *cf)
{
	prtos_u32_t i, j, k;

	for (i = 0; i < cf->num_regions; i++)
		fprintf(out, "region %s 0x%08x size 0x%x\n", cf->regions[i].type ? "rom" : "ram",
			cf->regions[i].start, cf->regions[i].size);
	fprintf(out, "hypervisor 0x%08x size 0x%x flags 0x%x console %s hm-device %s\n",
		cf->hyp.start, cf->hyp.size, cf->hyp.flags, dev_name(cf, cf->hyp.console),
		dev_name(cf, cf->hyp.hm_device));
	dump_hm(out, cf->hyp.hm);
	for (i = 0; i < cf->rsw.num_areas; i++)
		fprintf(out, "rsw area 0x%08x size 0x%x\n", cf->rsw.areas[i].start,
			cf->rsw.areas[i].size);
	for (i = 0; i < cf->num_cpus; i++) {
		fprintf(out, "cpu %u freq %u KHz\n", cf->cpus[i].id, cf->cpus[i].freq_khz);
		for (j = 0; j < cf->cpus[i].num_plans; j++) {
			const struct prtos_conf_plan *p = &cf->cpus[i].plans[j];

			fprintf(out, "  plan %u \"%s\" major frame %u us\n", p->id, p->name,
				p->major_frame);
			for (k = p->first_slot;
			     k < p->first_slot + p->num_slots && k < CONFIG_MAX_SLOTS; k++)
				fprintf(out,
					"    slot %u start %u us duration %u us partition %u vcpu "
					"%u\n",
					cf->slots[k].id, cf->slots[k].start, cf->slots[k].duration,
					cf->slots[k].partition_id, cf->slots[k].vcpu_id);
		}
	}
}

static void dump_partition(FILE *out, const struct prtos_config *cf,
			   const struct prtos_conf_partition *p)
{
	prtos_u32_t i;

	fprintf(out, "partition %u \"%s\" flags 0x%x vcpus %u console %s link 0x%08x irqs 0x%x\n",
		p->id, p->name, p->flags, p->num_vcpus, dev_name(cf, p->console), p->link_addr,
		p->hw_irqs);
	for (i = p->first_area; i < p->first_area + p->num_areas && i < CONFIG_MAX_MEM_AREAS; i++)
		fprintf(out, "    area \"%s\" 0x%08x size 0x%x at 0x%08x flags 0x%x\n",
			cf->areas[i].name, cf->areas[i].start, cf->areas[i].size,
			cf->areas[i].mapped_at, cf->areas[i].flags);
	for (i = p->first_io_range;
	     i < p->first_io_range + p->num_io_ranges && i < PRTOS_CONF_MAX_IO_RANGES; i++)
		fprintf(out, "    io 0x%x +%u\n", cf->io_ranges[i].base,
			cf->io_ranges[i].num_ports);
	for (i = p->first_port; i < p->first_port + p->num_ports && i < CONFIG_MAX_PORTS; i++)
		fprintf(out, "    port \"%s\" %s %s channel %d\n", cf->ports[i].name,
			cf->ports[i].direction == PRTOS_CONF_PORT_SOURCE ? "source" : "destination",
			cf->ports[i].type == PRTOS_CONF_PORT_QUEUING ? "queuing" : "sampling",
			(int)cf->ports[i].channel);
	dump_hm(out, p->hm);
}

void dump_config(FILE *out, const struct prtos_config *cf)
{
	prtos_u32_t i;

	fprintf(out, "system \"%s\" version 0x%06x abi 0x%06x size %u checksum 0x%08x\n", cf->name,
		cf->version, cf->abi_version, cf->size, cf->checksum);
	dump_hw(out, cf);
	for (i = 0; i < cf->num_partitions && i < CONFIG_MAX_PARTITIONS; i++)
		dump_partition(out, cf, &cf->partitions[i]);
	for (i = 0; i < cf->num_channels && i < CONFIG_MAX_CHANNELS; i++)
		fprintf(out,
			"channel %u %s length %u msgs %u valid %u us source port %u "
			"destinations %u\n",
			i, cf->channels[i].type ? "queuing" : "sampling",
			cf->channels[i].max_msg_length, cf->channels[i].max_no_msgs,
			cf->channels[i].valid_period, cf->channels[i].source_port,
			cf->channels[i].num_destinations);
	for (i = 0; i < cf->num_ipvis && i < CONFIG_MAX_IPVIS; i++)
		fprintf(out, "ipvi %u source %u destinations 0x%08x%08x\n", cf->ipvis[i].id,
			cf->ipvis[i].source_id, cf->ipvis[i].dst_mask[1], cf->ipvis[i].dst_mask[0]);
}

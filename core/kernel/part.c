/* Partitions: built at boot from the configuration and the container's images. */
#include <prtos/part.h>
#include <prtos/boot.h>
#include <prtos/string.h>
#include <prtos/printk.h>
#include <prtos/panic.h>
#include <prtos/image.h>
#include <prtos/version.h>
#include <prtos/checksum.h>
#include <prtos/hypercalls.h>
#include <prtos/sched.h>
#include <prtos/guest.h>
#include <prtos/phys.h>
#include <prtos/pool.h>
#include <prtos/config_check.h>

struct partition partitions[CONFIG_MAX_PARTITIONS];
prtos_u32_t num_partitions;

/* The read-only control table pages, one per vCPU, are the pool PRTOS_POOL_PCT; kernel
 * stacks, one per vCPU too, the pool PRTOS_POOL_KSTACKS (pool.c). */
_Static_assert(sizeof(partition_control_table_t) <= PAGE_SIZE, "PCT fits a page");

/* Copies one container entry to its load address in p's areas, zeroing past its file data. */
static int part_copy_entry(const struct partition *p, const struct prtos_container_entry *e)
{
	const prtos_u8_t *src = boot_entry_data(e);
	const struct prtos_conf_area *a;
	prtos_u32_t done = 0, chunk, n;
	guest_addr_t va;
	phys_addr_t pa;

	while (done < e->mem_size) {
		va = guest_addr(e->load_addr + done);
		a = guest_area_for(p->areas, p->cfg->num_areas, va, 1, GUEST_LOAD);
		if (!a)
			return -1;
		pa = guest_area_phys(a, va);
		chunk = e->mem_size - done < guest_area_room(a, va) ? e->mem_size - done
								    : guest_area_room(a, va);
		n = done < e->file_size ? e->file_size - done : 0;
		n = n < chunk ? n : chunk;
		phys_write(pa, src + done, n);
		phys_set(phys_offset(pa, n), 0, chunk - n);
		done += chunk;
	}
	return 0;
}

int part_copy_images(struct partition *p)
{
	const struct prtos_container_entry *e;
	prtos_u32_t i;

	if (part_copy_entry(p, p->image))
		return -1;
	for (i = 0; i < PRTOS_MAX_CUSTOM_FILES; i++) {
		e = boot_find_custom(p->id, i);
		if (e && part_copy_entry(p, e))
			return -1;
	}
	return 0;
}

static const char *image_header_error(const struct prtos_image_hdr *h)
{
	if (h->start_signature != PRTOS_EXEC_PARTITION_MAGIC ||
	    h->end_signature != PRTOS_EXEC_PARTITION_MAGIC)
		return "bad image header signature";
	if (PRTOS_GET_VERSION(h->compilation_prtos_abi_version) != PRTOS_ABI_VERSION)
		return "image built for another ABI version";
	if (PRTOS_GET_VERSION(h->compilation_prtos_api_version) != PRTOS_API_VERSION)
		return "image built for another API version";
	return NULL;
}

/* The image header as loaded, read through the partition's own mapping. */
static const struct prtos_image_hdr *part_image_hdr(struct partition *p)
{
	const struct prtos_container_entry *e = p->image;
	const struct prtos_conf_area *a =
		guest_area_for(p->areas, p->cfg->num_areas, guest_addr(e->image_hdr),
			       sizeof(struct prtos_image_hdr), GUEST_LOAD);

	if (!a || e->image_hdr < e->load_addr ||
	    e->image_hdr - e->load_addr > e->file_size - sizeof(struct prtos_image_hdr))
		return NULL;
	/* Partition memory lies outside the core's mapping: read the container copy. */
	return (const struct prtos_image_hdr *)((const prtos_u8_t *)boot_entry_data(p->image) +
						(e->image_hdr - e->load_addr));
}

static void pct_init(struct partition *p, struct vcpu *v)
{
	partition_control_table_t *pct = v->pct;
	prtos_u32_t i;

	memset(pct, 0, sizeof(*pct));
	pct->magic = PRTOS_PCT_MAGIC;
	pct->prtos_version = PRTOS_VERSION_WORD;
	pct->prtos_abi_version = PRTOS_ABI_VERSION_WORD;
	pct->prtos_api_version = PRTOS_API_VERSION_WORD;
	pct->cpu_khz = arch_cpu_khz();
	pct->id = p->id | v->id << 8;
	strlcpy_k(pct->name, p->cfg->name, sizeof(pct->name));
	pct->num_of_vcpus = p->cfg->num_vcpus;
	pct->flags = p->cfg->flags;
	pct->num_of_physical_mem_areas = p->cfg->num_areas;
	for (i = 0; i < p->cfg->num_areas && i < PRTOS_PCT_MAX_AREAS; i++) {
		struct prtos_physical_mem_map *m = &pct->physical_mem_map[i];

		strlcpy_k(m->name, p->areas[i].name, sizeof(m->name));
		m->start_addr = p->areas[i].start;
		m->mapped_at = p->areas[i].mapped_at;
		m->size = p->areas[i].size;
		m->flags = p->areas[i].flags;
	}
}

/* Why partition p cannot start (its image, its grants, its address space), or NULL. */
static const char *part_load_refusal(struct partition *p)
{
	const struct prtos_image_hdr *hdr;
	const char *why;
	int err;

	if (!p->image)
		return "no image in the container";
	if (checksum_crc32(0, boot_entry_data(p->image), p->image->file_size) != p->image->checksum)
		return "image checksum mismatch";
	hdr = part_image_hdr(p);
	if (!hdr)
		return "image header outside the partition";
	why = image_header_error(hdr);
	if (!why)
		why = arch_part_prepare(p);
	if (why)
		return why;
	err = arch_mm_build_space(p);
	if (err == MM_E_NO_PT)
		return "out of page-table pages (its pool holds what the configuration needs)";
	if (err)
		return "an area lies in memory reserved for the platform or the core";
	if (part_copy_images(p))
		return "image outside its areas";
	return NULL;
}

/*
 * The processor whose slots run vCPU vcpu of partition id: one at most (prtoscc, and
 * config_check's rule "vCPU binding"); processor 0 for a vCPU no slot names.
 */
static prtos_u32_t vcpu_processor(prtos_u32_t id, prtos_u32_t vcpu)
{
	const struct prtos_conf_cpu *c;
	const struct prtos_conf_slot *s;
	prtos_u32_t cpu, plan, i;

	for (cpu = 0; cpu < prtos_conf->num_cpus; cpu++) {
		c = &prtos_conf->cpus[cpu];
		for (plan = 0; plan < c->num_plans; plan++) {
			s = &prtos_conf->slots[c->plans[plan].first_slot];
			for (i = 0; i < c->plans[plan].num_slots; i++)
				if (s[i].partition_id == id && s[i].vcpu_id == vcpu)
					return cpu;
		}
	}
	return 0;
}

/* Loads partition p; on error it stays halted and the system goes on. vCPU 0 starts, the
 * others wait, halted, for prtos_reset_vcpu() (BAIL's setup_vcpus()). */
static void part_load(struct partition *p)
{
	const char *why = part_load_refusal(p);

	if (why) {
		printk("P%u (%s): not started: %s\n", p->id, p->cfg->name, why);
		return;
	}
	arch_vcpu_init(&p->vcpus[0], p->image->entry);
	p->vcpus[0].state = VCPU_READY;
}

/* vCPU n of partition p: its stack, control table and processor, halted. */
static void vcpu_setup(struct partition *p, prtos_u32_t n)
{
	prtos_u32_t index = config_pool_kstack_index(prtos_conf, p->id) + n;
	struct vcpu *v = &p->vcpus[n];

	v->part = p;
	v->id = n;
	v->cpu = vcpu_processor(p->id, n);
	v->kstack = pool_at(PRTOS_POOL_KSTACKS, index * CONFIG_KSTACK_SIZE, CONFIG_KSTACK_SIZE);
	v->pct = pool_at(PRTOS_POOL_PCT, index * PAGE_SIZE, PAGE_SIZE);
	v->state = VCPU_HALTED;
	pct_init(p, v);
	virq_init(v);
}

void part_init_all(void)
{
	prtos_u32_t i, n;

	num_partitions = prtos_conf->num_partitions; /* 1..CONFIG_MAX_PARTITIONS: "counts" */
	for (i = 0; i < num_partitions; i++) {
		struct partition *p = &partitions[i];

		memset(p, 0, sizeof(*p)); /* as from boot, whatever ran before (host tests) */
		p->id = i;
		p->cfg = &prtos_conf->partitions[i];
		p->areas = &prtos_conf->areas[p->cfg->first_area]; /* config_check "ranges" */
		p->image = boot_find_entry(PRTOS_ENTRY_PARTITION, i);
		for (n = 0; n < p->cfg->num_vcpus; n++)
			vcpu_setup(p, n);
		virq_init_vectors(p);
		p->op_mode = PRTOS_OPMODE_COLD_RESET; /* booting, until it says normal */
		part_load(p);
	}
}

int part_any_vcpu(const struct partition *p, enum vcpu_state s)
{
	prtos_u32_t n;

	for (n = 0; n < p->cfg->num_vcpus; n++)
		if (p->vcpus[n].state == s)
			return 1;
	return 0;
}

/* 1 if some partition will run again: a vCPU ready, or idle until its next slot. */
static int any_partition_may_run(void)
{
	prtos_u32_t i;

	for (i = 0; i < num_partitions; i++)
		if (part_any_vcpu(&partitions[i], VCPU_READY) ||
		    part_any_vcpu(&partitions[i], VCPU_IDLE))
			return 1;
	return 0;
}

/* Sets every vCPU of p in state from (any state if from is -1) to state to, at once. */
static void part_set_vcpus(struct partition *p, int from, enum vcpu_state to)
{
	prtos_u32_t n;

	for (n = 0; n < p->cfg->num_vcpus; n++) {
		struct vcpu *v = &p->vcpus[n];

		vcpu_lock(v);
		if ((from < 0 || v->state == (enum vcpu_state)from) &&
		    (to != VCPU_SUSPENDED || v->state != VCPU_HALTED))
			v->state = to;
		vcpu_unlock(v);
		sched_kick(v); /* where it runs on another CPU, it stops (or runs) now */
	}
}

void part_suspend(struct partition *p)
{
	part_set_vcpus(p, -1, VCPU_SUSPENDED);
}

void part_resume(struct partition *p)
{
	part_set_vcpus(p, VCPU_SUSPENDED, VCPU_READY);
}

/*
 * Halting the last partition leaves the machine idle for good: the core says
 * so, since nothing else ever will (only a system partition ends a run).
 */
void part_halt(struct partition *p)
{
	part_set_vcpus(p, -1, VCPU_HALTED);
	if (!any_partition_may_run())
		printk("[PRTOS] every partition is halted or suspended: the system idles (a "
		       "system partition ends a run with prtos_halt_system)\n");
}

/* The most active state of its vCPUs: halted only when every vCPU is. */
prtos_u32_t part_state(const struct partition *p)
{
	if (part_any_vcpu(p, VCPU_READY))
		return PRTOS_STATUS_READY;
	if (part_any_vcpu(p, VCPU_IDLE))
		return PRTOS_STATUS_IDLE;
	if (part_any_vcpu(p, VCPU_SUSPENDED))
		return PRTOS_STATUS_SUSPENDED;
	return PRTOS_STATUS_HALTED;
}

prtos_time_t part_exec_time(const struct partition *p)
{
	prtos_time_t t = 0;
	prtos_u32_t n;

	for (n = 0; n < p->cfg->num_vcpus; n++)
		t += sched_exec_time(&p->vcpus[n]);
	return t;
}

prtos_u32_t vcpu_state_word(const struct vcpu *v)
{
	switch (v->state) {
	case VCPU_IDLE:
		return PRTOS_STATUS_IDLE;
	case VCPU_SUSPENDED:
		return PRTOS_STATUS_SUSPENDED;
	case VCPU_HALTED:
		return PRTOS_STATUS_HALTED;
	default:
		return PRTOS_STATUS_READY;
	}
}

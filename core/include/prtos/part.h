/* Partitions and their vCPUs: the runtime state built from the configuration. */
#ifndef PRTOS_PART_H
#define PRTOS_PART_H

#include <prtos/types.h>
#include <prtos/pct.h>
#include <prtos/config_blob.h>
#include <prtos/container.h>
#include <prtos/arch.h>
#include <prtos/vtimer.h>
#include <prtos/virq.h>
#include <prtos/sched.h>

enum vcpu_state {
	VCPU_READY,	/* runs in its slots */
	VCPU_IDLE,	/* gave up its slot: runs again from idle_until */
	VCPU_SUSPENDED, /* stopped until resumed */
	VCPU_HALTED,	/* stopped until reset */
};

struct vcpu {
	struct partition *part; /* NULL for a CPU's idle context */
	prtos_u32_t id;
	prtos_u32_t cpu; /* the processor it runs on: its slots' (static) */
	enum vcpu_state state;
	partition_control_table_t *pct; /* its read-only page (the core's view) */
	/*
	 * A new start asked for (a reset, prtos_reset_vcpu): the stack is rebuilt by this
	 * vCPU's own CPU while it is switched out, to enter start_fn(v) then start_entry
	 * (start_fn NULL: straight to start_entry).
	 */
	prtos_u32_t start_pending;
	prtos_address_t start_entry;
	void (*start_fn)(struct vcpu *v);
	prtos_time_t idle_until;  /* VCPU_IDLE: absolute us */
	prtos_time_t exec_us;	  /* execution time before run_since */
	prtos_time_t run_since;	  /* when it was last switched in */
	struct vtimer hw_timer;	  /* on the HW clock */
	struct vtimer exec_timer; /* on the vCPU's EXEC clock */
	prtos_u8_t *kstack;	  /* CONFIG_KSTACK_SIZE bytes, 16-byte aligned */
	struct arch_vcpu arch;	  /* last: its alignment leaves no hole before it */
};

struct partition {
	prtos_u32_t id;
	const struct prtos_conf_partition *cfg;
	const struct prtos_conf_area *areas; /* cfg->num_areas of them */
	const struct prtos_container_entry *image;
	struct arch_space space;
	prtos_u32_t reset_mode;	    /* PRTOS_COLD_RESET or _WARM_RESET, of the last reset */
	prtos_address_t trap_entry; /* where virtual traps enter the partition; 0: none yet */
	prtos_u16_t hw_vector[VIRQ_HW_LINES];
	prtos_u16_t ext_vector[PRTOS_VT_EXT_MAX];
	prtos_u64_t num_virqs; /* virtual interrupts delivered */
	prtos_u32_t op_mode;   /* PRTOS_OPMODE_*, as the partition last set it */
	struct {
		prtos_u64_t sampling_read, sampling_written;
		prtos_u64_t queuing_sent, queuing_received;
	} msgs; /* port traffic, for the status calls */
	/* cfg->num_vcpus of them (1..CONFIG_MAX_CPUS: config_check "counts"); vCPU 0's
	 * control table holds the partition-wide fields. */
	struct vcpu vcpus[CONFIG_MAX_CPUS];
};

extern struct partition partitions[CONFIG_MAX_PARTITIONS];
extern prtos_u32_t num_partitions;

/* Builds every configured partition: address space, image, control table, vCPU. */
void part_init_all(void);
/* Prints the boot table of partitions: id, name, areas, flags. */
void part_print_table(void);
/* Stops every vCPU of a partition for good (until reset); the caller reschedules. */
void part_halt(struct partition *p);
/* Suspends every vCPU of p that is not halted (the caller reschedules if it is one). */
void part_suspend(struct partition *p);
/* Resumes every suspended vCPU of p. */
void part_resume(struct partition *p);
/* Whether p has a vCPU in state s. */
int part_any_vcpu(const struct partition *p, enum vcpu_state s);
/*
 * Whether v, the running vCPU of this processor, was halted, suspended or restarted by
 * another processor (SMP): it must not act any more (sched_stopped_meanwhile()).
 */
static inline int vcpu_stopped(const struct vcpu *v)
{
	return v->state != VCPU_READY || v->start_pending;
}

/*
 * Resets p: counts the reset in its control table with status at once, then
 * reloads p from the image copy in hypervisor memory (cold: its writable
 * memory is cleared first) in p's own slots, and restarts it at its entry
 * point. When p is the running partition the reload happens now and the
 * return to p lands at its entry. Returns 0, or -1 if p was never loaded.
 */
int part_reset(struct partition *p, prtos_u32_t mode, prtos_u32_t status);
/*
 * A vCPU's new run: its control table's reset counter and status, virtual interrupts,
 * timers and EXEC clock start again, halted (its CPU told at once). Only
 * vcpu_start_later() (or part_reset() for the caller itself) makes it ready again.
 */
void vcpu_reset_state(struct vcpu *v, prtos_u32_t status);
/*
 * Makes v ready to start afresh, in one step under its CPU's scheduler lock: at its
 * CPU's next pick, while switched out, its stack is rebuilt to run fn(v) (if not
 * NULL) then enter the partition at entry (sched.c; without SMP at once: the caller
 * is the one running). Never ready without the rebuild: its old context (a halted
 * life, or none yet) must never run again.
 */
void vcpu_start_later(struct vcpu *v, prtos_address_t entry, void (*fn)(struct vcpu *v));
/* Copies p's image and custom files into its areas; 0, or -1 if one does not fit. */
int part_copy_images(struct partition *p);
/* The state word of the status calls (PRTOS_STATUS_*), of a partition and of a vCPU. */
prtos_u32_t part_state(const struct partition *p);
prtos_u32_t vcpu_state_word(const struct vcpu *v);
/* The execution time of p: its vCPUs' together, in us. */
prtos_time_t part_exec_time(const struct partition *p);

static inline struct partition *part_by_id(prtos_u32_t id)
{
	return id < num_partitions ? &partitions[id] : NULL;
}

static inline int part_is_system(const struct partition *p)
{
	return (p->cfg->flags & PRTOS_PART_SYSTEM) != 0;
}

/* 1 if [addr, addr+size) is p's own memory, accessible so (see guest.h). */
static inline int guest_check(const struct partition *p, guest_addr_t addr, prtos_u32_t size,
			      int access)
{
	return guest_range_ok(p->areas, p->cfg->num_areas, addr, size, access);
}

/*
 * 1 if v's virtual IF is set, its partition has a trap entry, and an unmasked
 * interrupt is pending for v: what the way back to v checks first (inline, on
 * every return).
 */
static inline int virq_deliverable(const struct vcpu *v)
{
	const partition_control_table_t *pct = v->pct;

	return (pct->iflags & PRTOS_VIRQ_IF) && v->part->trap_entry &&
	       ((pct->hw_pend_irqs & ~pct->hw_mask_irqs) |
		(pct->ext_pend_irqs & ~pct->ext_mask_irqs));
}

/* The control table of the vCPU running on this CPU (the hypercall's caller). */
static inline partition_control_table_t *current_pct(void)
{
	return sched_current()->pct;
}

/* The partition of the vCPU running on this CPU (the hypercall's caller). */
static inline struct partition *current_part(void)
{
	return sched_current()->part;
}

#endif

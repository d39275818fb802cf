/* Status hypercalls: partitions, the system, the operating mode, names to ids. */
#include <prtos/core_lock.h>
#include <prtos/hypercall.h>
#include <prtos/part.h>
#include <prtos/sched.h>
#include <prtos/status.h>
#include <prtos/guest.h>
#include <prtos/string.h>
#include <prtos/boot.h>
#include <prtos/arch.h>
#include <prtos/stats.h>
#include <prtos/hm_log.h>

prtos_s32_t hcall_get_partition_status(prtos_id_t id, guest_addr_t status_ptr)
{
	struct partition *self = current_part(), *p = part_by_id(id);
	prtos_part_status_t st;

	if (!p)
		return PRTOS_INVALID_PARAM;
	if (p != self && !part_is_system(self))
		return PRTOS_PERM_ERROR;
	memset(&st, 0, sizeof(st));
	st.state = part_state(p);
	st.op_mode = p->op_mode;
	st.num_of_virqs = p->num_virqs;
	st.reset_counter = p->vcpus[0].pct->reset_counter;
	st.reset_status = p->vcpus[0].pct->reset_status;
	st.exec_clock = part_exec_time(p);
	st.num_of_sampling_port_msgs_read = p->msgs.sampling_read;
	st.num_of_sampling_port_msgs_written = p->msgs.sampling_written;
	st.num_of_queuing_port_msgs_sent = p->msgs.queuing_sent;
	st.num_of_queuing_port_msgs_received = p->msgs.queuing_received;
	return guest_copy_to(self, status_ptr, &st, sizeof(st));
}

prtos_s32_t hcall_get_system_status(guest_addr_t status_ptr)
{
	struct partition *self = current_part();
	prtos_sys_status_t st;
	prtos_u32_t i;

	if (!part_is_system(self))
		return PRTOS_PERM_ERROR;
	memset(&st, 0, sizeof(st));
	st.reset_counter = hm_store_resets(); /* warm resets, counted in the HM log's block */
	st.num_of_hm_events = stats.hm_events;
	st.num_of_irqs = stats_irqs();
	st.current_maf = sched_current_maf();
	for (i = 0; i < num_partitions; i++) {
		st.num_of_sampling_port_msgs_read += partitions[i].msgs.sampling_read;
		st.num_of_sampling_port_msgs_written += partitions[i].msgs.sampling_written;
		st.num_of_queuing_port_msgs_sent += partitions[i].msgs.queuing_sent;
		st.num_of_queuing_port_msgs_received += partitions[i].msgs.queuing_received;
	}
	return guest_copy_to(self, status_ptr, &st, sizeof(st));
}

prtos_s32_t hcall_set_partition_opmode(prtos_u32_t op_mode)
{
	if (op_mode > PRTOS_OPMODE_NORMAL)
		return PRTOS_INVALID_PARAM;
	current_part()->op_mode = op_mode;
	return PRTOS_OK;
}

/* A chance of preemption every 4 names compared: long tables cost only the caller. */
static void name_window(prtos_u32_t i)
{
	if (i && !(i % 4))
		preemption_point();
}

/* The id of the partition or plan (of the caller's processor) called name. */
prtos_s32_t hcall_get_gid_by_name(guest_addr_t name_ptr, prtos_u32_t entity)
{
	const struct prtos_conf_cpu *cpu =
		&prtos_conf->cpus[this_cpu_id()]; /* "counts", "ranges" */
	char name[PRTOS_NAME_LEN];
	prtos_s32_t err;
	prtos_u32_t i;

	if (entity != PRTOS_PARTITION_NAME && entity != PRTOS_PLAN_NAME)
		return PRTOS_INVALID_PARAM;
	err = guest_copy_string(current_part(), name, name_ptr, sizeof(name));
	if (err != PRTOS_OK)
		return err;
	if (entity == PRTOS_PARTITION_NAME) {
		for (i = 0; i < num_partitions; i++) {
			name_window(i);
			if (!strncmp(partitions[i].cfg->name, name, PRTOS_NAME_LEN))
				return (prtos_s32_t)i;
		}
	} else {
		for (i = 0; i < cpu->num_plans; i++) {
			name_window(i);
			if (!strncmp(cpu->plans[i].name, name, PRTOS_NAME_LEN))
				return (prtos_s32_t)i;
		}
	}
	return PRTOS_INVALID_CONFIG;
}

static prtos_s32_t vcpu_status(struct partition *p, prtos_u32_t vcpu, guest_addr_t status_ptr)
{
	prtos_virtual_cpu_status_t st;

	if (vcpu >= p->cfg->num_vcpus)
		return PRTOS_INVALID_PARAM;
	st.state = vcpu_state_word(&p->vcpus[vcpu]);
	st.op_mode = p->op_mode;
	return guest_copy_to(current_part(), status_ptr, &st, sizeof(st));
}

prtos_s32_t hcall_get_vcpu_status(prtos_u32_t vcpu, guest_addr_t status_ptr)
{
	return vcpu_status(current_part(), vcpu, status_ptr);
}

prtos_s32_t hcall_get_partition_vcpu_status(prtos_id_t id, prtos_u32_t vcpu,
					    guest_addr_t status_ptr)
{
	struct partition *self = current_part(), *p = part_by_id(id);

	if (!p)
		return PRTOS_INVALID_PARAM;
	if (p != self && !part_is_system(self))
		return PRTOS_PERM_ERROR;
	return vcpu_status(p, vcpu, status_ptr);
}

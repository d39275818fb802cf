/* showcase, P3 "Monitor" (system): receives the controller's commands, watches the
 * other partitions, reads the health-monitor log, resets the rogue partition once,
 * and finally halts the system. */
#include <prtos.h>
#include <stdio.h>

#define ROGUE 2
#define FRAMES 60

static const char *const state_names[] = {"idle", "ready", "suspended", "halted"};

static void print_status(void)
{
	prtos_part_status_t st;
	char name[16];
	prtos_u32_t id;

	for (id = 0; id < 3; id++) {
		prtos_get_partition_status(id, &st);
		snprintf(name, sizeof(name), "%s",
			 id == 0   ? "Sensor"
			 : id == 1 ? "Controller"
				   : "Rogue");
		printf("[Monitor]   P%d %-10s %-9s resets %d, ran %lld us\n", id, name,
		       state_names[st.state & 3], st.reset_counter, st.exec_clock);
	}
}

static void read_hm_log(void)
{
	prtos_hm_log_t log;

	while (prtos_hm_read(&log))
		printf("[Monitor] HM log: partition %d, event %d (page fault), at %lld us\n",
		       log.op_code_lo & HMLOG_OPCODE_PARTID_MASK,
		       (log.op_code_lo & HMLOG_OPCODE_EVENT_MASK) >> HMLOG_OPCODE_EVENT_BIT,
		       log.timestamp);
}

void partition_main(void)
{
	prtos_s32_t cmds = prtos_create_queuing_port("Commands", 8, 16, PRTOS_DESTINATION_PORT);
	prtos_sys_status_t sys;
	char cmd[16];
	int frame;

	for (frame = 1; frame <= FRAMES; frame++) {
		while (prtos_receive_queuing_message(cmds, cmd, sizeof(cmd)) > 0)
			printf("[Monitor] command received: %s\n", cmd);
		if (frame == 10 || frame == FRAMES) {
			printf("[Monitor] status at frame %d:\n", frame);
			print_status();
			read_hm_log();
		}
		if (frame == 12) {
			printf("[Monitor] warm-resetting the rogue partition\n");
			prtos_reset_partition(ROGUE, PRTOS_WARM_RESET, 1);
		}
		prtos_idle_self();
	}
	prtos_get_system_status(&sys);
	printf("[Monitor] %lld major frames, %lld health-monitor events: all contained\n",
	       sys.current_maf, sys.num_of_hm_events);
	printf("[Monitor] Verification Passed\n");
	prtos_halt_system();
}

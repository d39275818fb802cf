/* showcase, P3 "Monitor" (system): receives the controller's commands, watches the
 * other partitions, reads the health-monitor log, resets the rogue partition once,
 * and finally checks that everything was contained before it halts the system. */
#include <prtos.h>
#include <stdio.h>
#include <string.h>

#define ROGUE 2
#define FRAMES 60

static const char *const state_names[] = {"idle", "ready", "suspended", "halted"};
static int rogue_faults, heater_on, heater_off;

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
	prtos_u32_t part, event;

	while (prtos_hm_read(&log) == 1) {
		part = log.op_code_lo & HMLOG_OPCODE_PARTID_MASK;
		event = (log.op_code_lo & HMLOG_OPCODE_EVENT_MASK) >> HMLOG_OPCODE_EVENT_BIT;
		printf("[Monitor] HM log: partition %d, event %d (%s), at %lld us\n", part, event,
		       event == PRTOS_HM_EV_X86_PAGE_FAULT ? "page fault" : "unexpected",
		       log.timestamp);
		if (part == ROGUE && event == PRTOS_HM_EV_X86_PAGE_FAULT)
			rogue_faults++;
	}
}

/*
 * All contained: the rogue partition's two page faults are in the HM log and the
 * only HM events; it is halted after its one reset; the sensor and the controller
 * were never stopped or reset, and their heater commands got through.
 */
static int all_contained(const prtos_sys_status_t *sys)
{
	prtos_part_status_t st;
	prtos_u32_t id;
	int ok = rogue_faults == 2 && sys->num_of_hm_events == 2 && heater_on && heater_off;

	for (id = 0; id < 3; id++) {
		ok &= prtos_get_partition_status(id, &st) == PRTOS_OK;
		if (id == ROGUE)
			ok &= st.state == PRTOS_STATUS_HALTED && st.reset_counter == 1;
		else
			ok &= st.state != PRTOS_STATUS_HALTED && st.reset_counter == 0;
	}
	return ok;
}

void partition_main(void)
{
	prtos_s32_t cmds = prtos_create_queuing_port("Commands", 8, 16, PRTOS_DESTINATION_PORT);
	prtos_sys_status_t sys;
	char cmd[16];
	int frame, contained;

	for (frame = 1; frame <= FRAMES; frame++) {
		while (prtos_receive_queuing_message(cmds, cmd, sizeof(cmd)) > 0) {
			printf("[Monitor] command received: %s\n", cmd);
			heater_on += !strcmp(cmd, "heater on");
			heater_off += !strcmp(cmd, "heater off");
		}
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
	contained = prtos_get_system_status(&sys) == PRTOS_OK && all_contained(&sys);
	printf("[Monitor] %lld major frames, %lld health-monitor events: %s\n", sys.current_maf,
	       sys.num_of_hm_events, contained ? "all contained" : "NOT contained");
	printf(contained ? "[Monitor] Verification Passed\n" : "[Monitor] Verification Failed\n");
	prtos_halt_system();
}

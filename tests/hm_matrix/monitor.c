/* hm_matrix, P2 (system): once the sibling has its frames, checks the HM log record
 * of the victim's event and the effect of the configured action, then ends the run.
 * Actions that stop or reset the whole machine never get here: their expect files
 * check the end of the run instead. */
#include <prtos.h>
#include <stdio.h>
#include <prtos/crc32.h>
#include "hm_matrix.h"

static int failures;

static void check(int ok, const char *what)
{
	if (!ok) {
		printf("[P2] FAIL: %s\n", what);
		failures++;
	}
}

static void check_record(prtos_hm_log_t *log, prtos_time_t now)
{
	volatile struct hm_mailbox *mb = MAILBOX;
	prtos_u32_t expected_pc = HM_EVENT_IS_TRAP ? mb->resume_ip : mb->fault_ip;
	prtos_u32_t event = (log->op_code_lo & HMLOG_OPCODE_EVENT_MASK) >> HMLOG_OPCODE_EVENT_BIT;
	prtos_u16_t checksum = log->checksum;
	prtos_hm_log_t copy = *log;

	copy.checksum = 0;
	printf("[P2] record: seq %u, partition %u, vcpu %u, event %u, pc 0x%x, psr 0x%x, "
	       "at %lld us\n",
	       (log->op_code_hi & HMLOG_OPCODE_SEQ_MASK) >> HMLOG_OPCODE_SEQ_BIT,
	       log->op_code_lo & HMLOG_OPCODE_PARTID_MASK,
	       (log->op_code_lo & HMLOG_OPCODE_VCPUID_MASK) >> HMLOG_OPCODE_VCPUID_BIT, event,
	       log->cpu_ctxt.pc, log->cpu_ctxt.psr, log->timestamp);
	check(log->signature == PRTOS_HMLOG_SIGNATURE, "record signature");
	check(checksum == (prtos_u16_t)prtos_crc32(0, &copy, sizeof(copy)), "record checksum");
	check(!(log->op_code_hi & HMLOG_OPCODE_SYS_MASK), "record is not a hypervisor event");
	check(log->op_code_hi & HMLOG_OPCODE_VALID_CPUCTXT_MASK, "record has a valid context");
	check((log->op_code_hi & HMLOG_OPCODE_SEQ_MASK) >> HMLOG_OPCODE_SEQ_BIT <= 1,
	      "record is the first of the run");
	check((log->op_code_lo & HMLOG_OPCODE_PARTID_MASK) == 0, "record names partition 0");
	check((log->op_code_lo & HMLOG_OPCODE_VCPUID_MASK) == 0, "record names vCPU 0");
	check(event == HM_EVENT, "record has the raised event");
	check(log->cpu_ctxt.pc >= VICTIM_START && log->cpu_ctxt.pc < VICTIM_START + VICTIM_SIZE,
	      "record pc inside the victim");
	check(log->cpu_ctxt.pc == expected_pc, "record pc at the raising instruction");
	check(log->cpu_ctxt.psr & 0x2, "record psr looks like EFLAGS");
	if (HM_EVENT == PRTOS_HM_EV_X86_OVERFLOW)
		check(log->cpu_ctxt.psr & EFLAGS_OF, "record psr has OF");
	if (HM_EVENT == PRTOS_HM_EV_X86_ALIGNMENT_CHECK)
		check(log->cpu_ctxt.psr & EFLAGS_AC, "record psr has AC");
	check(log->timestamp >= mb->before_fault && log->timestamp <= now,
	      "record timestamp between the raise and now");
}

/* The victim's state as prtos_get_partition_status reports it. */
static prtos_u32_t victim_state(void)
{
	prtos_part_status_t st;

	check(prtos_get_partition_status(0, &st) == PRTOS_OK, "victim status");
	return st.state;
}

/* The state the action leaves the victim in (the shutdown handler halts it). */
static void check_state(void)
{
	static const char *const names[] = {"idle", "ready", "suspended", "halted"};
	prtos_u32_t state = victim_state();

	printf("[P2] victim is %s\n", state < 4 ? names[state] : "?");
	if (HM_ACTION == PRTOS_HM_AC_SUSPEND)
		check(state == PRTOS_STATUS_SUSPENDED, "victim suspended");
	else if (HM_ACTION == PRTOS_HM_AC_PARTITION_HALT || HM_ACTION == PRTOS_HM_AC_SHUTDOWN)
		check(state == PRTOS_STATUS_HALTED, "victim halted");
	else
		check(state == PRTOS_STATUS_IDLE || state == PRTOS_STATUS_READY,
		      "victim still running");
}

/*
 * SUSPEND: resuming the victim lets it run again from where it stopped. After a
 * trap it goes on past the instruction; a fault runs the instruction again, which
 * raises the event again and suspends it again.
 */
static void check_resume(void)
{
	volatile struct hm_mailbox *mb = MAILBOX;
	prtos_hm_status_t st;
	int i;

	check(prtos_resume_partition(0) == PRTOS_OK, "resume the suspended victim");
	for (i = 0; i < 3; i++)
		prtos_idle_self();
	check(prtos_hm_status(&st) == PRTOS_OK, "hm_status after the resume");
	if (HM_EVENT_IS_TRAP) {
		check(mb->resumed == 1 && st.num_of_events == 1, "victim went on after the trap");
		check(victim_state() != PRTOS_STATUS_SUSPENDED, "victim no longer suspended");
	} else {
		check(mb->resumed == 0 && st.num_of_events == 2, "victim raised the event again");
		check(victim_state() == PRTOS_STATUS_SUSPENDED, "victim suspended again");
	}
	printf("[P2] resumed: the victim ran again (resumed %u, %d HM events)\n", mb->resumed,
	       st.num_of_events);
}

static void check_action(void)
{
	volatile struct hm_mailbox *mb = MAILBOX;
	prtos_plan_status_t ps;
	int resumes = HM_ACTION == PRTOS_HM_AC_IGNORE || HM_ACTION == PRTOS_HM_AC_PROPAGATE ||
		      HM_ACTION == PRTOS_HM_AC_SWITCH_TO_MAINTENANCE;
	int resets = HM_ACTION == PRTOS_HM_AC_PARTITION_COLD_RESET ||
		     HM_ACTION == PRTOS_HM_AC_PARTITION_WARM_RESET;

	printf("[P2] victim: boots %u, reset counter %u, status %u, marker kept %u, "
	       "handler calls %u (vector %u), resumed %u, shutdown %u\n",
	       mb->boots, mb->reset_counter, mb->reset_status, mb->marker_kept, mb->handler_calls,
	       mb->handler_vector, mb->resumed, mb->shutdown_seen);
	check(mb->resumed == (prtos_u32_t)resumes,
	      resumes ? "victim resumed after the event" : "victim did not resume");
	check(mb->boots == (resets ? 2U : 1U),
	      resets ? "victim restarted once" : "victim never restarted");
	check(mb->shutdown_seen == (HM_ACTION == PRTOS_HM_AC_SHUTDOWN),
	      "shutdown interrupt only for SHUTDOWN");
	check(mb->handler_calls == (HM_ACTION == PRTOS_HM_AC_PROPAGATE),
	      "exception handler only for PROPAGATE");
	if (resets) {
		check(mb->reset_counter == 1, "reset_counter is 1 after the reset");
		check(mb->reset_status == HM_EVENT, "reset_status is the event");
		check(mb->marker_kept == (HM_ACTION == PRTOS_HM_AC_PARTITION_WARM_RESET),
		      HM_ACTION == PRTOS_HM_AC_PARTITION_WARM_RESET
			      ? "warm reset kept memory outside the image"
			      : "cold reset cleared memory outside the image");
	}
	if (HM_ACTION == PRTOS_HM_AC_PROPAGATE) {
		printf("[P2] handler error code 0x%x (want 0x%x)\n", mb->handler_err,
		       HM_ERROR_CODE);
		check(mb->handler_vector == HM_VECTOR, "handler got the exception's vector");
		check(mb->handler_ip == (HM_EVENT_IS_TRAP ? mb->resume_ip : mb->fault_ip),
		      "handler got the raising ip");
		check(mb->handler_err == HM_ERROR_CODE, "handler got the CPU's error code");
	}
	check(prtos_get_plan_status(&ps) == PRTOS_OK, "plan status");
	if (HM_ACTION == PRTOS_HM_AC_SWITCH_TO_MAINTENANCE) {
		check(ps.current == 1 && ps.prev == 0, "maintenance plan 1 is current");
		if (ps.current == 1)
			printf("[P2] plan 1 is current\n");
	} else {
		check(ps.current == 0, "plan 0 still current");
	}
	check_state();
	if (HM_ACTION == PRTOS_HM_AC_SUSPEND)
		check_resume();
}

void partition_main(void)
{
	volatile struct hm_mailbox *mb = MAILBOX;
	prtos_hm_status_t st;
	prtos_hm_log_t log;
	prtos_time_t now;
	int records = 0;

	do {
		prtos_idle_self();
		prtos_get_time(PRTOS_HW_CLOCK, &now);
	} while (!mb->sibling_done && now < MONITOR_DEADLINE_US);
	check(mb->sibling_done, "sibling finished in time");
	check(mb->sibling_worst_us <= MAX_BOUNDARY_WORK_US, "sibling kept its slots");
	check(mb->magic == MAILBOX_MAGIC, "victim started");

	check(prtos_hm_status(&st) == PRTOS_OK, "hm_status");
	printf("[P2] at %lld us, HM log: %d event(s), room for %d\n", now, st.num_of_events,
	       st.max_events);
	check(st.num_of_events == 1, "one HM event logged");
	while (prtos_hm_read(&log) == 1) {
		records++;
		check_record(&log, now);
	}
	check(records == 1, "one record read");
	check(prtos_hm_read(&log) == 0, "log drained");
	check_action();
	if (failures)
		printf("[P2] Verification Failed: %d check(s)\n", failures);
	else
		printf("[P2] Verification Passed\n");
	prtos_halt_system();
}

/*
 * smp_vcpus: each partition has 2 vCPUs, vCPU 0 on processor 0 and vCPU 1 on processor 1,
 * in slots at the same times. BAIL runs partition_main on both. vCPU 0 starts vCPU 1
 * (setup_vcpus()), then drives it through the vCPU calls and checks each effect on a
 * counter vCPU 1 increments; P0, the system partition, then waits for P1 and ends the run.
 */
#include <prtos.h>
#include <stdio.h>

#define PRINT(...)                                                             \
	do {                                                                   \
		printf("[P%d:%d] ", PRTOS_PARTITION_SELF, prtos_get_vcpuid()); \
		printf(__VA_ARGS__);                                           \
	} while (0)

#define WAIT_FRAMES 50

void start(void); /* BAIL's entry point, where every vCPU starts */

static volatile unsigned int counter; /* vCPU 1's work, read by vCPU 0 */
static volatile int lives;	      /* times vCPU 1 has started */
static int failures;

static void check(int ok, const char *what)
{
	if (!ok) {
		failures++;
		PRINT("FAIL: %s\n", what);
	}
}

static prtos_u32_t vcpu1_state(void)
{
	prtos_virtual_cpu_status_t st;

	if (prtos_get_vcpu_status(1, &st) != PRTOS_OK)
		return 0xFF;
	return st.state;
}

/* Gives up the slot n times: n major frames. */
static void frames(int n)
{
	while (n-- > 0)
		prtos_idle_self();
}

static void vcpu1_main(void)
{
	partition_control_table_t *pct = prtos_get_pct();

	lives++;
	PRINT("vCPU 1 runs (life %d): control table id 0x%x, %u vCPUs, reset status %u\n", lives,
	      pct->id, pct->num_of_vcpus, pct->reset_status);
	for (;;)
		counter++;
}

/* vCPU 0: waits (in frames) until cond holds, or gives up. */
#define WAIT_UNTIL(cond)                              \
	do {                                          \
		int w_ = 0;                           \
		while (!(cond) && w_++ < WAIT_FRAMES) \
			frames(1);                    \
	} while (0)

static void drive_vcpu1(void)
{
	unsigned int before;

	check(prtos_get_pct()->num_of_vcpus == 2 && prtos_get_number_vcpus() == 2, "2 vCPUs");
	check(vcpu1_state() == PRTOS_STATUS_HALTED, "vCPU 1 halted before setup_vcpus()");
	setup_vcpus();
	WAIT_UNTIL(lives == 1 && counter > 0);
	check(lives == 1 && vcpu1_state() == PRTOS_STATUS_READY, "vCPU 1 started and ready");

	check(prtos_suspend_vcpu(1) == PRTOS_OK, "suspend vCPU 1");
	check(vcpu1_state() == PRTOS_STATUS_SUSPENDED, "vCPU 1 suspended");
	before = counter;
	frames(3);
	check(counter == before, "a suspended vCPU does not run");
	check(prtos_suspend_vcpu(1) == PRTOS_NO_ACTION, "suspend twice: no action");
	check(prtos_resume_vcpu(1) == PRTOS_OK, "resume vCPU 1");
	WAIT_UNTIL(counter != before);
	check(counter != before, "a resumed vCPU runs again");

	check(prtos_reset_vcpu(1, 0, (prtos_address_t)start, 1) == PRTOS_INVALID_MODE,
	      "reset of a running vCPU: invalid mode");
	check(prtos_halt_vcpu(1) == PRTOS_OK, "halt vCPU 1");
	check(vcpu1_state() == PRTOS_STATUS_HALTED, "vCPU 1 halted");
	before = counter;
	frames(3);
	check(counter == before, "a halted vCPU does not run");
	check(prtos_halt_vcpu(1) == PRTOS_NO_ACTION, "halt twice: no action");
	check(prtos_resume_vcpu(1) == PRTOS_NO_ACTION, "resume of a halted vCPU: no action");

	check(prtos_reset_vcpu(1, 0, (prtos_address_t)start, 7) == PRTOS_OK, "restart vCPU 1");
	WAIT_UNTIL(lives == 2);
	check(lives == 2 && prtos_get_vcpuid() == 0, "vCPU 1 started again at start");

	check(prtos_halt_vcpu(2) == PRTOS_INVALID_PARAM, "halt of vCPU 2: invalid");
	check(prtos_suspend_vcpu(-1) == PRTOS_INVALID_PARAM, "suspend of vCPU -1: invalid");
	check(prtos_reset_vcpu(9, 0, (prtos_address_t)start, 0) == PRTOS_INVALID_PARAM,
	      "reset of vCPU 9: invalid");
	check(prtos_reset_vcpu(1, 0, 0x10, 0) == PRTOS_INVALID_PARAM ||
		      prtos_reset_vcpu(1, 0, 0x10, 0) == PRTOS_INVALID_MODE,
	      "entry outside the partition refused");
	check(prtos_resume_vcpu(0) == PRTOS_NO_ACTION, "resume of oneself: no action");
}

/* P0: waits for P1 to halt, then checks what the core says of it and ends the run. */
static void wait_for_p1(void)
{
	prtos_part_status_t st;
	prtos_virtual_cpu_status_t vst;

	WAIT_UNTIL(prtos_get_partition_status(1, &st) == PRTOS_OK &&
		   st.state == PRTOS_STATUS_HALTED);
	check(st.state == PRTOS_STATUS_HALTED, "P1 halted");
	check(prtos_get_partition_vcpu_status(1, 1, &vst) == PRTOS_OK &&
		      vst.state == PRTOS_STATUS_HALTED,
	      "P1's vCPU 1 halted with it");
	check(prtos_get_partition_vcpu_status(1, 2, &vst) == PRTOS_INVALID_PARAM,
	      "P1's vCPU 2: invalid");
}

void partition_main(void)
{
	if (prtos_get_vcpuid() != 0)
		vcpu1_main(); /* never returns */
	PRINT("vCPU 0 starts vCPU 1\n");
	drive_vcpu1();
	PRINT("vCPU 1 counted to %u; %d failures\n", counter, failures);
	if (PRTOS_PARTITION_SELF != 0) {
		PRINT(failures ? "Verification Failed\n" : "Verification Passed\n");
		prtos_halt_partition(PRTOS_PARTITION_SELF); /* both vCPUs */
	}
	wait_for_p1();
	PRINT(failures ? "Verification Failed\n" : "Verification Passed\n");
	prtos_halt_system();
}

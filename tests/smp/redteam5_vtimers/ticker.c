/*
 * redteam5_vtimers, the ticker (normal, vCPU 0 on processor 0, vCPU 1 on processor 1).
 * Each vCPU takes both timer interrupts in a handler (a handler that re-armed its EXEC
 * timer 1 us ahead only ever ran itself: its own livelock, not the core's), and its main
 * loop re-arms without pause: HW-clock timers due exactly at the guard's next slot start
 * (1000 us into the frame) or at its own slot end (950 us), 50 us periods from now, due in
 * the past, at INT64_MAX, with overflowing intervals; EXEC-clock timers 1 us ahead with
 * 50 us periods; and refused values (negative, 49 us periods, another clock), whose
 * return codes it checks.
 */
#include <prtos.h>
#include <stdio.h>
#include <irqs.h>
#include "smp_report.h"

#define FRAME_US 2000
static volatile prtos_u32_t hw_ticks[2], exec_ticks[2], arms[2], bad[2];
static prtos_time_t sw;
static volatile prtos_u32_t last_case[2];
static volatile prtos_time_t case_max[2][10];

static void on_hw(trap_ctxt_t *c)
{
	(void)c;
	hw_ticks[prtos_get_vcpuid() & 1]++;
}

static void on_exec(trap_ctxt_t *c)
{
	(void)c;
	exec_ticks[prtos_get_vcpuid() & 1]++;
}

static void expect_ret(prtos_u32_t v, prtos_s32_t got, prtos_s32_t want)
{
	arms[v]++;
	if (got != want)
		bad[v]++;
}

void partition_main(void)
{
	prtos_u32_t v = prtos_get_vcpuid() & 1, k = 0, printed = 0;
	prtos_plan_status_t ps;
	prtos_time_t now, frame, guard_at, own_end;

	if (v == 0)
		setup_vcpus();
	prtos_get_plan_status(&ps);
	sw = ps.switch_time;
	install_trap_handler(BAIL_PRTOSEXT_TRAP(PRTOS_VT_EXT_HW_TIMER), on_hw);
	install_trap_handler(BAIL_PRTOSEXT_TRAP(PRTOS_VT_EXT_EXEC_TIMER), on_exec);
	prtos_clear_irqmask(0, (1 << PRTOS_VT_EXT_HW_TIMER) | (1 << PRTOS_VT_EXT_EXEC_TIMER));
	hw_sti();
	printf("[Ticker] vCPU %u arming timers from processor %u\n", v, smp_apic_id());
	for (;; k++) {
		now = smp_now();
		frame = (now - sw) / FRAME_US;
		guard_at = sw + (frame + 1) * FRAME_US + 1000;
		own_end = sw + frame * FRAME_US + 950;
		last_case[v] = k % 10;
		switch (k % 10) {
		case 0:
			expect_ret(v, prtos_set_timer(PRTOS_HW_CLOCK, guard_at, 50), PRTOS_OK);
			break;
		case 1:
			expect_ret(v, prtos_set_timer(PRTOS_HW_CLOCK, own_end, 50), PRTOS_OK);
			break;
		case 2:
			expect_ret(v, prtos_set_timer(PRTOS_HW_CLOCK, now + 1, 50), PRTOS_OK);
			break;
		case 3:
			expect_ret(v, prtos_set_timer(PRTOS_HW_CLOCK, 1, 50), PRTOS_OK);
			break;
		case 4:
			expect_ret(v,
				   prtos_set_timer(PRTOS_HW_CLOCK, 0x7FFFFFFFFFFFFFFFLL,
						   0x7FFFFFFFFFFFFFFFLL),
				   PRTOS_OK);
			break;
		case 5:
			expect_ret(v,
				   prtos_set_timer(PRTOS_HW_CLOCK, now + 3, 0x7FFFFFFFFFFFFFF0LL),
				   PRTOS_OK);
			break;
		case 6:
			expect_ret(v, prtos_set_timer(PRTOS_HW_CLOCK, now, 49),
				   PRTOS_INVALID_PARAM);
			expect_ret(v, prtos_set_timer(PRTOS_HW_CLOCK, -5, 50), PRTOS_INVALID_PARAM);
			expect_ret(v, prtos_set_timer(PRTOS_HW_CLOCK, now, -50),
				   PRTOS_INVALID_PARAM);
			expect_ret(v, prtos_set_timer(2, now, 50), PRTOS_INVALID_PARAM);
			break;
		case 7:
			expect_ret(v, prtos_set_timer(PRTOS_EXEC_CLOCK, 1, 50), PRTOS_OK);
			break;
		case 8:
			/* cycle the virtual IF so pending ticks pile up, then take them */
			hw_cli();
			expect_ret(v, prtos_set_timer(PRTOS_HW_CLOCK, guard_at - 1, 50), PRTOS_OK);
			hw_sti();
			break;
		default:
			expect_ret(v, prtos_set_timer(PRTOS_HW_CLOCK, guard_at, 0), PRTOS_OK);
			break;
		}
		{
			prtos_time_t d = smp_now() - now;

			if (d > case_max[v][k % 10])
				case_max[v][k % 10] = d;
		}
		if (!printed && now - sw > 300000 + 50000 * v && (printed = 1)) {
			prtos_u32_t i;

			printf("[Ticker] vCPU 0 in case %u; longest case (HW clock, vCPU 0/1):",
			       last_case[0]);
			for (i = 0; i < 10; i++)
				printf(" %lld/%lld", case_max[0][i], case_max[1][i]);
			printf("\n");
		}
		if (printed == 1 && (printed = 2))
			printf("[Ticker] vCPU %u at %lld us, iteration %u: %u/%u arms, %u/%u wrong "
			       "return codes, %u/%u HW ticks, "
			       "%u/%u EXEC ticks\n",
			       v, now, k, arms[0], arms[1], bad[0], bad[1], hw_ticks[0],
			       hw_ticks[1], exec_ticks[0], exec_ticks[1]);
	}
}

/*
 * attack4_abi_words, P0 (normal): hypercalls made from raw register words.
 * - Narrow parameters: raise_ipvi's and raise_partition_ipvi's u8 `no`, route_irq's
 *   u16 `vector`, given with high bits set. The core truncates them to their type:
 *   each call must behave exactly as the call with the truncated value (the checks
 *   apply to the value used), and only along the XML's IPVI pair (the sink counts).
 * - 64-bit parameters (set_timer's abs_time and interval, create_sampling_port's
 *   valid_period) with odd high words: negative ones refused, large ones accepted
 *   and never firing early, a period matched on all 64 bits.
 * - Hypercall numbers at and past the end of the table, and with high bits that
 *   would hit a real call if the core truncated the number.
 */
#include <prtos.h>
#include <prtos_hcall.h>
#include <stdio.h>
#include <irqs.h>

#define HC_GET_TIME 3
#define HC_ROUTE_IRQ 14
#define HC_SET_TIMER 15
#define HC_CREATE_SAMPLING 21
#define HC_RAISE_IPVI 31
#define HC_RAISE_PART_IPVI 32
#define SINK 1
#define GUARD 2
#define EXT PRTOS_VT_EXT_IPVI5 /* pended by hand for the routing probes */
#define NONE 0xFFFFFFFFU

static int failures, probes, ok_raises;
static volatile prtos_u32_t last_vec, n_irqs, timer_fires;

static void check(int ok, const char *what, prtos_s32_t got)
{
	probes++;
	printf("[P0] %-52s %d%s\n", what, got, ok ? "" : " FAIL:");
	if (!ok)
		failures++;
}

static void on_any(trap_ctxt_t *c)
{
	last_vec = c->irq_nr;
	n_irqs++;
}

static void on_timer(trap_ctxt_t *c)
{
	(void)c;
	timer_fires++;
}

/* Pends EXT and lets it in: the vector it arrived on, or NONE. */
static prtos_u32_t deliver(void)
{
	n_irqs = 0;
	last_vec = NONE;
	prtos_set_irqpend(0, 1U << EXT);
	prtos_clear_irqmask(0, 1U << EXT);
	hw_sti();
	hw_cli();
	prtos_set_irqmask(0, 1U << EXT);
	prtos_clear_irqpend(0, 1U << EXT);
	return n_irqs == 1 ? last_vec : NONE;
}

static void route(const char *what, prtos_u32_t type, prtos_u32_t irq, prtos_u32_t vec,
		  prtos_s32_t want, prtos_u32_t want_vec)
{
	prtos_s32_t r = prtos_hcall3(HC_ROUTE_IRQ, type, irq, vec);
	prtos_u32_t got = deliver();

	check(r == want && got == want_vec, what, r);
	if (got != want_vec)
		printf("[P0]   delivered on vector 0x%x, expected 0x%x\n", got, want_vec);
}

static void routing(void)
{
	route("route_irq vector 0x10020 (u16 0x0020)", PRTOS_EXTIRQ_TYPE, EXT, 0x10020, PRTOS_OK,
	      0x20);
	route("route_irq vector 0x100 (u16 0x0100): refused", PRTOS_EXTIRQ_TYPE, EXT, 0x100,
	      PRTOS_INVALID_PARAM, 0x20);
	route("route_irq vector 0xFFFF00FF (u16 0x00FF)", PRTOS_EXTIRQ_TYPE, EXT, 0xFFFF00FFU,
	      PRTOS_OK, 0xFF);
	route("route_irq vector 0x1FF: refused", PRTOS_EXTIRQ_TYPE, EXT, 0x1FF, PRTOS_INVALID_PARAM,
	      0xFF);
	route("route_irq vector 0xFFFFFFFF: refused", PRTOS_EXTIRQ_TYPE, EXT, 0xFFFFFFFFU,
	      PRTOS_INVALID_PARAM, 0xFF);
	route("route_irq type 0x102 (u32): refused", 0x100 | PRTOS_EXTIRQ_TYPE, EXT, 0x30,
	      PRTOS_INVALID_PARAM, 0xFF);
	route("route_irq irq 0x11D (u32): refused", PRTOS_EXTIRQ_TYPE, 0x100 | EXT, 0x30,
	      PRTOS_INVALID_PARAM, 0xFF);
	route("route_irq back to its own vector", PRTOS_EXTIRQ_TYPE, EXT, 224 + EXT, PRTOS_OK,
	      224 + EXT);
}

/* One IPVI call per slot, so that the sink sees each one that succeeds. */
static void ipvi(const char *what, prtos_s32_t r, prtos_s32_t want)
{
	check(r == want, what, r);
	if (r == PRTOS_OK)
		ok_raises++;
	prtos_idle_self();
}

static void ipvis(void)
{
	ipvi("raise_ipvi(0x100 | IPVI0) as IPVI0", prtos_hcall1(HC_RAISE_IPVI, 0x100 | 24),
	     PRTOS_OK);
	ipvi("raise_ipvi(0xFFFFFF00 | IPVI0) as IPVI0",
	     prtos_hcall1(HC_RAISE_IPVI, 0xFFFFFF00U | 24), PRTOS_OK);
	ipvi("raise_ipvi(0x100 | IPVI1): no such pair", prtos_hcall1(HC_RAISE_IPVI, 0x100 | 25),
	     PRTOS_INVALID_CONFIG);
	ipvi("raise_ipvi(0x100) as 0: not an IPVI", prtos_hcall1(HC_RAISE_IPVI, 0x100),
	     PRTOS_INVALID_PARAM);
	ipvi("raise_ipvi(0x1FF) as 255: not an IPVI", prtos_hcall1(HC_RAISE_IPVI, 0x1FF),
	     PRTOS_INVALID_PARAM);
	ipvi("raise_ipvi(0x18 + 0x10000 * 8)", prtos_hcall1(HC_RAISE_IPVI, 0x80018), PRTOS_OK);
	ipvi("raise_partition_ipvi(sink, 0x100 | IPVI0)",
	     prtos_hcall2(HC_RAISE_PART_IPVI, SINK, 0x100 | 24), PRTOS_OK);
	ipvi("raise_partition_ipvi(guard, 0x100 | IPVI0): no pair",
	     prtos_hcall2(HC_RAISE_PART_IPVI, GUARD, 0x100 | 24), PRTOS_INVALID_CONFIG);
	ipvi("raise_partition_ipvi(0x101, IPVI0): no such partition",
	     prtos_hcall2(HC_RAISE_PART_IPVI, 0x100 | SINK, 24), PRTOS_INVALID_PARAM);
	ipvi("raise_partition_ipvi(0xFFFFFFFF, IPVI0)",
	     prtos_hcall2(HC_RAISE_PART_IPVI, 0xFFFFFFFFU, 24), PRTOS_INVALID_PARAM);
	ipvi("raise_partition_ipvi(sink, 0x1FF)", prtos_hcall2(HC_RAISE_PART_IPVI, SINK, 0x1FF),
	     PRTOS_INVALID_PARAM);
	printf("[P0] %d IPVIs raised to the sink\n", ok_raises);
}

static prtos_s32_t set_timer(prtos_u32_t clock, prtos_u64_t abs, prtos_u64_t interval)
{
	return prtos_hcall5(HC_SET_TIMER, clock, (prtos_u32_t)abs, (prtos_u32_t)(abs >> 32),
			    (prtos_u32_t)interval, (prtos_u32_t)(interval >> 32));
}

/* Waits n slots with the timer's interrupt let in. */
static void wait_slots(int n)
{
	int i;

	prtos_clear_irqmask(0, 1U << PRTOS_VT_EXT_HW_TIMER);
	hw_sti();
	for (i = 0; i < n; i++)
		prtos_idle_self();
	hw_cli();
}

static void timers(void)
{
	prtos_time_t now;
	prtos_s32_t r;

	prtos_get_time(PRTOS_HW_CLOCK, &now);
	check(set_timer(PRTOS_HW_CLOCK, (prtos_u64_t)now + 300 + (0x80000000ULL << 32), 0) ==
		      PRTOS_INVALID_PARAM,
	      "set_timer abs with high word 0x80000000: refused", 0);
	check(set_timer(PRTOS_HW_CLOCK, (prtos_u64_t)now + 300, 0xFFFFFFFF00000064ULL) ==
		      PRTOS_INVALID_PARAM,
	      "set_timer interval with high word 0xFFFFFFFF: refused", 0);
	check(set_timer(PRTOS_HW_CLOCK, (prtos_u64_t)now + 300, 49) == PRTOS_INVALID_PARAM,
	      "set_timer interval 49: refused", 0);
	check(set_timer(0x100 | PRTOS_HW_CLOCK, (prtos_u64_t)now + 300, 0) == PRTOS_INVALID_PARAM,
	      "set_timer clock 0x100: refused", 0);
	check(timer_fires == 0, "no refused timer fired", (prtos_s32_t)timer_fires);
	prtos_get_time(PRTOS_HW_CLOCK, &now);
	r = set_timer(PRTOS_HW_CLOCK, (prtos_u64_t)now + 300, (1ULL << 32) + 49);
	wait_slots(5);
	check(r == PRTOS_OK && timer_fires == 1, "interval 2^32 + 49 us: fired once", r);
	prtos_get_time(PRTOS_HW_CLOCK, &now);
	r = set_timer(PRTOS_HW_CLOCK, (prtos_u64_t)now + (1ULL << 32), 0);
	wait_slots(5);
	check(r == PRTOS_OK && timer_fires == 1, "abs now + 2^32 us: not fired", r);
	r = set_timer(PRTOS_HW_CLOCK, 1ULL << 32, 0);
	wait_slots(3);
	check(r == PRTOS_OK && timer_fires == 1, "abs 2^32 us (high word 1): not fired", r);
	r = set_timer(PRTOS_HW_CLOCK, 0, 0);
	check(r == PRTOS_OK, "disarm", r);
	prtos_get_time(PRTOS_HW_CLOCK, &now);
	r = set_timer(PRTOS_HW_CLOCK, (prtos_u64_t)now + 200, 0);
	wait_slots(3);
	check(r == PRTOS_OK && timer_fires == 2, "a plain timer still fires", r);
}

static prtos_s32_t create(const char *name, prtos_u64_t period)
{
	return prtos_hcall5(HC_CREATE_SAMPLING, (prtos_word_t)name, 16, PRTOS_SOURCE_PORT,
			    (prtos_u32_t)period, (prtos_u32_t)(period >> 32));
}

static void periods(void)
{
	prtos_s32_t d;

	check(create("Timed", 1000 + (1ULL << 32)) == PRTOS_INVALID_CONFIG,
	      "Timed, period 1000 + 2^32: refused", 0);
	check(create("Timed", 0xFFFFFFFF000003E8ULL) == PRTOS_INVALID_CONFIG,
	      "Timed, period 1000 with high word 0xFFFFFFFF: refused", 0);
	check(create("Timed", 0) == PRTOS_INVALID_CONFIG, "Timed, period 0: refused", 0);
	d = create("Timed", 1000);
	check(d >= 0, "Timed, period 1000: created", d);
	check(create("Plain", 0xFFFFFFFFFFFFFFFFULL) == PRTOS_INVALID_CONFIG,
	      "Plain, period -1 (64-bit): refused", 0);
	check(create("Plain", 1ULL << 32) == PRTOS_INVALID_CONFIG, "Plain, period 2^32: refused",
	      0);
	check(create("Plain", PRTOS_INFINITE_TIME) >= 0, "Plain, period PRTOS_INFINITE_TIME", 0);
	check(create("Plain", 0) >= 0, "Plain, period 0", 0);
}

static void numbers(void)
{
	static const prtos_u32_t nrs[] = {PRTOS_NR_HYPERCALLS,	      PRTOS_HCALL_TABLE_SIZE,
					  PRTOS_HCALL_TABLE_SIZE + 1, 0x100 | HC_GET_TIME,
					  0x10000 | HC_GET_TIME,      0xFFFFFF00U | HC_GET_TIME,
					  0x80000000U | HC_GET_TIME,  0x100 | HC_SET_TIMER};
	prtos_time_t t = 0x5A5A;
	prtos_s32_t r;
	unsigned int i;

	for (i = 0; i < sizeof(nrs) / sizeof(nrs[0]); i++) {
		r = prtos_hcall5(nrs[i], PRTOS_HW_CLOCK, (prtos_word_t)&t, 0, 0, 0);
		check(r == PRTOS_UNKNOWN_HYPERCALL && t == 0x5A5A, "unknown number", r);
	}
	check(prtos_hcall5(5, 0xFFFFFFFFU, 1, 2, 3, 4) == 0, "get_vcpuid with junk words", 0);
	check(prtos_hcall5(HC_GET_TIME, PRTOS_HW_CLOCK, (prtos_word_t)&t, 0xFFFFFFFFU, 1, 2) ==
			      PRTOS_OK &&
		      t != 0x5A5A,
	      "get_time with junk in the unused words", 0);
}

void partition_main(void)
{
	int v;

	for (v = 32; v < 256; v++)
		install_trap_handler(v, on_any);
	install_trap_handler(BAIL_PRTOSEXT_TRAP(PRTOS_VT_EXT_HW_TIMER), on_timer);
	routing();
	ipvis();
	timers();
	periods();
	numbers();
	printf("[P0] %d probes, %d failures\n", probes, failures);
	for (;;)
		prtos_idle_self();
}

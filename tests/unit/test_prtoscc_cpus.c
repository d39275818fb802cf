/*
 * prtoscc built for four processors (Kconfig MAX_CPUS=4, forced for this program by
 * max_cpus_4.h; the tree's own build may have 1): the rule that every processor has the
 * same plans with the same major frames (cpus_plan_check, check_cpus.c), the processor
 * and vCPU limits named with both numbers, static vCPU bindings, and the boot's
 * configuration checker on the compiled systems of tests/config/cpus4/.
 */
#include <glob.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>
#include <prtos/config_check.h>
#include "check.h"
#include "diag.h"
#include "test_report_fixture.h"

#if CONFIG_MAX_CPUS != 4
#error "built with CONFIG_MAX_CPUS 4 (tests/unit/prtoscc_cpus.mk)"
#endif

/* Line 4 opens the ProcessorTable; the text given to sys() starts on line 5. */
static const char sys_head[] =
	"<SystemDescription xmlns=\"http://www.prtos.org/prtos-1.x\" version=\"1.0.0\" "
	"name=\"cpus\">\n"
	"  <HwDescription>\n"
	"    <MemoryLayout><Region type=\"ram\" start=\"0x0\" size=\"512MB\"/></MemoryLayout>\n"
	"    <ProcessorTable>\n";
static const char sys_tail[] =
	"    </ProcessorTable>\n"
	"    <Devices><Uart id=\"0\" baudRate=\"115200\" name=\"Uart\"/></Devices>\n"
	"  </HwDescription>\n"
	"  <PRTOSHypervisor console=\"Uart\"><PhysicalMemoryArea size=\"4MB\"/></PRTOSHypervisor>\n"
	"  <PartitionTable>\n"
	"    <Partition id=\"0\" name=\"P0\" flags=\"system\" noVCpus=\"%u\">\n"
	"      <PhysicalMemoryAreas><Area start=\"0x6000000\" "
	"size=\"1MB\"/></PhysicalMemoryAreas>\n"
	"    </Partition>\n"
	"    <Partition id=\"1\" name=\"P1\">\n"
	"      <PhysicalMemoryAreas><Area start=\"0x6200000\" "
	"size=\"1MB\"/></PhysicalMemoryAreas>\n"
	"    </Partition>\n"
	"  </PartitionTable>\n"
	"</SystemDescription>\n";

/* CPU: a processor and its plans, on one line; PLAN: a plan of one 1 ms slot at 0 for
 * vCPU `vcpu` of partition `part`. */
#define CPU(id, plans) \
	"<Processor id=\"" #id "\"><CyclicPlanTable>" plans "</CyclicPlanTable></Processor>\n"
#define PLAN(id, frame, part, vcpu)                                                   \
	"<Plan id=\"" #id "\" majorFrame=\"" frame "\"><Slot id=\"0\" start=\"0ms\" " \
	"duration=\"1ms\" partitionId=\"" #part "\" vCpuId=\"" #vcpu "\"/></Plan>"

/* Compiles the system whose processors are `cpus` and whose P0 has `vcpus` vCPUs;
 * cc_compile's result. *mp gets the model (free() it) when mp is not NULL. */
static int sys(const char *cpus, unsigned vcpus, struct cc_model **mp)
{
	char path[] = "/tmp/prtoscc-cpus-XXXXXX";
	struct cc_model *m = malloc(sizeof(*m));
	int fd = mkstemp(path), ret;
	FILE *f;

	assert_non_null(m);
	assert_true(fd >= 0);
	f = fdopen(fd, "w");
	assert_non_null(f);
	fputs(sys_head, f);
	fputs(cpus, f);
	fprintf(f, sys_tail, vcpus);
	assert_int_equal(fclose(f), 0);
	diag_reset();
	ret = cc_compile(path, m);
	unlink(path);
	if (mp)
		*mp = m;
	else
		free(m);
	return ret;
}

static void expect_error(const char *cpus, unsigned vcpus, const char *msg)
{
	assert_int_equal(sys(cpus, vcpus, NULL), -1);
	if (!diag_seen(msg))
		fail_msg("expected \"%s\", last was \"%s\"", msg, diag_last());
}

static void expect_clean(const char *cpus, unsigned vcpus)
{
	if (sys(cpus, vcpus, NULL))
		fail_msg("refused: %s", diag_last());
	assert_int_equal(diag_warnings(), 0);
}

/* The rule alone, on processor tables built here. */
static void test_plan_rule(void **state)
{
	struct prtos_conf_cpu ref = {0}, cpu = {0};

	(void)state;
	ref.num_plans = cpu.num_plans = 2;
	ref.plans[0].major_frame = cpu.plans[0].major_frame = 2000;
	ref.plans[1].major_frame = cpu.plans[1].major_frame = 4000;
	assert_int_equal(cpus_plan_check(&ref, &cpu, 0), CPUS_PLAN_OK);
	assert_int_equal(cpus_plan_check(&ref, &cpu, 1), CPUS_PLAN_OK);
	assert_int_equal(cpus_plan_check(&ref, &cpu, 2), CPUS_PLAN_OK); /* on neither */
	cpu.plans[1].major_frame = 4001;
	assert_int_equal(cpus_plan_check(&ref, &cpu, 1), CPUS_PLAN_FRAME);
	assert_int_equal(cpus_plan_check(&cpu, &ref, 1), CPUS_PLAN_FRAME);
	cpu.plans[1].major_frame = 0; /* refused on its own, not twice */
	assert_int_equal(cpus_plan_check(&ref, &cpu, 1), CPUS_PLAN_OK);
	assert_int_equal(cpus_plan_check(&cpu, &ref, 1), CPUS_PLAN_OK);
	cpu.num_plans = 1;
	assert_int_equal(cpus_plan_check(&ref, &cpu, 0), CPUS_PLAN_OK);
	assert_int_equal(cpus_plan_check(&ref, &cpu, 1), CPUS_PLAN_MISSING);
	assert_int_equal(cpus_plan_check(&cpu, &ref, 1), CPUS_PLAN_EXTRA);
	assert_int_equal(cpus_plan_check(&cpu, &ref, 2), CPUS_PLAN_OK);
}

/* Plans that differ between processors, with the line of the Plan (or Processor) at
 * fault and both major frames. */
static void test_plan_errors(void **state)
{
	(void)state;
	expect_clean(CPU(0, PLAN(0, "2ms", 0, 0) PLAN(1, "4ms", 0, 0))
			     CPU(1, PLAN(0, "2ms", 1, 0) PLAN(1, "4ms", 1, 0)),
		     1);
	expect_error(CPU(0, PLAN(0, "2ms", 0, 0) PLAN(1, "4ms", 0, 0)) CPU(1, PLAN(0, "2ms", 1, 0)),
		     1,
		     ":6: processor 1 has no plan 1, which processor 0 has (line 5, majorFrame "
		     "4000 us)");
	expect_error(CPU(0, PLAN(0, "2ms", 0, 0)) CPU(1, PLAN(0, "2ms", 1, 0) PLAN(1, "4ms", 1, 0)),
		     1,
		     ":6: plan 1 of processor 1 (majorFrame 4000 us): processor 0 (line 5) has no "
		     "plan 1");
	expect_error(CPU(0, PLAN(0, "2ms", 0, 0)) CPU(1, PLAN(0, "3ms", 1, 0)), 1,
		     ":6: plan 0 has majorFrame 3000 us on processor 1, 2000 us on processor 0 "
		     "(line 5)");
	/* processor 2 is compared with processor 0, not with processor 1 */
	expect_error(CPU(0, PLAN(0, "2ms", 0, 0) PLAN(1, "4ms", 0, 0))
			     CPU(1, PLAN(0, "2ms", 1, 0) PLAN(1, "4ms", 1, 0))
				     CPU(2, PLAN(0, "2ms", 0, 1)),
		     2, ":7: processor 2 has no plan 1");
	assert_false(diag_seen("processor 1 has no plan"));
	assert_int_equal(diag_errors(), 1);
	/* a major frame of 0 is refused once, as such */
	expect_error(CPU(0, PLAN(0, "2ms", 0, 0)) CPU(1, PLAN(0, "0ms", 1, 0)), 1,
		     ":6: majorFrame must be > 0");
	assert_false(diag_seen("every processor switches plans"));
}

/* At most CONFIG_MAX_CPUS processors and vCPUs per partition, refused with both numbers. */
static void test_limits(void **state)
{
	struct cc_model *m;

	(void)state;
	assert_int_equal(sys(CPU(0, PLAN(0, "2ms", 0, 0)) CPU(1, PLAN(0, "2ms", 0, 1))
				     CPU(2, PLAN(0, "2ms", 0, 2)) CPU(3, PLAN(0, "2ms", 0, 3)),
			     4, &m),
			 0);
	assert_int_equal(m->cf.num_cpus, 4);
	assert_int_equal(m->cf.partitions[0].num_vcpus, 4);
	assert_int_equal(m->cf.cpus[3].id, 3);
	assert_int_equal(m->cf.slots[m->cf.cpus[3].plans[0].first_slot].vcpu_id, 3);
	free(m);
	expect_error(CPU(0, PLAN(0, "2ms", 0, 0)) CPU(1, PLAN(0, "2ms", 0, 1))
			     CPU(2, PLAN(0, "2ms", 0, 2)) CPU(3, PLAN(0, "2ms", 0, 3))
				     CPU(4, PLAN(0, "2ms", 1, 0)),
		     4, ":9: 5 processors, more than CONFIG_MAX_CPUS (4): raise CONFIG_MAX_CPUS");
	assert_int_equal(diag_errors(), 1); /* once, not per processor past the limit */
	expect_error(CPU(0, PLAN(0, "2ms", 0, 0)), 5,
		     ":11: noVCpus 5, more than CONFIG_MAX_CPUS (4): raise CONFIG_MAX_CPUS");
	expect_error(CPU(0, PLAN(0, "2ms", 0, 0)) CPU(0, PLAN(0, "2ms", 1, 0)), 1,
		     ":6: processor id 0 is not consecutive (expected 1)");
	expect_error(CPU(0, PLAN(0, "2ms", 0, 0)) CPU(2, PLAN(0, "2ms", 1, 0)), 1,
		     ":6: processor id 2 is not consecutive (expected 1)");
}

/* A (partition, vCPU) runs on one processor, in every plan; several vCPUs of a partition
 * may share a processor. */
static void test_bindings(void **state)
{
	(void)state;
	expect_error(CPU(0, PLAN(0, "2ms", 0, 0)) CPU(1, PLAN(0, "2ms", 0, 0)), 1,
		     ":6: partition 0 vCPU 0 is already bound to processor 0");
	expect_error(CPU(0, PLAN(0, "2ms", 0, 0) PLAN(1, "2ms", 0, 1))
			     CPU(1, PLAN(0, "2ms", 0, 1) PLAN(1, "2ms", 1, 0)),
		     2, ":6: partition 0 vCPU 1 is already bound to processor 0");
	expect_clean(CPU(0, PLAN(0, "2ms", 0, 0) PLAN(1, "2ms", 0, 1))
			     CPU(1, PLAN(0, "2ms", 1, 0) PLAN(1, "2ms", 1, 0)),
		     2);
	assert_int_equal(sys(CPU(0, PLAN(0, "2ms", 0, 0)) CPU(1, PLAN(0, "2ms", 1, 0)), 2, NULL),
			 0);
	assert_true(diag_seen(":12: warning: vCPU 1 of partition 0 is never scheduled"));
}

/* The boot's checker (built with MAX_CPUS=4 too) accepts every good system of
 * tests/config/cpus4/ and refuses one forged to bind a vCPU to a second processor. */
static void test_boot_check(void **state)
{
	struct config_error err;
	struct cc_model *m;
	glob_t g;
	size_t i;

	(void)state;
	assert_int_equal(glob(PRTOS_TOPDIR "/tests/config/cpus4/good-*.xml", 0, NULL, &g), 0);
	assert_true(g.gl_pathc >= 3);
	for (i = 0; i < g.gl_pathc; i++) {
		m = report_compile_file(g.gl_pathv[i]);
		assert_int_equal(diag_warnings(), 0);
		if (config_check(&m->cf, &err))
			fail_msg("%s: refused: %s", g.gl_pathv[i], err.msg);
		free(m);
	}
	globfree(&g);
	m = report_compile_file(PRTOS_TOPDIR "/tests/config/cpus4/good-cpus2.xml");
	assert_int_equal(m->cf.num_cpus, 2);
	assert_int_equal(m->cf.cpus[1].num_plans, 2);
	assert_int_equal(m->cf.slots[m->cf.cpus[1].plans[1].first_slot].vcpu_id, 1);
	m->cf.slots[m->cf.cpus[1].plans[1].first_slot].vcpu_id = 0; /* vCPU 0 runs on 0 */
	assert_int_equal(config_check(&m->cf, &err), CONFIG_E_SLOT);
	assert_non_null(strstr(err.msg, "second processor"));
	free(m);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_plan_rule),  cmocka_unit_test(test_plan_errors),
		cmocka_unit_test(test_limits),	   cmocka_unit_test(test_bindings),
		cmocka_unit_test(test_boot_check),
	};

	return cmocka_run_group_tests(tests, report_setup, report_teardown);
}

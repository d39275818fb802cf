/*
 * With the trace export on (Kconfig TRACE_EXPORT, this program is built with it),
 * COM2, its UART, is the core's: prtoscc refuses to grant its ports or its IRQ
 * line, and so does the boot's configuration checker (its x86 part) on a blob
 * that prtoscc did not check. The rest of the COM ports stay grantable.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "test_report_fixture.h"
#include "check.h"
#include "diag.h"
#include <prtos/config_check.h>

#ifndef CONFIG_TRACE_EXPORT
#error "built with -DCONFIG_TRACE_EXPORT=1 (tests/unit/trace_export_rules.mk)"
#endif

static const char xml_head[] =
	"<SystemDescription xmlns=\"http://www.prtos.org/prtos-1.x\" version=\"1.0.0\" "
	"name=\"export\">\n"
	"  <HwDescription>\n"
	"    <MemoryLayout><Region type=\"ram\" start=\"0x0\" size=\"512MB\"/></MemoryLayout>\n"
	"    <ProcessorTable><Processor id=\"0\"><CyclicPlanTable>\n"
	"      <Plan id=\"0\" majorFrame=\"2ms\">\n"
	"        <Slot id=\"0\" start=\"0ms\" duration=\"2ms\" partitionId=\"0\"/>\n"
	"      </Plan>\n"
	"    </CyclicPlanTable></Processor></ProcessorTable>\n"
	"    <Devices><Uart id=\"0\" baudRate=\"115200\" name=\"Uart\"/></Devices>\n"
	"  </HwDescription>\n"
	"  <PRTOSHypervisor console=\"Uart\"><PhysicalMemoryArea size=\"4MB\"/></PRTOSHypervisor>\n"
	"  <PartitionTable><Partition id=\"0\" name=\"P0\">\n"
	"    <PhysicalMemoryAreas><Area start=\"0x6000000\" size=\"1MB\"/></PhysicalMemoryAreas>\n";
static const char xml_tail[] = "  </Partition></PartitionTable>\n</SystemDescription>\n";

/* Compiles the system with hw (line 14) as P0's HwResources; cc_compile's result. */
static int compile_with(const char *hw, struct cc_model *m)
{
	char path[] = "/tmp/prtos-export-XXXXXX";
	int fd = mkstemp(path), ret;
	FILE *f;

	assert_true(fd >= 0);
	f = fdopen(fd, "w");
	assert_non_null(f);
	fprintf(f, "%s    <HwResources>%s</HwResources>\n%s", xml_head, hw, xml_tail);
	fclose(f);
	diag_reset();
	ret = cc_compile(path, m);
	unlink(path);
	return ret;
}

static void expect_refused(const char *hw, const char *msg)
{
	struct cc_model *m = malloc(sizeof(*m));

	assert_non_null(m);
	assert_int_equal(compile_with(hw, m), -1);
	if (!diag_seen(msg))
		fail_msg("expected \"%s\", last was \"%s\"", msg, diag_last());
	free(m);
}

/* prtoscc's table of what the hypervisor keeps. */
static void test_prtoscc_tables(void **state)
{
	(void)state;
	assert_non_null(strstr(hw_reserved_ports(0x2F8, 8), "trace export"));
	assert_non_null(hw_reserved_ports(0x2FF, 1));
	assert_non_null(hw_reserved_ports(0x2F0, 9));
	assert_null(hw_reserved_ports(0x2E8, 8)); /* COM4 */
	assert_null(hw_reserved_ports(0x3E8, 8)); /* COM3 */
	assert_non_null(strstr(hw_reserved_irq(3), "trace export"));
	assert_null(hw_reserved_irq(5));
}

/* prtoscc on XML that grants COM2, with file and line. */
static void test_prtoscc_refuses_com2(void **state)
{
	struct cc_model *m = malloc(sizeof(*m));

	(void)state;
	expect_refused("<IoPorts><Range base=\"0x2F8\" noPorts=\"8\"/></IoPorts>",
		       ":14: I/O ports 0x2f8-0x2ff include ports of the trace export's UART");
	expect_refused("<Interrupts lines=\"3\"/>", ":14: IRQ line 3 is reserved by the "
						    "hypervisor (the trace export's UART");
	assert_non_null(m);
	assert_int_equal(compile_with("<IoPorts><Range base=\"0x2E8\" noPorts=\"8\"/></IoPorts>"
				      "<Interrupts lines=\"5\"/>",
				      m),
			 0);
	free(m);
}

/* The boot's checker: its x86 rules, and a blob changed after prtoscc. */
static void test_boot_refuses_com2(void **state)
{
	struct prtos_conf_io_range com2 = {0x2F8, 8}, last = {0x2FF, 1}, com4 = {0x2E8, 8};
	struct cc_model *m = malloc(sizeof(*m));
	struct config_error err;

	(void)state;
	assert_non_null(strstr(arch_config_io_range(&com2), "trace export"));
	assert_non_null(arch_config_io_range(&last));
	assert_null(arch_config_io_range(&com4));
	assert_non_null(strstr(arch_config_irqs(1U << 3), "trace export"));
	assert_null(arch_config_irqs(1U << 5));
	assert_non_null(m);
	assert_int_equal(compile_with("<IoPorts><Range base=\"0x2E8\" noPorts=\"8\"/></IoPorts>"
				      "<Interrupts lines=\"5\"/>",
				      m),
			 0);
	assert_int_equal(config_check(&m->cf, &err), CONFIG_OK);
	m->cf.io_ranges[0].base = 0x2F8;
	assert_int_equal(config_check(&m->cf, &err), CONFIG_E_IO);
	assert_non_null(strstr(err.msg, "trace export"));
	m->cf.io_ranges[0].base = 0x2E8;
	m->cf.partitions[0].hw_irqs = 1U << 3;
	assert_int_equal(config_check(&m->cf, &err), CONFIG_E_IRQ);
	free(m);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_prtoscc_tables),
		cmocka_unit_test(test_prtoscc_refuses_com2),
		cmocka_unit_test(test_boot_refuses_com2),
	};

	return cmocka_run_group_tests_name("trace_export_rules", tests, report_setup,
					   report_teardown);
}

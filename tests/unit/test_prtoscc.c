/* Unit tests of prtoscc: value syntaxes, memory, schedule, HM and hardware rules, and a
 * whole-file compile into a blob whose fields and checksum are checked. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>
#include <libxml/parser.h>
#include <prtos/crc32.h>
#include <prtos/arch_abi.h>
#include "check.h"
#include "diag.h"
#include "prtoscc.h"
#include "values.h"

static void test_size(void **state)
{
	prtos_u32_t v = 0;

	(void)state;
	assert_null(val_size("1MB", &v));
	assert_int_equal(v, 1048576);
	assert_null(val_size("512KB", &v));
	assert_int_equal(v, 524288);
	assert_null(val_size("4096B", &v));
	assert_int_equal(v, 4096);
	assert_null(val_size("1.5KB", &v));
	assert_int_equal(v, 1536);
	assert_null(val_size("0.25MB", &v));
	assert_int_equal(v, 262144);
	assert_null(val_size("2.50000000000MB", &v)); /* trailing zeros past 9 digits */
	assert_int_equal(v, 2621440);
	assert_null(val_size("4095MB", &v));
	assert_int_equal(v, 4095U * 1048576U);
	assert_non_null(val_size("0.3B", &v));
	assert_non_null(val_size("1.0001KB", &v));
	assert_non_null(val_size("4096MB", &v)); /* 4 GiB does not fit */
	assert_non_null(val_size("99999999999999999999MB", &v));
	assert_non_null(val_size("1GB", &v));
	assert_non_null(val_size("MB", &v));
	assert_non_null(val_size(".5MB", &v));
	assert_non_null(val_size("1.MB", &v));
	assert_non_null(val_size("1 MB", &v));
	assert_non_null(val_size("", &v));
}

static void test_time(void **state)
{
	prtos_u32_t v = 0;

	(void)state;
	assert_null(val_time("500ms", &v));
	assert_int_equal(v, 500000);
	assert_null(val_time("2.5s", &v));
	assert_int_equal(v, 2500000);
	assert_null(val_time("100us", &v));
	assert_int_equal(v, 100);
	assert_null(val_time("0.001ms", &v));
	assert_int_equal(v, 1);
	assert_null(val_time("0.000001s", &v));
	assert_int_equal(v, 1);
	assert_null(val_time("0ms", &v));
	assert_int_equal(v, 0);
	assert_string_equal(val_time("1.5us", &v), "not a whole number of microseconds");
	assert_string_equal(val_time("0.0015ms", &v), "not a whole number of microseconds");
	assert_string_equal(val_time("0.0000001s", &v), "not a whole number of microseconds");
	assert_non_null(val_time("4295s", &v)); /* > 2^32 us */
	assert_null(val_time("4294s", &v));
	assert_non_null(val_time("5m", &v));
	assert_non_null(val_time("5", &v));
}

static void test_freq_hex_bool(void **state)
{
	prtos_u32_t v = 0;
	int b = -1;

	(void)state;
	assert_null(val_freq("1000MHz", &v));
	assert_int_equal(v, 1000000);
	assert_null(val_freq("500KHz", &v));
	assert_int_equal(v, 500);
	assert_null(val_freq("1.5MHz", &v));
	assert_int_equal(v, 1500);
	assert_non_null(val_freq("1.0005KHz", &v));
	assert_non_null(val_freq("100Hz", &v));
	assert_null(val_hex("0x6000000", &v));
	assert_int_equal(v, 0x6000000);
	assert_null(val_hex("0XffFFffFF", &v));
	assert_int_equal(v, 0xFFFFFFFFU);
	assert_non_null(val_hex("0x100000000", &v));
	assert_non_null(val_hex("0x", &v));
	assert_non_null(val_hex("1000", &v));
	assert_non_null(val_hex("0x12g", &v));
	assert_null(val_dec("42", &v));
	assert_int_equal(v, 42);
	assert_non_null(val_dec("4294967296", &v));
	assert_non_null(val_dec("-1", &v));
	assert_null(val_num("0x10", &v));
	assert_int_equal(v, 16);
	assert_null(val_num("10", &v));
	assert_int_equal(v, 10);
	assert_null(val_bool("yes", &b));
	assert_int_equal(b, 1);
	assert_null(val_bool("true", &b));
	assert_int_equal(b, 1);
	assert_null(val_bool("no", &b));
	assert_int_equal(b, 0);
	assert_null(val_bool("false", &b));
	assert_int_equal(b, 0);
	assert_non_null(val_bool("YES", &b));
}

static void test_hm_names(void **state)
{
	int ev;

	(void)state;
	assert_int_equal(val_hm_event("PRTOS_HM_EV_FATAL_ERROR"), 0);
	assert_int_equal(val_hm_event("PRTOS_HM_EV_UNEXPECTED_TRAP"), 5);
	assert_int_equal(val_hm_event("PRTOS_HM_EV_X86_DIVIDE_ERROR"), 6);
	assert_int_equal(val_hm_event("PRTOS_HM_EV_X86_PAGE_FAULT"), 20);
	assert_int_equal(val_hm_event("PRTOS_HM_EV_X86_X87_FPU_ERROR"), 22);
	assert_int_equal(val_hm_event("PRTOS_HM_EV_X86_SIMD_FLOATING_POINT"), 25);
	assert_int_equal(val_hm_event("PRTOS_HM_EV_WATCHDOG_TIMER"), 26);
	assert_int_equal(val_hm_event("PRTOS_HM_EV_NOPE"), -1);
	assert_int_equal(val_hm_action("PRTOS_HM_AC_IGNORE"), 0);
	assert_int_equal(val_hm_action("PRTOS_HM_AC_SWITCH_TO_MAINTENANCE"), 10);
	assert_int_equal(val_hm_action("PRTOS_HM_AC_NOPE"), -1);
	assert_int_equal(val_hm_event("X86_PAGE_FAULT"), -1); /* the prefix is part of the name */
	assert_int_equal(val_hm_event("PRTOS_HM_EV_"), -1);
	assert_string_equal(val_hm_event_name(21), "?");
	assert_string_equal(val_hm_event_name(-1), "?");
	assert_string_equal(val_hm_event_name(PRTOS_HM_NUM_EVENTS), "?");
	assert_string_equal(val_hm_event_name(20), "PRTOS_HM_EV_X86_PAGE_FAULT");
	for (ev = 0; ev < PRTOS_HM_NUM_EVENTS; ev++)
		if (ev != 21)
			assert_int_equal(val_hm_event(val_hm_event_name(ev)), ev);
	assert_string_equal(val_hm_action_name(8), "PRTOS_HM_AC_HYPERVISOR_HALT");
}

static void test_overlap(void **state)
{
	(void)state;
	assert_false(mem_overlap(0x1000, 0x1000, 0x2000, 0x1000)); /* adjacent */
	assert_false(mem_overlap(0x2000, 0x1000, 0x1000, 0x1000));
	assert_true(mem_overlap(0x1000, 0x1001, 0x2000, 0x1000)); /* one byte */
	assert_true(mem_overlap(0x2000, 0x1000, 0x1FFF, 0x2));
	assert_true(mem_overlap(0x1000, 0x4000, 0x2000, 0x1000));      /* contains */
	assert_false(mem_overlap(0x1000, 0, 0x1000, 0x1000));	       /* empty */
	assert_true(mem_overlap(0xFFFFF000U, 0x1000, 0xFFFFFFFFU, 1)); /* at 4 GiB */
	assert_false(mem_overlap(0xFFFFF000U, 0x1000, 0, 0x1000));     /* no wrap */
	assert_true(mem_inside(0x1000, 0x1000, 0x1000, 0x1000));
	assert_true(mem_inside(0x0, 0x1000, 0x0, 0x20000000));
	assert_false(mem_inside(0x1000, 0x1001, 0x1000, 0x1000));
	assert_false(mem_inside(0xFFF, 0x10, 0x1000, 0x1000));
	assert_true(mem_inside(0xFFFFF000U, 0x1000, 0xFFF00000U, 0x100000));
	assert_true(mem_aligned(0x6000000));
	assert_false(mem_aligned(0x6000800));
}

static void test_schedule(void **state)
{
	struct prtos_conf_slot a = {0, 0, 1000, 0, 0}, b = {1, 1000, 1000, 0, 0};

	(void)state;
	assert_int_equal(sched_slot_check(2000, NULL, &a), SCHED_OK);
	assert_int_equal(sched_slot_check(2000, &a, &b), SCHED_OK); /* adjacent, ends at MAF */
	b.start = 999;
	assert_int_equal(sched_slot_check(2000, &a, &b), SCHED_OVERLAP);
	b.start = 1001;
	assert_int_equal(sched_slot_check(2000, &a, &b), SCHED_PAST_FRAME);
	b.start = 1000;
	b.duration = 0;
	assert_int_equal(sched_slot_check(2000, &a, &b), SCHED_TOO_SHORT);
	b.duration = CONFIG_MIN_SLOT_US - 1;
	assert_int_equal(sched_slot_check(2000, &a, &b), SCHED_TOO_SHORT);
	b.duration = CONFIG_MIN_SLOT_US;
	assert_int_equal(sched_slot_check(2000, &a, &b), SCHED_OK);
	a.start = 1000;
	b.start = 0;
	b.duration = 500;
	assert_int_equal(sched_slot_check(2000, &a, &b), SCHED_OUT_OF_ORDER);
	a.start = 0;
	a.duration = 0xFFFFFFFFU;
	assert_int_equal(sched_slot_check(0xFFFFFFFFU, NULL, &a), SCHED_OK);
	a.start = 1;
	assert_int_equal(sched_slot_check(0xFFFFFFFFU, NULL, &a), SCHED_PAST_FRAME);
	assert_string_equal(sched_verdict_text(SCHED_OVERLAP), "slot overlaps the previous slot");
}

static void test_hm_matrix(void **state)
{
	int ac;

	(void)state;
	/* Hypervisor level: only system-wide actions; a fatal error cannot be ignored. */
	assert_null(hm_action_check(0, PRTOS_HM_EV_FATAL_ERROR, PRTOS_HM_AC_HYPERVISOR_HALT));
	assert_null(hm_action_check(0, PRTOS_HM_EV_SYSTEM_ERROR, PRTOS_HM_AC_IGNORE));
	assert_null(
		hm_action_check(0, PRTOS_HM_EV_X86_PAGE_FAULT, PRTOS_HM_AC_HYPERVISOR_WARM_RESET));
	assert_null(
		hm_action_check(0, PRTOS_HM_EV_SYSTEM_ERROR, PRTOS_HM_AC_SWITCH_TO_MAINTENANCE));
	assert_non_null(hm_action_check(0, PRTOS_HM_EV_FATAL_ERROR, PRTOS_HM_AC_IGNORE));
	assert_non_null(hm_action_check(0, PRTOS_HM_EV_SYSTEM_ERROR, PRTOS_HM_AC_SHUTDOWN));
	assert_non_null(hm_action_check(0, PRTOS_HM_EV_SYSTEM_ERROR, PRTOS_HM_AC_SUSPEND));
	assert_non_null(hm_action_check(0, PRTOS_HM_EV_X86_PAGE_FAULT, PRTOS_HM_AC_PROPAGATE));
	assert_non_null(
		hm_action_check(0, PRTOS_HM_EV_MEM_PROTECTION, PRTOS_HM_AC_PARTITION_COLD_RESET));
	assert_non_null(hm_action_check(0, PRTOS_HM_EV_MEM_PROTECTION, PRTOS_HM_AC_PARTITION_HALT));
	/* Partition level: everything, but PROPAGATE only for traps, and nothing that
	 * resumes a faulting instruction unchanged (IGNORE, SWITCH_TO_MAINTENANCE). */
	for (ac = 0; ac < PRTOS_HM_MAX_ACTIONS; ac++) {
		if (ac == PRTOS_HM_AC_IGNORE || ac == PRTOS_HM_AC_SWITCH_TO_MAINTENANCE)
			assert_non_null(hm_action_check(1, PRTOS_HM_EV_X86_PAGE_FAULT, ac));
		else
			assert_null(hm_action_check(1, PRTOS_HM_EV_X86_PAGE_FAULT, ac));
		assert_null(hm_action_check(1, PRTOS_HM_EV_X86_BREAKPOINT, ac));
	}
	assert_null(hm_action_check(1, PRTOS_HM_EV_X86_OVERFLOW, PRTOS_HM_AC_IGNORE));
	assert_null(hm_action_check(1, PRTOS_HM_EV_X86_DEBUG, PRTOS_HM_AC_SWITCH_TO_MAINTENANCE));
	assert_non_null(hm_action_check(1, PRTOS_HM_EV_X86_DIVIDE_ERROR, PRTOS_HM_AC_IGNORE));
	assert_null(hm_action_check(1, PRTOS_HM_EV_FP_ERROR, PRTOS_HM_AC_PROPAGATE));
	assert_null(hm_action_check(1, PRTOS_HM_EV_X86_SIMD_FLOATING_POINT, PRTOS_HM_AC_PROPAGATE));
	assert_non_null(hm_action_check(1, PRTOS_HM_EV_FATAL_ERROR, PRTOS_HM_AC_PROPAGATE));
	assert_non_null(hm_action_check(1, PRTOS_HM_EV_PARTITION_ERROR, PRTOS_HM_AC_PROPAGATE));
	assert_non_null(hm_action_check(1, PRTOS_HM_EV_WATCHDOG_TIMER, PRTOS_HM_AC_PROPAGATE));
	assert_non_null(hm_action_check(1, 0, 11));
	assert_non_null(hm_action_check(1, 27, 0));
}

static void test_hw_rules(void **state)
{
	(void)state;
	assert_non_null(hw_reserved_irq(0));
	assert_non_null(hw_reserved_irq(4));
	assert_null(hw_reserved_irq(3));
	assert_null(hw_reserved_irq(15));
	assert_non_null(hw_reserved_ports(0x20, 1));
	assert_non_null(hw_reserved_ports(0x1F, 2));
	assert_null(hw_reserved_ports(0x22, 0x1E));
	assert_non_null(hw_reserved_ports(0x43, 1));
	assert_null(hw_reserved_ports(0x44, 4));
	assert_non_null(hw_reserved_ports(0x3F0, 9));
	assert_null(hw_reserved_ports(0x2F8, 8));
	assert_non_null(hw_reserved_ports(0xF4, 1));
	assert_non_null(hw_reserved_ports(0xA1, 1));
}

/* The ports that reset the machine, drive the core's clock calibration or reach PCI. */
static void test_hw_platform_ports(void **state)
{
	(void)state;
	assert_null(hw_reserved_ports(0x60, 1));
	assert_non_null(hw_reserved_ports(0x61, 1));
	assert_non_null(hw_reserved_ports(0x60, 2));
	assert_null(hw_reserved_ports(0x62, 0x0E));
	assert_null(hw_reserved_ports(0x91, 1));
	assert_non_null(hw_reserved_ports(0x92, 1));
	assert_non_null(hw_reserved_ports(0x90, 4));
	assert_null(hw_reserved_ports(0x93, 1));
	assert_null(hw_reserved_ports(0xCF0, 8));
	assert_non_null(hw_reserved_ports(0xCF0, 9));
	assert_non_null(hw_reserved_ports(0xCF9, 1));
	assert_non_null(hw_reserved_ports(0xCFF, 1));
	assert_null(hw_reserved_ports(0xD00, 0x100));
	assert_string_equal(hw_reserved_ports(0x92, 1),
			    "the system control port A (its bit 0 resets the machine)");
}

/* The x86 PC memory partitions may not use: edges of the low memory and the device window. */
static void test_platform_mem(void **state)
{
	const prtos_u32_t low = PRTOS_X86_LOW_RESERVED_END;
	const prtos_u32_t win = PRTOS_X86_DEVICE_WINDOW_START,
			  win_end = PRTOS_X86_DEVICE_WINDOW_END;

	(void)state;
	assert_non_null(platform_low_phys(0, 0x1000));
	assert_non_null(platform_low_phys(0x100000, 0x1000));	  /* the loader */
	assert_non_null(platform_low_phys(low - 0x1000, 0x2000)); /* partly */
	assert_null(platform_low_phys(low, 0x1000));
	assert_null(platform_low_phys(0x6000000, 0x100000));
	assert_null(platform_low_phys(0, 0)); /* empty */
	assert_non_null(platform_low_virt(0x10000, 0x1000));
	assert_null(platform_low_virt(low, 0x1000));
	assert_non_null(platform_device_window(win, 0x1000));
	assert_non_null(platform_device_window(0xFEE00000U, 0x1000)); /* local APIC */
	assert_non_null(platform_device_window(win - 0x1000, 0x2000));
	assert_non_null(platform_device_window(win_end - 0x1000, 0x1000));
	assert_non_null(platform_device_window(0x80000000U, 0x7F000000U)); /* spans it */
	assert_null(platform_device_window(win - 0x1000, 0x1000));
	assert_null(platform_device_window(win_end, 0x1000));
	assert_null(platform_device_window(0, low));
	assert_string_equal(platform_low_phys(0, 0x1000),
			    "lies in the first 2 MiB (legacy memory and the resident loader)");
	assert_string_equal(platform_device_window(win, 1),
			    "overlaps the platform device window 0xfec00000-0xfeffffff "
			    "(IO-APIC, HPET, local APIC)");
}

/* ---- whole-file compile ---- */

static const char good_xml[] =
	"<SystemDescription xmlns=\"http://www.prtos.org/prtos-1.x\" version=\"1.0.0\" "
	"name=\"unit\">\n"
	"  <PartitionTable>\n"
	"    <Partition id=\"0\" name=\"Alpha\" flags=\"system fp\" console=\"Uart\">\n"
	"      <PhysicalMemoryAreas>\n"
	"        <Area start=\"0x6000000\" size=\"1MB\" mappedAt=\"0x400000\"/>\n"
	"        <Area name=\"shm\" start=\"0x6800000\" size=\"4KB\" flags=\"shared\"/>\n"
	"      </PhysicalMemoryAreas>\n"
	"      <PortTable><Port name=\"Out\" direction=\"source\" type=\"queuing\"/></PortTable>\n"
	"      <HealthMonitor>\n"
	"        <Event name=\"PRTOS_HM_EV_X86_PAGE_FAULT\" action=\"PRTOS_HM_AC_PROPAGATE\" "
	"log=\"yes\"/>\n"
	"      </HealthMonitor>\n"
	"      <HwResources><Interrupts lines=\"3 7\"/></HwResources>\n"
	"    </Partition>\n"
	"    <Partition id=\"1\">\n"
	"      <PhysicalMemoryAreas>\n"
	"        <Area start=\"0x6200000\" size=\"256KB\"/>\n"
	"        <Area start=\"0x6800000\" size=\"4KB\" flags=\"shared\"/>\n"
	"      </PhysicalMemoryAreas>\n"
	"      <PortTable><Port name=\"In\" direction=\"destination\" "
	"type=\"queuing\"/></PortTable>\n"
	"    </Partition>\n"
	"  </PartitionTable>\n"
	"  <PRTOSHypervisor console=\"Uart\"><PhysicalMemoryArea size=\"2MB\"/></PRTOSHypervisor>\n"
	"  <Channels><QueuingChannel maxMessageLength=\"32B\" maxNoMessages=\"8\">\n"
	"    <Source partitionId=\"0\" portName=\"Out\"/><Destination partitionId=\"1\" "
	"portName=\"In\"/>\n"
	"  </QueuingChannel></Channels>\n"
	"  <HwDescription>\n"
	"    <Devices><Uart id=\"0\" baudRate=\"115200\" name=\"Uart\"/></Devices>\n"
	"    <MemoryLayout><Region type=\"ram\" start=\"0x0\" size=\"512MB\"/></MemoryLayout>\n"
	"    <ProcessorTable><Processor id=\"0\" frequency=\"1.5MHz\"><CyclicPlanTable>\n"
	"      <Plan id=\"0\" majorFrame=\"2ms\">\n"
	"        <Slot id=\"0\" start=\"0ms\" duration=\"1ms\" partitionId=\"0\"/>\n"
	"        <Slot id=\"1\" start=\"1ms\" duration=\"0.5ms\" partitionId=\"1\"/>\n"
	"      </Plan>\n"
	"    </CyclicPlanTable></Processor></ProcessorTable>\n"
	"  </HwDescription>\n"
	"</SystemDescription>\n";

/* Write text to a temporary file; the caller unlinks and frees the path. */
static char *write_temp(const char *text)
{
	char *path = strdup("/tmp/prtoscc-unit-XXXXXX");
	int fd;

	assert_non_null(path);
	fd = mkstemp(path);
	assert_true(fd >= 0);
	assert_int_equal(write(fd, text, strlen(text)), (ssize_t)strlen(text));
	close(fd);
	return path;
}

static int compile_text(const char *text, struct cc_model *m)
{
	char *path = write_temp(text);
	int ret;

	diag_reset();
	ret = cc_compile(path, m);
	unlink(path);
	free(path);
	return ret;
}

static void check_blob_header(const struct prtos_config *cf)
{
	struct prtos_config *copy = malloc(sizeof(*copy));

	assert_non_null(copy);
	assert_int_equal(cf->signature, PRTOS_CONFIG_SIGNATURE);
	assert_int_equal(cf->version, PRTOS_CONFIG_VERSION);
	assert_int_equal(cf->size, sizeof(*cf));
	assert_int_equal(cf->abi_version, PRTOS_ABI_VERSION_WORD);
	memcpy(copy, cf, sizeof(*copy));
	copy->checksum = 0;
	assert_int_equal(cf->checksum, prtos_crc32(0, copy, sizeof(*copy)));
	free(copy);
}

static void check_blob_tables(const struct prtos_config *cf)
{
	const struct prtos_conf_partition *p0 = &cf->partitions[0], *p1 = &cf->partitions[1];

	assert_string_equal(cf->name, "unit");
	assert_int_equal(cf->hyp.start, CONFIG_PRTOS_LOAD_ADDR);
	assert_int_equal(cf->hyp.size, 2 * 1024 * 1024);
	assert_int_equal(cf->hyp.console.type, PRTOS_DEV_UART);
	assert_int_equal(cf->cpus[0].freq_khz, 1500);
	assert_int_equal(cf->cpus[0].plans[0].major_frame, 2000);
	assert_int_equal(cf->num_slots, 2);
	assert_int_equal(cf->slots[1].start, 1000);
	assert_int_equal(cf->slots[1].duration, 500);
	assert_int_equal(cf->num_partitions, 2);
	assert_string_equal(p0->name, "Alpha");
	assert_string_equal(p1->name, "Partition1"); /* default name */
	assert_int_equal(p0->flags, PRTOS_PART_SYSTEM | PRTOS_PART_FP);
	assert_int_equal(p0->num_vcpus, 1);
	assert_int_equal(p0->link_addr, 0x400000);
	assert_int_equal(p1->link_addr, 0x6200000);
	assert_int_equal(cf->areas[p0->first_area + 1].mapped_at, 0x6800000);
	assert_int_equal(cf->areas[p0->first_area + 1].flags, PRTOS_MEM_AREA_SHARED);
	assert_int_equal(p0->hw_irqs, (1U << 3) | (1U << 7));
	assert_int_equal(cf->num_channels, 1);
	assert_int_equal(cf->channels[0].type, PRTOS_CHANNEL_QUEUING);
	assert_int_equal(cf->channels[0].max_msg_length, 32);
	assert_int_equal(cf->channels[0].source_port, p0->first_port);
	assert_int_equal(cf->ports[p1->first_port].channel, 0);
}

static void check_blob_hm(const struct prtos_config *cf)
{
	const struct prtos_conf_partition *p0 = &cf->partitions[0], *p1 = &cf->partitions[1];

	assert_int_equal(cf->hyp.hm[PRTOS_HM_EV_FATAL_ERROR].action, PRTOS_HM_AC_HYPERVISOR_HALT);
	assert_int_equal(cf->hyp.hm[PRTOS_HM_EV_X86_PAGE_FAULT].log, 1);
	assert_int_equal(p0->hm[PRTOS_HM_EV_X86_PAGE_FAULT].action, PRTOS_HM_AC_PROPAGATE);
	assert_int_equal(p0->hm[PRTOS_HM_EV_X86_PAGE_FAULT].log, 1);
	assert_int_equal(p1->hm[PRTOS_HM_EV_X86_PAGE_FAULT].action, PRTOS_HM_AC_PARTITION_HALT);
	assert_int_equal(p1->hm[PRTOS_HM_EV_X86_PAGE_FAULT].log, 0);
	assert_int_equal(p1->hm[PRTOS_HM_EV_PARTITION_ERROR].log, 1);
	assert_int_equal(p1->hm[PRTOS_HM_EV_WATCHDOG_TIMER].log, 1);
}

static void test_compile_good(void **state)
{
	struct cc_model *m = malloc(sizeof(*m));

	(void)state;
	assert_non_null(m);
	assert_int_equal(compile_text(good_xml, m), 0);
	assert_int_equal(diag_errors(), 0);
	assert_int_equal(diag_warnings(), 0);
	check_blob_header(&m->cf);
	check_blob_tables(&m->cf);
	check_blob_hm(&m->cf);
	free(m);
}

/* Compile good_xml with its first `from` replaced by `to`; returns cc_compile's result. */
static int compile_edit(const char *from, const char *to)
{
	struct cc_model *m = malloc(sizeof(*m));
	char *text = malloc(sizeof(good_xml) + strlen(to));
	const char *at = strstr(good_xml, from);
	int ret;

	assert_non_null(m);
	assert_non_null(text);
	assert_non_null(at);
	snprintf(text, sizeof(good_xml) + strlen(to), "%.*s%s%s", (int)(at - good_xml), good_xml,
		 to, at + strlen(from));
	ret = compile_text(text, m);
	free(text);
	free(m);
	return ret;
}

/* Replace the first `from` in good_xml by `to` and expect an error containing `msg`. */
static void expect_error(const char *from, const char *to, const char *msg)
{
	int ret = compile_edit(from, to);

	assert_int_equal(ret, -1);
	assert_true(diag_errors() > 0);
	if (!diag_seen(msg))
		fail_msg("expected \"%s\", last was \"%s\"", msg, diag_last());
}

static void test_compile_errors(void **state)
{
	(void)state;
	expect_error("start=\"0x6200000\" size=\"256KB\"", "start=\"0x60F0000\" size=\"256KB\"",
		     ":16: area overlaps the area at line 5");
	expect_error("<Area start=\"0x6800000\" size=\"4KB\" flags=\"shared\"/>",
		     "<Area start=\"0x6800000\" size=\"4KB\"/>", ":17: area overlaps");
	expect_error("duration=\"0.5ms\"", "duration=\"0.5us\"", ":32: duration=\"0.5us\"");
	expect_error("duration=\"0.5ms\"", "duration=\"1.5ms\"", ":32: slot ends after");
	expect_error("partitionId=\"1\"/>", "partitionId=\"2\"/>", ":32: slot refers to unknown");
	expect_error("<Partition id=\"1\">", "<Partition id=\"3\">", ":14: partition id 3");
	expect_error("size=\"2MB\"", "size=\"2MB\" flags=\"read-only\"", ":22: hypervisor area");
	expect_error("<Interrupts lines=\"3 7\"/>", "<Interrupts lines=\"0\"/>", ":12: IRQ line 0");
	expect_error("portName=\"In\"", "portName=\"Nope\"", ":24: partition 1 has no port");
	expect_error("mappedAt=\"0x400000\"", "mappedAt=\"0xFFBFF000\"", ":5: area is mapped at");
	expect_error("<Slot id=\"0\"", "<Bogus/><Slot id=\"0\"", ":31: Element 'Bogus'");
	expect_error("console=\"Uart\">\n", "console=\"Vga\">\n", ":3: unknown console device");
}

/* Partition memory over the platform's low memory or device registers, in the compiled file. */
static void test_compile_platform_mem(void **state)
{
	const char *p1_area = "<Area start=\"0x6200000\" size=\"256KB\"/>";
	const char *uart = "<Uart id=\"0\" baudRate=\"115200\" name=\"Uart\"/>";
	const char *ram = "<Region type=\"ram\" start=\"0x0\" size=\"512MB\"/>";

	(void)state;
	expect_error(p1_area, "<Area start=\"0x100000\" size=\"256KB\" mappedAt=\"0x6400000\"/>",
		     ":16: area 0x00100000-0x0013ffff lies in the first 2 MiB (legacy memory and "
		     "the resident loader)");
	expect_error("mappedAt=\"0x400000\"", "mappedAt=\"0x0\"",
		     ":5: area mapped at 0x00000000-0x000fffff lies in the first 2 MiB of virtual "
		     "space");
	expect_error("mappedAt=\"0x400000\"", "mappedAt=\"0x1FF000\"",
		     ":5: area mapped at 0x001ff000-0x002fefff lies in the first 2 MiB");
	expect_error(p1_area, "<Area start=\"0xFED00000\" size=\"4KB\"/>",
		     ":16: area overlaps the platform device window 0xfec00000-0xfeffffff");
	expect_error(ram,
		     "<Region type=\"ram\" start=\"0x0\" size=\"512MB\"/>"
		     "<Region type=\"rom\" start=\"0xFEC00000\" size=\"4KB\"/>",
		     ":28: region overlaps the platform device window");
	expect_error(uart,
		     "<Uart id=\"0\" baudRate=\"115200\" name=\"Uart\"/>"
		     "<MemoryBlock name=\"Log\" start=\"0xFEE00000\" size=\"4KB\"/>",
		     ":27: memory block overlaps the platform device window");
	expect_error(uart,
		     "<Uart id=\"0\" baudRate=\"115200\" name=\"Uart\"/>"
		     "<MemoryBlock name=\"Log\" start=\"0x80000\" size=\"4KB\"/>",
		     ":27: memory block 0x00080000-0x00080fff lies in the first 2 MiB");
	/* An unmapped area has no virtual placement, but its physical one is still checked. */
	assert_int_equal(compile_edit(p1_area, "<Area start=\"0x6200000\" size=\"256KB\"/>"
					       "<Area start=\"0x6300000\" size=\"4KB\" "
					       "flags=\"unmapped\" mappedAt=\"0x0\"/>"),
			 0);
	expect_error(p1_area,
		     "<Area start=\"0x6200000\" size=\"256KB\"/>"
		     "<Area start=\"0x1000\" size=\"4KB\" flags=\"unmapped\"/>",
		     ":16: area 0x00001000-0x00001fff lies in the first 2 MiB");
	/* A region may cover the low memory: good_xml's RAM region starts at 0x0. */
	assert_int_equal(compile_edit(ram, ram), 0);
}

static void test_compile_unreadable(void **state)
{
	struct cc_model *m = malloc(sizeof(*m));

	(void)state;
	assert_non_null(m);
	diag_reset();
	assert_int_equal(cc_compile("/nonexistent/prtoscc.xml", m), -1);
	assert_true(diag_errors() > 0);
	assert_int_equal(compile_text("<SystemDescription", m), -1);
	free(m);
}

static int setup(void **state)
{
	(void)state;
	diag_set_quiet(1);
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	xmlCleanupParser();
	return 0;
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_size),
		cmocka_unit_test(test_time),
		cmocka_unit_test(test_freq_hex_bool),
		cmocka_unit_test(test_hm_names),
		cmocka_unit_test(test_overlap),
		cmocka_unit_test(test_schedule),
		cmocka_unit_test(test_hm_matrix),
		cmocka_unit_test(test_hw_rules),
		cmocka_unit_test(test_hw_platform_ports),
		cmocka_unit_test(test_platform_mem),
		cmocka_unit_test(test_compile_good),
		cmocka_unit_test(test_compile_errors),
		cmocka_unit_test(test_compile_platform_mem),
		cmocka_unit_test(test_compile_unreadable),
	};

	return cmocka_run_group_tests_name("prtoscc", tests, setup, teardown);
}

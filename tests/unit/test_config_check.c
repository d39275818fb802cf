/*
 * Unit tests of the configuration checker (core/lib/config_check*.c and its x86 part),
 * the one the loader and the core run at boot:
 * - every configuration in the tree (examples, scenarios, benchmarks, the good and warn
 *   catalogue), compiled with prtoscc's own sources, passes;
 * - each forgery of tests/tools/forge.h below (the table first, then one or
 *   more per rule) is refused by the rule it breaks; a few legal variants pass;
 * - random damage never makes the checker read outside the blob (ASan, UBSan);
 * - prtoscc reports a blob the check refuses as an internal error.
 */
#include <glob.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include <libxml/parser.h>
#include <prtos/config_check.h>
#include "diag.h"
#include "forge.h"
#include "prtoscc.h"

/* The system the forgeries start from: the forged_* QEMU scenarios' (same indexes). */
#define BASE_XML TOPDIR_PATH "/tests/qemu/common/forged_cf.x86.xml"
#define MAX_WORDS 20

struct forgery {
	const char *name;
	const char *words; /* forge.h words, space-separated; ";" separates forgeries */
	enum config_errcode code;
	const char *msg; /* a part of the message, or NULL */
};

static const struct forgery forgeries[] = {
	/* The table (issue 17), in its order. */
	{"issue_area_onto_other_partition", "area 3 start 0x06000000", CONFIG_E_OVERLAP,
	 "overlaps (not both shared)"},
	{"issue_area_onto_hypervisor", "area 3 start 0x01000000", CONFIG_E_OVERLAP,
	 "hypervisor's area"},
	{"issue_every_port_channel", "set port all channel 0x7FFFFFF", CONFIG_E_PORT,
	 "channel out of range"},
	{"issue_slot_past_frame", "set slot 1 duration 0x7FFFFF00", CONFIG_E_SLOT,
	 "ends after its plan's major frame"},
	{"issue_slot_partition_9", "set slot 1 partition_id 9", CONFIG_E_SLOT,
	 "partition that does not exist"},
	{"issue_plan_slot_count", "set plan 0 num_slots 100000", CONFIG_E_INDEX, "slots outside"},
	{"issue_partition_port_count", "set partition 0 num_ports 100000", CONFIG_E_INDEX,
	 "ports outside"},
	{"issue_partition_count", "set config 0 num_partitions 0xFFFF", CONFIG_E_COUNT,
	 "number of partitions"},
	/* header */
	{"header_signature", "set config 0 signature 0", CONFIG_E_HEADER, "signature"},
	{"header_size", "set config 0 size 100", CONFIG_E_HEADER, "size"},
	{"header_version", "config-version 0x020000", CONFIG_E_HEADER, "another version"},
	/* counts */
	{"count_no_partition", "set config 0 num_partitions 0", CONFIG_E_COUNT, NULL},
	{"count_regions", "set config 0 num_regions 9", CONFIG_E_COUNT, "regions"},
	{"count_no_region", "set config 0 num_regions 0", CONFIG_E_COUNT, "regions"},
	{"count_cpus", "set config 0 num_cpus 5", CONFIG_E_COUNT, "processors"},
	{"count_slots", "set config 0 num_slots 65", CONFIG_E_COUNT, "slots"},
	{"count_areas", "set config 0 num_areas 65", CONFIG_E_COUNT, "areas"},
	{"count_ports", "set config 0 num_ports 33", CONFIG_E_COUNT, "ports"},
	{"count_channels", "set config 0 num_channels 17", CONFIG_E_COUNT, "channels"},
	{"count_ipvis", "set config 0 num_ipvis 9", CONFIG_E_COUNT, "IPVIs"},
	{"count_io_ranges", "set config 0 num_io_ranges 33", CONFIG_E_COUNT, "I/O"},
	{"count_uarts", "set config 0 devices.num_uarts 5", CONFIG_E_COUNT, "UARTs"},
	{"count_vga", "set config 0 devices.has_vga 2", CONFIG_E_COUNT, "VGA"},
	{"count_memblocks", "set config 0 devices.num_memblocks 9", CONFIG_E_COUNT, "memory"},
	{"count_loader_areas", "set config 0 rsw.num_areas 5", CONFIG_E_COUNT, "loader"},
	{"count_no_plan", "set cpu 0 num_plans 0", CONFIG_E_COUNT, "plans"},
	{"count_plans", "set cpu 0 num_plans 5", CONFIG_E_COUNT, "plans"},
	{"count_no_area", "set partition 0 num_areas 0", CONFIG_E_COUNT, "areas"},
	{"count_partition_areas", "set partition 0 num_areas 33", CONFIG_E_COUNT, "areas"},
	/* table ranges (first_* and counts) */
	{"range_plan_first_slot", "set plan 1 first_slot 0", CONFIG_E_INDEX, "slots"},
	{"range_slot_in_no_plan", "set plan 1 num_slots 0", CONFIG_E_INDEX, "in no plan"},
	{"range_slot_table_short", "set config 0 num_slots 2", CONFIG_E_INDEX, "slots"},
	{"range_first_port", "set partition 1 first_port 0", CONFIG_E_INDEX, "ports"},
	{"range_first_area", "set partition 1 first_area 0", CONFIG_E_INDEX, "areas"},
	{"range_area_count", "set partition 0 num_areas 1", CONFIG_E_INDEX, "areas"},
	{"range_area_of_no_partition", "set partition 1 num_areas 1", CONFIG_E_INDEX,
	 "belong to no partition"},
	{"range_port_table_short", "set config 0 num_ports 3", CONFIG_E_INDEX, "ports"},
	{"range_first_io_range", "set partition 0 first_io_range 1", CONFIG_E_INDEX, "I/O"},
	/* ids */
	{"id_partition", "set partition 1 id 0", CONFIG_E_ID, NULL},
	{"id_plan", "set plan 1 id 0", CONFIG_E_ID, NULL},
	{"id_cpu", "set cpu 0 id 1", CONFIG_E_ID, NULL},
	{"id_slot", "set slot 1 id 5", CONFIG_E_ID, NULL},
	/* names */
	{"name_unterminated", "name-fill partition 1", CONFIG_E_NAME, "not terminated"},
	{"name_newline", "name 0 R\\nPRTOS_PANIC:", CONFIG_E_NAME, "printable"},
	{"name_system", "name-fill config 0", CONFIG_E_NAME, "system name"},
	{"name_area", "name-fill area 0", CONFIG_E_NAME, NULL},
	{"name_port", "name-fill port 2", CONFIG_E_NAME, NULL},
	{"name_plan", "name-fill plan 0", CONFIG_E_NAME, NULL},
	{"name_memblock", "name-fill memblock 0", CONFIG_E_NAME, NULL},
	/* regions and the hypervisor's area */
	{"region_type", "set region 0 type 2", CONFIG_E_REGION, "type"},
	{"region_unaligned", "set region 0 size 0x1000001", CONFIG_E_REGION, "aligned"},
	{"region_device_window", "set region 0 size 0xFF000000", CONFIG_E_REGION, "device window"},
	{"region_overlap", "set config 0 num_regions 2 ; set region 1 size 0x1000", CONFIG_E_REGION,
	 "overlaps"},
	{"hypervisor_start", "set hyp 0 start 0x02000000", CONFIG_E_HYPERVISOR, "load address"},
	{"hypervisor_size", "set hyp 0 size 0", CONFIG_E_HYPERVISOR, NULL},
	{"hypervisor_shared", "set hyp 0 flags 1", CONFIG_E_HYPERVISOR, "shared"},
	{"loader_area_over_core",
	 "set config 0 rsw.num_areas 1 ; set rsw 0 start 0x01000000 ; set rsw 0 size 0x1000",
	 CONFIG_E_REGION, "hypervisor"},
	{"loader_area_outside_regions",
	 "set config 0 rsw.num_areas 1 ; set rsw 0 start 0x30000000 ; set rsw 0 size 0x1000",
	 CONFIG_E_REGION, "region"},
	/* memory blocks */
	{"memblock_low", "memblock 0 0x00080000", CONFIG_E_MEMBLOCK, "first 2 MiB"},
	{"memblock_over_core", "memblock 0 0x01000000", CONFIG_E_MEMBLOCK, "hypervisor"},
	{"memblock_phys_top",
	 "set config 0 num_regions 2 ; set region 1 start 0xFFC00000 ; set region 1 size 0x400000 "
	 "; "
	 "memblock 0 0xFFF00000",
	 CONFIG_E_MEMBLOCK, "top 4 MiB"},
	{"memblock_outside_ram", "memblock 0 0x30000000", CONFIG_E_MEMBLOCK, "RAM"},
	{"memblock_overlap",
	 "set config 0 devices.num_memblocks 2 ; set memblock 1 start 0x7008000 ; "
	 "set memblock 1 size 0x1000",
	 CONFIG_E_MEMBLOCK, "overlaps"},
	/* partition areas */
	{"area_onto_memblock", "area 3 start 0x07000000", CONFIG_E_OVERLAP, "memory block"},
	{"area_onto_loader",
	 "set config 0 rsw.num_areas 1 ; set rsw 0 start 0x06800000 ; set rsw 0 size 0x1000",
	 CONFIG_E_OVERLAP, "loader area"},
	{"area_mapped_at_0", "area 1 mapped 0x0", CONFIG_E_RESERVED, "first 2 MiB"},
	{"area_low_memory", "area 1 start 0x00100000", CONFIG_E_RESERVED, "first 2 MiB"},
	{"area_mapped_top", "area 1 mapped 0xFFC00000", CONFIG_E_RESERVED, "0xFFC00000"},
	{"area_mapped_core_window", "area 1 mapped 0x01000000", CONFIG_E_RESERVED, "4 MiB windows"},
	{"area_phys_top",
	 "set config 0 num_regions 2 ; set region 1 start 0xFFC00000 ; set region 1 size 0x400000 "
	 "; "
	 "area 1 start 0xFFD00000",
	 CONFIG_E_RESERVED, "top 4 MiB"},
	{"area_local_apic", "area 1 start 0xFEE00000", CONFIG_E_AREA, "RAM region"},
	{"area_unaligned", "area 1 start 0x06800800", CONFIG_E_AREA, "aligned"},
	{"area_empty", "set area 1 size 0", CONFIG_E_AREA, NULL},
	{"area_wraps", "area 1 start 0xFFFFF000 ; set area 1 size 0x2000", CONFIG_E_AREA, NULL},
	{"area_flags", "set area 1 flags 0x400", CONFIG_E_AREA, "flags"},
	{"area_mapped_unaligned", "area 1 mapped 0x06800800", CONFIG_E_AREA, "mapped"},
	{"area_mapping_overlap", "area 1 mapped 0x06000000", CONFIG_E_OVERLAP, "mapped over"},
	{"area_both_shared_ok", "set area 1 flags 1 ; set area 3 flags 1 ; area 3 start 0x06800000",
	 CONFIG_OK, NULL},
	{"area_one_shared", "set area 1 flags 1 ; area 3 start 0x06800000", CONFIG_E_OVERLAP,
	 "not both shared"},
	{"area_unmapped_at_0_ok", "set area 1 flags 2 ; area 1 mapped 0x0 ; pools", CONFIG_OK,
	 NULL},
	{"area_unmapped_low", "set area 1 flags 2 ; area 1 start 0x1000", CONFIG_E_RESERVED,
	 "first 2 MiB"},
	/* device references */
	{"uart_baud", "set uart 0 baud_rate 12345", CONFIG_E_DEVICE, "baud rate"},
	{"uart_baud_zero", "set uart 0 baud_rate 0", CONFIG_E_DEVICE, "baud rate"},
	{"uart_baud_fast", "set uart 0 baud_rate 230400", CONFIG_E_DEVICE, "baud rate"},
	{"uart_baud_9600_ok", "set uart 0 baud_rate 9600", CONFIG_OK, NULL},
	{"device_hyp_console", "set hyp 0 console.type 3", CONFIG_E_DEVICE, "console"},
	{"device_uart_index", "set hyp 0 console.index 1", CONFIG_E_DEVICE, "console"},
	{"device_no_vga", "set partition 0 console.type 2", CONFIG_E_DEVICE, "console"},
	{"device_hm_log", "set hyp 0 hm_device.index 1", CONFIG_E_DEVICE, "health-monitor"},
	{"device_trace_shares_log", "set partition 0 trace_device.type 3", CONFIG_E_DEVICE,
	 "memory block of its own"},
	{"device_hyp_trace_shares_log", "set hyp 0 trace_device.type 3", CONFIG_E_DEVICE, "trace"},
	/* schedule */
	{"slot_vcpu", "set slot 1 vcpu_id 1", CONFIG_E_SLOT, "vCPU"},
	/* The first id past the two partitions (make mutate: check-slot-partition). */
	{"slot_partition_2", "set slot 1 partition_id 2", CONFIG_E_SLOT,
	 "partition that does not exist"},
	{"slot_overlap", "set slot 1 start 0x100", CONFIG_E_SLOT, "overlaps"},
	{"slot_order", "set slot 0 start 500", CONFIG_E_SLOT, "before the previous"},
	{"slot_zero", "set slot 0 duration 0", CONFIG_E_SLOT, "shorter than CONFIG_MIN_SLOT_US"},
	{"slot_short", "set slot 0 duration 49", CONFIG_E_SLOT, "shorter than CONFIG_MIN_SLOT_US"},
	{"plan_major_frame_zero", "set plan 0 major_frame 0", CONFIG_E_PLAN, "major frame"},
	{"plan_major_frame_short", "set plan 0 major_frame 500", CONFIG_E_SLOT, "major frame"},
	/* partitions: flags, vCPUs, temporal requirements, HM, IRQs, I/O ports */
	{"partition_flags", "set partition 0 flags 0x1", CONFIG_E_PARTITION, "flags"},
	{"partition_vcpus", "set partition 0 num_vcpus 5", CONFIG_E_PARTITION, "vCPUs"},
	{"partition_temporal", "set partition 0 duration 10", CONFIG_E_PARTITION, "period"},
	{"spaces_pt_pool_full_ok",
	 "area 3 start 0x08000000 ; area 3 mapped 0x08000000 ; set area 3 size 0x0E000000 ; "
	 "pools",
	 CONFIG_OK, NULL}, /* 1 + (2 + 2) + (2 + 1 + 56) = 64 page tables: all of them */
	{"spaces_pt_pool_one_more",
	 "area 3 start 0x08000000 ; area 3 mapped 0x08000000 ; set area 3 size 0x0E001000",
	 CONFIG_E_PARTITION, "page-table pool"},
	{"spaces_pt_pool", "area 3 start 0x08000000 ; set area 3 size 0x0F000000",
	 CONFIG_E_PARTITION, "page-table pool"},
	{"hm_action", "hm 1 20 200", CONFIG_E_HM, "action"},
	{"hm_hyp_action", "hm hyp 3 11", CONFIG_E_HM, "hypervisor's"},
	{"hm_maintenance_ok", "hm 0 4 10", CONFIG_OK, NULL},
	{"hm_no_maintenance_plan", "set cpu 0 num_plans 1 ; set config 0 num_slots 2 ; hm 0 4 10",
	 CONFIG_E_HM, "maintenance plan"},
	{"irq_missing", "set partition 1 hw_irqs 0x10000", CONFIG_E_IRQ, "does not exist"},
	{"irq_reserved", "set partition 1 hw_irqs 0x1", CONFIG_E_IRQ, "the core keeps"},
	{"irq_twice", "set partition 0 hw_irqs 0x8 ; set partition 1 hw_irqs 0x8", CONFIG_E_IRQ,
	 "another partition"},
	{"io_kbc", "set config 0 num_io_ranges 1 ; set partition 1 num_io_ranges 1 ; io 0 0x60 1",
	 CONFIG_E_IO, "may not own"},
	{"io_com2_ok",
	 "set config 0 num_io_ranges 1 ; set partition 1 num_io_ranges 1 ; io 0 0x2F8 8", CONFIG_OK,
	 NULL},
	{"io_empty",
	 "set config 0 num_io_ranges 1 ; set partition 1 num_io_ranges 1 ; io 0 0x2F8 0",
	 CONFIG_E_IO, "empty"},
	{"io_wraps",
	 "set config 0 num_io_ranges 1 ; set partition 1 num_io_ranges 1 ; io 0 0xFFFF 2",
	 CONFIG_E_IO, NULL},
	{"io_twice",
	 "set config 0 num_io_ranges 2 ; set partition 1 num_io_ranges 2 ; io 0 0x2F8 8 ; "
	 "io 1 0x2F8 1",
	 CONFIG_E_IO, "overlaps"},
	/* ports and channels */
	{"port_owner", "set port 2 partition_id 0", CONFIG_E_PORT, "owner"},
	{"port_direction", "set port 0 direction 3", CONFIG_E_PORT, "direction"},
	{"port_type", "set port 0 type 2", CONFIG_E_PORT, "type"},
	{"port_channel_type", "set port 1 channel 0", CONFIG_E_PORT, "type of"},
	{"port_off_channel", "set port 3 channel 0xFFFFFFFF", CONFIG_E_CHANNEL, "destination"},
	{"channel_type", "set channel 0 type 5", CONFIG_E_CHANNEL, "type"},
	{"channel_no_destination", "set channel 0 num_destinations 0", CONFIG_E_CHANNEL,
	 "destination"},
	{"channel_more_destinations", "set channel 0 num_destinations 5", CONFIG_E_CHANNEL,
	 "destination"},
	{"channel_source_range", "set channel 0 source_port 9", CONFIG_E_CHANNEL, "source port"},
	{"channel_source_is_destination", "set channel 0 source_port 2", CONFIG_E_CHANNEL,
	 "one source"},
	{"channel_two_sources", "set port 2 direction 2", CONFIG_E_CHANNEL, "one source"},
	{"channel_length_zero", "set channel 0 max_msg_length 0", CONFIG_E_CHANNEL, "length"},
	{"channel_length_big", "set channel 0 max_msg_length 0x100000", CONFIG_E_CHANNEL, "length"},
	{"channel_no_messages", "set channel 1 max_no_msgs 0", CONFIG_E_CHANNEL, "messages"},
	{"channel_messages", "set channel 1 max_no_msgs 65", CONFIG_E_CHANNEL, "messages"},
	{"channel_pool", "set channel 1 max_no_msgs 64 ; set channel 1 max_msg_length 4096",
	 CONFIG_E_CHANNEL, "CONFIG_CHANNEL_POOL_BYTES"},
	/* IPVIs */
	{"ipvi_destination", "set ipvi 0 dst_mask[0] 0x200", CONFIG_E_IPVI, "destination"},
	{"ipvi_no_destination", "set ipvi 0 dst_mask[0] 0", CONFIG_E_IPVI, "destination"},
	{"ipvi_high_destination", "set ipvi 0 dst_mask[1] 1", CONFIG_E_IPVI, "destination"},
	{"ipvi_id", "set ipvi 0 id 8", CONFIG_E_IPVI, "id"},
	{"ipvi_source", "set ipvi 0 source_id 2", CONFIG_E_IPVI, "source"},
	{"ipvi_same_id", "set config 0 num_ipvis 2 ; set ipvi 1 dst_mask[0] 1", CONFIG_E_IPVI,
	 "has the id of"},
	/* the core's pools */
	{"pools_area_too_small", "set hyp 0 size 0x8000 ; pools", CONFIG_E_HYPERVISOR,
	 "do not fit the hypervisor area"},
	{"pools_kstacks_short", "set pool 0 size 0x1000", CONFIG_E_HYPERVISOR, "needs"},
	{"pools_pct_short", "set pool 1 size 0", CONFIG_E_HYPERVISOR, "needs"},
	{"pools_pt_short", "set pool 2 size 0x1000", CONFIG_E_HYPERVISOR, "needs"},
	{"pools_pt_onto_core", "set pool 2 offset 0", CONFIG_E_HYPERVISOR, "needs"},
	{"pools_channels_past_area", "set pool 3 offset 0x400000", CONFIG_E_HYPERVISOR, "needs"},
	{"pools_channel_grown", "set channel 1 max_no_msgs 8", CONFIG_E_HYPERVISOR, "needs"},
	{"pools_channel_grown_ok", "set channel 1 max_no_msgs 8 ; pools", CONFIG_OK, NULL},
#if CONFIG_MAX_CPUS > 1
	/* a vCPU more: a kernel stack and a control table more in the pools */
	{"pools_more_vcpus", "set partition 0 num_vcpus 2", CONFIG_E_HYPERVISOR, "needs"},
	{"pools_more_vcpus_ok", "set partition 0 num_vcpus 2 ; pools", CONFIG_OK, NULL},
#else
	{"pools_more_vcpus", "set partition 0 num_vcpus 2 ; pools", CONFIG_E_PARTITION, NULL},
#endif
	{"pools_area_grown", "set hyp 0 size 0x800000", CONFIG_E_HYPERVISOR, "needs"},
	{"pools_area_grown_ok", "set hyp 0 size 0x800000 ; pools", CONFIG_OK, NULL},
};

#define NUM_FORGERIES (sizeof(forgeries) / sizeof(forgeries[0]))

static struct prtos_config *base; /* the compiled BASE_XML */

/* Compiles path with prtoscc's own sources (diagnostics kept quiet); NULL on error. */
static struct prtos_config *compile(const char *path)
{
	struct cc_model *m = malloc(sizeof(*m));
	struct prtos_config *cf = malloc(sizeof(*cf));

	if (!m || !cf || cc_compile(path, m)) {
		free(m);
		free(cf);
		return NULL;
	}
	memcpy(cf, &m->cf, sizeof(*cf));
	free(m);
	return cf;
}

/* Applies the ";"-separated forgeries of f->words to cfg. */
static void apply(struct prtos_config *cfg, const struct forgery *f)
{
	char *copy = strdup(f->words), *argv[MAX_WORDS], *tok, *save = NULL;
	const char *why = "";
	int argc = 0;

	assert_non_null(copy);
	for (tok = strtok_r(copy, " ", &save);; tok = strtok_r(NULL, " ", &save)) {
		if (tok && strcmp(tok, ";")) {
			assert_true(argc < MAX_WORDS);
			argv[argc++] = tok;
			continue;
		}
		if (forge_apply(cfg, argc, argv, &why))
			fail_msg("%s: forgery refused: %s", f->name, why);
		argc = 0;
		if (!tok)
			break;
	}
	free(copy);
}

static void test_forgery(void **state)
{
	const struct forgery *f = *state;
	struct prtos_config *cfg = malloc(sizeof(*cfg));
	struct config_error err;
	int rc;

	assert_non_null(cfg);
	memcpy(cfg, base, sizeof(*cfg));
	apply(cfg, f);
	rc = config_check(cfg, &err);
	if (rc != (int)f->code ||
	    (f->msg && !strstr(err.msg, f->msg) && !(err.sub && strstr(err.sub, f->msg))))
		fail_msg("%s: expected code %d (\"%s\"), got %d: %s %u: %s", f->name, f->code,
			 f->msg ? f->msg : "", rc, err.table ? err.table : "-", err.index, err.msg);
	assert_int_equal(err.code, rc);
	free(cfg);
}

/* Every configuration of the tree compiles, and the checker accepts it. */
static void test_tree_configurations(void **state)
{
	static const char *const patterns[] = {
		"/user/bail/examples/*/*.xml", "/tests/qemu/*/*.xml",
		"/tests/qemu/*/*/*.xml",       "/tests/bench/*/*.xml",
		"/tests/config/good-*.xml",    "/tests/config/warn-*.xml",
	};
	struct config_error err;
	struct prtos_config *cf;
	char pattern[512];
	glob_t g;
	size_t i, j, n = 0;

	(void)state;
	for (i = 0; i < sizeof(patterns) / sizeof(patterns[0]); i++) {
		snprintf(pattern, sizeof(pattern), "%s%s", TOPDIR_PATH, patterns[i]);
		assert_int_equal(glob(pattern, 0, NULL, &g), 0);
		for (j = 0; j < g.gl_pathc; j++, n++) {
#ifndef CONFIG_SMP
			if (strstr(g.gl_pathv[j], "/smp_") || strstr(g.gl_pathv[j], "/smp/"))
				continue; /* several processors: SMP builds only */
#endif
			cf = compile(g.gl_pathv[j]);
			if (!cf)
				fail_msg("%s does not compile: %s", g.gl_pathv[j], diag_last());
			if (config_check(cf, &err))
				fail_msg("%s: refused: %s", g.gl_pathv[j], err.msg);
			free(cf);
		}
		globfree(&g);
	}
	assert_true(n >= 60); /* the tree holds more; fewer means the patterns broke */
}

/* Random damage: the checker returns, reading only the blob (ASan/UBSan watch). */
static void test_random_damage(void **state)
{
	struct prtos_config *cfg = malloc(sizeof(*cfg));
	prtos_u32_t *w = (prtos_u32_t *)cfg, seed = 12345, i, k;
	static const prtos_u32_t values[] = {0, 1, 2, 0xFF, 0x1000, 0x7FFFFFFF, 0xFFFFFFFF};
	struct config_error err;

	(void)state;
	assert_non_null(cfg);
	for (i = 0; i < 20000; i++) {
		memcpy(cfg, base, sizeof(*cfg));
		for (k = 0; k < 1 + i % 4; k++) {
			seed = seed * 1103515245U + 12345U;
			/* the header words stay, or every case stops at the first rule */
			w[5 + (seed >> 8) % (sizeof(*cfg) / 4 - 5)] =
				values[(seed >> 4) % (sizeof(values) / sizeof(values[0]))];
		}
		if (config_check(cfg, &err))
			assert_non_null(err.msg);
	}
	free(cfg);
}

/* The x86 rules that no forgery of the base reaches. */
static void test_arch_rules(void **state)
{
	struct prtos_conf_hypervisor h = {.start = 0x01100000, .size = 0x400000};
	struct prtos_conf_io_range r = {0x3F8, 8};

	(void)state;
	assert_non_null(arch_config_hypervisor(&h));
	h.start = 0x01000000;
	assert_null(arch_config_hypervisor(&h));
	assert_non_null(arch_config_io_range(&r)); /* COM1, the console */
	r.base = 0x80;
	r.num_ports = 1;
	assert_null(arch_config_io_range(&r));
	assert_non_null(arch_config_irqs(1U << 4));
	assert_null(arch_config_irqs(1U << 3));
	assert_non_null(arch_config_phys(0xFEC00000, 0x1000));
	assert_non_null(arch_config_phys(0x1FF000, 0x1000));
	assert_null(arch_config_phys(0x200000, 0x1000));
	assert_non_null(arch_config_phys(0xFFBFF000, 0x2000)); /* into the top 4 MiB */
	assert_null(arch_config_phys(0xFFBFF000, 0x1000));
	assert_null(arch_config_virt(base, 0x06000000, 0x1000));
	assert_non_null(arch_config_virt(base, 0xFFBFF000, 0x2000));
}

/*
 * The core's pools of the base (two partitions of one vCPU, two channels): each sized
 * from what the configuration needs, page-rounded one after the other up to the
 * hypervisor area's end, as prtoscc wrote them; too small an area leaves offsets 0.
 */
static void test_pools_layout(void **state)
{
	struct prtos_conf_pool p[PRTOS_CONF_NUM_POOLS];
	struct prtos_config *cfg = malloc(sizeof(*cfg));
	prtos_u64_t total;
	prtos_u32_t i, end;

	(void)state;
	assert_non_null(cfg);
	memcpy(cfg, base, sizeof(*cfg));
	total = config_pools_layout(cfg, p);
	assert_memory_equal(p, cfg->hyp.pools, sizeof(p)); /* prtoscc's own */
	assert_int_equal(p[PRTOS_POOL_KSTACKS].size, 2 * CONFIG_KSTACK_SIZE);
	assert_int_equal(p[PRTOS_POOL_PCT].size, 2 * PAGE_SIZE);
	assert_int_equal(p[PRTOS_POOL_PT].size, arch_config_pt_pages(cfg) * PAGE_SIZE);
	assert_int_equal(p[PRTOS_POOL_CHANNELS].size,
			 prtos_channel_bytes(&cfg->channels[0]) +
				 prtos_channel_bytes(&cfg->channels[1]));
	for (i = 0; i + 1 < PRTOS_CONF_NUM_POOLS; i++)
		assert_int_equal(p[i + 1].offset,
				 p[i].offset + ((p[i].size + PAGE_SIZE - 1) & ~(PAGE_SIZE - 1)));
	end = p[PRTOS_CONF_NUM_POOLS - 1].offset + p[PRTOS_CONF_NUM_POOLS - 1].size;
	assert_int_equal((end + PAGE_SIZE - 1) & ~(PAGE_SIZE - 1), cfg->hyp.size);
	assert_int_equal(total, cfg->hyp.size - p[0].offset);
	assert_int_equal(config_pool_kstack_index(cfg, 1), 1);
	cfg->hyp.size = (prtos_u32_t)total - PAGE_SIZE;
	assert_int_equal(config_pools_layout(cfg, p), total);
	for (i = 0; i < PRTOS_CONF_NUM_POOLS; i++)
		assert_int_equal(p[i].offset, 0);
	free(cfg);
}

/* prtoscc refuses to write a blob the boot would refuse, loudly. */
static void test_prtoscc_self_check(void **state)
{
	struct prtos_config *cfg = malloc(sizeof(*cfg));

	(void)state;
	assert_non_null(cfg);
	memcpy(cfg, base, sizeof(*cfg));
	diag_set_file("forged.bin");
	diag_reset();
	assert_int_equal(emit_self_check(cfg), 0);
	assert_int_equal(diag_errors(), 0);
	cfg->areas[3].start = 0x06000000;
	emit_seal(cfg);
	assert_int_equal(emit_self_check(cfg), -1);
	assert_int_equal(diag_errors(), 1);
	assert_true(diag_seen("internal error"));
	assert_true(diag_seen("area 3: overlaps (not both shared) area 0"));
	free(cfg);
}

static int setup(void **state)
{
	(void)state;
	diag_set_quiet(1);
	base = compile(BASE_XML);
	return base ? 0 : -1;
}

static int teardown(void **state)
{
	(void)state;
	free(base);
	xmlCleanupParser();
	return 0;
}

/* Rule "machine RAM": what the configuration hands out is in the RAM the boot found. */
static void test_machine_ram(void **state)
{
	struct prtos_config *cfg = malloc(sizeof(*cfg));
	struct prtos_boot_info info = {0, 0, 0};
	struct config_ram ram[CONFIG_CHECK_RAM_RANGES];
	struct config_error e;
	prtos_u32_t n;

	(void)state;
	assert_non_null(cfg);
	memcpy(cfg, base, sizeof(*cfg));
	assert_int_equal(arch_config_machine_ram(&info, ram, CONFIG_CHECK_RAM_RANGES), 0);
	e.sub = "STALE"; /* what an earlier use left: not printed */
	assert_int_equal(config_check_ram(cfg, ram, 0, &e), CONFIG_E_RAM); /* unknown: refused */
	assert_null(e.sub);
	info.mem_upper_kb = 511 * 1024; /* 512 MiB */
	n = arch_config_machine_ram(&info, ram, CONFIG_CHECK_RAM_RANGES);
	assert_int_equal(n, 1);
	assert_int_equal(ram[0].start, 0x100000);
	assert_true(ram[0].end == 0x20000000ULL);
	assert_int_equal(config_check_ram(cfg, ram, n, &e), CONFIG_OK);
	ram[0].end = (prtos_u64_t)cfg->areas[1].start + cfg->areas[1].size - 0x1000;
	assert_int_equal(config_check_ram(cfg, ram, n, &e), CONFIG_E_RAM); /* one page short */
	assert_string_equal(e.table, "area");
	ram[0].end = 0x20000000ULL;
	cfg->devices.memblocks[0].start = 0x30000000;
	assert_int_equal(config_check_ram(cfg, ram, n, &e), CONFIG_E_RAM);
	assert_string_equal(e.table, "memory block");
	ram[0].start = 0x02000000; /* the hypervisor's area at 16 MiB is left out */
	assert_int_equal(config_check_ram(cfg, ram, n, &e), CONFIG_E_RAM);
	assert_string_equal(e.table, "hypervisor area");
	free(cfg);
}

/* The one text of a refusal, whole and cut short. */
static void test_error_text(void **state)
{
	struct config_error e = {CONFIG_E_OVERLAP, "overlaps", "area", 3, "area", 0, 1, 0x6000000};
	struct config_error whole = {CONFIG_E_COUNT, "no partition", NULL, 0, NULL, 0, 0, 0};
	char buf[CONFIG_CHECK_TEXT_MAX];

	(void)state;
	assert_int_equal(config_error_format(&e, buf, sizeof(buf)), 35);
	assert_string_equal(buf, "area 3: overlaps area 0 (0x6000000)");
	config_error_format(&whole, buf, sizeof(buf));
	assert_string_equal(buf, "no partition");
	assert_int_equal(config_error_format(&e, buf, 8), 7);
	assert_string_equal(buf, "area 3:");
	buf[0] = 'x';
	assert_int_equal(config_error_format(&e, buf, 0), 0);
	assert_int_equal(buf[0], 'x');
}

int main(void)
{
	struct CMUnitTest tests[NUM_FORGERIES + 7];
	size_t i;

	for (i = 0; i < NUM_FORGERIES; i++)
		tests[i] = (struct CMUnitTest){forgeries[i].name, test_forgery, NULL, NULL,
					       (void *)&forgeries[i]};
	tests[i++] = (struct CMUnitTest)cmocka_unit_test(test_tree_configurations);
	tests[i++] = (struct CMUnitTest)cmocka_unit_test(test_random_damage);
	tests[i++] = (struct CMUnitTest)cmocka_unit_test(test_arch_rules);
	tests[i++] = (struct CMUnitTest)cmocka_unit_test(test_pools_layout);
	tests[i++] = (struct CMUnitTest)cmocka_unit_test(test_prtoscc_self_check);
	tests[i++] = (struct CMUnitTest)cmocka_unit_test(test_error_text);
	tests[i++] = (struct CMUnitTest)cmocka_unit_test(test_machine_ram);
	return _cmocka_run_group_tests("config_check", tests, i, setup, teardown);
}

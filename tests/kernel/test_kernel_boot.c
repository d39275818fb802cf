/*
 * The core's boot on the host arch (kernel_main): the container and configuration
 * checks that stop it, the partitions that cannot start while the system goes on,
 * and a good boot up to the scheduler's first slot.
 */
#include "kfix.h"

#include <stdio.h>
#include <string.h>
#include <prtos/panic.h>

static void refused(const struct kfix_damage *d, const char *line)
{
	assert_int_equal(kfix_boot(d), HOST_HALTED);
	assert_int_equal(host.exit_code, 2);
	assert_true(kfix_console_has("PRTOS hypervisor "));
	if (!kfix_console_has(line))
		fail_msg("console lacks \"%s\":\n%s", line, host.console);
}

static void test_wrong_boot_magic(void **state)
{
	struct kfix_damage d = {.magic = 0x1234};

	(void)state;
	refused(&d, "PRTOS hypervisor ");
	assert_true(kfix_console_has("(host, ABI "));
	assert_int_equal(host.cpu_inits, 1); /* only the CPU's own tables came first (this_cpu()) */
	assert_int_equal(host.uart_baud, 115200);
}

static void test_no_container(void **state)
{
	struct kfix_damage d = {.container_magic = 1};

	(void)state;
	refused(&d, "PRTOS: no container at 0x01100000\n");
}

static void test_no_configuration(void **state)
{
	struct kfix_damage d = {.no_config = 1};

	(void)state;
	refused(&d, "PRTOS: the container holds no configuration\n");
}

static void test_configuration_checksum(void **state)
{
	struct kfix_damage d = {.config_crc = 1};

	(void)state;
	refused(&d, "PRTOS: configuration refused: checksum mismatch\n");
}

/* A sealed configuration that is not one this core reads: its header says so. */
static void test_configuration_header(void **state)
{
	struct kfix_damage sig = {.config_signature = 1}, ver = {.config_version = 1},
			   size = {.config_size = 4};

	(void)state;
	refused(&sig, "PRTOS: configuration refused: bad signature\n");
	refused(&ver, "PRTOS: configuration refused: built for another version of the core\n");
	refused(&size, "PRTOS: configuration refused: size does not match this core");
}

static void test_configuration_rule(void **state)
{
	struct kfix_damage d = {.config_slot0_zero = 1};

	(void)state;
	refused(&d, "PRTOS: configuration refused: slot 0: ");
}

static void test_machine_ram(void **state)
{
	struct kfix_damage d = {.ram_kb = 4096}; /* 4 MiB: the hypervisor's area only */

	(void)state;
	refused(&d, "PRTOS: configuration refused: ");
	assert_int_equal(host.mm_inits, 0);
}

/* Pools that the configuration check accepts, but that would cover the container copy. */
static void test_pools_over_container(void **state)
{
	struct kfix_damage d = {.hyp_size = KF_CONTAINER_PA + 0x4000U - 0x01000000U};

	(void)state;
	refused(&d, "PRTOS: configuration refused: the core's pools overlap the container copy");
	assert_int_equal(host.mm_inits, 0);
}

/* A hypervisor area just large enough: the pools sit right above the container copy. */
static void test_pools_tight(void **state)
{
	struct kfix_damage d = {.hyp_size = 0x00400000U};

	(void)state;
	assert_int_equal(kfix_boot(&d), HOST_STARTED);
	assert_true(kfix_console_has("Starting the cyclic scheduler"));
}

/* A partition that cannot start is reported and stays halted; the others start. */
static void not_started(const struct kfix_damage *d, prtos_u32_t id, const char *why)
{
	char line[160];

	assert_int_equal(kfix_boot(d), HOST_STARTED);
	snprintf(line, sizeof(line), "P%u (%s): not started: %s\n", id,
		 prtos_conf->partitions[id].name, why);
	if (!kfix_console_has(line))
		fail_msg("console lacks \"%s\":\n%s", line, host.console);
	assert_int_equal(partitions[id].vcpus[0].state, VCPU_HALTED);
	assert_int_equal(partitions[KF_SUPER].vcpus[0].state, VCPU_READY);
	assert_true(kfix_console_has("Starting the cyclic scheduler"));
}

static void test_image_checksum(void **state)
{
	struct kfix_damage d = {.image_crc = 1};

	(void)state;
	not_started(&d, KF_WORKER, "image checksum mismatch");
}

static void test_image_header_outside(void **state)
{
	struct kfix_damage d = {.image_hdr_out = 1};

	(void)state;
	not_started(&d, KF_WORKER, "image header outside the partition");
}

static void test_image_signature(void **state)
{
	struct kfix_damage d = {.image_signature = 1};

	(void)state;
	not_started(&d, KF_WORKER, "bad image header signature");
}

static void test_image_versions(void **state)
{
	struct kfix_damage abi = {.image_abi = 1}, api = {.image_api = 1};

	(void)state;
	not_started(&abi, KF_WORKER, "image built for another ABI version");
	not_started(&api, KF_WORKER, "image built for another API version");
}

static void test_arch_refuses(void **state)
{
	struct kfix_damage d = {.refuse_worker = "it may not own that"};

	(void)state;
	not_started(&d, KF_WORKER, "it may not own that");
	assert_null(partitions[KF_WORKER].space.pd);
}

static void test_address_space_fails(void **state)
{
	struct kfix_damage no_pt = {.mm_error = MM_E_NO_PT}, layout = {.mm_error = MM_E_LAYOUT};

	(void)state;
	not_started(&no_pt, KF_WORKER,
		    "out of page-table pages (its pool holds what the configuration needs)");
	not_started(&layout, KF_WORKER,
		    "an area lies in memory reserved for the platform or the core");
}

static void test_image_outside_areas(void **state)
{
	struct kfix_damage d = {.image_outside = 1};

	(void)state;
	not_started(&d, KF_FAULTY, "image outside its areas");
}

static void test_no_image(void **state)
{
	struct kfix_damage d = {.no_faulty_image = 1};

	(void)state;
	not_started(&d, KF_FAULTY, "no image in the container");
	host_tick();
	assert_int_equal(kfix_current(), KF_SUPER);
	/* Nothing to restart it from. */
	assert_int_equal(HC3(PRTOS_HC_NR(reset_partition), KF_FAULTY, PRTOS_COLD_RESET, 0),
			 PRTOS_INVALID_MODE);
}

/* A good boot: every step, the table of partitions, images and control tables in place. */
/*
 * Spare processors stay parked: the one-processor system boots as on one. Without
 * CONFIG_SMP the core reads no processor table: it says it uses the boot one.
 */
static void test_spare_cpus(void **state)
{
	struct kfix_damage d = {.cpus = 4};

	(void)state;
	assert_int_equal(kfix_boot(&d), HOST_STARTED);
#ifdef CONFIG_SMP
	assert_true(kfix_console_has("CPUs: 4 present (host), 1 used\n"));
#else
	assert_true(kfix_console_has("CPUs: 1 used (SMP off: the boot processor)\n"));
#endif
	assert_false(kfix_console_has("refused"));
}

static void test_good_boot(void **state)
{
	const prtos_u8_t *img, *custom;
	const partition_control_table_t *pct;
	prtos_u32_t i;

	(void)state;
	assert_int_equal(kfix_boot(NULL), HOST_STARTED);
	assert_int_equal(host.cpu_inits, 1);
	assert_int_equal(host.time_inits, 1);
	assert_int_equal(host.mm_inits, 1);
	assert_int_equal(host.timer_inits, 1);
	assert_true(kfix_console_has("Console: host UART0 at 115200 baud\n"));
#ifdef CONFIG_SMP
	assert_true(kfix_console_has("CPUs: 1 present (host), 1 used\n"));
#else
	assert_true(kfix_console_has("CPUs: 1 used (SMP off: the boot processor)\n"));
#endif
	assert_true(kfix_console_has("System \"hosttest\": hypervisor at 0x01000000, 4096 KB; "
				     "CPU 1000000 kHz\n"));
	assert_true(kfix_console_has("   0 Super            system         0x01400000 -> "
				     "0x01400000, 64 KB\n"));
	assert_true(kfix_console_has("0x20030000 -> 0x01480000, 4 KB, shared\n"));
	assert_true(kfix_console_has("Starting the cyclic scheduler (plan 0) at 0 us\n"));
	assert_null(host.first->part); /* the idle context */
	assert_int_equal(host.timer_deadline, 100);
	for (i = 0; i < 3; i++) {
		assert_int_equal(partitions[i].vcpus[0].state, VCPU_READY);
		img = kfix_mem(i, prtos_conf->partitions[i].link_addr, KF_IMAGE_MEM);
		assert_int_equal(img[0], (prtos_u8_t)(i * 16));
		assert_int_equal(img[KF_IMAGE_FILE - 1], (prtos_u8_t)(i * 16 + KF_IMAGE_FILE - 1));
		assert_int_equal(img[KF_IMAGE_FILE], 0);
		assert_int_equal(partitions[i].vcpus[0].arch.entry,
				 prtos_conf->partitions[i].link_addr + KF_ENTRY_OFF);
		pct = partitions[i].vcpus[0].pct;
		assert_int_equal(pct->magic, PRTOS_PCT_MAGIC);
		assert_string_equal(pct->name, prtos_conf->partitions[i].name);
		assert_int_equal(pct->cpu_khz, HOST_CPU_KHZ);
	}
	assert_int_equal(partitions[KF_WORKER].vcpus[0].pct->num_of_physical_mem_areas, 4);
	assert_int_equal(partitions[KF_WORKER].vcpus[0].pct->physical_mem_map[0].mapped_at,
			 KF_WORKER_VA);
	custom = kfix_mem(KF_WORKER, KF_CUSTOM_VA, KF_CUSTOM_SIZE);
	assert_int_equal(custom[0], 0xC5);
	assert_int_equal(custom[KF_CUSTOM_SIZE - 1], 0xC5);
	/* The first tick starts slot 0: Super, told which slot it is in. */
	host_tick();
	assert_int_equal(kfix_current(), KF_SUPER);
	assert_int_equal(host_last_switch()->at, 100);
	assert_int_equal(partitions[KF_SUPER].vcpus[0].pct->cyclic_sched_info.slot_duration, 2000);
	assert_int_equal(host.timer_deadline, 2100);
}

static void panic_fn(void *arg)
{
	(void)arg;
	CHECK(1 + 1 == 3);
}

/* A broken invariant stops the machine with code 3 and says where. */
static void test_panic(void **state)
{
	(void)state;
	host_console_clear();
	assert_int_equal(host_run(panic_fn, NULL), HOST_HALTED);
	assert_int_equal(host.exit_code, 3);
	assert_true(kfix_console_has("\nPRTOS PANIC: CHECK failed: 1 + 1 == 3 at "));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_wrong_boot_magic),
		cmocka_unit_test(test_no_container),
		cmocka_unit_test(test_no_configuration),
		cmocka_unit_test(test_configuration_header),
		cmocka_unit_test(test_configuration_checksum),
		cmocka_unit_test(test_configuration_rule),
		cmocka_unit_test(test_machine_ram),
		cmocka_unit_test(test_pools_over_container),
		cmocka_unit_test(test_pools_tight),
		cmocka_unit_test(test_image_checksum),
		cmocka_unit_test(test_image_header_outside),
		cmocka_unit_test(test_image_signature),
		cmocka_unit_test(test_image_versions),
		cmocka_unit_test(test_arch_refuses),
		cmocka_unit_test(test_address_space_fails),
		cmocka_unit_test(test_image_outside_areas),
		cmocka_unit_test(test_no_image),
		cmocka_unit_test(test_spare_cpus),
		cmocka_unit_test(test_good_boot),
		cmocka_unit_test(test_panic),
	};

	return cmocka_run_group_tests_name("kernel_boot", tests, NULL, NULL);
}

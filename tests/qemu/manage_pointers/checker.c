/* manage_pointers, P0 (system): the status calls refuse outputs in the
 * hypervisor, another partition, unmapped memory, a read-only area, the control
 * table, NULL, ranges that wrap or run past the caller's area; get_gid_by_name
 * refuses such name pointers, and finds partitions and plans by name. */
#include <prtos.h>
#include <stdio.h>
#include <string.h>

#define OWN_END 0x06100000U /* end of P0's 1 MB area */

static const prtos_address_t bad_out[] = {
	0x01000000,  /* hypervisor */
	0x013FFFC0,  /* hypervisor, last bytes */
	0x06100000,  /* P1's area */
	0x20000000,  /* unmapped */
	0x06300000,  /* own read-only area */
	0xFFC00000,  /* control table */
	0,	     /* NULL */
	0xFFFFFFF8,  /* wraps */
	OWN_END - 4, /* runs past the end of its own area */
};
#define NBAD_OUT (sizeof(bad_out) / sizeof(bad_out[0]))

static const prtos_address_t bad_name[] = {
	0x01000000,  /* hypervisor */
	0x06100000,  /* P1's area (its image header) */
	0x06100100,  /* P1's area */
	0x20000000,  /* unmapped */
	0xFFC00000,  /* control table (holds a name, but is not the caller's area) */
	0,	     /* NULL */
	0xFFFFFFF8,  /* wraps */
	OWN_END - 3, /* "Oth" with no NUL before the end of its own area */
};
#define NBAD_NAME (sizeof(bad_name) / sizeof(bad_name[0]))

static int failures;

/* Returns 1 when the call returned want; prints a failure otherwise. */
static int expect_rc(prtos_s32_t got, prtos_s32_t want, const char *what, prtos_address_t p)
{
	if (got != want) {
		printf("[P0] FAIL: %s(0x%x) returned %d, expected %d\n", what, p, got, want);
		failures++;
	}
	return got == want;
}

static void gid(const char *name, prtos_u32_t entity, prtos_s32_t want)
{
	prtos_s32_t r = prtos_get_gid_by_name((prtos_u8_t *)name, entity);

	printf("[P0] get_gid_by_name(\"%s\", %s) = %d\n", name,
	       entity == PRTOS_PARTITION_NAME ? "PARTITION" : "PLAN", r);
	expect_rc(r, want, "get_gid_by_name", (prtos_address_t)name);
}

void partition_main(void)
{
	volatile prtos_u8_t *tail = (volatile prtos_u8_t *)(OWN_END - 64);
	prtos_part_status_t st;
	prtos_sys_status_t sys;
	prtos_u32_t i;
	int tail_ok = 1, refused = 0;

	for (i = 0; i < 64; i++)
		tail[i] = 0xA5;
	for (i = 0; i < NBAD_OUT; i++) {
		refused +=
			expect_rc(prtos_get_partition_status(0, (prtos_part_status_t *)bad_out[i]),
				  PRTOS_INVALID_PARAM, "get_partition_status(self)", bad_out[i]);
		refused +=
			expect_rc(prtos_get_partition_status(1, (prtos_part_status_t *)bad_out[i]),
				  PRTOS_INVALID_PARAM, "get_partition_status(P1)", bad_out[i]);
		refused += expect_rc(prtos_get_system_status((prtos_sys_status_t *)bad_out[i]),
				     PRTOS_INVALID_PARAM, "get_system_status", bad_out[i]);
		refused +=
			expect_rc(prtos_get_partition_vcpu_status(
					  1, 0, (prtos_virtual_cpu_status_t *)bad_out[i]),
				  PRTOS_INVALID_PARAM, "get_partition_vcpu_status(P1)", bad_out[i]);
	}
	for (i = 0; i < 64; i++)
		tail_ok &= tail[i] == 0xA5;
	if (!tail_ok) {
		printf("[P0] FAIL: a refused status call wrote the end of its own area\n");
		failures++;
	}
	printf("[P0] %d status calls with bad outputs refused\n", refused);

	/* Good pointers: the structure at the very end of its own area fits. */
	expect_rc(prtos_get_partition_status(1, (prtos_part_status_t *)(OWN_END - sizeof(st))),
		  PRTOS_OK, "get_partition_status at the end of its area", OWN_END - sizeof(st));
	expect_rc(prtos_get_system_status(&sys), PRTOS_OK, "get_system_status", 0);
	expect_rc(prtos_get_partition_status(1, &st), PRTOS_OK, "get_partition_status", 0);

	tail[61] = 'O';
	tail[62] = 't';
	tail[63] = 'h';
	refused = 0;
	for (i = 0; i < NBAD_NAME; i++) {
		refused += expect_rc(
			prtos_get_gid_by_name((prtos_u8_t *)bad_name[i], PRTOS_PARTITION_NAME),
			PRTOS_INVALID_PARAM, "get_gid_by_name(PARTITION)", bad_name[i]);
		refused +=
			expect_rc(prtos_get_gid_by_name((prtos_u8_t *)bad_name[i], PRTOS_PLAN_NAME),
				  PRTOS_INVALID_PARAM, "get_gid_by_name(PLAN)", bad_name[i]);
	}
	printf("[P0] %d get_gid_by_name calls with bad names refused\n", refused);

	gid("Checker", PRTOS_PARTITION_NAME, 0);
	gid("Other", PRTOS_PARTITION_NAME, 1);
	gid("boot", PRTOS_PLAN_NAME, 0);
	gid("second", PRTOS_PLAN_NAME, 1);
	gid("Nobody", PRTOS_PARTITION_NAME, PRTOS_INVALID_CONFIG);
	gid("Oth", PRTOS_PARTITION_NAME, PRTOS_INVALID_CONFIG);
	gid("other", PRTOS_PARTITION_NAME, PRTOS_INVALID_CONFIG);
	gid("Other ", PRTOS_PARTITION_NAME, PRTOS_INVALID_CONFIG);
	gid("", PRTOS_PARTITION_NAME, PRTOS_INVALID_CONFIG);
	gid("Other", PRTOS_PLAN_NAME, PRTOS_INVALID_CONFIG);
	gid("boot", PRTOS_PARTITION_NAME, PRTOS_INVALID_CONFIG);
	gid("third", PRTOS_PLAN_NAME, PRTOS_INVALID_CONFIG);
	expect_rc(prtos_get_gid_by_name((prtos_u8_t *)"Other", 2), PRTOS_INVALID_PARAM,
		  "get_gid_by_name entity 2", 0);
	expect_rc(prtos_get_gid_by_name((prtos_u8_t *)"Other", 0xFFFFFFFF), PRTOS_INVALID_PARAM,
		  "get_gid_by_name entity -1", 0);
	{
		prtos_s32_t r = prtos_get_gid_by_name(
			(prtos_u8_t *)"OtherPartitionWithAVeryLongName", PRTOS_PARTITION_NAME);

		printf("[P0] get_gid_by_name(a 31-character name) = %d\n", r);
		if (r >= 0) {
			printf("[P0] FAIL: a long unknown name found an id\n");
			failures++;
		}
	}
	prtos_idle_self();
	prtos_idle_self(); /* P1 checks its memory once more */
	printf(failures ? "[P0] Verification Failed\n" : "[P0] Verification Passed\n");
	prtos_halt_system();
}

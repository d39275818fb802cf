/* Shared by the files of the configuration checker (core/lib/config_check*.c) only. */
#ifndef PRTOS_CONFIG_CHECK_INTERNAL_H
#define PRTOS_CONFIG_CHECK_INTERNAL_H

#include <prtos/config_check.h>
#include <prtos/pct.h>

#define CHECK_AREA_FLAGS 0x1FFU /* PRTOS_MEM_AREA_SHARED .. PRTOS_MEM_AREA_FLAG3 */
#define CHECK_PART_FLAGS (PRTOS_PART_SYSTEM | PRTOS_PART_FP)

/* Records the broken rule in err; returns code. */
int config_fail(struct config_error *err, enum config_errcode code, const char *table,
		prtos_u32_t index, const char *msg);
/* The same, with the offending value. */
int config_fail_val(struct config_error *err, enum config_errcode code, const char *table,
		    prtos_u32_t index, const char *msg, prtos_u32_t value);
/* The same, naming the other item the rule is about. */
int config_fail_sub(struct config_error *err, enum config_errcode code, const char *table,
		    prtos_u32_t index, const char *msg, const char *sub, prtos_u32_t sub_index);

/* Ranges [a, a + a_size) and [b, b + b_size); overflow-safe, empty ranges never overlap. */
static inline int config_overlap(prtos_u32_t a, prtos_u32_t a_size, prtos_u32_t b,
				 prtos_u32_t b_size)
{
	return a_size && b_size && a < (prtos_u64_t)b + b_size && b < (prtos_u64_t)a + a_size;
}

static inline int config_inside(prtos_u32_t a, prtos_u32_t a_size, prtos_u32_t b,
				prtos_u32_t b_size)
{
	return a >= b && (prtos_u64_t)a + a_size <= (prtos_u64_t)b + b_size;
}

static inline int config_wraps(prtos_u32_t a, prtos_u32_t size)
{
	return (prtos_u64_t)a + size > 0x100000000ULL;
}

static inline int config_page_aligned(prtos_u32_t v)
{
	return (v & (PAGE_SIZE - 1)) == 0;
}

/* 1 if [start, start + size) lies inside one RAM region (or any region when rom_ok). */
int config_in_region(const struct prtos_config *c, prtos_u32_t start, prtos_u32_t size, int rom_ok);

/* The steps of config_check, in order; each returns 0 or the code it recorded. */
int config_check_memory(const struct prtos_config *cfg, struct config_error *err);
int config_check_areas(const struct prtos_config *cfg, struct config_error *err);
int config_check_schedule(const struct prtos_config *cfg, struct config_error *err);
int config_check_partitions(const struct prtos_config *cfg, struct config_error *err);
int config_check_devices(const struct prtos_config *cfg, struct config_error *err);
int config_check_comm(const struct prtos_config *cfg, struct config_error *err);
int config_check_pools(const struct prtos_config *cfg, struct config_error *err);

#endif

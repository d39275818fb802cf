/* The PRTOS partition API (libprtos). See doc/api.md and ../shared/spec/api.md. */
#ifndef PRTOS_H
#define PRTOS_H

#include <prtos/types.h>
#include <prtos/status.h>
#include <prtos/version.h>
#include <prtos/hypercalls.h>
#include <prtos/pct.h>
#include <prtos/image.h>
#include <prtos/virq_abi.h>
#include <prtos/hmdefs.h>
#include <prtos/arch_abi.h>

/* One prototype per hypercall: prtos_<name>(...). */
#include <prtos_calls.h>

/*
 * The name of a hypercall's return code ("PRTOS_PERM_ERROR"), for messages; a
 * positive value is a result, not an error, and says so.
 */
const char *prtos_strerror(prtos_s32_t code);

/* The control table of the calling vCPU, and of vCPU 0 (read-only). */
partition_control_table_t *prtos_get_pct(void);
partition_control_table_t *prtos_get_pct0(void);
prtos_u32_t prtos_get_number_vcpus(void);
struct prtos_physical_mem_map *prtos_get_partition_mmap(void);

#define PRTOS_PARTITION_SELF ((prtos_id_t)PCT_GET_PARTITION_ID(prtos_get_pct0()))
#define PRTOS_VCPU_SELF (prtos_get_vcpuid())

/* BAIL starts vCPUs 1..n-1; a no-op on single-vCPU partitions and on vCPU != 0. */
void setup_vcpus(void);

#endif

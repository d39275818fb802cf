/* reset_ownership: status helpers of the two system partitions. */
#include <stdio.h>
#include "ids.h"

prtos_part_status_t status_of(prtos_id_t id)
{
	prtos_part_status_t st;

	if (prtos_get_partition_status(id, &st) != PRTOS_OK)
		printf("[P%d] FAIL: get_partition_status(%d)\n", PRTOS_PARTITION_SELF, id);
	return st;
}

int wait_booted(prtos_id_t id, prtos_u32_t n, int max)
{
	prtos_part_status_t st;

	for (; max > 0; max--) {
		st = status_of(id);
		if (st.reset_counter == n && st.op_mode == PRTOS_OPMODE_NORMAL)
			return 0;
		prtos_idle_self();
	}
	return -1;
}

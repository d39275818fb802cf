/* showcase, P2 "Rogue": misbehaves on purpose. It tries to overwrite the sensor's
 * memory; the health monitor stops it, and nobody else notices. */
#include <prtos.h>
#include <stdio.h>

#define SENSOR_MEMORY 0x06000000

void partition_main(void)
{
	partition_control_table_t *pct = prtos_get_pct();

	printf("[Rogue] started (reset counter %d); writing into the sensor's memory...\n",
	       pct->reset_counter);
	*(volatile unsigned int *)SENSOR_MEMORY = 0xDEADBEEF;
	printf("[Rogue] the write went through: this line must never appear\n");
}

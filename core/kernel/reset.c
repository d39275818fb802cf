/* Reset of the whole system: the HM log is told whether to survive it. */
#include <prtos/reset.h>
#include <prtos/hm_log.h>
#include <prtos/arch.h>

void system_reset(int cold)
{
	hm_store_prepare_reset(cold);
	arch_machine_reset(cold);
}

/* x86 health-monitor events: the exception vector behind each, and back. */
#include <prtos/hmdefs.h>
#include <arch/x86.h>

_Static_assert(PRTOS_HM_EV_X86_BASE == PRTOS_HM_EV_ARCH_BASE, "x86 events start the arch range");
_Static_assert(PRTOS_HM_EV_X86_SIMD_FLOATING_POINT == PRTOS_HM_EV_ARCH_END - 1, "x86 event count");

#define X86_VEC_RESERVED 15

prtos_u32_t x86_hm_event(prtos_u32_t vector)
{
	if (vector >= PRTOS_HM_ARCH_NUM_EVENTS || vector == X86_VEC_RESERVED)
		return PRTOS_HM_EV_UNEXPECTED_TRAP;
	return PRTOS_HM_EV_X86_BASE + vector;
}

int x86_hm_vector(prtos_u32_t event, prtos_u32_t *vector)
{
	if (!prtos_hm_event_is_arch(event) || event == PRTOS_HM_EV_X86_BASE + X86_VEC_RESERVED)
		return -1;
	*vector = event - PRTOS_HM_EV_X86_BASE;
	return 0;
}

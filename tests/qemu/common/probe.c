/* Shared by the hostile scenarios: the trap handler behind PROBE() (see probe.h). */
#include <irqs.h>
#include "probe.h"

volatile prtos_u32_t probe_resume;
volatile prtos_s32_t probe_vector = -1;
volatile prtos_u32_t probe_err;

static void probe_handler(trap_ctxt_t *ctxt)
{
	probe_vector = (prtos_s32_t)ctxt->irq_nr;
	probe_err = ctxt->err_code;
	ctxt->ip = probe_resume;
}

void probe_init(void)
{
	int v;

	for (v = 0; v < 32; v++)
		install_trap_handler(v, probe_handler);
}

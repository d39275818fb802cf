/* The compiler's in-memory model: the blob being built plus the XML lines and the
 * by-name references that are resolved and checked after the whole file is read. */
#ifndef PRTOSCC_MODEL_H
#define PRTOSCC_MODEL_H

#include <prtos/config_blob.h>

#define CC_STR_LEN 64 /* longest name kept; longer names are errors anyway */
#define CC_NUM_IRQS 16
#define CC_HYP_FLAGS_FORBIDDEN \
	(PRTOS_MEM_AREA_SHARED | PRTOS_MEM_AREA_READONLY | PRTOS_MEM_AREA_UNMAPPED)

/* vCPUs per partition: CONFIG_MAX_VCPUS if Kconfig grows one, else one per processor. */
#ifdef CONFIG_MAX_VCPUS
#define CC_MAX_VCPUS CONFIG_MAX_VCPUS
#define CC_MAX_VCPUS_OPT "CONFIG_MAX_VCPUS"
#else
#define CC_MAX_VCPUS CONFIG_MAX_CPUS
#define CC_MAX_VCPUS_OPT "CONFIG_MAX_CPUS"
#endif

/* What to do about more processors or vCPUs than this build takes. */
#ifdef CONFIG_SMP
#define CC_MORE_CPUS_HINT "raise CONFIG_MAX_CPUS"
#else
#define CC_MORE_CPUS_HINT "this build has CONFIG_SMP off: enable it (make menuconfig)"
#endif

/* A device named by an attribute; line 0 when the attribute is absent. */
struct cc_devref {
	char name[CC_STR_LEN];
	unsigned line;
};

struct cc_chan_end {
	prtos_u32_t part_id;
	int has_part_name;
	char part_name[CC_STR_LEN];
	char port[CC_STR_LEN];
	unsigned line;
};

struct cc_channel {
	unsigned line;
	unsigned num_dst;
	struct cc_chan_end src;
	struct cc_chan_end dst[CONFIG_MAX_PORTS];
};

struct cc_part_info {
	unsigned line;
	struct cc_devref console;
	struct cc_devref trace;
	unsigned hm_line[PRTOS_HM_NUM_EVENTS]; /* 0: default entry */
	unsigned irq_line[CC_NUM_IRQS];
	unsigned temporal_line;
};

struct cc_model {
	struct prtos_config cf;
	unsigned region_line[PRTOS_CONF_MAX_REGIONS];
	unsigned cpu_line[CONFIG_MAX_CPUS];
	unsigned plan_line[CONFIG_MAX_CPUS][CONFIG_MAX_PLANS];
	unsigned slot_line[CONFIG_MAX_SLOTS];
	unsigned uart_line[PRTOS_CONF_MAX_UARTS];
	unsigned vga_line;
	unsigned memblock_line[PRTOS_CONF_MAX_MEMBLOCKS];
	unsigned rsw_line[PRTOS_CONF_MAX_RSW_AREAS];
	unsigned io_line[PRTOS_CONF_MAX_IO_RANGES];
	unsigned port_line[CONFIG_MAX_PORTS];
	unsigned ipvi_line[CONFIG_MAX_IPVIS];
	unsigned hyp_line;
	unsigned hyp_area_line;
	struct cc_devref hyp_console;
	struct cc_devref hyp_hm_dev;
	struct cc_devref hyp_trace;
	unsigned hyp_hm_line[PRTOS_HM_NUM_EVENTS];
	struct cc_part_info part[CONFIG_MAX_PARTITIONS];
	struct cc_channel chan[CONFIG_MAX_CHANNELS];
};

#endif

/* Reading the validated XML tree into the model (struct cc_model). Each function reports
 * value and limit errors itself and carries on, so one run reports every error. */
#ifndef PRTOSCC_PARSE_H
#define PRTOSCC_PARSE_H

#include <libxml/tree.h>
#include "model.h"

#define CC_VAL_LEN 128

/* Attribute readers: 1 present and valid, 0 absent, -1 invalid (reported). */
int attr_dec(const xmlNode *n, const char *attr, prtos_u32_t *out);
int attr_hex(const xmlNode *n, const char *attr, prtos_u32_t *out);
int attr_num(const xmlNode *n, const char *attr, prtos_u32_t *out);
int attr_size(const xmlNode *n, const char *attr, prtos_u32_t *out);
int attr_time(const xmlNode *n, const char *attr, prtos_u32_t *out);
int attr_freq(const xmlNode *n, const char *attr, prtos_u32_t *out);
int attr_bool(const xmlNode *n, const char *attr, int *out);
/* Copy a name attribute into dst (size len, NUL included); too long is an error. */
int attr_name(const xmlNode *n, const char *attr, char *dst, size_t len);
int attr_devref(const xmlNode *n, const char *attr, struct cc_devref *ref);
/* Parse a flags list attribute ("shared read-only", "system fp") into PRTOS_* bits. */
int attr_area_flags(const xmlNode *n, const char *attr, prtos_u32_t *flags);
int attr_part_flags(const xmlNode *n, const char *attr, prtos_u32_t *flags);
/* An id that must equal `expected` (consecutive from 0); reports otherwise. */
void parse_id(const xmlNode *n, const char *what, prtos_u32_t expected, prtos_u32_t *id);
/* Reports "too many <what> (raise <opt>)" and returns 1 when count >= cap. */
int parse_full(const xmlNode *n, prtos_u32_t count, prtos_u32_t cap, const char *what,
	       const char *opt);

void parse_system(struct cc_model *m, const xmlNode *root);
void parse_hw(struct cc_model *m, const xmlNode *hw);
void parse_hypervisor(struct cc_model *m, const xmlNode *hyp);
void parse_rsw(struct cc_model *m, const xmlNode *rsw);
void parse_partitions(struct cc_model *m, const xmlNode *table);
void parse_channels(struct cc_model *m, const xmlNode *chans);
/* HM: fill the defaults of one level, then read an HealthMonitor element over them. */
void parse_hm_defaults(struct prtos_conf_hm_entry *hm, int partition_level);
void parse_hm(const xmlNode *hm_node, struct prtos_conf_hm_entry *hm, unsigned *lines);
void parse_trace(const xmlNode *n, struct cc_devref *dev, prtos_u32_t *bitmask);

#endif

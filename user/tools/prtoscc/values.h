/* Parsers for the XML value syntaxes (sizes, times, frequencies, hex, booleans, HM names).
 * Each returns NULL on success or a short reason for the error; *out is set on success. */
#ifndef PRTOSCC_VALUES_H
#define PRTOSCC_VALUES_H

#include <prtos/types.h>

const char *val_size(const char *s, prtos_u32_t *bytes);
const char *val_time(const char *s, prtos_u32_t *us);
const char *val_freq(const char *s, prtos_u32_t *khz);
const char *val_hex(const char *s, prtos_u32_t *out);
const char *val_dec(const char *s, prtos_u32_t *out);
const char *val_num(const char *s, prtos_u32_t *out); /* hex (0x...) or decimal */
const char *val_bool(const char *s, int *out);

/* HM names: the event or action number, or -1 if the name is unknown. */
int val_hm_event(const char *name);
int val_hm_action(const char *name);
/* The XML name of event or action number n, or "?" (an event's: valid until the next call). */
const char *val_hm_event_name(int event);
const char *val_hm_action_name(int action);

#endif

/* Hypercall return codes (spec: api.md section 3). */
#ifndef PRTOS_UAPI_STATUS_H
#define PRTOS_UAPI_STATUS_H

#define PRTOS_OK 0
#define PRTOS_NO_ACTION (-1)
#define PRTOS_UNKNOWN_HYPERCALL (-2)
#define PRTOS_INVALID_PARAM (-3)
#define PRTOS_PERM_ERROR (-4)
#define PRTOS_INVALID_CONFIG (-5)
#define PRTOS_INVALID_MODE (-6)
#define PRTOS_OP_NOT_ALLOWED (-7)
#define PRTOS_MULTICALL_ERROR (-8)

#endif

/* prtos_strerror(): the name of a hypercall return code, for messages. */
#include <prtos.h>

#define STATUS_NAME(code) [-(code)] = #code

static const char *const status_names[] = {
	STATUS_NAME(PRTOS_OK),
	STATUS_NAME(PRTOS_NO_ACTION),
	STATUS_NAME(PRTOS_UNKNOWN_HYPERCALL),
	STATUS_NAME(PRTOS_INVALID_PARAM),
	STATUS_NAME(PRTOS_PERM_ERROR),
	STATUS_NAME(PRTOS_INVALID_CONFIG),
	STATUS_NAME(PRTOS_INVALID_MODE),
	STATUS_NAME(PRTOS_OP_NOT_ALLOWED),
	STATUS_NAME(PRTOS_MULTICALL_ERROR),
};

const char *prtos_strerror(prtos_s32_t code)
{
	if (code > 0)
		return "not an error (a count, a descriptor or an id)";
	if (0U - (prtos_u32_t)code >= sizeof(status_names) / sizeof(status_names[0]))
		return "unknown status code";
	return status_names[0U - (prtos_u32_t)code];
}

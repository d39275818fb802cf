/* Error message buffers of the packer. */
#include "errmsg.h"

#include <stdarg.h>
#include <stdio.h>

int errmsg_set(char *err, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(err, ERRMSG_LEN, fmt, ap);
	va_end(ap);
	return -1;
}

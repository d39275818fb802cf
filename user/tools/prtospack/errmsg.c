/* Error message buffers of the packer. */
#include "errmsg.h"

#include <stdarg.h>
#include <stdio.h>

void errmsg_fmt(char *err, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(err, ERRMSG_LEN, fmt, ap);
	va_end(ap);
}

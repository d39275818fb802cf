/* Diagnostics: `file:line: message` on stderr, with error and warning counts. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include "diag.h"

static const char *diag_file = "<input>";
static unsigned num_errors, num_warnings;
static int diag_quiet;
static char last_msg[512];
static char all_msgs[8192]; /* every message since diag_reset(), newline separated */
static size_t all_len;

void diag_set_file(const char *file)
{
	diag_file = file;
}

void diag_reset(void)
{
	num_errors = 0;
	num_warnings = 0;
	last_msg[0] = '\0';
	all_msgs[0] = '\0';
	all_len = 0;
}

void diag_set_quiet(int quiet)
{
	diag_quiet = quiet;
}

static void diag_emit(unsigned line, const char *kind, const char *fmt, va_list ap)
{
	char text[400];

	vsnprintf(text, sizeof(text), fmt, ap);
	if (line)
		snprintf(last_msg, sizeof(last_msg), "%s:%u: %s%s", diag_file, line, kind, text);
	else
		snprintf(last_msg, sizeof(last_msg), "%s: %s%s", diag_file, kind, text);
	if (all_len < sizeof(all_msgs))
		all_len += (size_t)snprintf(all_msgs + all_len, sizeof(all_msgs) - all_len, "%s\n",
					    last_msg);
	if (!diag_quiet)
		fprintf(stderr, "%s\n", last_msg);
}

void diag_error(unsigned line, const char *fmt, ...)
{
	va_list ap;

	num_errors++;
	va_start(ap, fmt);
	diag_emit(line, "", fmt, ap);
	va_end(ap);
}

void diag_warn(unsigned line, const char *fmt, ...)
{
	va_list ap;

	num_warnings++;
	va_start(ap, fmt);
	diag_emit(line, "warning: ", fmt, ap);
	va_end(ap);
}

unsigned diag_errors(void)
{
	return num_errors;
}

unsigned diag_warnings(void)
{
	return num_warnings;
}

const char *diag_last(void)
{
	return last_msg;
}

int diag_seen(const char *text)
{
	return strstr(all_msgs, text) != NULL;
}

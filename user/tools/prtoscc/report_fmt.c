/* Formatting shared by the reports (times, sizes) and writing a report to its file. */
#include <string.h>
#include "prtoscc.h"
#include "report.h"

#define KIB 1024ULL
#define MIB (1024ULL * 1024ULL)
#define GIB (1024ULL * 1024ULL * 1024ULL)

const char *report_number(char *buf, size_t len, prtos_u32_t us, prtos_u32_t unit_us)
{
	prtos_u32_t whole = us / unit_us, frac = us % unit_us, width = 0, u;
	int n;

	for (u = unit_us; u > 1; u /= 10)
		width++;
	n = snprintf(buf, len, "%u.%0*u", whole, (int)width, frac);
	if (!frac && n > 0)
		snprintf(buf, len, "%u", whole);
	else /* drop trailing zeros of the fraction */
		while (n > 0 && (size_t)n < len && buf[n - 1] == '0')
			buf[--n] = '\0';
	return buf;
}

const char *report_time(char *buf, size_t len, prtos_u32_t us, int utf8)
{
	char num[REPORT_TEXT_LEN];

	if (!us)
		snprintf(buf, len, "0");
	else if (us >= 1000000 && us % 1000 == 0)
		snprintf(buf, len, "%s s", report_number(num, sizeof(num), us, 1000000));
	else if (us >= 1000)
		snprintf(buf, len, "%s ms", report_number(num, sizeof(num), us, 1000));
	else
		snprintf(buf, len, "%u %s", us, utf8 ? "\xc2\xb5s" : "us");
	return buf;
}

/* bytes / unit with up to two decimals, if that is exact; else NULL. */
static const char *exact(char *buf, size_t len, prtos_u64_t bytes, prtos_u64_t unit,
			 const char *name)
{
	unsigned long long hundredths = bytes * 100 / unit;

	if (bytes < unit || hundredths * unit != bytes * 100)
		return NULL;
	if (hundredths % 100 == 0)
		snprintf(buf, len, "%llu %s", hundredths / 100, name);
	else if (hundredths % 10 == 0)
		snprintf(buf, len, "%llu.%llu %s", hundredths / 100, hundredths / 10 % 10, name);
	else
		snprintf(buf, len, "%llu.%02llu %s", hundredths / 100, hundredths % 100, name);
	return buf;
}

const char *report_size(char *buf, size_t len, prtos_u64_t bytes)
{
	if (exact(buf, len, bytes, GIB, "GB") || exact(buf, len, bytes, MIB, "MB") ||
	    exact(buf, len, bytes, KIB, "KB"))
		return buf;
	snprintf(buf, len, "%llu B", (unsigned long long)bytes);
	return buf;
}

int report_write(const char *path, void (*emit)(FILE *out, const struct prtos_config *cf),
		 const struct prtos_config *cf)
{
	if (strcmp(path, "-") != 0)
		return emit_file(path, emit, cf);
	emit(stdout, cf);
	return fflush(stdout) ? -1 : 0;
}

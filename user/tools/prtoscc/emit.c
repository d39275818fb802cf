/* The configuration blob: sealing (header and checksum), writing and reading it back. */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <prtos/crc32.h>
#include <prtos/config_check.h>
#include "diag.h"
#include "prtoscc.h"

void emit_seal(struct prtos_config *cf)
{
	cf->signature = PRTOS_CONFIG_SIGNATURE;
	cf->version = PRTOS_CONFIG_VERSION;
	cf->size = sizeof(*cf);
	cf->abi_version = PRTOS_ABI_VERSION_WORD;
	cf->checksum = 0;
	cf->checksum = prtos_crc32(0, cf, sizeof(*cf));
}

int emit_self_check(const struct prtos_config *cf)
{
	struct config_error e;
	char text[CONFIG_CHECK_TEXT_MAX];
	unsigned line = 0;

	if (!config_check(cf, &e))
		return 0;
	config_error_format(&e, text, sizeof(text));
	if (e.table && !strcmp(e.table, "area") && e.index < cf->num_areas)
		line = cf->areas[e.index].line;
	diag_error(line,
		   "internal error: prtoscc accepted a configuration that the boot-time check "
		   "refuses: %s (a bug in prtoscc: please report it; no blob written)",
		   text);
	return -1;
}

int emit_file(const char *path, void (*emit)(FILE *out, const struct prtos_config *cf),
	      const struct prtos_config *cf)
{
	char tmp[4096];
	FILE *f;
	int ok;

	if ((size_t)snprintf(tmp, sizeof(tmp), "%s.tmp", path) >= sizeof(tmp)) {
		errno = ENAMETOOLONG;
		goto err_open;
	}
	f = fopen(tmp, "wb");
	if (!f)
		goto err_open;
	emit(f, cf);
	ok = !ferror(f);
	ok = (fclose(f) == 0) && ok;
	if (!ok || rename(tmp, path))
		goto err_write;
	return 0;
err_write:
	unlink(tmp);
err_open:
	fprintf(stderr, "%s: %s\n", path, strerror(errno));
	return -1;
}

static void blob_out(FILE *out, const struct prtos_config *cf)
{
	fwrite(cf, sizeof(*cf), 1, out);
}

int emit_write(const struct prtos_config *cf, const char *path)
{
	return emit_file(path, blob_out, cf);
}

int emit_read(const char *path, struct prtos_config *cf)
{
	FILE *f = fopen(path, "rb");
	size_t n;
	prtos_u32_t sum;

	if (!f) {
		fprintf(stderr, "%s: %s\n", path, strerror(errno));
		return -1;
	}
	n = fread(cf, 1, sizeof(*cf), f);
	fclose(f);
	if (n != sizeof(*cf) || cf->signature != PRTOS_CONFIG_SIGNATURE ||
	    cf->size != sizeof(*cf)) {
		fprintf(stderr, "%s: not a configuration blob of this build (size %zu)\n", path,
			sizeof(*cf));
		return -1;
	}
	sum = cf->checksum;
	cf->checksum = 0;
	cf->checksum = prtos_crc32(0, cf, sizeof(*cf));
	if (sum != cf->checksum) {
		fprintf(stderr, "%s: bad checksum\n", path);
		return -1;
	}
	return 0;
}

/*
 * libFuzzer harness: arbitrary bytes as a container, or as an image holding one,
 * through what prtosinspect does with a file (its own code, below: locate, check
 * with the loader's container checker, list, then the boot's configuration check)
 * and the checker's lookups on an accepted container. Each input runs twice: as it
 * is, and with its checksums made right again (entries' payloads, the configuration,
 * the header), so that the checks past the checksums see the fuzzer's bytes too.
 * Refusals are expected; a crash, a leak or undefined behaviour is a defect.
 */
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/*
 * prtosinspect itself: its main renamed, its exit(1) on a refusal returning here, its
 * messages to /dev/null (standard output is, too; libFuzzer and ASan keep stderr).
 */
static jmp_buf refused;
static FILE *sink;
#undef stderr
#define stderr sink
int prtosinspect_main(int argc, char **argv);
#define main prtosinspect_main
#define exit(status) longjmp(refused, 1 + (status))
/* die() is not marked noreturn, so clang cannot see that read_file's len is set. */
#pragma clang diagnostic push
#pragma clang diagnostic ignored "-Wsometimes-uninitialized"
#include "../../user/tools/prtosinspect/prtosinspect.c"
#pragma clang diagnostic pop
#undef exit
#undef main
#undef stderr
#define stderr stderr

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	sink = fopen("/dev/null", "w");
	if (!sink || !freopen("/dev/null", "w", stdout))
		abort();
	return 0;
}

/* The lookups the loader makes on a container that passed container_check. */
static void lookups(const unsigned char *base)
{
	const struct prtos_config *cfg = container_config(base);
	const struct prtos_container_entry *e;
	const struct prtos_image_hdr *ih;
	prtos_u32_t i;
	volatile prtos_u32_t acc = container_copy_addr(base) ^ container_core_info(base)->magic;

	for (i = 0; (e = container_entry(base, i)) != NULL; i++) {
		acc ^= *(const volatile prtos_u8_t *)container_payload(base, e);
		if (e->type == PRTOS_ENTRY_PARTITION) {
			ih = container_image_hdr(base, e);
			acc ^= ih->start_signature ^ ih->end_signature;
			acc ^= (prtos_u32_t)container_area_of(cfg, e->id, e->load_addr,
							      e->mem_size);
		}
		if (container_find(base, e->type, e->id, e->index) == NULL)
			abort(); /* an entry the table holds must be found */
	}
	(void)acc;
}

/* As prtosinspect FILE, then the checker's own verdict and lookups. */
static void inspect_bytes(const unsigned char *buf, prtos_u32_t size)
{
	struct container_error err;
	char msg[256];
	prtos_u32_t off;

	if (container_locate(buf, size, &off))
		return;
	if (!setjmp(refused))
		inspect("fuzz", buf + off, size - off);
	memset(&err, 0, sizeof(err));
	if (container_check(buf + off, size - off, &err)) {
		container_error_format(&err, msg, sizeof(msg));
		return;
	}
	lookups(buf + off);
}

static prtos_u32_t get32(const unsigned char *p)
{
	prtos_u32_t v;

	memcpy(&v, p, sizeof(v));
	return v;
}

static void put32(unsigned char *p, prtos_u32_t v)
{
	memcpy(p, &v, sizeof(v));
}

/* The checksum fields made right: each payload inside the buffer, the configuration's, then the header's. */
static void reseal(unsigned char *c, prtos_u32_t size)
{
	const prtos_u32_t hdr = sizeof(struct prtos_container_hdr),
			  ent = sizeof(struct prtos_container_entry);
	prtos_u32_t n, i, off, len, cfg_sum = __builtin_offsetof(struct prtos_config, checksum);
	unsigned char *e;

	if (size < hdr)
		return;
	n = get32(c + __builtin_offsetof(struct prtos_container_hdr, num_entries));
	if (n > PRTOS_CONTAINER_MAX_ENTRIES || hdr + n * ent > size)
		return;
	for (i = 0; i < n; i++) {
		e = c + hdr + i * ent;
		off = get32(e + __builtin_offsetof(struct prtos_container_entry, offset));
		len = get32(e + __builtin_offsetof(struct prtos_container_entry, file_size));
		if (off > size || len > size - off)
			continue;
		if (get32(e) == PRTOS_ENTRY_CONFIG && len == sizeof(struct prtos_config)) {
			put32(c + off + cfg_sum, 0);
			put32(c + off + cfg_sum, prtos_crc32(0, c + off, len));
		}
		put32(e + __builtin_offsetof(struct prtos_container_entry, checksum),
		      prtos_crc32(0, c + off, len));
	}
	off = __builtin_offsetof(struct prtos_container_hdr, hdr_checksum);
	put32(c + off, 0);
	put32(c + off, prtos_crc32(0, c, hdr + n * ent));
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	unsigned char *buf;

	if (size > 1U << 24)
		return 0;
	buf = malloc(size ? size : 1); /* exactly size bytes: ASan sees any read past them */
	if (!buf)
		abort();
	memcpy(buf, data, size);
	inspect_bytes(buf, (prtos_u32_t)size);
	reseal(buf, (prtos_u32_t)size);
	inspect_bytes(buf, (prtos_u32_t)size);
	free(buf);
	return 0;
}

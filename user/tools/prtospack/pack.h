/* Container building of the packer: inputs in memory in, checked container out. */
#ifndef PRTOSPACK_PACK_H
#define PRTOSPACK_PACK_H

#include <stddef.h>
#include <prtos/types.h>
#include <prtos/container.h>

#define PACK_MAX_FILE (256U << 20)

/* An input file already read into memory. */
struct pack_file {
	const char *path;
	const unsigned char *data;
	size_t size;
};

struct pack_part {
	prtos_u32_t id;
	struct pack_file file;
};

struct pack_custom {
	prtos_u32_t id;
	prtos_u32_t index;
	struct pack_file file;
};

struct pack_input {
	struct pack_file core;
	struct pack_file config;
	prtos_u32_t num_parts;
	struct pack_part parts[PRTOS_CONTAINER_MAX_ENTRIES];
	prtos_u32_t num_customs;
	struct pack_custom customs[PRTOS_CONTAINER_MAX_ENTRIES];
};

/*
 * Build and self-check a container from in. Returns 0 with a malloc'd container in
 * *out (*out_size bytes), or -1 with *err_file set to the offending input's path (NULL: the
 * output itself) and a message in err (ERRMSG_LEN bytes).
 */
int pack_build(const struct pack_input *in, unsigned char **out, prtos_u32_t *out_size,
	       const char **err_file, char *err);

#endif

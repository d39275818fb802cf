/* ELF32 (i386) reader of the packer: validates a file and flattens its PT_LOAD segments. */
#ifndef PRTOSPACK_ELF32_H
#define PRTOSPACK_ELF32_H

#include <stddef.h>
#include <prtos/types.h>

/* The loadable part of an ELF file as one flat image starting at load_addr. */
struct elf_flat {
	unsigned char *data;   /* file_size bytes (malloc'd, never NULL on success) */
	prtos_u32_t file_size; /* up to the end of the last segment's file data */
	prtos_u32_t mem_size;  /* up to the end of the last segment's memory */
	prtos_u32_t load_addr; /* lowest segment address */
	prtos_u32_t entry;     /* e_entry */
};

#define ELF_MAX_SPAN (256U << 20) /* refuse sparse images spanning more than this */

/*
 * Validate buf as an i386 ELF32 executable and flatten its PT_LOAD segments, using
 * p_paddr when use_paddr is set (the core) and p_vaddr otherwise (partitions). Gaps
 * are zero-filled. Returns 0, or -1 with a message in err (ERRMSG_LEN bytes).
 */
int elf32_flatten(const unsigned char *buf, size_t size, int use_paddr, struct elf_flat *out,
		  char *err);

/* Address and size of the section called name. Returns 0, or -1 (also when missing). */
int elf32_find_section(const unsigned char *buf, size_t size, const char *name, prtos_u32_t *addr,
		       prtos_u32_t *sec_size, char *err);

void elf32_flat_free(struct elf_flat *f);

#endif

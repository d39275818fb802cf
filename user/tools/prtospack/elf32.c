/* ELF32 (i386) reader of the packer: every header and segment is bounds-checked. */
#include "elf32.h"
#include "errmsg.h"

#include <elf.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define ELF_MAX_LOAD 64 /* PT_LOAD segments we accept */

/* One PT_LOAD segment reduced to what flattening needs. */
struct seg {
	uint64_t addr;
	uint64_t filesz;
	uint64_t memsz;
	uint64_t offset;
};

/* Is the table [off, off + num * ent) inside a file of size bytes? */
static int table_inside(size_t size, uint64_t off, uint64_t num, uint64_t ent)
{
	return off <= size && num * ent <= size - off;
}

static int check_ehdr(const unsigned char *buf, size_t size, Elf32_Ehdr *eh, char *err)
{
	if (size < sizeof(*eh))
		return errmsg_set(err, "too small for an ELF header");
	memcpy(eh, buf, sizeof(*eh));
	if (memcmp(eh->e_ident, ELFMAG, SELFMAG) != 0)
		return errmsg_set(err, "not an ELF file");
	if (eh->e_ident[EI_CLASS] != ELFCLASS32)
		return errmsg_set(err, "not a 32-bit ELF file");
	if (eh->e_ident[EI_DATA] != ELFDATA2LSB)
		return errmsg_set(err, "not a little-endian ELF file");
	if (eh->e_ident[EI_VERSION] != EV_CURRENT)
		return errmsg_set(err, "unknown ELF version %u", eh->e_ident[EI_VERSION]);
	if (eh->e_machine != EM_386)
		return errmsg_set(err, "not an i386 ELF file (machine %u)", eh->e_machine);
	if (eh->e_type != ET_EXEC)
		return errmsg_set(err, "not an executable ELF file (type %u)", eh->e_type);
	return 0;
}

static int read_phdr(const unsigned char *buf, size_t size, const Elf32_Ehdr *eh, unsigned i,
		     Elf32_Phdr *ph, char *err)
{
	if (eh->e_phentsize != sizeof(*ph))
		return errmsg_set(err, "bad program header size %u", eh->e_phentsize);
	if (!table_inside(size, eh->e_phoff, eh->e_phnum, sizeof(*ph)))
		return errmsg_set(err, "program headers outside the file");
	memcpy(ph, buf + eh->e_phoff + (size_t)i * sizeof(*ph), sizeof(*ph));
	return 0;
}

static int make_seg(const Elf32_Phdr *ph, size_t size, int use_paddr, struct seg *s, char *err)
{
	s->addr = use_paddr ? ph->p_paddr : ph->p_vaddr;
	s->filesz = ph->p_filesz;
	s->memsz = ph->p_memsz;
	s->offset = ph->p_offset;
	if (s->filesz > s->memsz)
		return errmsg_set(err, "segment at 0x%llx: file size above memory size",
				  (unsigned long long)s->addr);
	if (s->offset > size || s->filesz > size - s->offset)
		return errmsg_set(err, "segment at 0x%llx: data outside the file",
				  (unsigned long long)s->addr);
	if (s->addr + s->memsz > 0x100000000ULL)
		return errmsg_set(err, "segment at 0x%llx: wraps the address space",
				  (unsigned long long)s->addr);
	return 0;
}

/* Collect the non-empty PT_LOAD segments into segs; returns their number or -1. */
static int collect_segs(const unsigned char *buf, size_t size, const Elf32_Ehdr *eh, int use_paddr,
			struct seg *segs, char *err)
{
	Elf32_Phdr ph;
	int n = 0;
	unsigned i;

	if (!eh->e_phnum)
		return errmsg_set(err, "no program headers");
	for (i = 0; i < eh->e_phnum; i++) {
		if (read_phdr(buf, size, eh, i, &ph, err))
			return -1;
		if (ph.p_type != PT_LOAD || !ph.p_memsz)
			continue;
		if (n == ELF_MAX_LOAD)
			return errmsg_set(err, "more than %d loadable segments", ELF_MAX_LOAD);
		if (make_seg(&ph, size, use_paddr, &segs[n], err))
			return -1;
		n++;
	}
	if (!n)
		return errmsg_set(err, "no loadable segment");
	return n;
}

static int check_overlaps(const struct seg *segs, int n, char *err)
{
	int i, j;

	for (i = 0; i < n; i++)
		for (j = 0; j < i; j++)
			if (segs[i].addr < segs[j].addr + segs[j].memsz &&
			    segs[j].addr < segs[i].addr + segs[i].memsz)
				return errmsg_set(err, "segments at 0x%llx and 0x%llx overlap",
						  (unsigned long long)segs[j].addr,
						  (unsigned long long)segs[i].addr);
	return 0;
}

/* Compute the flat extent of the segments into out (no data yet). */
static int measure(const struct seg *segs, int n, struct elf_flat *out, char *err)
{
	uint64_t low = UINT64_MAX, file_end = 0, mem_end = 0;
	int i;

	for (i = 0; i < n; i++) {
		if (segs[i].addr < low)
			low = segs[i].addr;
		if (segs[i].filesz && segs[i].addr + segs[i].filesz > file_end)
			file_end = segs[i].addr + segs[i].filesz;
		if (segs[i].addr + segs[i].memsz > mem_end)
			mem_end = segs[i].addr + segs[i].memsz;
	}
	if (mem_end - low > ELF_MAX_SPAN)
		return errmsg_set(err, "loadable segments span more than %u MiB",
				  ELF_MAX_SPAN >> 20);
	out->load_addr = (prtos_u32_t)low;
	out->file_size = file_end > low ? (prtos_u32_t)(file_end - low) : 0;
	out->mem_size = (prtos_u32_t)(mem_end - low);
	return 0;
}

int elf32_flatten(const unsigned char *buf, size_t size, int use_paddr, struct elf_flat *out,
		  char *err)
{
	struct seg segs[ELF_MAX_LOAD];
	Elf32_Ehdr eh;
	int n, i;

	memset(out, 0, sizeof(*out));
	if (check_ehdr(buf, size, &eh, err))
		return -1;
	n = collect_segs(buf, size, &eh, use_paddr, segs, err);
	if (n < 0 || check_overlaps(segs, n, err) || measure(segs, n, out, err))
		return -1;
	out->entry = eh.e_entry;
	out->data = calloc(1, out->file_size ? out->file_size : 1);
	if (!out->data)
		return errmsg_set(err, "out of memory");
	for (i = 0; i < n; i++)
		if (segs[i].filesz)
			memcpy(out->data + (segs[i].addr - out->load_addr), buf + segs[i].offset,
			       segs[i].filesz);
	return 0;
}

static int read_shdr(const unsigned char *buf, size_t size, const Elf32_Ehdr *eh, unsigned i,
		     Elf32_Shdr *sh, char *err)
{
	if (eh->e_shentsize != sizeof(*sh))
		return errmsg_set(err, "bad section header size %u", eh->e_shentsize);
	if (!table_inside(size, eh->e_shoff, eh->e_shnum, sizeof(*sh)))
		return errmsg_set(err, "section headers outside the file");
	memcpy(sh, buf + eh->e_shoff + (size_t)i * sizeof(*sh), sizeof(*sh));
	return 0;
}

/* Locate the section-name string table: sets *strtab and *strsz. */
static int read_shstrtab(const unsigned char *buf, size_t size, const Elf32_Ehdr *eh,
			 const char **strtab, size_t *strsz, char *err)
{
	Elf32_Shdr sh;

	if (eh->e_shstrndx == SHN_UNDEF || eh->e_shstrndx >= eh->e_shnum)
		return errmsg_set(err, "no section name table");
	if (read_shdr(buf, size, eh, eh->e_shstrndx, &sh, err))
		return -1;
	if (sh.sh_type == SHT_NOBITS || sh.sh_offset > size || sh.sh_size > size - sh.sh_offset)
		return errmsg_set(err, "section name table outside the file");
	*strtab = (const char *)buf + sh.sh_offset;
	*strsz = sh.sh_size;
	return 0;
}

static int name_is(const char *strtab, size_t strsz, Elf32_Word off, const char *name)
{
	size_t len = strlen(name);

	return off < strsz && len < strsz - off && memcmp(strtab + off, name, len + 1) == 0;
}

int elf32_find_section(const unsigned char *buf, size_t size, const char *name, prtos_u32_t *addr,
		       prtos_u32_t *sec_size, char *err)
{
	const char *strtab = NULL;
	Elf32_Ehdr eh;
	Elf32_Shdr sh;
	size_t strsz = 0;
	unsigned i;

	if (check_ehdr(buf, size, &eh, err))
		return -1;
	if (!eh.e_shnum || !eh.e_shoff)
		return errmsg_set(err, "no section headers, so no %s section", name);
	if (read_shstrtab(buf, size, &eh, &strtab, &strsz, err))
		return -1;
	for (i = 0; i < eh.e_shnum; i++) {
		if (read_shdr(buf, size, &eh, i, &sh, err))
			return -1;
		if (name_is(strtab, strsz, sh.sh_name, name)) {
			*addr = sh.sh_addr;
			*sec_size = sh.sh_size;
			return 0;
		}
	}
	return errmsg_set(err, "no %s section", name);
}

void elf32_flat_free(struct elf_flat *f)
{
	free(f->data);
	f->data = NULL;
}

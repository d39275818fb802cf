/* Unit tests of the packer: its ELF32 reader and pack_build (user/tools/prtospack). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <elf.h>
#include <stdlib.h>
#include <string.h>

#include "test_container_fixture.h"
#include "../../user/loader/container.h"
#include "../../user/tools/prtospack/elf32.h"
#include "../../user/tools/prtospack/errmsg.h"
#include "../../user/tools/prtospack/pack.h"

/* ---- a tiny in-memory ELF writer ---- */

struct seg_spec {
	prtos_u32_t vaddr, paddr, filesz, memsz;
	const void *data; /* filesz bytes, or NULL to fill with 0xA5 */
};

struct elf_spec {
	prtos_u32_t nsegs;
	struct seg_spec segs[4];
	prtos_u32_t entry;
	int hdr_section; /* add a .prtos_image_hdr section */
	prtos_u32_t hdr_addr, hdr_size;
};

struct blob {
	unsigned char *data;
	size_t size;
};

static const char shstrtab[] = "\0.text\0.prtos_image_hdr\0.shstrtab";
#define NAME_TEXT 1
#define NAME_HDR 7
#define NAME_SHSTRTAB 24

static void put_shdr(unsigned char *buf, Elf32_Ehdr *eh, Elf32_Word name, Elf32_Word type,
		     Elf32_Addr addr, Elf32_Off off, Elf32_Word size)
{
	Elf32_Shdr sh = {.sh_name = name,
			 .sh_type = type,
			 .sh_addr = addr,
			 .sh_offset = off,
			 .sh_size = size};

	memcpy(buf + eh->e_shoff + eh->e_shnum * sizeof(sh), &sh, sizeof(sh));
	eh->e_shnum++;
}

static struct blob build_elf(const struct elf_spec *s)
{
	Elf32_Ehdr eh = {.e_type = ET_EXEC,
			 .e_machine = EM_386,
			 .e_version = EV_CURRENT,
			 .e_entry = s->entry,
			 .e_phoff = sizeof(Elf32_Ehdr),
			 .e_ehsize = sizeof(Elf32_Ehdr),
			 .e_phentsize = sizeof(Elf32_Phdr),
			 .e_phnum = (Elf32_Half)s->nsegs,
			 .e_shentsize = sizeof(Elf32_Shdr)};
	size_t off = 0x1000, i, total = 0x1000;
	struct blob b;

	for (i = 0; i < s->nsegs; i++)
		total += (s->segs[i].filesz + 15) & ~15U;
	total += sizeof(shstrtab) + 16 + 4 * sizeof(Elf32_Shdr);
	b.data = calloc(1, total);
	b.size = total;
	memcpy(eh.e_ident, ELFMAG, SELFMAG);
	eh.e_ident[EI_CLASS] = ELFCLASS32;
	eh.e_ident[EI_DATA] = ELFDATA2LSB;
	eh.e_ident[EI_VERSION] = EV_CURRENT;
	for (i = 0; i < s->nsegs; i++) {
		const struct seg_spec *g = &s->segs[i];
		Elf32_Phdr ph = {.p_type = PT_LOAD,
				 .p_offset = off,
				 .p_vaddr = g->vaddr,
				 .p_paddr = g->paddr ? g->paddr : g->vaddr,
				 .p_filesz = g->filesz,
				 .p_memsz = g->memsz,
				 .p_align = 16};

		memcpy(b.data + eh.e_phoff + i * sizeof(ph), &ph, sizeof(ph));
		if (g->data)
			memcpy(b.data + off, g->data, g->filesz);
		else
			memset(b.data + off, 0xA5, g->filesz);
		off += (g->filesz + 15) & ~15U;
	}
	memcpy(b.data + off, shstrtab, sizeof(shstrtab));
	eh.e_shoff = (off + sizeof(shstrtab) + 15) & ~15U;
	put_shdr(b.data, &eh, 0, SHT_NULL, 0, 0, 0);
	put_shdr(b.data, &eh, NAME_TEXT, SHT_PROGBITS, s->entry, 0x1000, 0);
	if (s->hdr_section)
		put_shdr(b.data, &eh, NAME_HDR, SHT_PROGBITS, s->hdr_addr, 0, s->hdr_size);
	eh.e_shstrndx = eh.e_shnum;
	put_shdr(b.data, &eh, NAME_SHSTRTAB, SHT_STRTAB, 0, off, sizeof(shstrtab));
	memcpy(b.data, &eh, sizeof(eh));
	return b;
}

static Elf32_Ehdr *ehdr(struct blob *b)
{
	return (Elf32_Ehdr *)b->data;
}

static Elf32_Phdr *phdr(struct blob *b, int i)
{
	return (Elf32_Phdr *)(b->data + ehdr(b)->e_phoff) + i;
}

/* ---- ELF reader ---- */

static const struct elf_spec two_segs = {
	.nsegs = 2,
	.segs = {{0x06000000, 0, 0x20, 0x40, NULL}, {0x06001000, 0, 0x10, 0x800, NULL}},
	.entry = 0x06000004,
};

static void test_flatten(void **state)
{
	struct blob b = build_elf(&two_segs);
	char err[ERRMSG_LEN];
	struct elf_flat f;
	prtos_u32_t i;

	(void)state;
	assert_int_equal(elf32_flatten(b.data, b.size, 0, &f, err), 0);
	assert_int_equal(f.load_addr, 0x06000000);
	assert_int_equal(f.file_size, 0x1010);
	assert_int_equal(f.mem_size, 0x1800);
	assert_int_equal(f.entry, 0x06000004);
	for (i = 0; i < f.file_size; i++)
		assert_int_equal(f.data[i], (i < 0x20 || i >= 0x1000) ? 0xA5 : 0);
	elf32_flat_free(&f);
	free(b.data);
}

static void test_flatten_paddr_and_bss(void **state)
{
	struct elf_spec s = {
		.nsegs = 2,
		.segs = {{0xC0100000, 0x00100000, 0x30, 0x30, NULL},
			 {0xC0200000, 0x00200000, 0, 0x4000, NULL}},
	};
	struct blob b = build_elf(&s);
	char err[ERRMSG_LEN];
	struct elf_flat f;

	(void)state;
	assert_int_equal(elf32_flatten(b.data, b.size, 1, &f, err), 0);
	assert_int_equal(f.load_addr, 0x00100000);
	assert_int_equal(f.file_size, 0x30); /* the bss-only segment adds no file data */
	assert_int_equal(f.mem_size, 0x104000);
	elf32_flat_free(&f);
	assert_int_equal(elf32_flatten(b.data, b.size, 0, &f, err), 0);
	assert_int_equal(f.load_addr, 0xC0100000);
	elf32_flat_free(&f);
	free(b.data);
}

/* A corruption of two_segs and the start of the message it must produce. */
struct elf_refusal {
	const char *name;
	void (*mutate)(struct blob *b);
	const char *msg;
};

static void e_magic(struct blob *b)
{
	b->data[1] = 'X';
}
static void e_class(struct blob *b)
{
	b->data[EI_CLASS] = ELFCLASS64;
}
static void e_endian(struct blob *b)
{
	b->data[EI_DATA] = ELFDATA2MSB;
}
static void e_machine(struct blob *b)
{
	ehdr(b)->e_machine = EM_X86_64;
}
static void e_type(struct blob *b)
{
	ehdr(b)->e_type = ET_REL;
}
static void e_short(struct blob *b)
{
	b->size = 40;
}
static void e_no_phdrs(struct blob *b)
{
	ehdr(b)->e_phnum = 0;
}
static void e_phentsize(struct blob *b)
{
	ehdr(b)->e_phentsize = 40;
}
static void e_phoff(struct blob *b)
{
	ehdr(b)->e_phoff = (Elf32_Off)b->size - 8;
}
static void e_phoff_huge(struct blob *b)
{
	ehdr(b)->e_phoff = 0xFFFFFFF0U;
}
static void e_seg_outside(struct blob *b)
{
	phdr(b, 1)->p_offset = (Elf32_Off)b->size - 4;
}
static void e_seg_wrap_off(struct blob *b)
{
	phdr(b, 1)->p_offset = 0xFFFFFFF8U;
}
static void e_filesz(struct blob *b)
{
	phdr(b, 0)->p_filesz = 0x80;
}
static void e_overlap(struct blob *b)
{
	phdr(b, 1)->p_vaddr = 0x06000030;
}
static void e_no_load(struct blob *b)
{
	phdr(b, 0)->p_type = PT_NOTE;
	phdr(b, 1)->p_type = PT_NOTE;
}
static void e_addr_wrap(struct blob *b)
{
	phdr(b, 1)->p_vaddr = 0xFFFFFF00U;
}
static void e_span(struct blob *b)
{
	phdr(b, 1)->p_vaddr = 0x36000000U;
}

#define E(n, msg)          \
	{                  \
#n, n, msg \
	}
static const struct elf_refusal elf_refusals[] = {
	E(e_magic, "not an ELF file"),
	E(e_class, "not a 32-bit ELF file"),
	E(e_endian, "not a little-endian ELF file"),
	E(e_machine, "not an i386 ELF file"),
	E(e_type, "not an executable ELF file"),
	E(e_short, "too small for an ELF header"),
	E(e_no_phdrs, "no program headers"),
	E(e_phentsize, "bad program header size"),
	E(e_phoff, "program headers outside the file"),
	E(e_phoff_huge, "program headers outside the file"),
	E(e_seg_outside, "segment at 0x6001000: data outside the file"),
	E(e_seg_wrap_off, "segment at 0x6001000: data outside the file"),
	E(e_filesz, "segment at 0x6000000: file size above memory size"),
	E(e_overlap, "segments at 0x6000000 and 0x6000030 overlap"),
	E(e_no_load, "no loadable segment"),
	E(e_addr_wrap, "segment at 0xffffff00: wraps the address space"),
	E(e_span, "loadable segments span more than 256 MiB"),
};

static void run_elf_refusal(void **state)
{
	const struct elf_refusal *r = *state;
	struct blob b = build_elf(&two_segs);
	char err[ERRMSG_LEN] = "";
	struct elf_flat f;

	r->mutate(&b);
	assert_int_equal(elf32_flatten(b.data, b.size, 0, &f, err), -1);
	if (strncmp(err, r->msg, strlen(r->msg)))
		fail_msg("message \"%s\", expected \"%s...\"", err, r->msg);
	elf32_flat_free(&f);
	free(b.data);
}

static void test_find_section(void **state)
{
	struct elf_spec s = two_segs;
	char err[ERRMSG_LEN];
	prtos_u32_t addr, size;
	struct blob b;

	(void)state;
	s.hdr_section = 1;
	s.hdr_addr = 0x06000010;
	s.hdr_size = sizeof(struct prtos_image_hdr);
	b = build_elf(&s);
	assert_int_equal(elf32_find_section(b.data, b.size, ".prtos_image_hdr", &addr, &size, err),
			 0);
	assert_int_equal(addr, 0x06000010);
	assert_int_equal(size, sizeof(struct prtos_image_hdr));
	assert_int_equal(elf32_find_section(b.data, b.size, ".data", &addr, &size, err), -1);
	assert_string_equal(err, "no .data section");
	/* the last name in the table is found too */
	assert_int_equal(elf32_find_section(b.data, b.size, ".shstrtab", &addr, &size, err), 0);
	ehdr(&b)->e_shstrndx = 9;
	assert_int_equal(elf32_find_section(b.data, b.size, ".text", &addr, &size, err), -1);
	assert_string_equal(err, "no section name table");
	ehdr(&b)->e_shstrndx = 3;
	ehdr(&b)->e_shoff = (Elf32_Off)b.size - 16;
	assert_int_equal(elf32_find_section(b.data, b.size, ".text", &addr, &size, err), -1);
	assert_string_equal(err, "section headers outside the file");
	ehdr(&b)->e_shnum = 0;
	assert_int_equal(elf32_find_section(b.data, b.size, ".text", &addr, &size, err), -1);
	free(b.data);
}

/* ---- pack_build ---- */

struct inputs {
	struct pack_input in;
	struct blob core, part[2];
	struct prtos_config cfg;
	unsigned char custom[FX_CUSTOM_SIZE];
	unsigned char core_img[0x100], part_img[2][0x100];
};

static struct blob partition_elf(unsigned char *img, prtos_u32_t addr, prtos_u32_t ncustom)
{
	struct elf_spec s = {.nsegs = 1,
			     .entry = addr,
			     .hdr_section = 1,
			     .hdr_addr = addr + FX_HDR_OFF,
			     .hdr_size = sizeof(struct prtos_image_hdr)};
	struct prtos_image_hdr ih;

	fx_image_hdr(&ih, ncustom);
	memset(img, 0x5A, 0x100);
	memcpy(img + FX_HDR_OFF, &ih, sizeof(ih));
	s.segs[0] = (struct seg_spec){addr, 0, 0x100, 0x1000, img};
	return build_elf(&s);
}

static void file(struct pack_file *f, const char *path, const void *data, size_t size)
{
	f->path = path;
	f->data = data;
	f->size = size;
}

static struct inputs *make_inputs(void)
{
	struct inputs *t = calloc(1, sizeof(*t));
	struct elf_spec core = {.nsegs = 1, .entry = FX_HYP_START + 0x100};
	struct prtos_core_info ci;

	fx_config(&t->cfg);
	fx_core_info(&ci);
	memcpy(t->core_img, &ci, sizeof(ci));
	core.segs[0] = (struct seg_spec){0xC1000000, FX_HYP_START, 0x100, 0x3000, t->core_img};
	t->core = build_elf(&core);
	t->part[0] = partition_elf(t->part_img[0], FX_P0_ADDR, 0);
	t->part[1] = partition_elf(t->part_img[1], FX_P1_ADDR, 1);
	memset(t->custom, 0x33, sizeof(t->custom));
	file(&t->in.core, "core.elf", t->core.data, t->core.size);
	file(&t->in.config, "prtos_cf.bin", &t->cfg, sizeof(t->cfg));
	t->in.num_parts = 2;
	t->in.parts[0].id = 0;
	file(&t->in.parts[0].file, "dir/p0.elf", t->part[0].data, t->part[0].size);
	t->in.parts[1].id = 1;
	file(&t->in.parts[1].file, "p1.elf", t->part[1].data, t->part[1].size);
	t->in.num_customs = 1;
	t->in.customs[0].id = 1;
	file(&t->in.customs[0].file, "custom.bin", t->custom, sizeof(t->custom));
	return t;
}

static void free_inputs(struct inputs *t)
{
	free(t->core.data);
	free(t->part[0].data);
	free(t->part[1].data);
	free(t);
}

static void test_pack_ok(void **state)
{
	struct inputs *t = make_inputs();
	const struct prtos_container_entry *e;
	char err[ERRMSG_LEN];
	const char *err_file;
	unsigned char *out;
	prtos_u32_t size;

	(void)state;
	assert_int_equal(pack_build(&t->in, &out, &size, &err_file, err), 0);
	assert_int_equal(size % PRTOS_CONTAINER_ALIGN, 0);
	assert_int_equal(container_check(out, size, NULL), 0);
	assert_int_equal(container_hdr(out)->num_entries, 5);
	e = container_find(out, PRTOS_ENTRY_CORE, 0, 0);
	assert_int_equal(e->load_addr, FX_HYP_START); /* p_paddr for the core */
	assert_int_equal(e->mem_size, 0x3000);
	assert_int_equal(e->entry, FX_HYP_START + 0x100);
	assert_string_equal(e->name, "core.elf");
	e = container_find(out, PRTOS_ENTRY_PARTITION, 0, 0);
	assert_int_equal(e->load_addr, FX_P0_ADDR);
	assert_int_equal(e->file_size, 0x100);
	assert_int_equal(e->mem_size, 0x1000);
	assert_int_equal(e->image_hdr, FX_P0_ADDR + FX_HDR_OFF);
	assert_string_equal(e->name, "p0.elf");
	assert_memory_equal(container_payload(out, e), t->part_img[0], 0x100);
	e = container_find(out, PRTOS_ENTRY_CUSTOM_FILE, 1, 0);
	assert_int_equal(e->load_addr, FX_P1_DATA);
	assert_int_equal(e->file_size, FX_CUSTOM_SIZE);
	assert_memory_equal(container_config(out), &t->cfg, sizeof(t->cfg));
	free(out);
	free_inputs(t);
}

/* A broken input and the file and message prtospack must report. */
struct pack_refusal {
	const char *name;
	void (*mutate)(struct inputs *t);
	const char *file;
	const char *msg; /* substring */
};

static void p_missing(struct inputs *t)
{
	t->in.num_parts = 1;
	t->in.num_customs = 0;
}
static void p_dup(struct inputs *t)
{
	t->in.parts[1].id = 0;
}
static void p_unknown(struct inputs *t)
{
	t->in.parts[1].id = 5;
}
static void p_outside(struct inputs *t)
{
	free(t->part[0].data);
	t->part[0] = partition_elf(t->part_img[0], FX_P0_ADDR + FX_AREA_SIZE - 0x800, 0);
	file(&t->in.parts[0].file, "dir/p0.elf", t->part[0].data, t->part[0].size);
}
static void p_no_hdr(struct inputs *t)
{
	struct elf_spec s = two_segs;

	free(t->part[0].data);
	t->part[0] = build_elf(&s);
	file(&t->in.parts[0].file, "dir/p0.elf", t->part[0].data, t->part[0].size);
}
static void p_hdr_sig(struct inputs *t)
{
	prtos_u32_t off = phdr(&t->part[0], 0)->p_offset + FX_HDR_OFF;

	t->part[0].data[off] ^= 1;
}
static void p_hdr_abi(struct inputs *t)
{
	prtos_u32_t off = phdr(&t->part[0], 0)->p_offset + FX_HDR_OFF + 4;

	t->part[0].data[off + 2] = 7;
}
static void p_custom_big(struct inputs *t)
{
	t->in.customs[0].file.size = 0x1001;
}
static void p_custom_index(struct inputs *t)
{
	t->in.customs[0].index = 1;
}
static void p_custom_part(struct inputs *t)
{
	t->in.customs[0].id = 3;
}
static void p_custom_dup(struct inputs *t)
{
	t->in.customs[1] = t->in.customs[0];
	t->in.num_customs = 2;
}
static void p_core_magic(struct inputs *t)
{
	t->core.data[0x1000] ^= 1;
}
static void p_core_elf(struct inputs *t)
{
	t->core.data[EI_CLASS] = ELFCLASS64;
}
static void p_cfg_checksum(struct inputs *t)
{
	t->cfg.name[0] = 'Y';
}
static void p_cfg_size(struct inputs *t)
{
	t->in.config.size -= 4;
}
static void p_cfg_signature(struct inputs *t)
{
	t->cfg.signature = 0;
}
static void p_other_core(struct inputs *t)
{
	t->cfg.version = PRTOS_SET_VERSION(1, 9, 0);
	fx_config_seal(&t->cfg);
}

#define P(n, file, msg)          \
	{                        \
#n, n, file, msg \
	}
static const struct pack_refusal pack_refusals[] = {
	P(p_missing, "prtos_cf.bin", "partition 1 (P1) has no image"),
	P(p_dup, "p1.elf", "second image for partition 0"),
	P(p_unknown, "p1.elf", "partition 5 is not in the configuration"),
	P(p_outside, "dir/p0.elf", "is not inside one area of partition 0 (P0)"),
	P(p_no_hdr, "dir/p0.elf", "no .prtos_image_hdr section"),
	P(p_hdr_sig, "dir/p0.elf", "image header signatures"),
	P(p_hdr_abi, "dir/p0.elf", "built for ABI 0x070000"),
	P(p_custom_big, "custom.bin", "4097 bytes, but custom file 0 of p1.elf holds 4096"),
	P(p_custom_index, "custom.bin", "custom file 1 not declared by p1.elf"),
	P(p_custom_part, "custom.bin", "custom file for partition 3, which has no image"),
	P(p_custom_dup, "custom.bin", "second custom file 1:0"),
	P(p_core_magic, "core.elf", "does not start with a prtos_core_info"),
	P(p_core_elf, "core.elf", "not a 32-bit ELF file"),
	P(p_cfg_checksum, "prtos_cf.bin", "checksum mismatch"),
	P(p_cfg_size, "prtos_cf.bin", "this build's configuration is"),
	P(p_cfg_signature, "prtos_cf.bin", "not a configuration blob"),
	P(p_other_core, "prtos_cf.bin", "configuration version 0x010900"),
};

static void run_pack_refusal(void **state)
{
	const struct pack_refusal *r = *state;
	struct inputs *t = make_inputs();
	char err[ERRMSG_LEN] = "";
	const char *err_file = NULL;
	unsigned char *out;
	prtos_u32_t size;

	r->mutate(t);
	assert_int_equal(pack_build(&t->in, &out, &size, &err_file, err), -1);
	assert_null(out);
	if (!err_file || strcmp(err_file, r->file) || !strstr(err, r->msg))
		fail_msg("got \"%s: %s\", expected \"%s: ...%s...\"",
			 err_file ? err_file : "(output)", err, r->file, r->msg);
	free_inputs(t);
}

static void test_pack_core_mismatch(void **state)
{
	struct inputs *t = make_inputs();
	struct prtos_core_info ci;
	char err[ERRMSG_LEN];
	const char *err_file;
	unsigned char *out;
	prtos_u32_t size, off = phdr(&t->core, 0)->p_offset;

	(void)state;
	memcpy(&ci, t->core.data + off, sizeof(ci));
	ci.config_size += 8;
	memcpy(t->core.data + off, &ci, sizeof(ci));
	assert_int_equal(pack_build(&t->in, &out, &size, &err_file, err), -1);
	assert_string_equal(err_file, "core.elf");
	assert_non_null(strstr(err, "configuration built for another core"));
	free_inputs(t);
}

#define NUM(a) (sizeof(a) / sizeof((a)[0]))

int main(void)
{
	static const struct CMUnitTest fixed[] = {
		cmocka_unit_test(test_flatten),
		cmocka_unit_test(test_flatten_paddr_and_bss),
		cmocka_unit_test(test_find_section),
		cmocka_unit_test(test_pack_ok),
		cmocka_unit_test(test_pack_core_mismatch),
	};
	size_t n = 0, i, total = NUM(fixed) + NUM(elf_refusals) + NUM(pack_refusals);
	struct CMUnitTest *tests = calloc(total, sizeof(*tests));
	int rc;

	for (i = 0; i < NUM(fixed); i++)
		tests[n++] = fixed[i];
	for (i = 0; i < NUM(elf_refusals); i++)
		tests[n++] = (struct CMUnitTest){elf_refusals[i].name, run_elf_refusal, NULL, NULL,
						 (void *)&elf_refusals[i]};
	for (i = 0; i < NUM(pack_refusals); i++)
		tests[n++] = (struct CMUnitTest){pack_refusals[i].name, run_pack_refusal, NULL,
						 NULL, (void *)&pack_refusals[i]};
	rc = _cmocka_run_group_tests("prtospack", tests, n, NULL, NULL);
	free(tests);
	return rc;
}

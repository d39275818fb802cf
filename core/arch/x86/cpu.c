/*
 * Segments, TSS and IDT of the core. Partitions get flat ring-3 segments: paging is the
 * only isolation. Each CPU has its own GDT and TSS (its kernel stack pointer, its I/O
 * bitmap), and with SMP a GS segment over its struct cpu; the IDT is shared.
 */
#include <prtos/arch.h>
#include <prtos/string.h>
#include <prtos/arch_abi.h>
#include <prtos/percpu.h>
#include <arch/segments.h>
#include <arch/x86.h>
#include <arch/io.h>

/* The TSS with an I/O permission bitmap up to the partitions' last port, and the
 * all-ones byte the CPU needs after it: a port past the bitmap, beyond the TSS
 * limit, is closed (Intel SDM vol. 1, 19.5.2). */
struct tss {
	prtos_u32_t link, esp0, ss0, esp1, ss1, esp2, ss2, cr3, eip, eflags;
	prtos_u32_t eax, ecx, edx, ebx, esp, ebp, esi, edi;
	prtos_u32_t es, cs, ss, ds, fs, gs, ldt;
	prtos_u16_t trap, iomap_base;
	prtos_u8_t io_bitmap[X86_IO_BITMAP_BYTES + 1];
} __attribute__((packed));

#define IOMAP_BITMAP __builtin_offsetof(struct tss, io_bitmap)
#define IOMAP_NONE sizeof(struct tss) /* past the limit: every port faults */

struct desc_ptr {
	prtos_u16_t limit;
	prtos_u32_t base;
} __attribute__((packed));

static prtos_u64_t gdt[CONFIG_MAX_CPUS][GDT_ENTRIES] __attribute__((aligned(8)));
static prtos_u64_t idt[256] __attribute__((aligned(8)));
static struct tss tss[CONFIG_MAX_CPUS] __attribute__((aligned(128)));

static struct tss *this_tss(void)
{
	return &tss[this_cpu_id()];
}

_Static_assert(USER_CS == PRTOS_USER_CS && USER_DS == PRTOS_USER_DS, "user selectors");

extern const prtos_u32_t x86_trap_stub_table[X86_NUM_STUBS];
extern const prtos_u32_t x86_hcall_stub;

/* access: P, DPL, S, type; flags: G, D/B. */
static prtos_u64_t seg_desc(prtos_u32_t base, prtos_u32_t limit, prtos_u8_t access,
			    prtos_u8_t flags)
{
	prtos_u64_t d = limit & 0xFFFFU;

	d |= (prtos_u64_t)(base & 0xFFFFFFU) << 16;
	d |= (prtos_u64_t)access << 40;
	d |= (prtos_u64_t)((limit >> 16) & 0xF) << 48;
	d |= (prtos_u64_t)(flags & 0xF) << 52;
	d |= (prtos_u64_t)(base >> 24) << 56;
	return d;
}

/* An interrupt gate (IF cleared on entry) callable from dpl. */
static prtos_u64_t gate_desc(prtos_u32_t handler, prtos_u8_t dpl)
{
	prtos_u64_t d = handler & 0xFFFFU;

	d |= (prtos_u64_t)KERNEL_CS << 16;
	d |= (prtos_u64_t)(0x8E | (dpl << 5)) << 40;
	d |= (prtos_u64_t)(handler >> 16) << 48;
	return d;
}

#ifdef CONFIG_SMP
#define KERNEL_GS PERCPU_SEL
#else
#define KERNEL_GS 0
#endif

/* CPU cpu's GDT, loaded; GS on its struct cpu (SMP), FS null. */
static void gdt_init(prtos_u32_t cpu)
{
	prtos_u64_t *g = gdt[cpu];
	struct desc_ptr p = {sizeof(gdt[cpu]) - 1, (prtos_u32_t)g};

	g[GDT_KERNEL_CS] = seg_desc(0, 0xFFFFF, 0x9A, 0xC);
	g[GDT_KERNEL_DS] = seg_desc(0, 0xFFFFF, 0x92, 0xC);
	g[GDT_USER_CS] = seg_desc(0, 0xFFFFF, 0xFA, 0xC);
	g[GDT_USER_DS] = seg_desc(0, 0xFFFFF, 0xF2, 0xC);
	g[GDT_TSS] = seg_desc((prtos_u32_t)&tss[cpu], sizeof(tss[cpu]) - 1, 0x89, 0x0);
	g[GDT_PERCPU] = seg_desc((prtos_u32_t)&percpu[cpu], sizeof(percpu[cpu]) - 1, 0x92, 0x4);
	__asm__ volatile("lgdt %0\n\t"
			 "ljmp %1, $1f\n"
			 "1:\tmov %2, %%ds\n\tmov %2, %%es\n\tmov %2, %%ss\n\t"
			 "xor %%eax, %%eax\n\tmov %%ax, %%fs\n\tmov %3, %%eax\n\tmov %%ax, %%gs"
			 :
			 : "m"(p), "i"(KERNEL_CS), "r"(KERNEL_DS), "i"(KERNEL_GS)
			 : "eax", "memory");
}

static void tss_init(prtos_u32_t cpu)
{
	struct tss *t = &tss[cpu];

	memset(t, 0, sizeof(*t));
	t->ss0 = KERNEL_DS;
	memset(t->io_bitmap, 0xFF, sizeof(t->io_bitmap)); /* every port closed */
	t->iomap_base = IOMAP_NONE;
	__asm__ volatile("ltr %w0" : : "r"(TSS_SEL));
}

/*
 * A null LDT: a selector with TI set (an LDT selector) then faults in every
 * ring, instead of reaching whatever LDT the CPU's reset state describes.
 */
static void ldt_init(void)
{
	__asm__ volatile("lldt %w0" : : "r"(0));
}

static void idt_load(void)
{
	struct desc_ptr p = {sizeof(idt) - 1, (prtos_u32_t)idt};

	__asm__ volatile("lidt %0" : : "m"(p));
}

static void idt_init(void)
{
	int v;

	for (v = 0; v < X86_NUM_STUBS; v++)
		idt[v] = gate_desc(x86_trap_stub_table[v], 0);
	/* int3 and into are the only exceptions a partition may raise by itself. */
	idt[3] = gate_desc(x86_trap_stub_table[3], 3);
	idt[4] = gate_desc(x86_trap_stub_table[4], 3);
	idt[PRTOS_HCALL_VECTOR] = gate_desc(x86_hcall_stub, 3);
	idt_load();
}

void x86_set_kernel_stack(prtos_u32_t esp0)
{
	this_tss()->esp0 = esp0;
}

prtos_u8_t *x86_io_bitmap(void)
{
	return this_tss()->io_bitmap;
}

void x86_io_bitmap_use(int on)
{
	this_tss()->iomap_base = on ? IOMAP_BITMAP : IOMAP_NONE;
}

/* x87 present (no emulation), native error reporting, WAIT traps while TS is set;
 * alignment checks for ring-3 code that sets EFLAGS.AC itself. */
static void cr0_init(void)
{
	x86_write_cr0((x86_read_cr0() & ~CR0_EM) | CR0_MP | CR0_NE | CR0_TS | CR0_AM);
}

#define CR4_UMIP (1U << 11)
#define CPUID7_ECX_UMIP (1U << 2)

static void cpuid(prtos_u32_t leaf, prtos_u32_t sub, prtos_u32_t r[4])
{
	__asm__ volatile("cpuid"
			 : "=a"(r[0]), "=b"(r[1]), "=c"(r[2]), "=d"(r[3])
			 : "a"(leaf), "c"(sub));
}

/*
 * sgdt, sidt, sldt, str and smsw fault in ring 3 where the CPU offers it
 * (UMIP): they would tell a partition where the core's tables are. Without it
 * they stay readable (see doc/security.md).
 */
static void umip_init(void)
{
	prtos_u32_t r[4];

	cpuid(0, 0, r);
	if (r[0] < 7)
		return;
	cpuid(7, 0, r);
	if (r[2] & CPUID7_ECX_UMIP)
		x86_write_cr4(x86_read_cr4() | CR4_UMIP);
}

/* A CPU's own tables and control bits (cpu: its configuration processor id). */
static void cpu_tables_init(prtos_u32_t cpu)
{
	cr0_init();
	umip_init();
	gdt_init(cpu);
	ldt_init();
	tss_init(cpu);
}

void arch_cpu_init(void)
{
	cpu_tables_init(0);
	idt_init();
	x86_pic_init();
}

#ifdef CONFIG_SMP
void x86_cpu_init_secondary(prtos_u32_t cpu)
{
	cpu_tables_init(cpu);
	idt_load();
}
#endif

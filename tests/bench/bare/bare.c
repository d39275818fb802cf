/*
 * The bare kernel: no PRTOS, only what the hypervisor's figures are compared
 * with. It sets up a GDT, a TSS, an IDT and two identical page directories,
 * drops to ring 3 (IOPL 3, so that ring 3 may print and exit) and measures,
 * under QEMU -icount, the floor of each mechanism the hypervisor uses:
 *   null      int $0x80 to an iret: a ring-3 -> ring-0 round trip, no work
 *   copy_16, copy_128, copy_max   the same round trip copying 16, 128 or
 *             4096 bytes in (rep movsl), the floor of a port call
 *   timer     a local APIC timer interrupt in ring 3 -> EOI -> iret to a
 *             ring-3 handler's first instruction, the floor of a virtual timer
 *   switch    the same with a CR3 reload, the floor of a partition switch
 *   firmware  the TSC at the kernel's first instruction: what the firmware
 *             (SeaBIOS and its multiboot loader) took since reset
 *   ring3     the TSC at ring 3's first instruction: the floor of a boot
 * then exits QEMU through isa-debug-exit.
 */
#include <stdint.h>
#include "bench.h"

#define KCODE 0x08
#define KDATA 0x10
#define UCODE (0x18 | 3)
#define UDATA (0x20 | 3)
#define TSS_SEL 0x28

#define VEC_NULL 0x80
#define VEC_COPY 0x81
#define VEC_TIMER 0x40
#define VEC_SWITCH 0x41

#define LAPIC 0xFEE00000U
#define LAPIC_SVR 0xF0
#define LAPIC_LVT_TIMER 0x320
#define LAPIC_INIT_COUNT 0x380
#define LAPIC_DIVIDE 0x3E0
#define TIMER_DELAY 2000 /* APIC timer counts (ns, divide by 1) before each interrupt */

#define CALLS BENCH_SCALE(1000, 10)
#define SAMPLES BENCH_SCALE(1000, 10)
#define MAX_MSG 4096

struct tss {
	uint32_t link, esp0, ss0, unused[22];
	uint16_t trap, iomap_base;
} __attribute__((packed));

void bare_main(void);
void bare_isr_null(void);
void bare_isr_copy(void);
void bare_isr_timer(void);
void bare_isr_switch(void);

uint64_t bare_entry_tsc;
uint32_t bare_next_cr3;
uint32_t bare_kbuf[MAX_MSG / 4];

static uint64_t gdt[6];
static uint64_t idt[256];
static struct tss tss;
static uint32_t pd_a[1024] __attribute__((aligned(4096)));
static uint32_t pd_b[1024] __attribute__((aligned(4096)));
static uint8_t ring0_stack[4096] __attribute__((aligned(16)));
static uint8_t ring3_stack[16384] __attribute__((aligned(16)));
static uint32_t samples[SAMPLES];
static uint32_t msg[MAX_MSG / 4];

static inline void outb(uint16_t port, uint8_t v)
{
	__asm__ volatile("outb %0, %1" : : "a"(v), "Nd"(port));
}

void bench_puts(const char *s)
{
	for (; *s; s++)
		outb(0x3F8, (uint8_t)*s);
}

static void lapic_write(uint32_t reg, uint32_t v)
{
	*(volatile uint32_t *)(LAPIC + reg) = v;
}

static uint64_t segment(uint32_t base, uint32_t limit, uint32_t access, uint32_t flags)
{
	return (limit & 0xFFFFULL) | ((uint64_t)(base & 0xFFFFFF) << 16) |
	       ((uint64_t)access << 40) | ((uint64_t)((limit >> 16) & 0xF) << 48) |
	       ((uint64_t)flags << 52) | ((uint64_t)(base >> 24) << 56);
}

static void set_gate(int vec, void (*handler)(void), uint32_t dpl)
{
	uint32_t h = (uint32_t)handler;

	idt[vec] = (h & 0xFFFFULL) | ((uint64_t)KCODE << 16) | ((uint64_t)(0x8E | dpl << 5) << 40) |
		   ((uint64_t)(h >> 16) << 48);
}

static void load_tables(void)
{
	struct {
		uint16_t limit;
		uint32_t base;
	} __attribute__((packed)) gdtr = {sizeof(gdt) - 1, (uint32_t)gdt},
				  idtr = {sizeof(idt) - 1, (uint32_t)idt};

	gdt[1] = segment(0, 0xFFFFF, 0x9A, 0xC);
	gdt[2] = segment(0, 0xFFFFF, 0x92, 0xC);
	gdt[3] = segment(0, 0xFFFFF, 0xFA, 0xC);
	gdt[4] = segment(0, 0xFFFFF, 0xF2, 0xC);
	gdt[5] = segment((uint32_t)&tss, sizeof(tss) - 1, 0x89, 0);
	tss.ss0 = KDATA;
	tss.esp0 = (uint32_t)(ring0_stack + sizeof(ring0_stack));
	tss.iomap_base = sizeof(tss); /* no bitmap: IOPL 3 decides */
	set_gate(VEC_NULL, bare_isr_null, 3);
	set_gate(VEC_COPY, bare_isr_copy, 3);
	set_gate(VEC_TIMER, bare_isr_timer, 0);
	set_gate(VEC_SWITCH, bare_isr_switch, 0);
	__asm__ volatile("lgdt %0\n\t"
			 "lidt %1\n\t"
			 "ljmp %2, $1f\n"
			 "1:\tmovw %3, %%ax\n\t"
			 "movw %%ax, %%ds\n\t"
			 "movw %%ax, %%es\n\t"
			 "movw %%ax, %%ss\n\t"
			 "ltr %w4"
			 :
			 : "m"(gdtr), "m"(idtr), "i"(KCODE), "i"(KDATA), "r"(TSS_SEL)
			 : "eax", "memory");
}

/* Two identical directories of 4 MiB pages, user-accessible: the first 16 MiB and
 * the local APIC (uncached). */
static void paging_on(void)
{
	uint32_t i, apic = LAPIC >> 22;

	for (i = 0; i < 4; i++)
		pd_a[i] = pd_b[i] = (i << 22) | 0x87;	      /* present, writable, user, 4 MiB */
	pd_a[apic] = pd_b[apic] = (apic << 22) | 0x87 | 0x18; /* PWT, PCD */
	bare_next_cr3 = (uint32_t)pd_b;
	__asm__ volatile("movl %%cr4, %%eax\n\t"
			 "orl $0x10, %%eax\n\t" /* PSE */
			 "movl %%eax, %%cr4\n\t"
			 "movl %0, %%cr3\n\t"
			 "movl %%cr0, %%eax\n\t"
			 "orl $0x80000000, %%eax\n\t"
			 "movl %%eax, %%cr0"
			 :
			 : "r"(pd_a)
			 : "eax", "memory");
}

#define COPY(insn, words)                                                        \
	do {                                                                     \
		const void *s_ = msg;                                            \
		uint32_t c_ = (words);                                           \
		__asm__ volatile(insn : "+S"(s_), "+c"(c_) : : "edi", "memory"); \
	} while (0)

static void measure_calls(void)
{
	uint32_t with, without;

	with = BENCH_TIMED_LOOP(CALLS, __asm__ volatile("int $0x80"));
	without = BENCH_TIMED_LOOP(CALLS, __asm__ volatile(""));
	bench_report_calls("bare_null", CALLS, with, without);
	with = BENCH_TIMED_LOOP(CALLS, COPY("int $0x81", 16 / 4));
	without = BENCH_TIMED_LOOP(CALLS, COPY("", 16 / 4));
	bench_report_calls("bare_copy_16", CALLS, with, without);
	with = BENCH_TIMED_LOOP(CALLS, COPY("int $0x81", 128 / 4));
	without = BENCH_TIMED_LOOP(CALLS, COPY("", 128 / 4));
	bench_report_calls("bare_copy_128", CALLS, with, without);
	with = BENCH_TIMED_LOOP(CALLS, COPY("int $0x81", MAX_MSG / 4));
	without = BENCH_TIMED_LOOP(CALLS, COPY("", MAX_MSG / 4));
	bench_report_calls("bare_copy_max", CALLS, with, without);
}

/* SAMPLES timer interrupts on vector vec, each TIMER_DELAY after it was armed: from the
 * last TSC ring 3 stored before it to the TSC at the ring-3 handler. */
static void measure_timer(const char *name, uint32_t vec)
{
	static volatile uint32_t last, never;
	uint32_t k, entry;

	lapic_write(LAPIC_LVT_TIMER, vec); /* one-shot */
	for (k = 0; k < SAMPLES; k++) {
		bare_next_cr3 = (uint32_t)(k & 1 ? pd_a : pd_b);
		lapic_write(LAPIC_INIT_COUNT, TIMER_DELAY);
		entry = bench_spin(&last, &never);
		samples[k] = entry - last;
	}
	bench_report_hist(name, samples, SAMPLES);
}

static void ring3_main(void)
{
	uint64_t ring3 = bench_rdtsc();

	bench_report_value("bare_firmware", bare_entry_tsc);
	bench_report_value("bare_ring3", ring3);
	measure_calls();
	measure_timer("bare_timer", VEC_TIMER);
	measure_timer("bare_switch", VEC_SWITCH);
	bench_puts("bench: done\n");
	outb(0xF4, 0); /* isa-debug-exit: QEMU exits with status 1, halt code 0 */
	for (;;)
		;
}

void bare_main(void)
{
	load_tables();
	paging_on();
	outb(0x21, 0xFF); /* both PICs masked: the local APIC timer only */
	outb(0xA1, 0xFF);
	lapic_write(LAPIC_SVR, 0x1FF);
	lapic_write(LAPIC_DIVIDE, 0xB); /* divide by 1 */
	__asm__ volatile("movw %w0, %%ds\n\t"
			 "movw %w0, %%es\n\t"
			 "pushl %0\n\t"
			 "pushl %1\n\t"
			 "pushl $0x3202\n\t" /* IF, IOPL 3 */
			 "pushl %2\n\t"
			 "pushl %3\n\t"
			 "iret"
			 :
			 : "r"(UDATA), "r"(ring3_stack + sizeof(ring3_stack)), "i"(UCODE),
			   "r"(ring3_main)
			 : "memory");
}

/* GDT layout of the core, shared by C and assembly. */
#ifndef ARCH_X86_SEGMENTS_H
#define ARCH_X86_SEGMENTS_H

#define GDT_NULL 0
#define GDT_KERNEL_CS 1
#define GDT_KERNEL_DS 2
#define GDT_USER_CS 3
#define GDT_USER_DS 4
#define GDT_TSS 5
#define GDT_PERCPU 6 /* this CPU's struct cpu, in GS (SMP) */
#define GDT_ENTRIES 7

#define KERNEL_CS (GDT_KERNEL_CS << 3)
#define KERNEL_DS (GDT_KERNEL_DS << 3)
#define USER_CS ((GDT_USER_CS << 3) | 3)
#define USER_DS ((GDT_USER_DS << 3) | 3)
#define TSS_SEL (GDT_TSS << 3)
#define PERCPU_SEL (GDT_PERCPU << 3)

#define EFLAGS_RESERVED 0x2
#define EFLAGS_TF 0x100
#define EFLAGS_IF 0x200
#define EFLAGS_IOPL 0x3000
#define EFLAGS_NT 0x4000
#define EFLAGS_VM 0x20000
/* EFLAGS bits a partition's context may carry back from prtos_x86_iret: the
 * arithmetic flags and DF (never IF, IOPL, NT, VM, TF, AC or ID). */
#define EFLAGS_USER_MASK 0x0CD5U

/* What the CPU pushes above a ring-3 frame when it leaves virtual-8086 mode:
 * ES, DS, FS and GS (entry.S moves the frame up over them). */
#define X86_V86_SEGS_SIZE 16

#endif

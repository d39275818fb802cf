/*
 * Trap, interrupt and hypercall entry. Every stub pushes an error code (a zero
 * when the CPU does not) and its vector, then trap_common saves a struct
 * x86_frame and calls x86_trap_entry(frame). Vectors: 0-31 exceptions,
 * 32-47 PIC IRQs, 48 the local APIC timer, PRTOS_HCALL_VECTOR the hypercall gate;
 * the last two have short paths of their own (stub_48, stub_130).
 */
#include <arch/segments.h>
#include <prtos/arch_abi.h>
#include <asm-offsets.h>		/* X86_FRAME_SIZE, X86_FRAME_FLAGS, X86_TIMER_VECTOR (generated) */

	.text

/*
 * Saves the registers above the vector and error code (struct x86_frame), and
 * loads the core's data segments (a partition may leave any selector in them)
 * and a clear direction flag. FS and GS are saved and restored; with SMP, GS is
 * the CPU's own segment (this_cpu()).
 */
.macro SAVE_FRAME
	push	%gs
	push	%fs
	push	%es
	push	%ds
	push	%eax
	push	%ebp
	push	%edi
	push	%esi
	push	%edx
	push	%ecx
	push	%ebx
	mov	$KERNEL_DS, %eax
	mov	%eax, %ds
	mov	%eax, %es
	cld
#ifdef CONFIG_SMP
	mov	$PERCPU_SEL, %eax
	mov	%eax, %gs
#endif
.endm

/*
 * With SMP, every entry but the timer's and the reschedule IPI's takes the core lock
 * (<prtos/core_lock.h>), which x86_trap_return drops: those two only schedule, under
 * their CPU's own scheduler lock, so that no CPU's slot start waits for another CPU.
 */
.macro CORE_LOCK
#ifdef CONFIG_SMP
	call	core_lock
#endif
.endm

/* Exceptions for which the CPU pushes an error code: 8, 10-14, 17, 21. */
.macro STUB vec
	.balign 8
stub_\vec:
	.if (\vec == 8) || (\vec >= 10 && \vec <= 14) || (\vec == 17) || (\vec == 21)
	.else
	pushl	$0
	.endif
	pushl	$\vec
	jmp	trap_common
.endm

	.globl x86_trap_stubs_start
x86_trap_stubs_start:
.irp vec, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
	STUB \vec
.endr
#ifdef CONFIG_QEMU_SMP_TICK
	/* stub_32, the PIT's line, is the QEMU turn tick's: a short path below. */
.irp vec, 33,34,35,36,37,38,39,40,41,42,43,44,45,46,47
#else
.irp vec, 32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47
#endif
	STUB \vec
.endr

/*
 * The local APIC timer, the scheduler's tick, has a short path too: the same
 * frame, then x86_timer_entry(frame), with no decoding. From virtual-8086 mode
 * it takes the general path, which handles it before reporting the mode.
 */
.macro TIMER_STUB vec, handler=x86_timer_entry
	.balign 8
stub_\vec:
	pushl	$0
	pushl	$\vec
	SAVE_FRAME
	testl	$EFLAGS_VM, X86_FRAME_FLAGS(%esp)
	jnz	from_v86
	push	%esp			/* struct x86_frame * */
	call	\handler
	add	$4, %esp
	jmp	x86_trap_return
.endm
	TIMER_STUB 48
	TIMER_STUB 49			/* the reschedule IPI: the same path */
#ifdef CONFIG_QEMU_SMP_TICK
	/* The QEMU turn tick (qemu_turns.c): no core lock either, it only waits. */
	TIMER_STUB 32, x86_qemu_tick_entry
#endif
.if X86_TIMER_VECTOR != 48 || X86_RESCHED_VECTOR_NR != 49
.error "entry.S assumes X86_LAPIC_TIMER_VECTOR is 48 and X86_RESCHED_VECTOR 49"
.endif

/*
 * The hypercall gate has a path of its own, the shortest one: the same frame,
 * then straight to common code, trap_hypercall(EAX, &EBX, &EAX): the number,
 * the argument words EBX..EDI (consecutive in the frame, checked in traps.c)
 * and where the result goes. An entry from virtual-8086 mode (a v86
 * "int $0x82" with IOPL 3) or from the core itself takes the general path,
 * which reports it.
 */
	.balign 8
stub_130:
	pushl	$0
	pushl	$130
	SAVE_FRAME
	CORE_LOCK
	testl	$EFLAGS_VM, X86_FRAME_FLAGS(%esp)
	jnz	from_v86
	testl	$3, X86_FRAME_CS(%esp)
	jz	1f
	lea	X86_FRAME_EAX(%esp), %eax
	push	%eax			/* prtos_word_t *ret */
	lea	(X86_FRAME_EBX + 4)(%esp), %eax
	push	%eax			/* const prtos_word_t *args */
	pushl	(X86_FRAME_EAX + 8)(%esp) /* nr */
	call	trap_hypercall
	add	$12, %esp
	jmp	x86_trap_return
1:	push	%esp
	call	x86_trap_entry
	add	$4, %esp
	jmp	x86_trap_return
.if PRTOS_HCALL_VECTOR != 130
.error "entry.S assumes PRTOS_HCALL_VECTOR is 130"
.endif

/* Table of stub addresses: X86_NUM_STUBS vectors, then the hypercall stub. */
	.section .rodata
	.globl x86_trap_stub_table
x86_trap_stub_table:
.irp vec, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
	.long	stub_\vec
.endr
.irp vec, 32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49
	.long	stub_\vec
.endr
	.globl x86_hcall_stub
x86_hcall_stub:
	.long	stub_130

	.text
trap_common:
	SAVE_FRAME
	CORE_LOCK
	testl	$EFLAGS_VM, X86_FRAME_FLAGS(%esp)
	jnz	from_v86
	push	%esp			/* struct x86_frame * */
	call	x86_trap_entry
	add	$4, %esp
	.globl x86_trap_return
x86_trap_return:
#ifdef CONFIG_SMP
	call	core_unlock
#endif
	pop	%ebx
	pop	%ecx
	pop	%edx
	pop	%esi
	pop	%edi
	pop	%ebp
	pop	%eax
	pop	%ds
	pop	%es
	pop	%fs
	pop	%gs
	add	$8, %esp		/* vector, error code */
	iret

/*
 * An entry from virtual-8086 mode: the CPU pushed ES, DS, FS and GS above the
 * frame. Move the frame up over them, so that a partition's frame is always at
 * the top of its kernel stack; the core never returns to virtual-8086 mode
 * (traps.c), so they are not needed. EAX and ECX are saved in the frame.
 * The iret that entered the mode may also have raised IOPL: the core's own
 * EFLAGS start clean again.
 */
from_v86:
	pushl	$EFLAGS_RESERVED
	popfl
	mov	$(X86_FRAME_SIZE / 4 - 1), %ecx
1:	mov	(%esp,%ecx,4), %eax
	mov	%eax, X86_V86_SEGS_SIZE(%esp,%ecx,4)
	dec	%ecx
	jns	1b
	add	$X86_V86_SEGS_SIZE, %esp
	CORE_LOCK			/* a no-op where the stub took it */
	push	%esp
	call	x86_v86_entry
	add	$4, %esp
	jmp	x86_trap_return

/*
 * First switch-in of a vCPU prepared by arch_vcpu_start_call(): x86_switch_stack
 * popped v into ESI and fn into EBX. Runs fn(v) in the core, then enters the
 * partition through the ring-3 frame above.
 */
	.globl x86_vcpu_call_entry
x86_vcpu_call_entry:
	CORE_LOCK			/* fn is core work like a hypercall's */
	push	%esi
	call	*%ebx
	add	$4, %esp
	jmp	x86_trap_return

/*
 * void x86_switch_stack(u32 *save_sp, u32 new_sp): saves the callee-saved
 * registers and the stack pointer of the current context, resumes another.
 */
	.globl x86_switch_stack
x86_switch_stack:
	mov	4(%esp), %eax
	mov	8(%esp), %edx
	push	%ebp
	push	%ebx
	push	%esi
	push	%edi
	mov	%esp, (%eax)
	mov	%edx, %esp
	pop	%edi
	pop	%esi
	pop	%ebx
	pop	%ebp
	ret

/*
 * Where the core enters the partition for a virtual interrupt or a propagated
 * exception: the stack pointer points at the saved trap context. The handler
 * runs, then prtos_x86_iret() resumes the interrupted code from that context.
 */
#include <prtos.h>
#include <irqs.h>

#define BAIL_STR2(x) #x
#define BAIL_STR(x) BAIL_STR2(x)

__asm__(".text\n"
	".globl bail_trap_entry\n"
	"bail_trap_entry:\n"
	"	cld\n"
	"	pushl %esp\n" /* trap_ctxt_t * */
	"	call bail_dispatch_trap\n"
	"	addl $4, %esp\n"
	"	movl $" BAIL_STR(
		PRTOS_HCALL_NR_X86_IRET) ", %eax\n"
					 "	int $" BAIL_STR(
						 PRTOS_HCALL_VECTOR) "\n"
								     "	ud2\n"); /* iret refused the context: a fault the HM reports */

/*
 * v86_iret, P0 (normal): returns into virtual-8086 mode with IOPL 3 through a
 * hand-built iret frame. QEMU honours EFLAGS.VM in a ring-3 iret; the core must
 * take the partition back to protected mode and report #GP, whatever happens
 * next. Its HM action is a cold reset, so it tries again after every reset.
 */
#include <prtos.h>
#include <stdio.h>

void partition_main(void)
{
	printf("[P0] attempt %u: iret into virtual-8086 mode\n",
	       prtos_get_pct()->reset_counter + 1);
	__asm__ volatile("pushl $0\n\t"	      /* gs */
			 "pushl $0\n\t"	      /* fs */
			 "pushl $0\n\t"	      /* ds */
			 "pushl $0\n\t"	      /* es */
			 "pushl $0\n\t"	      /* ss */
			 "pushl $0x2000\n\t"  /* esp */
			 "pushl $0x23202\n\t" /* eflags: VM, IOPL 3, IF */
			 "pushl $0x100\n\t"   /* cs */
			 "pushl $0\n\t"	      /* eip */
			 "iret");
	printf("[P0] FAIL: still running after the iret\n");
}

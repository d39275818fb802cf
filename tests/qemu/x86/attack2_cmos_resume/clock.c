/*
 * attack2_cmos_resume, P0 (normal): sets the CMOS shutdown status (register 0x0F)
 * to 0x0A, "resume through 0040:0067 without POST", and the 0xFE of an S3 resume is
 * not needed: a plain warm reset is enough if the BIOS honours it.
 */
#include <prtos.h>
#include <stdio.h>

static void cmos_write(prtos_u8_t reg, prtos_u8_t val)
{
	__asm__ volatile("outb %%al, $0x70" : : "a"(reg));
	__asm__ volatile("outb %%al, $0x71" : : "a"(val));
}

static prtos_u8_t cmos_read(prtos_u8_t reg)
{
	prtos_u8_t v;

	__asm__ volatile("outb %%al, $0x70" : : "a"(reg));
	__asm__ volatile("inb $0x71, %%al" : "=a"(v));
	return v;
}

void partition_main(void)
{
	prtos_u8_t before = cmos_read(0x0F);

	cmos_write(0x0F, 0x0A);
	printf("[Clock] CMOS shutdown status 0x%x -> 0x%x\n", before, cmos_read(0x0F));
	for (;;)
		prtos_idle_self();
}

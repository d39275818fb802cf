/* The 8259A interrupt controllers, remapped to vectors 32-47, all lines masked but the timer's. */
#include <arch/x86.h>
#include <arch/io.h>

#define PIC1_CMD 0x20
#define PIC1_DATA 0x21
#define PIC2_CMD 0xA0
#define PIC2_DATA 0xA1
#define PIC_EOI 0x20

static prtos_u16_t pic_mask = 0xFFFF;

static void pic_write_mask(void)
{
	x86_outb(PIC1_DATA, pic_mask & 0xFF);
	x86_outb(PIC2_DATA, pic_mask >> 8);
}

void x86_pic_init(void)
{
	x86_outb(PIC1_CMD, 0x11); /* ICW1: edge, cascade, ICW4 */
	x86_outb(PIC2_CMD, 0x11);
	x86_outb(PIC1_DATA, X86_IRQ_BASE);
	x86_outb(PIC2_DATA, X86_IRQ_BASE + 8);
	x86_outb(PIC1_DATA, 0x04); /* slave on IRQ2 */
	x86_outb(PIC2_DATA, 0x02);
	x86_outb(PIC1_DATA, 0x01); /* 8086 mode */
	x86_outb(PIC2_DATA, 0x01);
	pic_mask = 0xFFFF & ~(1U << 2); /* cascade line open, the rest masked */
	pic_write_mask();
}

void x86_pic_unmask(prtos_u32_t irq)
{
	pic_mask &= (prtos_u16_t) ~(1U << irq);
	pic_write_mask();
}

void x86_pic_eoi(prtos_u32_t irq)
{
	if (irq >= 8)
		x86_outb(PIC2_CMD, PIC_EOI);
	x86_outb(PIC1_CMD, PIC_EOI);
}

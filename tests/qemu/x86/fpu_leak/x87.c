/* fpu_leak: x87 helpers shared by the secret holder and the reader. */
#include "x87.h"

struct fnsave_image {
	unsigned short cw, pad0, sw, pad1, tags, pad2;
	unsigned int ip, cs, dp, ds;
	unsigned char regs[80];
} __attribute__((packed));

void x87_fill(unsigned int seed)
{
	volatile double v;
	int i;

	for (i = 0; i < 8; i++) {
		v = (double)(seed + (unsigned int)i * 0x1111U);
		__asm__ volatile("fldl %0" : : "m"(v));
	}
}

int x87_dirty_bytes(unsigned short *cw, unsigned short *tags)
{
	struct fnsave_image img;
	int i, dirty = 0;

	__asm__ volatile("fnsave %0" : "=m"(img));
	for (i = 0; i < 80; i++)
		dirty += img.regs[i] != 0;
	*cw = img.cw;
	*tags = img.tags;
	return dirty;
}

/* fpu_leak: the x87 data registers, filled and read back with fnsave. */
#ifndef X87_H
#define X87_H

/* Pushes eight doubles made from seed onto the x87 stack (ST0-ST7, i.e. mm0-mm7). */
void x87_fill(unsigned int seed);
/* fnsave, then the number of non-zero bytes in the eight data registers; *cw gets the
 * control word, *tags the tag word. fnsave reinitialises the unit (the registers stay). */
int x87_dirty_bytes(unsigned short *cw, unsigned short *tags);

#endif

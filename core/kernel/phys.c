/* Copies to, from and within physical memory, through the arch's physical map (phys.h). */
#include <prtos/phys.h>
#include <prtos/string.h>
#include <prtos/arch.h>

void phys_read(void *dst, phys_addr_t src, prtos_u32_t size)
{
	arch_phys_state_t s = arch_phys_begin();

	memcpy(dst, arch_phys_ptr(src), size);
	arch_phys_end(s);
}

void phys_write(phys_addr_t dst, const void *src, prtos_u32_t size)
{
	arch_phys_state_t s = arch_phys_begin();

	memcpy(arch_phys_ptr(dst), src, size);
	arch_phys_end(s);
}

/* Byte by byte in the direction that reads every byte before it is overwritten. */
static void move_overlapping(prtos_u8_t *d, const prtos_u8_t *s, prtos_u32_t size)
{
	prtos_u32_t i;

	if (d < s)
		for (i = 0; i < size; i++)
			d[i] = s[i];
	else
		for (i = size; i > 0; i--)
			d[i - 1] = s[i - 1];
}

void phys_copy(phys_addr_t dst, phys_addr_t src, prtos_u32_t size)
{
	arch_phys_state_t s = arch_phys_begin();
	prtos_u8_t *d = arch_phys_ptr(dst);
	const prtos_u8_t *from = arch_phys_ptr(src);

	if (dst.pa - src.pa < size || src.pa - dst.pa < size)
		move_overlapping(d, from, size);
	else
		memcpy(d, from, size);
	arch_phys_end(s);
}

void phys_set(phys_addr_t dst, prtos_u8_t byte, prtos_u32_t size)
{
	arch_phys_state_t s = arch_phys_begin();

	memset(arch_phys_ptr(dst), byte, size);
	arch_phys_end(s);
}

# x86 (32-bit) toolchain settings, included by config.mk when Kconfig chose x86: the
# host gcc and binutils build i686 code for the core, the loader and the partitions.

ARCH_CFLAGS := -m32 -march=i686 -mno-sse -mno-mmx
# The core and the partition runtime never touch the FPU; partition code flagged
# "fp" in the XML may (x87 only).
NO_FPU_CFLAGS := -mno-80387
ARCH_LDFLAGS := -m elf_i386
# The core: no padding inside functions. Aligned loop heads and jump targets put nops
# on the fall-through paths of the hot ones (hypercalls, the switch), executed for no
# work; functions keep gcc's alignment.
CORE_ARCH_CFLAGS := -falign-jumps=1 -falign-loops=1 -falign-labels=1
# The board configuration with CONFIG_SMP: `make run` of a system for several processors
# in a build without it uses this one (in $(O)/smp).
SMP_DEFCONFIG := qemu_i386_smp_defconfig
# libgcc of the i386 multilib: 64-bit division and the like (prtos_time_t arithmetic).
LIBGCC := $(shell $(CC) -m32 -print-libgcc-file-name)
# The arch macro PRTOS-written partition code tests (the Kconfig symbol x86).
PART_ARCH_CFLAGS := -DCONFIG_x86=1

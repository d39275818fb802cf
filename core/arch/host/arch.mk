# host (the fake arch of the core's host tests, core/arch/host): included by config.mk
# when ARCH=host. The core's objects are built with the host gcc as 64-bit hosted code,
# instrumented for coverage and the sanitizers, and linked with cmocka tests
# (tests/kernel); there is no image to boot, no loader and no partition code.

ARCH_CFLAGS := -m64
NO_FPU_CFLAGS :=
ARCH_LDFLAGS :=
LIBGCC :=
PART_ARCH_CFLAGS := -DCONFIG_host=1

# Shared build settings: toolchains and flags for the core, partitions and host tools.
# Every sub-Makefile includes this file; TOPDIR and O come from the top Makefile. What
# belongs to one architecture is in core/arch/$(ARCH)/arch.mk, included below.

TOPDIR ?= $(abspath $(dir $(lastword $(MAKEFILE_LIST))))
O ?= $(TOPDIR)/build

-include $(O)/include/config/auto.conf

# The arch Kconfig chose (CONFIG_ARCH, a quoted string in auto.conf); before there is a
# .config, the arch of the default board (a fresh `make` starts from its defconfig).
ARCH := $(or $(CONFIG_ARCH:"%"=%),x86)

# Target (freestanding) toolchain. The arch's arch.mk sets ARCH_CFLAGS, ARCH_LDFLAGS,
# NO_FPU_CFLAGS (code that never touches the FPU), LIBGCC, PART_ARCH_CFLAGS and
# CORE_ARCH_CFLAGS (the core's own, optional).
CC := gcc
LD := ld
AR := ar
OBJCOPY := objcopy
include $(TOPDIR)/core/arch/$(ARCH)/arch.mk

TARGET_CFLAGS := $(ARCH_CFLAGS) -ffreestanding -fno-builtin -fno-pic -fno-pie \
	-fno-stack-protector -fno-asynchronous-unwind-tables -fno-common -O2 -g
# The core implements memcpy/memset itself: no loop may turn into a call to them.
CORE_SAFE_CFLAGS := -fno-strict-aliasing -fno-tree-loop-distribute-patterns
TARGET_LDFLAGS := $(ARCH_LDFLAGS) -nostdlib --build-id=none -z noexecstack --no-warn-rwx-segments

WARN_CFLAGS := -Wall -Wextra -Werror -Wmissing-prototypes -Wstrict-prototypes \
	-Wshadow -Wundef -Wvla

UAPI_INC := -I$(TOPDIR)/core/include/uapi -I$(TOPDIR)/core/arch/$(ARCH)/include/uapi
AUTOCONF_INC := -I$(O)/include/generated -include $(O)/include/generated/autoconf.h

# Core: C11, freestanding, no heap.
CORE_CFLAGS := -std=c11 $(TARGET_CFLAGS) $(NO_FPU_CFLAGS) $(CORE_SAFE_CFLAGS) $(CORE_ARCH_CFLAGS) \
	$(WARN_CFLAGS) -nostdinc \
	-I$(TOPDIR)/core/include -I$(TOPDIR)/core/arch/$(ARCH)/include \
	$(UAPI_INC) $(AUTOCONF_INC) -MMD -MP

# Partitions. User sources are legacy-friendly (gnu89: calls without prototypes,
# compound literals in static initialisers); libprtos and BAIL themselves are strict.
PART_BASE_CFLAGS := $(TARGET_CFLAGS) -nostdinc $(PART_ARCH_CFLAGS) \
	-I$(TOPDIR)/user/libprtos/include -I$(TOPDIR)/user/bail/include \
	$(UAPI_INC) -MMD -MP
PART_CFLAGS := -std=gnu89 -Wall $(PART_BASE_CFLAGS)
PART_LIB_CFLAGS := -std=gnu11 $(NO_FPU_CFLAGS) $(WARN_CFLAGS) $(PART_BASE_CFLAGS)

# The boot's configuration checker (config-check-y of core/lib/Kbuild, and the arch's
# config_arch.c): built into the core, the resident loader, prtoscc, prtosinspect and the
# host unit tests. Only core/Makefile uses obj-y, and it reads every Kbuild afresh.
include $(TOPDIR)/core/lib/Kbuild
obj-y :=
CONFIG_CHECK_SRCS := $(addprefix $(TOPDIR)/core/lib/,$(config-check-y:.o=.c)) \
	$(TOPDIR)/core/arch/$(ARCH)/config_arch.c

# Host tools and host unit tests.
HOSTCC := gcc
HOST_CFLAGS := -std=c11 -D_GNU_SOURCE -O2 -g $(WARN_CFLAGS) $(UAPI_INC) $(AUTOCONF_INC) -MMD -MP
SANITIZE := -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all
XML_CFLAGS := $(shell pkg-config --cflags libxml-2.0 2>/dev/null || echo -I/usr/include/libxml2)
XML_LIBS := $(shell pkg-config --libs libxml-2.0 2>/dev/null || echo -lxml2)

# Build products shared between directories.
PRTOSCC := $(O)/tools/prtoscc
PRTOSPACK := $(O)/tools/prtospack
PRTOSINSPECT := $(O)/tools/prtosinspect
PRTOSTRACE := $(O)/tools/prtostrace
CORE_ELF := $(O)/core/prtos_core.elf
RSW_BIN := $(O)/loader/rsw.bin
LIBPRTOS := $(O)/user/libprtos/libprtos.a
LIBBAIL := $(O)/user/bail/libbail.a

Q ?= @

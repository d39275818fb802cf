# Shared build settings: toolchains and flags for the core, partitions and host tools.
# Every sub-Makefile includes this file; TOPDIR and O come from the top Makefile.

TOPDIR ?= $(abspath $(dir $(lastword $(MAKEFILE_LIST))))
O ?= $(TOPDIR)/build

-include $(O)/include/config/auto.conf

ARCH := x86

# Target (32-bit, freestanding) toolchain.
CC := gcc
LD := ld
AR := ar
OBJCOPY := objcopy
TARGET_CFLAGS := -m32 -march=i686 -ffreestanding -fno-builtin -fno-pic -fno-pie \
	-fno-stack-protector -fno-asynchronous-unwind-tables -mno-sse -mno-mmx \
	-fno-common -O2 -g
# The core and the partition runtime never touch the FPU; partition code flagged
# "fp" in the XML may (x87 only).
NO_FPU_CFLAGS := -mno-80387
# The core implements memcpy/memset itself: no loop may turn into a call to them.
CORE_SAFE_CFLAGS := -fno-strict-aliasing -fno-tree-loop-distribute-patterns
TARGET_LDFLAGS := -m elf_i386 -nostdlib --build-id=none -z noexecstack --no-warn-rwx-segments

WARN_CFLAGS := -Wall -Wextra -Werror -Wmissing-prototypes -Wstrict-prototypes \
	-Wshadow -Wundef -Wvla

UAPI_INC := -I$(TOPDIR)/core/include/uapi -I$(TOPDIR)/core/arch/$(ARCH)/include/uapi
AUTOCONF_INC := -I$(O)/include/generated -include $(O)/include/generated/autoconf.h

# Core: C11, freestanding, no heap.
CORE_CFLAGS := -std=c11 $(TARGET_CFLAGS) $(NO_FPU_CFLAGS) $(CORE_SAFE_CFLAGS) $(WARN_CFLAGS) -nostdinc \
	-I$(TOPDIR)/core/include -I$(TOPDIR)/core/arch/$(ARCH)/include \
	$(UAPI_INC) $(AUTOCONF_INC) -MMD -MP

# Partitions. User sources are legacy-friendly (gnu89: calls without prototypes,
# compound literals in static initialisers); libprtos and BAIL themselves are strict.
PART_BASE_CFLAGS := $(TARGET_CFLAGS) -nostdinc -DCONFIG_x86=1 \
	-I$(TOPDIR)/user/libprtos/include -I$(TOPDIR)/user/bail/include \
	$(UAPI_INC) -MMD -MP
PART_CFLAGS := -std=gnu89 -Wall $(PART_BASE_CFLAGS)
PART_LIB_CFLAGS := -std=gnu11 $(NO_FPU_CFLAGS) $(WARN_CFLAGS) $(PART_BASE_CFLAGS)

# The boot's configuration checker: built into the core (core/Makefile builds all of
# core/lib), the resident loader, prtoscc, prtosinspect and the host unit tests.
CONFIG_CHECK_SRCS = $(wildcard $(TOPDIR)/core/lib/config_check*.c) \
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
CORE_ELF := $(O)/core/prtos_core.elf
RSW_BIN := $(O)/loader/rsw.bin
LIBPRTOS := $(O)/user/libprtos/libprtos.a
LIBBAIL := $(O)/user/bail/libbail.a

Q ?= @

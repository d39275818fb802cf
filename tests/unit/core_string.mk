# The core's freestanding string routines (core/lib/string.c) on the host, renamed
# like BAIL's (see bail.mk) so that they do not replace the host's.
CORE_STRING_NAMES := memset memcpy memcmp strnlen strncmp
UNIT_TESTS += core_string
core_string_MIN_TESTS := 2
core_string_SRCS := $(TOPDIR)/tests/unit/test_core_string.c $(TOPDIR)/core/lib/string.c
core_string_CFLAGS := $(foreach n,$(CORE_STRING_NAMES),-D$(n)=core_test_$(n)) \
	-fno-builtin -U_FORTIFY_SOURCE -D__NO_INLINE__ -I$(TOPDIR)/core/include/prtos

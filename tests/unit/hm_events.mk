# The ABI's HM event numbers and names, and the arch's event <-> exception mapping.
ifeq ($(ARCH),x86)
UNIT_TESTS += hm_events
hm_events_MIN_TESTS := 6
hm_events_SRCS := $(TOPDIR)/tests/unit/test_hm_events_x86.c \
	$(TOPDIR)/core/arch/x86/hm_events.c
hm_events_CFLAGS := -I$(TOPDIR)/core/arch/x86/include
endif

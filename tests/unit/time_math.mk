# x86's clock and timer arithmetic (core/arch/x86/include/arch/time_math.h) against exact results.
ifeq ($(ARCH),x86)
UNIT_TESTS += time_math
time_math_MIN_TESTS := 7
time_math_SRCS := $(TOPDIR)/tests/unit/test_time_math.c
time_math_CFLAGS := -I$(TOPDIR)/core/arch/x86/include
time_math_DEPS := $(TOPDIR)/core/arch/x86/include/arch/time_math.h
endif

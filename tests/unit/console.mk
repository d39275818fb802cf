# The console's escaping rules (core/kernel/console_filter.c) on the host.
UNIT_TESTS += console
console_MIN_TESTS := 13
console_SRCS := $(TOPDIR)/tests/unit/test_console.c $(TOPDIR)/core/kernel/console_filter.c

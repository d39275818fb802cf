# x86's parsers of the firmware's processor tables (ACPI RSDP/RSDT/MADT, MP table), good and damaged.
ifeq ($(ARCH),x86)
UNIT_TESTS += cpu_tables
cpu_tables_MIN_TESTS := 13
cpu_tables_SRCS := $(TOPDIR)/tests/unit/test_cpu_tables.c $(TOPDIR)/core/arch/x86/cpu_tables.c
cpu_tables_CFLAGS := -I$(TOPDIR)/core/arch/x86/include
cpu_tables_DEPS := $(TOPDIR)/core/arch/x86/include/arch/cpu_tables.h
endif

# Host unit tests of the core's pure logic: slot selection, plan switches, timer expiry,
# the HM log ring, port queues and validity, guest ranges.
UNIT_TESTS += core
core_MIN_TESTS := 28
core_SRCS := $(TOPDIR)/tests/unit/test_core.c $(TOPDIR)/core/kernel/sched_table.c \
	$(TOPDIR)/core/kernel/sched_plans.c \
	$(TOPDIR)/core/kernel/vtimer_calc.c $(TOPDIR)/core/kernel/hm_ring.c \
	$(TOPDIR)/core/kernel/port_logic.c \
	$(TOPDIR)/core/kernel/guest_range.c
# <prtos/sched.h> reaches <arch/percpu.h> in an SMP build: the host arch's, never called here.
core_CFLAGS := -I$(TOPDIR)/core/arch/host/include

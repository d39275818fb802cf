# Host unit tests of the core's pure logic at the edges that mutation testing (make
# mutate) found unchecked by test_core.c.
UNIT_TESTS += core_edges
core_edges_MIN_TESTS := 2
core_edges_SRCS := $(TOPDIR)/tests/unit/test_core_edges.c $(TOPDIR)/core/kernel/hm_ring.c \
	$(TOPDIR)/core/kernel/port_logic.c

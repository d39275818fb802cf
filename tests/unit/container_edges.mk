# The loader's container checker at edges that mutation testing (make mutate) found
# unchecked by test_container.c.
UNIT_TESTS += container_edges
container_edges_MIN_TESTS := 1
container_edges_SRCS := $(TOPDIR)/tests/unit/test_container_edges.c \
	$(TOPDIR)/tests/unit/test_container_fixture.c $(TOPDIR)/user/loader/container.c \
	$(TOPDIR)/user/loader/container_lookup.c
container_edges_DEPS := $(TOPDIR)/tests/unit/test_container_fixture.h \
	$(TOPDIR)/user/loader/container.h

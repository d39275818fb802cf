# prtoscc and the boot's configuration checker built for four processors (Kconfig
# MAX_CPUS=4 forced by max_cpus_4.h, included after autoconf.h): the same plans on every
# processor, the processor and vCPU limits, vCPU bindings, tests/config/cpus4's systems.
# REPORT_TEST_* come from plan_svg.mk (read first: the .mk files are read in name order).
UNIT_TESTS += prtoscc_cpus
prtoscc_cpus_MIN_TESTS := 5
prtoscc_cpus_SRCS := $(TOPDIR)/tests/unit/test_prtoscc_cpus.c $(REPORT_TEST_SRCS)
prtoscc_cpus_CFLAGS := -include $(TOPDIR)/tests/unit/max_cpus_4.h $(REPORT_TEST_CFLAGS)
prtoscc_cpus_LIBS := $(XML_LIBS)
prtoscc_cpus_DEPS := $(REPORT_TEST_DEPS) $(TOPDIR)/tests/unit/max_cpus_4.h \
	$(wildcard $(TOPDIR)/tests/config/cpus4/*.xml)

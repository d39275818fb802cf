# With Kconfig TRACE_EXPORT (forced on for this program), COM2's ports and IRQ line are the
# core's: prtoscc and the boot's configuration checker refuse to grant them. REPORT_TEST_*
# come from plan_svg.mk (read first: the .mk files are read in name order).
UNIT_TESTS += trace_export_rules
trace_export_rules_MIN_TESTS := 3
trace_export_rules_SRCS := $(TOPDIR)/tests/unit/test_trace_export_rules.c $(REPORT_TEST_SRCS)
trace_export_rules_CFLAGS := -DCONFIG_TRACE_EXPORT=1 $(REPORT_TEST_CFLAGS)
trace_export_rules_LIBS := $(XML_LIBS)
trace_export_rules_DEPS := $(REPORT_TEST_DEPS)

# prtoscc --summary: time and size formats, and for every example a memory map without
# holes, whole HM tables, and the schedule, channel and sharing lines. REPORT_TEST_* come
# from plan_svg.mk (included first: the .mk files are read in name order).
UNIT_TESTS += summary
summary_MIN_TESTS := 4
summary_SRCS := $(TOPDIR)/tests/unit/test_summary.c $(REPORT_TEST_SRCS)
summary_CFLAGS := $(REPORT_TEST_CFLAGS)
summary_LIBS := $(XML_LIBS)
summary_DEPS := $(REPORT_TEST_DEPS)

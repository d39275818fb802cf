# prtoscc's reports: the plan timelines (--plan-svg) of every example, parsed back with
# libxml2 and checked element by element, the checked-in doc/plans/*.svg kept up to date,
# and the text summary (--summary).
PRTOSCC_DIR := $(TOPDIR)/user/tools/prtoscc
UNIT_TESTS += plan_report
plan_report_MIN_TESTS := 9
plan_report_SRCS := $(TOPDIR)/tests/unit/test_plan_report.c \
	$(filter-out $(PRTOSCC_DIR)/main.c,$(wildcard $(PRTOSCC_DIR)/*.c)) \
	$(PRTOSCC_DIR)/xsd_blob.S $(CONFIG_CHECK_SRCS)
plan_report_CFLAGS := $(XML_CFLAGS) -I$(PRTOSCC_DIR) -Wa,-I,$(PRTOSCC_DIR) \
	-DPRTOS_TOPDIR='"$(TOPDIR)"' -DPRTOS_ARCH='"$(ARCH)"'
plan_report_LIBS := $(XML_LIBS)
plan_report_DEPS := $(wildcard $(PRTOSCC_DIR)/*.h) $(PRTOSCC_DIR)/prtos-1.x.xsd \
	$(wildcard $(TOPDIR)/user/bail/examples/*/prtos_cf.$(ARCH).xml) \
	$(wildcard $(TOPDIR)/doc/plans/*.svg) $(TOPDIR)/README.md

# prtoscc --plan-svg: every example's plan timeline parsed back with libxml2 and checked
# element by element, thin slots, escaping, and the checked-in doc/plans/*.svg kept up to
# date with make plans (and linked from the README).
PRTOSCC_DIR := $(TOPDIR)/user/tools/prtoscc
REPORT_TEST_SRCS := $(TOPDIR)/tests/unit/test_report_fixture.c \
	$(filter-out $(PRTOSCC_DIR)/main.c,$(wildcard $(PRTOSCC_DIR)/*.c)) \
	$(PRTOSCC_DIR)/xsd_blob.S $(CONFIG_CHECK_SRCS)
REPORT_TEST_CFLAGS := $(XML_CFLAGS) -I$(PRTOSCC_DIR) -Wa,-I,$(PRTOSCC_DIR) \
	-DPRTOS_TOPDIR='"$(TOPDIR)"' -DPRTOS_ARCH='"$(ARCH)"'
REPORT_TEST_DEPS := $(wildcard $(PRTOSCC_DIR)/*.h) $(PRTOSCC_DIR)/prtos-1.x.xsd \
	$(TOPDIR)/tests/unit/test_report_fixture.h \
	$(wildcard $(TOPDIR)/user/bail/examples/*/prtos_cf.$(ARCH).xml)

UNIT_TESTS += plan_svg
plan_svg_MIN_TESTS := 5
plan_svg_SRCS := $(TOPDIR)/tests/unit/test_plan_svg.c $(REPORT_TEST_SRCS)
plan_svg_CFLAGS := $(REPORT_TEST_CFLAGS)
plan_svg_LIBS := $(XML_LIBS)
plan_svg_DEPS := $(REPORT_TEST_DEPS) $(wildcard $(TOPDIR)/doc/plans/*.svg) $(TOPDIR)/README.md

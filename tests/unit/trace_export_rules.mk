# With Kconfig TRACE_EXPORT (forced on for this program), COM2's ports and IRQ line are the
# core's: prtoscc and the boot's configuration checker refuse to grant them.
UNIT_TESTS += trace_export_rules
trace_export_rules_MIN_TESTS := 3
trace_export_rules_SRCS := $(TOPDIR)/tests/unit/test_trace_export_rules.c \
	$(filter-out $(PRTOSCC_DIR)/main.c,$(wildcard $(PRTOSCC_DIR)/*.c)) \
	$(PRTOSCC_DIR)/xsd_blob.S $(CONFIG_CHECK_SRCS)
trace_export_rules_CFLAGS := -DCONFIG_TRACE_EXPORT=1 $(XML_CFLAGS) -I$(PRTOSCC_DIR) \
	-Wa,-I,$(PRTOSCC_DIR)
trace_export_rules_LIBS := $(XML_LIBS)
trace_export_rules_DEPS := $(wildcard $(PRTOSCC_DIR)/*.h) $(PRTOSCC_DIR)/prtos-1.x.xsd

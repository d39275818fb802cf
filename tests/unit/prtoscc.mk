# prtoscc (configuration compiler): value parsers, memory/schedule/HM/hardware rules and a
# whole-file compile. Built from the tool's sources except main.c, and the configuration
# checker it shares with the loader and the core.
PRTOSCC_DIR := $(TOPDIR)/user/tools/prtoscc
UNIT_TESTS += prtoscc
prtoscc_MIN_TESTS := 14
prtoscc_SRCS := $(TOPDIR)/tests/unit/test_prtoscc.c \
	$(filter-out $(PRTOSCC_DIR)/main.c,$(wildcard $(PRTOSCC_DIR)/*.c)) \
	$(PRTOSCC_DIR)/xsd_blob.S $(CONFIG_CHECK_SRCS)
prtoscc_CFLAGS := $(XML_CFLAGS) -I$(PRTOSCC_DIR) -Wa,-I,$(PRTOSCC_DIR)
prtoscc_LIBS := $(XML_LIBS)
prtoscc_DEPS := $(wildcard $(PRTOSCC_DIR)/*.h) $(PRTOSCC_DIR)/prtos-1.x.xsd

# The configuration checker (core/lib/config_check*.c, core/arch/x86/config_arch.c) that
# prtoscc, the loader and the core share: the tree's configurations (compiled with
# prtoscc's sources), the forgeries of tests/tools/forge.c, random damage. PRTOSCC_DIR and
# CONFIG_CHECK_SRCS come from config.mk.
UNIT_TESTS += test_config_check
test_config_check_MIN_TESTS := 156
test_config_check_SRCS = $(TOPDIR)/tests/unit/test_config_check.c \
	$(TOPDIR)/tests/tools/forge.c $(CONFIG_CHECK_SRCS) \
	$(filter-out $(PRTOSCC_DIR)/main.c,$(wildcard $(PRTOSCC_DIR)/*.c)) \
	$(PRTOSCC_DIR)/xsd_blob.S
test_config_check_CFLAGS = $(XML_CFLAGS) -I$(PRTOSCC_DIR) -I$(TOPDIR)/tests/tools \
	-Wa,-I,$(PRTOSCC_DIR) -DTOPDIR_PATH='"$(TOPDIR)"'
test_config_check_LIBS := $(XML_LIBS)
test_config_check_DEPS = $(TOPDIR)/tests/tools/forge.h $(TOPDIR)/core/include/prtos/config_check.h \
	$(wildcard $(TOPDIR)/core/lib/config_check*.h) $(wildcard $(PRTOSCC_DIR)/*.h)

# Shared by the scenarios that damage or forge their image after building it: the
# tamper tool (tests/tools/tamper.c). Include after rules.mk; use $(TAMPER).
TAMPER := $(O)/tests/tools/tamper
$(TAMPER): $(TOPDIR)/tests/tools/tamper.c $(TOPDIR)/tests/tools/forge.c $(TOPDIR)/user/loader/container.c $(TOPDIR)/user/loader/container_lookup.c $(CONFIG_CHECK_SRCS)
	$(Q)$(MAKE) -s -C $(TOPDIR)/tests/tools O=$(O) B=$(O)/tests/tools

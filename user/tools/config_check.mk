# Shared by the host tools that run the boot's configuration checker (prtoscc,
# prtosinspect): its objects (CONFIG_CHECK_SRCS of config.mk) built into CHECK_OBJDIR,
# which the tool sets before including this file. Adds CHECK_OBJS and CHECK_CFLAGS.
CHECK_CFLAGS := -I$(TOPDIR)/core/include
CHECK_OBJS := $(addprefix $(CHECK_OBJDIR)/,$(notdir $(CONFIG_CHECK_SRCS:.c=.o)))

$(CHECK_OBJDIR)/%.o: $(TOPDIR)/core/lib/%.c $(O)/include/generated/autoconf.h
	@mkdir -p $(@D)
	$(Q)$(HOSTCC) $(HOST_CFLAGS) $(CHECK_CFLAGS) -c -o $@ $<

$(CHECK_OBJDIR)/%.o: $(TOPDIR)/core/arch/$(ARCH)/%.c $(O)/include/generated/autoconf.h
	@mkdir -p $(@D)
	$(Q)$(HOSTCC) $(HOST_CFLAGS) $(CHECK_CFLAGS) -c -o $@ $<

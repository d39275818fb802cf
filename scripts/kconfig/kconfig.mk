# Kconfig targets, wrapped around Debian's kconfig-frontends (kconfig-conf, kconfig-mconf).
# Included by the top Makefile; $(O) is the build directory.

KCONFIG_CONF := kconfig-conf
KCONFIG_MCONF := kconfig-mconf
KCONFIG_NCONF := kconfig-nconf
KCONFIG_FILE := $(TOPDIR)/Kconfig
# Every file the top Kconfig may source (the arch's own only when that arch is chosen).
KCONFIG_FILES := $(wildcard $(TOPDIR)/Kconfig $(TOPDIR)/*/Kconfig $(TOPDIR)/core/*/Kconfig \
	$(TOPDIR)/core/arch/*/Kconfig)
# `make defconfig` and a build with no .config start from the x86 QEMU board;
# `make <board>_defconfig` from any board of configs/.
DEFCONFIG_FILE ?= $(TOPDIR)/configs/qemu_i386_defconfig
BOARD_DEFCONFIGS := $(notdir $(wildcard $(TOPDIR)/configs/*_defconfig))
KCONFIG_CONFIG := $(O)/.config
AUTOCONF_H := $(O)/include/generated/autoconf.h
AUTO_CONF := $(O)/include/config/auto.conf

# kconfig-frontends resolves "source" paths from $$srctree and writes
# include/config/*.h dependency files under the current directory ($(O)).
KCONFIG_ENV := KCONFIG_CONFIG=$(KCONFIG_CONFIG) \
	KCONFIG_AUTOCONFIG=$(AUTO_CONF) \
	KCONFIG_AUTOHEADER=$(AUTOCONF_H) \
	KCONFIG_TRISTATE=$(O)/include/config/tristate.conf

define kconfig_run
	@mkdir -p $(O)/include/config $(O)/include/generated
	$(Q)cd $(O) && srctree=$(TOPDIR) $(KCONFIG_ENV) $(1)
endef

# $(1): a defconfig file. Writes .config from it, then autoconf.h and auto.conf.
define kconfig_defconfig
	$(call kconfig_run,$(KCONFIG_CONF) -s --defconfig=$(1) $(KCONFIG_FILE))
	$(call kconfig_run,$(KCONFIG_CONF) -s --silentoldconfig $(KCONFIG_FILE))
endef

.PHONY: menuconfig nconfig oldconfig defconfig $(BOARD_DEFCONFIGS) olddefconfig savedefconfig \
	syncconfig

menuconfig: | kconfig-tools
	$(call kconfig_run,$(KCONFIG_MCONF) $(KCONFIG_FILE))
	$(call kconfig_run,$(KCONFIG_CONF) -s --silentoldconfig $(KCONFIG_FILE))

nconfig: | kconfig-tools
	$(call kconfig_run,$(KCONFIG_NCONF) $(KCONFIG_FILE))
	$(call kconfig_run,$(KCONFIG_CONF) -s --silentoldconfig $(KCONFIG_FILE))

# Asks for each option that .config does not set yet (olddefconfig takes the defaults).
oldconfig: | kconfig-tools
	$(call kconfig_run,$(KCONFIG_CONF) --oldconfig $(KCONFIG_FILE))
	$(call kconfig_run,$(KCONFIG_CONF) -s --silentoldconfig $(KCONFIG_FILE))

defconfig: | kconfig-tools
	$(call kconfig_defconfig,$(DEFCONFIG_FILE))

$(BOARD_DEFCONFIGS): | kconfig-tools
	$(call kconfig_defconfig,$(TOPDIR)/configs/$@)

olddefconfig: | kconfig-tools
	$(call kconfig_run,$(KCONFIG_CONF) -s --olddefconfig $(KCONFIG_FILE))
	$(call kconfig_run,$(KCONFIG_CONF) -s --silentoldconfig $(KCONFIG_FILE))

savedefconfig: | kconfig-tools
	$(call kconfig_run,$(KCONFIG_CONF) -s --savedefconfig=$(O)/defconfig $(KCONFIG_FILE))
	@echo "wrote $(O)/defconfig"

# Plain `make` with no .config starts from the defconfig.
$(KCONFIG_CONFIG): | kconfig-tools
	$(call kconfig_run,$(KCONFIG_CONF) -s --defconfig=$(DEFCONFIG_FILE) $(KCONFIG_FILE))

# Regenerate autoconf.h and auto.conf whenever .config or a Kconfig file changes;
# options new since .config was written take their defaults (no prompt).
$(AUTOCONF_H) $(AUTO_CONF): $(KCONFIG_CONFIG) $(KCONFIG_FILES)
	$(call kconfig_run,$(KCONFIG_CONF) -s --olddefconfig $(KCONFIG_FILE))
	$(call kconfig_run,$(KCONFIG_CONF) -s --silentoldconfig $(KCONFIG_FILE))
	@touch $(AUTOCONF_H) $(AUTO_CONF)

syncconfig: $(AUTOCONF_H)

.PHONY: kconfig-tools
kconfig-tools:
	@command -v $(KCONFIG_CONF) >/dev/null || $(TOPDIR)/scripts/install-deps.sh

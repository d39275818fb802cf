# PRTOS top-level Makefile. `make help` lists the targets.
TOPDIR := $(CURDIR)
O ?= $(TOPDIR)/build
override O := $(abspath $(O))
export TOPDIR O

.DEFAULT_GOAL := all
include $(TOPDIR)/config.mk
include $(TOPDIR)/scripts/kconfig/kconfig.mk

EXAMPLE ?= showcase
EXAMPLE_DIR := $(TOPDIR)/user/bail/examples/$(EXAMPLE)
EXAMPLE_IMG := $(O)/examples/$(EXAMPLE)/resident_sw

SUBMAKE = $(MAKE) --no-print-directory $(if $(filter 1,$(V)),,-s)

.PHONY: all deps tools core loader libs examples run iso check soak unit-tests \
	config-tests qemu-tests bench format format-check clean distclean help plans

all: examples

deps:
	@$(TOPDIR)/scripts/install-deps.sh --if-missing

tools: $(AUTOCONF_H)
	$(Q)$(SUBMAKE) -C user/tools

core: $(AUTOCONF_H)
	$(Q)$(SUBMAKE) -C core

loader: $(AUTOCONF_H)
	$(Q)$(SUBMAKE) -C user/loader

libs: $(AUTOCONF_H)
	$(Q)$(SUBMAKE) -C user/libprtos
	$(Q)$(SUBMAKE) -C user/bail

examples: tools core loader libs
	$(Q)$(SUBMAKE) -C user/bail/examples

run: deps
	$(Q)$(SUBMAKE) all
	$(Q)$(TOPDIR)/scripts/run-qemu.sh $(EXAMPLE_IMG)

iso: examples
	$(Q)$(TOPDIR)/scripts/mkiso.sh $(EXAMPLE_IMG) $(O)/examples/$(EXAMPLE)/resident_sw.iso

check: deps
	$(Q)$(SUBMAKE) all
	$(Q)$(TOPDIR)/scripts/check.sh

bench: deps
	$(Q)$(SUBMAKE) all
	$(Q)$(TOPDIR)/scripts/bench.sh

# An hour of virtual time under QEMU -icount (about 2 minutes here): the core's time
# keeping must not age (tests/soak; make check runs 60 s of it, soak_short).
soak: deps
	$(Q)$(SUBMAKE) all
	$(Q)$(TOPDIR)/scripts/qemu-test.sh $(TOPDIR)/tests/soak

# Every example's plans as an SVG timeline (prtoscc --plan-svg) in $(O)/plans, copied to
# doc/plans/ where the README links to them (a unit test keeps those up to date).
PLAN_EXAMPLES = $(notdir $(patsubst %/,%,$(dir $(wildcard $(TOPDIR)/user/bail/examples/*/Makefile))))
plans: tools
	@mkdir -p $(O)/plans $(TOPDIR)/doc/plans
	$(Q)for e in $(PLAN_EXAMPLES); do \
		$(PRTOSCC) --plan-svg $(O)/plans/$$e.svg \
			$(TOPDIR)/user/bail/examples/$$e/prtos_cf.$(ARCH).xml || exit 1; \
		cmp -s $(O)/plans/$$e.svg $(TOPDIR)/doc/plans/$$e.svg || \
			cp $(O)/plans/$$e.svg $(TOPDIR)/doc/plans/$$e.svg || exit 1; \
	done
	@echo "  PLANS   $(O)/plans/*.svg and doc/plans/*.svg"

FORMAT_FILES = $(shell git -C $(TOPDIR) ls-files --cached --others --exclude-standard "*.c" "*.h" | sed "s,^,$(TOPDIR)/,")
format:
	$(Q)clang-format -i $(FORMAT_FILES)

format-check:
	$(Q)clang-format --dry-run --Werror $(FORMAT_FILES)

clean:
	rm -rf $(O)/core $(O)/user $(O)/loader $(O)/tools $(O)/examples $(O)/tests

distclean:
	rm -rf $(O)

help:
	@echo "PRTOS build targets:"
	@echo "  all            build tools, core, loader, libprtos, BAIL and the examples (default)"
	@echo "  run            build and boot EXAMPLE=$(EXAMPLE) in QEMU (serial on stdout)"
	@echo "  check          unit tests, configuration tests and QEMU scenarios"
	@echo "  bench          slot-jitter benchmark under QEMU -icount"
	@echo "  soak           an hour of virtual time: time keeping must not age"
	@echo "  iso            GRUB ISO of EXAMPLE"
	@echo "  plans          every example's plans as an SVG timeline (build/plans, doc/plans)"
	@echo "  menuconfig     edit the configuration ($(KCONFIG_CONFIG))"
	@echo "  defconfig      start from configs/$(notdir $(DEFCONFIG_FILE))"
	@echo "  <board>_defconfig  start from configs/<board>_defconfig (boards: $(BOARD_DEFCONFIGS:_defconfig=))"
	@echo "  olddefconfig   update .config, new options at their defaults"
	@echo "  savedefconfig  write a minimal defconfig to $(O)/defconfig"
	@echo "  format         apply .clang-format; format-check checks it"
	@echo "  clean, distclean"
	@echo "Variables: O=<dir> build directory (default ./build), EXAMPLE=<name>, V=1 verbose"

ifeq ($(V),1)
Q :=
endif

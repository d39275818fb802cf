# PRTOS top-level Makefile. `make help` lists the targets.
TOPDIR := $(CURDIR)
O ?= $(TOPDIR)/build
override O := $(abspath $(O))
export TOPDIR O

.DEFAULT_GOAL := all
include $(TOPDIR)/config.mk
include $(TOPDIR)/scripts/kconfig/kconfig.mk

# EXAMPLE: the name of an example (user/bail/examples/<name>), or the path of a system
# folder anywhere, absolute or from here: a Makefile that includes rules.mk
# (doc/own-system.md). An example builds in $(O)/examples/<name>, a folder outside the
# tree in its own build/.
EXAMPLE ?= showcase
EXAMPLE_DIR := $(if $(findstring /,$(EXAMPLE)),$(abspath $(EXAMPLE)),$(TOPDIR)/user/bail/examples/$(EXAMPLE))
EXAMPLE_B = $(shell $(MAKE) --no-print-directory -s -C $(EXAMPLE_DIR) O=$(O) print-build-dir 2>/dev/null)
EXAMPLE_IMG = $(EXAMPLE_B)/resident_sw
# -smp N for QEMU when the system's XML names N > 1 processors.
EXAMPLE_SMP = $(shell n=$$($(MAKE) --no-print-directory -s -C $(EXAMPLE_DIR) O=$(O) print-cpus 2>/dev/null); \
	[ "$${n:-1}" -gt 1 ] && echo -smp $$n)
EXAMPLES := $(notdir $(patsubst %/,%,$(dir $(wildcard $(TOPDIR)/user/bail/examples/*/Makefile))))

SUBMAKE = $(MAKE) --no-print-directory $(if $(filter 1,$(V)),,-s)

.PHONY: all deps tools core loader libs examples run debug debug-server iso check soak \
	kernel-tests bench format format-check clean distclean \
	help plans trace coverage analyze mutate

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

# The system EXAMPLE names, and only what it needs of PRTOS.
.PHONY: example
example: tools core loader libs
	@[ -f $(EXAMPLE_DIR)/Makefile ] || { echo "make: EXAMPLE=$(EXAMPLE): no system folder" \
		"$(EXAMPLE_DIR) with a Makefile (the examples: $(EXAMPLES); or a path)" >&2; exit 2; }
	$(Q)$(SUBMAKE) -C $(EXAMPLE_DIR)

# A system for several processors in a build with CONFIG_SMP off (the default) runs from
# the SMP build in $(O)/smp (configs/$(SMP_DEFCONFIG), made there if it is not yet).
run: deps $(AUTOCONF_H)
	$(Q)if [ -n "$(EXAMPLE_SMP)" ] && ! grep -q '^CONFIG_SMP=y' $(AUTO_CONF); then \
		echo "$(EXAMPLE) names several processors and this build has CONFIG_SMP off:" \
			"running it from the SMP build in $(O)/smp ($(SMP_DEFCONFIG))"; \
		{ [ -f $(O)/smp/.config ] || $(SUBMAKE) O=$(O)/smp $(SMP_DEFCONFIG); } && \
			$(SUBMAKE) O=$(O)/smp run; \
	else \
		$(SUBMAKE) example && $(TOPDIR)/scripts/run-qemu.sh $(EXAMPLE_IMG) $(EXAMPLE_SMP); \
	fi

# QEMU paused with its GDB stub, and gdb with the symbols of the core and of every
# partition (doc/debugging.md); debug-server leaves the gdb side to you.
debug debug-server: deps
	$(Q)$(SUBMAKE) example
	$(Q)$(TOPDIR)/scripts/debug.sh $(if $(filter debug,$@),gdb,server) $(EXAMPLE_B)

iso: deps
	$(Q)$(SUBMAKE) example
	$(Q)$(TOPDIR)/scripts/mkiso.sh $(EXAMPLE_IMG) $(EXAMPLE_B)/resident_sw.iso

check: deps
	$(Q)$(SUBMAKE) all
	$(Q)$(TOPDIR)/scripts/check.sh

# The core's kernel tests: core/kernel built for the host arch (core/arch/host) and run
# as cmocka programs under ASan/UBSan (tests/kernel); prints core/kernel's line coverage
# and fails below 80 %. prtoscc (the configured arch's) compiles the system they boot.
kernel-tests: $(AUTOCONF_H)
	$(Q)$(SUBMAKE) -C user/tools/prtoscc
	$(Q)$(SUBMAKE) -C tests/kernel run

# Every benchmark figure next to the bare-metal floor measured in the same run, under
# QEMU -icount: a Markdown table, $(O)/bench/bench.json and bench.svg (doc/performance.md).
bench: deps
	$(Q)$(SUBMAKE) all
	$(Q)$(TOPDIR)/scripts/bench.sh

# The long fuzzing runs (scripts/fuzz-long.sh): hcall_fuzz with 1,000,000 hypercalls
# seeded by FUZZ_SEED (random when unset, printed), every byte of a container
# corrupted and refused, and each libFuzzer harness FUZZ_LONG_SECONDS (default 600)
# (doc/testing.md).
.PHONY: fuzz-long
fuzz-long: deps
	$(Q)$(SUBMAKE) all
	$(Q)$(TOPDIR)/scripts/fuzz-long.sh

# An hour of virtual time under QEMU -icount (about 2 minutes here): the core's time
# keeping must not age (tests/soak; make check runs 60 s of it, soak_short).
soak: deps
	$(Q)$(SUBMAKE) all
	$(Q)$(TOPDIR)/scripts/qemu-test.sh $(TOPDIR)/tests/soak

# EXAMPLE built with the trace export (configs/trace.config over this build's .config)
# in $(O)/trace, booted in QEMU with its second UART captured, and the capture as trace
# JSON: $(O)/trace/<name>.json (scripts/trace.sh, doc/tracing.md).
trace: deps $(KCONFIG_CONFIG)
	$(Q)O=$(O) $(TOPDIR)/scripts/trace.sh $(EXAMPLE_DIR)

# Each libFuzzer harness of tests/fuzz for FUZZ_SECONDS (default 60): its runs, execs/s,
# corpus, coverage and crashes (scripts/fuzz.sh, doc/testing.md#libfuzzer-harnesses).
FUZZ_SECONDS ?= 60
.PHONY: fuzz
fuzz: deps tools
	$(Q)O=$(O) $(TOPDIR)/scripts/fuzz.sh $(FUZZ_SECONDS)

# The core's line and branch coverage from the QEMU scenarios: the tree built with
# configs/coverage.config in $(O)/coverage, every scenario whose core runs booted, lcov's
# table per file, HTML in $(O)/coverage/html; fails below scripts/coverage.floor
# (scripts/coverage.sh, doc/coverage.md).
coverage: deps $(KCONFIG_CONFIG)
	$(Q)O=$(O) $(TOPDIR)/scripts/coverage.sh

# Mutation testing (not part of check): each mutant of tests/mutate/catalogue.txt in a
# scratch copy of the tree ($(O)/mutate), rebuilt and tested with the tests it names;
# MUTANTS=<grep -E pattern> runs a subset (scripts/mutate.sh, doc/testing.md).
mutate: deps $(KCONFIG_CONFIG)
	$(Q)O=$(O) nice $(TOPDIR)/scripts/mutate.sh $(if $(MUTANTS),'$(MUTANTS)')

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

# cppcheck (with its MISRA C:2012 addon) and clang-tidy on the core and the host tools,
# built from the defconfig in $(O)/analyze: fails on a finding that doc/deviations.md
# does not accept (scripts/analyze.sh, doc/testing.md).
analyze: deps
	$(Q)O=$(O) $(TOPDIR)/scripts/analyze.sh

FORMAT_FILES = $(shell git -C $(TOPDIR) ls-files --cached --others --exclude-standard "*.c" "*.h" | sed "s,^,$(TOPDIR)/,")
format:
	$(Q)clang-format -i $(FORMAT_FILES)

format-check:
	$(Q)clang-format --dry-run --Werror $(FORMAT_FILES)

clean:
	rm -rf $(O)/core $(O)/user $(O)/loader $(O)/tools $(O)/examples $(O)/tests $(O)/trace \
		$(O)/analyze

distclean:
	rm -rf $(O)

help:
	@echo "PRTOS build targets:"
	@echo "  all            build tools, core, loader, libprtos, BAIL and the examples (default)"
	@echo "  run            build and boot EXAMPLE=$(EXAMPLE) in QEMU (serial on stdout);"
	@echo "                 EXAMPLE is an example's name or a system folder's path (doc/own-system.md)"
	@echo "  debug          boot EXAMPLE paused in QEMU and debug it in gdb (doc/debugging.md)"
	@echo "  debug-server   the same without gdb: prints how to connect, for editors and scripts"
	@echo "  check          unit tests, configuration tests and QEMU scenarios"
	@echo "  kernel-tests   the core's kernel on the host arch: cmocka tests, coverage >= 80 %"
	@echo "  bench          every benchmark figure next to its bare-metal floor (QEMU -icount)"
	@echo "  soak           an hour of virtual time: time keeping must not age"
	@echo "  fuzz           each libFuzzer harness FUZZ_SECONDS (default 60) (doc/testing.md)"
	@echo "  fuzz-long      1,000,000 fuzzed hypercalls (FUZZ_SEED=...), every container byte corrupted,"
	@echo "                 each libFuzzer harness FUZZ_LONG_SECONDS (default 600)"
	@echo "  mutate         mutation testing of core/ and the tools (MUTANTS=<pattern>: a subset)"
	@echo "  iso            GRUB ISO of EXAMPLE"
	@echo "  plans          every example's plans as an SVG timeline (build/plans, doc/plans)"
	@echo "  trace          run EXAMPLE with the trace export, write its Perfetto/Chrome trace"
	@echo "                 JSON to $(O)/trace/<name>.json (doc/tracing.md)"
	@echo "  coverage       the core's line and branch coverage from the QEMU scenarios, HTML in"
	@echo "                 $(O)/coverage/html; fails below scripts/coverage.floor (doc/coverage.md)"
	@echo "  menuconfig     edit the configuration ($(KCONFIG_CONFIG)); nconfig likewise"
	@echo "  defconfig      start from configs/$(notdir $(DEFCONFIG_FILE))"
	@echo "  <board>_defconfig  start from configs/<board>_defconfig (boards: $(BOARD_DEFCONFIGS:_defconfig=))"
	@echo "  olddefconfig   update .config, new options at their defaults (oldconfig: asks)"
	@echo "  savedefconfig  write a minimal defconfig to $(O)/defconfig"
	@echo "  analyze        cppcheck (MISRA C:2012) and clang-tidy on core and tools; fails on"
	@echo "                 a finding doc/deviations.md does not accept"
	@echo "  format         apply .clang-format; format-check checks it"
	@echo "  clean, distclean"
	@echo "Variables: O=<dir> build directory (default ./build), EXAMPLE=<name or path>, V=1 verbose"

ifeq ($(V),1)
Q :=
endif

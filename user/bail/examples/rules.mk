# Shared rules that turn a folder of partition sources and an XML file into a
# bootable image. A folder's Makefile only says what is in it:
#
#   PARTITIONS := hello            # image names, in partition-id order (0, 1, ...)
#   hello-objs := hello.o          # objects of each image (one object may serve several)
#   hello-custom := 0:data.txt     # optional custom files: INDEX:FILE
#   XML := my_system.xml           # optional; default prtos_cf.$(ARCH).xml (prtos_cf.x86.xml)
#   EXTRA_CFLAGS := -DFOO=1        # optional, for every source of the folder
#   VPATH := ../common             # optional, more folders to find sources in
#   include ../rules.mk            # (path to this file)
#
# Results in $(O)/examples/<folder>/ for a folder of the tree, <folder>/build/ for one
# elsewhere (or $(B) when the caller sets it):
# prtos_cf.bin (compiled XML), <image>.elf, container.bin, resident_sw (boot with
# qemu-system-i386 -kernel resident_sw) and, with `make iso`, resident_sw.iso.

RULES_DIR := $(abspath $(dir $(lastword $(MAKEFILE_LIST))))
TOPDIR ?= $(abspath $(RULES_DIR)/../../..)
O ?= $(TOPDIR)/build
include $(TOPDIR)/config.mk

NAME ?= $(notdir $(CURDIR))
XML ?= prtos_cf.$(ARCH).xml
# The tree's systems build in $(O)/examples/<folder>, a system kept elsewhere in its own build/.
B ?= $(if $(filter $(TOPDIR)/user/% $(TOPDIR)/tests/%,$(CURDIR)),$(O)/examples/$(NAME),$(CURDIR)/build)
PART_LDS := $(TOPDIR)/user/bail/lib/partition.lds
# The runtime, the API and libgcc (LIBGCC: the arch.mk of config.mk).
PART_LIBS := $(LIBBAIL) $(LIBPRTOS) $(LIBGCC)

PART_IDS := $(shell seq 0 $$(( $(words $(PARTITIONS)) - 1 )))

all: $(B)/resident_sw $(B)/images.txt $(TEST_IMAGE)

$(B)/prtos_cf.bin: $(XML) $(PRTOSCC)
	@mkdir -p $(@D)
	@echo "  PRTOSCC $(NAME)/$(XML)"
	$(Q)$(PRTOSCC) -o $@ $(XML)

$(B)/%.o: %.c
	@mkdir -p $(@D)
	@echo "  CC      $(NAME)/$<"
	$(Q)$(CC) $(PART_CFLAGS) $(EXTRA_CFLAGS) -c $< -o $@

$(B)/%.o: %.S
	@mkdir -p $(@D)
	$(Q)$(CC) $(PART_CFLAGS) -D__ASSEMBLY__ -c $< -o $@

# $(1): image name, $(2): partition id
define partition_image
$(B)/$(1).elf: $(addprefix $(B)/,$($(1)-objs)) $(PART_LIBS) $(PART_LDS) $(XML) $(PRTOSCC)
	@echo "  LD      $(NAME)/$(1).elf (partition $(2))"
	$(Q)$(LD) $(TARGET_LDFLAGS) -T $(PART_LDS) \
		--defsym=PRTOS_PART_BASE=$$$$($(PRTOSCC) --link-addr $(2) $(XML)) \
		-u start -u prtos_image_hdr -o $$@ $(addprefix $(B)/,$($(1)-objs)) \
		--start-group $(PART_LIBS) --end-group
PACK_ARGS += --partition $(2):$(B)/$(1).elf \
	$(foreach c,$($(1)-custom),--custom $(2):$(c))
PACK_DEPS += $(B)/$(1).elf $(foreach c,$($(1)-custom),$(lastword $(subst :, ,$(c))))
endef
$(foreach i,$(PART_IDS),$(eval $(call partition_image,$(word $(shell echo $$(($(i)+1))),$(PARTITIONS)),$(i))))

$(B)/container.bin: $(B)/prtos_cf.bin $(CORE_ELF) $(PRTOSPACK) $(PACK_DEPS)
	@echo "  PACK    $(NAME)/container.bin"
	$(Q)$(PRTOSPACK) -o $@ --core $(CORE_ELF) --config $(B)/prtos_cf.bin $(PACK_ARGS)

# The ELF files of the system, one "core PATH" or "ID PATH" line each, for the host
# tools that read a run's log (scripts/hm-symbols.sh).
$(B)/images.txt: $(MAKEFILE_LIST)
	@mkdir -p $(@D)
	$(Q){ echo "core $(CORE_ELF)"; $(foreach i,$(PART_IDS),echo "$(i) $(B)/$(word $(shell echo $$(($(i)+1))),$(PARTITIONS)).elf";) } >$@

$(B)/resident_sw: $(RSW_BIN) $(B)/container.bin
	@echo "  IMAGE   $(NAME)/resident_sw"
	$(Q)cat $(RSW_BIN) $(B)/container.bin > $@

# A system kept outside the tree may be built before PRTOS itself: what it needs of
# PRTOS is then built first (the top Makefile's tools, core, loader and libs).
$(sort $(RSW_BIN) $(CORE_ELF) $(PRTOSCC) $(PRTOSPACK) $(LIBBAIL) $(LIBPRTOS)):
	$(Q)$(MAKE) --no-print-directory -C $(TOPDIR) O=$(O) tools core loader libs

print-build-dir:
	@echo $(B)

iso: $(B)/resident_sw
	$(Q)$(TOPDIR)/scripts/mkiso.sh $(B)/resident_sw $(B)/resident_sw.iso

-include $(wildcard $(B)/*.d)
.PHONY: all iso print-build-dir

# The image the QEMU test runner boots; a scenario may point it at a modified copy.
TEST_IMAGE ?= $(B)/resident_sw
print-test-image:
	@echo $(TEST_IMAGE)
# The processors the XML names: `make run` gives QEMU as many (-smp).
print-cpus:
	@grep -o '<Processor\b' $(XML) | wc -l
test-image: $(TEST_IMAGE)
.PHONY: print-test-image test-image print-cpus

# Shared by the attack_* scenarios that forge I/O port grants prtoscc refuses
# (tests/config/bad-ioports-*.xml): the XML grants allowed ranges, and the container is
# forged after compilation so that they name the refused ports. A scenario sets
# IO_FORGERIES (one INDEX:BASE:COUNT per range, tamper's "io" words) and includes this
# file; the rogue partition (rogue.c) would abuse the ports, the guard checks its slots
# and its memory, and the expect file wants the boot's refusal.
# This folder, as the including scenario reaches it (../common/ or ../../common/).
COMMON := $(dir $(lastword $(MAKEFILE_LIST)))
PARTITIONS := rogue guard
rogue-objs := rogue.o
guard-objs := guard.o
VPATH := $(COMMON)
EXTRA_CFLAGS := -I$(COMMON) -DMAJOR_FRAME_US=1000 -DGUARD_FRAMES=100 -DGUARD_SLOT_US=400
TEST_IMAGE = $(B)/forged_sw
include $(COMMON)../../../user/bail/examples/rules.mk
include $(COMMON)tamper.mk

$(B)/forged_sw: $(B)/resident_sw $(TAMPER) Makefile
	@echo "  TAMPER  $(NAME)/forged_sw (I/O ports $(IO_FORGERIES))"
	$(Q)cp $< $@.tmp && \
		$(foreach f,$(IO_FORGERIES),$(TAMPER) $@.tmp io $(subst :, ,$(f)) &&) \
		mv $@.tmp $@

# Shared by the forged_* scenarios: the system of forged_cf.<arch>.xml, with one field of
# its compiled configuration forged after prtoscc and every checksum re-sealed (the
# tamper tool, tests/tools/forge.h). A scenario sets FORGE (the forgery's words), and
# FORGE_THEN for a second one if it needs it, and includes this file; its expect file
# names the refusal.
# This folder, as the including scenario reaches it (../common/ or ../../common/).
COMMON := $(dir $(lastword $(MAKEFILE_LIST)))
PARTITIONS := alpha beta
alpha-objs := never_runs.o
beta-objs := never_runs.o
VPATH := $(COMMON)
# $(ARCH) comes from config.mk, which rules.mk includes: hence "=", not ":=".
XML = $(COMMON)forged_cf.$(ARCH).xml
TEST_IMAGE = $(B)/forged_sw
include $(COMMON)../../../user/bail/examples/rules.mk
include $(COMMON)tamper.mk

$(B)/forged_sw: $(B)/resident_sw $(TAMPER) Makefile
	@echo "  TAMPER  $(NAME)/forged_sw ($(FORGE))"
	$(Q)cp $< $@.tmp && $(TAMPER) $@.tmp $(FORGE) && \
		$(if $(FORGE_THEN),$(TAMPER) $@.tmp $(FORGE_THEN) &&) mv $@.tmp $@

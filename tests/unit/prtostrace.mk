# prtostrace: its frame decoder (resync after garbage, CRC errors, cut frames, sequence
# gaps and boots), the records' time line, and the JSON of every record kind.
PRTOSTRACE_DIR := $(TOPDIR)/user/tools/prtostrace
UNIT_TESTS += prtostrace
prtostrace_MIN_TESTS := 11
prtostrace_SRCS := $(TOPDIR)/tests/unit/test_prtostrace.c $(PRTOSTRACE_DIR)/decode.c \
	$(PRTOSTRACE_DIR)/capture.c $(PRTOSTRACE_DIR)/json.c
prtostrace_CFLAGS := -I$(PRTOSTRACE_DIR)
prtostrace_DEPS := $(PRTOSTRACE_DIR)/prtostrace.h

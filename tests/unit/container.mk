# Container checker (user/loader/container.c) and the packer's ELF reader and builder.
UNIT_TESTS += test_container test_prtospack
test_container_MIN_TESTS := 67
test_prtospack_MIN_TESTS := 39
test_container_SRCS := $(TOPDIR)/tests/unit/test_container.c \
	$(TOPDIR)/tests/unit/test_container_fixture.c $(TOPDIR)/user/loader/container.c $(TOPDIR)/user/loader/container_lookup.c
test_container_DEPS := $(TOPDIR)/tests/unit/test_container_fixture.h \
	$(TOPDIR)/user/loader/container.h
test_prtospack_SRCS := $(TOPDIR)/tests/unit/test_container_prtospack.c \
	$(TOPDIR)/tests/unit/test_container_fixture.c $(TOPDIR)/user/loader/container.c $(TOPDIR)/user/loader/container_lookup.c \
	$(addprefix $(TOPDIR)/user/tools/prtospack/,elf32.c pack.c errmsg.c)
test_prtospack_DEPS := $(TOPDIR)/tests/unit/test_container_fixture.h \
	$(TOPDIR)/user/loader/container.h $(wildcard $(TOPDIR)/user/tools/prtospack/*.h)

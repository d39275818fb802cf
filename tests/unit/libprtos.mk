# libprtos code that needs no hypercall, on the host: prtos_strerror().
UNIT_TESTS += libprtos
libprtos_MIN_TESTS := 3
libprtos_SRCS := $(TOPDIR)/tests/unit/test_libprtos.c $(TOPDIR)/user/libprtos/src/strerror.c
libprtos_CFLAGS := -I$(TOPDIR)/user/libprtos/include

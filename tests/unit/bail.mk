# BAIL C library (user/bail/lib) on the host.
# The library defines libc names (printf, memcpy, strtol...) that would clash
# with the host C library, so every exported name is renamed with -D to
# bail_test_<name>, both in the library sources and in the test, which is
# compiled with the same flags. The host headers (not user/bail/include)
# then declare the renamed functions, so prototypes are checked against
# the host's standard declarations, and cmocka keeps the real host libc.
# -D__NO_INLINE__ stops glibc's extern-inline bodies (putchar, vprintf,
# atoi...) from replacing the renamed functions at -O1.
BAIL_NAMES := printf vprintf sprintf vsprintf snprintf vsnprintf putchar \
	memset memcpy memmove memcmp strlen strcpy strncpy strcmp strncmp \
	strcat strncat strchr strrchr strstr atoi strtol strtoul

UNIT_TESTS += bail
bail_MIN_TESTS := 26
bail_SRCS := $(TOPDIR)/tests/unit/test_bail_printf.c \
	$(TOPDIR)/tests/unit/test_bail_string.c \
	$(TOPDIR)/user/bail/lib/printf.c $(TOPDIR)/user/bail/lib/string.c \
	$(TOPDIR)/user/bail/lib/stdlib.c
bail_CFLAGS := $(foreach n,$(BAIL_NAMES),-D$(n)=bail_test_$(n)) \
	-fno-builtin -U_FORTIFY_SOURCE -D__NO_INLINE__ -I$(TOPDIR)/user/bail/lib
bail_DEPS := $(TOPDIR)/user/bail/lib/bail_internal.h

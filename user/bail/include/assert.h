/*
 * BAIL <assert.h>: a failed assert() prints "[assert] file:line: function:
 * expression" on the partition's console and halts the partition. With NDEBUG
 * defined, assert() is nothing.
 */
#undef assert
#ifdef NDEBUG
#define assert(e) ((void)0)
#else
#define assert(e) ((e) ? (void)0 : bail_assert_failed(#e, __FILE__, __LINE__, __func__))
#endif

#ifndef BAIL_ASSERT_H
#define BAIL_ASSERT_H
void bail_assert_failed(const char *expr, const char *file, int line, const char *func)
	__attribute__((noreturn));
#endif /* BAIL_ASSERT_H */

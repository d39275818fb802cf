/* Fatal errors in the core: broken hypervisor invariants only, never guest input. */
#ifndef PRTOS_PANIC_H
#define PRTOS_PANIC_H

void panic(const char *fmt, ...) __attribute__((noreturn, format(printf, 1, 2)));

/* Always-on invariant check. */
#define CHECK(cond)                                                                    \
	do {                                                                           \
		if (!(cond))                                                           \
			panic("CHECK failed: %s at %s:%d", #cond, __FILE__, __LINE__); \
	} while (0)

/* Debug-only check (CONFIG_DEBUG): costs nothing in a release build. */
#ifdef CONFIG_DEBUG
#define ASSERT(cond) CHECK(cond)
#else
#define ASSERT(cond) ((void)0)
#endif

#endif

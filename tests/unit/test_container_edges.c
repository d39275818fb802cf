/*
 * The loader's container checker at edges that make mutate (tests/mutate/catalogue.txt)
 * found unchecked: each test kills a mutant that test_container.c let survive.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdlib.h>
#include "test_container_fixture.h"
#include "../../user/loader/container.h"

/*
 * A load range that ends on the last byte of the 32-bit address space does not wrap:
 * the checker refuses it only later, for lying outside the partition's areas, never
 * as a wrap (CONTAINER_E_MEM_SIZE); one byte further, it wraps (loader-load-range-to-4g).
 */
static void test_load_range_up_to_4g(void **state)
{
	prtos_u32_t size;
	unsigned char *c = fx_container(&size);
	struct prtos_container_entry *e = fx_ent(c, FX_PART0);
	struct container_error err;
	int rc;

	(void)state;
	e->load_addr = 0U - e->mem_size;
	fx_reseal(c);
	rc = container_check(c, size, &err);
	assert_int_equal(rc, CONTAINER_E_IMAGE_AREA);
	e->load_addr++;
	fx_reseal(c);
	assert_int_equal(container_check(c, size, &err), CONTAINER_E_MEM_SIZE);
	free(c);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_load_range_up_to_4g),
	};

	return cmocka_run_group_tests_name("container_edges", tests, NULL, NULL);
}

/* legacy_c: K&R definitions called from main.c, which has no prototype for them. */
int legacy_sum(a, b)
int a, b;
{
	return a + b;
}

legacy_twice(x)
{
	return 2 * x;
}

/* The instrumented code of the gcov runtime's test (tests/build/coverage.sh). */
int work(int n);

static int odd(int i)
{
	return i & 1;
}

static int never(int i)
{
	return i * 3;
}

int work(int n)
{
	int s = 0, i;

	for (i = 0; i < n; i++)
		s += odd(i) ? i : -i;
	if (n < 0)
		s = never(s); /* counters that stay zero */
	return s;
}

/* Runs work(), then sends its counters as the core would (tests/build/coverage.sh). */
int work(int n);
void gcov_dump(void);

int main(void)
{
	work(7);
	gcov_dump();
	return 0;
}

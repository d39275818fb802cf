/* Runs work(); gcc's libgcov writes its .gcda at exit (tests/build/coverage.sh). */
int work(int n);

int main(void)
{
	work(7);
	return 0;
}

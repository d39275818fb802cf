#include "kfix.h"
int main(void)
{
	return 0;
}

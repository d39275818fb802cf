/* attack2_multicast_marks: every message is one tag word repeated. */
#ifndef MSG_H
#define MSG_H

#define MSG_BYTES 4096

static inline int msg_whole(const unsigned char *m, int n)
{
	int i;

	if (n != MSG_BYTES)
		return 0;
	for (i = 4; i < MSG_BYTES; i += 4)
		if (*(const volatile unsigned int *)(m + i) != *(const volatile unsigned int *)m)
			return 0;
	return 1;
}

#endif

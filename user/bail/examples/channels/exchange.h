/* channels: the area P1 and P2 share (0x06400000 in the XML). */
#ifndef EXCHANGE_H
#define EXCHANGE_H

#define ROUNDS 5
#define TEMP(k) (20 + (k))	    /* sampling value of round k */
#define JOB(id, k) ((id)*100 + (k)) /* queued job k for partition id */

struct exchange {
	volatile unsigned int sum[3];  /* each consumer's sum of its jobs */
	volatile unsigned int temp[3]; /* the last sampling value each consumer read */
	volatile unsigned int done[3];
};

#define EXCHANGE ((struct exchange *)0x06400000)

#endif

/* ports_notify: the shared area (0x06400000) where the readers report what they saw. */
#ifndef BOARD_H
#define BOARD_H

struct board {
	volatile int ready[3];
	volatile int samp[3];  /* SAMPLING_PORT virqs seen */
	volatile int queu[3];  /* QUEUING_PORT virqs seen */
	volatile int ipvi[3];  /* IPVI0 virqs seen */
	volatile int step;     /* set by P0: 2 = a message is queued for P1 */
	volatile int received; /* P1 received the queued message */
	volatile int probed;   /* P2 probed every descriptor: 1 all refused, -1 one was not */
	char seen[3][16];      /* the sampling message each reader read */
	char got[16];	       /* the queued message P1 received */
};

#define BOARD ((struct board *)0x06400000)

#endif

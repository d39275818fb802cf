/* memory_separation: the layout of the area P1 and P2 share (0x06400000 in the XML). */
#ifndef SHARED_H
#define SHARED_H

#define SHARED_AREA 0x06400000
#define P1_PRIVATE 0x06100000
#define ROUNDS 10

struct mailbox {
	volatile unsigned int value; /* written by P1 */
	volatile unsigned int ack;   /* written by P2 */
};

#define MAILBOX ((struct mailbox *)SHARED_AREA)

#endif

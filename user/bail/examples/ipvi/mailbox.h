/* ipvi: the area P0 and P1 share (0x06400000 in the XML). */
#ifndef MAILBOX_H
#define MAILBOX_H

#define ROUNDS 5
#define VALUE(k) ((k) * (k) + 1000)
#define IPVI_NO (PRTOS_VT_EXT_IPVI0 + 2) /* <Ipvi id="2"> */

struct mailbox {
	volatile unsigned int seq;   /* round number, written last */
	volatile unsigned int value; /* VALUE(seq) */
};

#define MAILBOX ((struct mailbox *)0x06400000)

#endif

/* hcall_fuzz: what the fuzzer and the sibling report to the judge (shared area). */
#ifndef HCALL_FUZZ_SHARED_H
#define HCALL_FUZZ_SHARED_H

#define REPORT_ADDR 0x06400000
#define FRAMES 200
#define MAJOR_FRAME_US 1000
#define MAX_BOUNDARY_WORK_US 20

struct report {
	volatile unsigned int calls;	/* hypercalls made, over all restarts */
	volatile unsigned int restarts; /* the fuzzer's resets by the HM */
	volatile unsigned int sibling_done;
	volatile int sibling_worst_us;
};

#define REPORT ((struct report *)REPORT_ADDR)

#endif

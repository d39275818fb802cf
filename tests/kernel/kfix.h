/*
 * The fixture of the core's host tests: boots the core (core/kernel on the host arch)
 * on tests/kernel/system.xml as compiled by the real prtoscc, in a container built
 * here in the fake RAM, and acts as the running partition.
 */
#ifndef KFIX_H
#define KFIX_H

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <prtos/part.h>
#include <prtos/sched.h>
#include <prtos/hypercall.h>
#include <prtos/status.h>
#include <prtos/boot.h>
#include <prtos/trap.h>
#include <arch/host.h>

/*
 * Host arch events (HOST_TRAP_n) the tests raise; system.xml names them by the x86
 * names of the same numbers, as the tree's prtoscc (x86) knows them.
 */
#define KF_EV_TRAP(n) (PRTOS_HM_EV_HOST_BASE + (n))
#define KF_EV_DIVIDE KF_EV_TRAP(0)	/* X86_DIVIDE_ERROR */
#define KF_EV_BREAKPOINT KF_EV_TRAP(3)	/* X86_BREAKPOINT */
#define KF_EV_PAGE_FAULT KF_EV_TRAP(14) /* X86_PAGE_FAULT */

/* Partitions of system.xml. */
#define KF_SUPER 0	    /* system; areas: own 0x01400000, mailbox (shared) 0x01480000 */
#define KF_WORKER 1	    /* own 0x01500000 at 0x20000000, rom, hidden (unmapped), mailbox */
#define KF_FAULTY 2	    /* own 0x01600000 */
#define KF_NUM_PARTITIONS 5 /* and Spare3, Spare4: in no plan, their names looked up */
#define KF_SUPER_VA 0x01400000U
#define KF_MAILBOX_PA 0x01480000U
#define KF_WORKER_VA 0x20000000U
#define KF_WORKER_PA 0x01500000U
#define KF_WORKER_ROM 0x20010000U
#define KF_WORKER_HIDDEN 0x20020000U
#define KF_WORKER_MAILBOX 0x20030000U
#define KF_FAULTY_VA 0x01600000U
#define KF_AREA_SIZE 0x10000U

/* The images the fixture packs: KF_IMAGE_FILE bytes of pattern, KF_IMAGE_MEM loaded. */
#define KF_IMAGE_FILE 0x400U
#define KF_IMAGE_MEM 0x2000U
#define KF_ENTRY_OFF 0x100U
#define KF_DATA_OFF 0x8000U		      /* a scratch buffer in each partition's own area */
#define KF_CUSTOM_VA (KF_WORKER_VA + 0xC000U) /* Worker's custom file */
#define KF_CUSTOM_SIZE 0x80U

#define KF_CONTAINER_PA 0x01100000U
#define KF_HM_LOG_PA 0x01800000U /* the HM log's memory block, HmLog */
#define KF_HM_LOG_SIZE 0x1000U
#define KF_RAM_KB ((PRTOS_HOST_RAM_END - PRTOS_HOST_RAM_START) / 1024U)

/* What the fixture's next boot should break, if anything. */
struct kfix_damage {
	prtos_u32_t magic;	    /* kernel_main's magic; 0: the right one */
	int container_magic;	    /* a wrong container magic */
	int no_config;		    /* no configuration entry */
	int config_crc;		    /* a configuration checksum that does not match */
	int config_slot0_zero;	    /* slot 0 of 0 us, resealed: config_check refuses it */
	int config_signature;	    /* a wrong configuration signature, resealed */
	int config_version;	    /* a configuration of another version, resealed */
	int config_size;	    /* a configuration size that is not this core's, resealed */
	prtos_u32_t ram_kb;	    /* the machine's RAM; 0: all of the fake RAM */
	prtos_u32_t hyp_size;	    /* the hypervisor area's size, pools laid out anew; 0: as is */
	int image_crc;		    /* Worker: a wrong image checksum */
	int image_hdr_out;	    /* Worker: image header address outside the image */
	int image_signature;	    /* Worker: bad image header signature */
	int image_abi;		    /* Worker: image built for another ABI */
	int image_api;		    /* Worker: image built for another API */
	int image_outside;	    /* Faulty: mem_size past its area */
	int no_faulty_image;	    /* no image for Faulty */
	prtos_u32_t warm_hm_log;    /* a warm HM log of this many records in its block */
	prtos_u32_t cold_hm_log;    /* the same, left by a cold reset (to be dropped) */
	const void *hm_log_raw;	    /* or these bytes at the start of the HM log's block */
	prtos_u32_t hm_log_raw_len; /* (at most KF_HM_LOG_SIZE of them) */
	const char *refuse_worker;  /* arch_part_prepare() refuses Worker so */
	int mm_error;		    /* arch_mm_build_space() fails so for Worker */
	prtos_u32_t cpus;	    /* the machine's processors (arch_cpu_count); 0: one */
};

/*
 * Boots the core (kernel_main) with d's damage (NULL: none) and returns how it ended:
 * HOST_STARTED when the scheduler took over, HOST_HALTED when the boot refused.
 */
enum host_exit kfix_boot(const struct kfix_damage *d);
/* Boots a good system and runs the scheduler's first tick (Super in slot 0). */
void kfix_boot_and_run(void);
/* Ticks the scheduler until partition id runs (fails the test after 32 ticks). */
void kfix_run(prtos_u32_t id);
/* The running partition's id, or -1 for idle. */
prtos_s32_t kfix_current(void);
/* The core's pointer to partition id's memory at va (n bytes in one of its areas). */
void *kfix_mem(prtos_u32_t id, prtos_u32_t va, prtos_u32_t n);
/* A hypercall as the running partition makes it (trap_handle): number and argument words. */
prtos_s32_t kfix_hcall(prtos_u32_t nr, prtos_word_t a0, prtos_word_t a1, prtos_word_t a2,
		       prtos_word_t a3, prtos_word_t a4);
/* An exception trapped in the running partition (or, from_partition 0, in the core). */
void kfix_fault(prtos_u32_t event, const struct hm_cpu_ctxt *where, int from_partition);
#define HC0(nr) kfix_hcall(nr, 0, 0, 0, 0, 0)
#define HC1(nr, a) kfix_hcall(nr, a, 0, 0, 0, 0)
#define HC2(nr, a, b) kfix_hcall(nr, a, b, 0, 0, 0)
#define HC3(nr, a, b, c) kfix_hcall(nr, a, b, c, 0, 0)
#define HC4(nr, a, b, c, d) kfix_hcall(nr, a, b, c, d, 0)
/* Writes the NUL-terminated s into the running partition's scratch buffer; its address. */
prtos_address_t kfix_str(const char *s);
/* The running partition's scratch buffer address (KF_DATA_OFF into its own area), plus off. */
prtos_address_t kfix_buf(prtos_u32_t off);
/* The core's pointer to the running partition's scratch buffer, plus off. */
void *kfix_bufp(prtos_u32_t off);
/* 1 if the captured console holds s. */
int kfix_console_has(const char *s);
/* Runs hypercall nr as host_run() would, for calls that leave the core; how it ended. */
enum host_exit kfix_hcall_exit(prtos_u32_t nr, prtos_word_t a0);

#define PRTOS_HC_NR(name) kf_nr_##name
enum kfix_hcall_nr {
#define KF_NR(nr, name, ret, n, params) kf_nr_##name = nr,
	PRTOS_HYPERCALL_LIST(KF_NR)
#undef KF_NR
};

#endif

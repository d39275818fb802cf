/*
 * The test controls of the host arch (core/arch/host): the fake machine the core's
 * host tests drive. Time stands still until a test moves it; a timer interrupt is a
 * call of sched_timer_irq() (host_tick); a context switch is recorded and returns at
 * once, the next vCPU becoming the caller of the following hypercalls; halts, resets
 * and the scheduler's start leave through longjmp to the host_run() that called them.
 */
#ifndef ARCH_HOST_HOST_H
#define ARCH_HOST_HOST_H

#include <prtos/types.h>
#include <setjmp.h>

struct vcpu;
struct partition;

/* How a host_run() call ended. */
enum host_exit {
	HOST_RETURNED, /* fn returned */
	HOST_HALTED,   /* arch_machine_halt(exit_code) */
	HOST_RESET,    /* arch_machine_reset(exit_code: cold) */
	HOST_STARTED,  /* arch_start_first(): the scheduler took over */
	HOST_IDLE,     /* arch_idle_loop() */
};

#define HOST_SWITCH_LOG 256	    /* the switches remembered, the latest ones */
#define HOST_CONSOLE_MAX (1U << 18) /* console bytes kept (the latest ones) */
#define HOST_CPU_KHZ 1000000U	    /* a 1 GHz processor */
#define HOST_SEND_MAX (1U << 16)    /* raw UART bytes kept (uart_raw_send), the first ones */

struct host_switch {
	struct vcpu *prev, *next;
	prtos_time_t at; /* arch_now_us() of the switch */
};

struct host_machine {
	/* Time: arch_now_us() is now_us; arch_now_ns() adds extra_ns. */
	prtos_time_t now_us;
	prtos_u32_t extra_ns;
	prtos_time_t timer_deadline; /* the last arch_timer_arm() */
	prtos_u32_t timer_arms;
	/* Interrupts: the flag, and what a test runs in each interrupt window. */
	int irq_on;
	prtos_u32_t irq_windows;
	void (*irq_window_hook)(void);
	/* Context switches, in order (num counts them all). */
	struct host_switch switches[HOST_SWITCH_LOG];
	prtos_u32_t num_switches;
	/* Failures to inject: arch_mm_build_space() returns mm_error for partition
	 * mm_fail_id (-1: every one); arch_part_prepare() refuses refuse_id so. */
	int mm_error;
	prtos_s32_t mm_fail_id;
	const char *refusal;
	prtos_s32_t refuse_id;
	int trap_result; /* what arch_propagate_trap() returns */
	int virq_fails;	 /* arch_deliver_virq() finds no room on the partition's stack */
	/* The console (uart_write), NUL-terminated; port and baud of uart_init(). */
	char console[HOST_CONSOLE_MAX + 1];
	prtos_u32_t console_len;
	prtos_u32_t uart_port, uart_baud;
	/* The raw port (uart_raw_open, uart_raw_send): what it was sent, and how many more bytes
	 * its transmitter takes (send_room; reset to ~0: never busy). */
	prtos_u8_t sent[HOST_SEND_MAX];
	prtos_u32_t sent_len, send_port, send_baud, send_room;
	/* The processors the machine has (arch_cpu_count(); reset to 1). */
	prtos_u32_t cpus;
	prtos_u32_t kicks; /* reschedule IPIs asked for (one processor here: none sent) */
	/* Boot steps the core took. */
	prtos_u32_t cpu_inits, time_inits, mm_inits, timer_inits;
	/* The last exit of host_run(). */
	enum host_exit exit;
	prtos_u32_t exit_code;
	struct vcpu *first; /* arch_start_first()'s argument */
	jmp_buf *exit_point;
};

extern struct host_machine host;

/* Runs fn(arg), catching the core's exits; returns how it ended (also host.exit). */
enum host_exit host_run(void (*fn)(void *arg), void *arg);

/* Puts the fake machine back to its power-on state: clock 0, console empty, RAM zero. */
void host_machine_reset(void);
/* Zeroes the fake RAM (host_machine_reset does). */
void host_ram_clear(void);
/* The fake RAM: a pointer to physical [pa, pa + n), which must lie in it. */
void *host_phys(prtos_u32_t pa, prtos_u32_t n);
/* Empties the captured console; host.console keeps what comes after. */
void host_console_clear(void);
/* Moves the clock to t us (never backwards). */
void host_set_time(prtos_time_t t);
/* The timer interrupt at the armed deadline: moves the clock there, trap_handle(TRAP_TIMER). */
void host_tick(void);
/* The latest switch (NULL when none). */
const struct host_switch *host_last_switch(void);

#endif

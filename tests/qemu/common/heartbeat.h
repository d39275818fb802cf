/* The words the heartbeat partition (heartbeat.c) keeps near the end of its first area,
 * outside its image, for a system partition to read with prtos_memory_copy. */
#ifndef HEARTBEAT_H
#define HEARTBEAT_H

#define HEARTBEAT_BEATS(area) ((area) + 0xFF000U) /* beats since this boot */
#define HEARTBEAT_MARK(area) ((area) + 0xFF004U)  /* HEARTBEAT_MARK_VALUE from boot 0 on */
#define HEARTBEAT_MARK_VALUE 0xC0FFEE02U

#endif

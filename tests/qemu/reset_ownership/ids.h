/* reset_ownership: partition ids and the status helper shared by P0 and P1. */
#ifndef IDS_H
#define IDS_H

#include <prtos.h>

#define REQUESTER 0
#define ORCHESTRATOR 1
#define VICTIM 2

/* Partition id's status; a failed call prints a FAIL line. */
prtos_part_status_t status_of(prtos_id_t id);
/* Idles until id runs its partition_main with reset_counter n, at most max frames; 0 on time. */
int wait_booted(prtos_id_t id, prtos_u32_t n, int max);

#endif

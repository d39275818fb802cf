/* In-memory fixtures for the container tests: a valid configuration and container. */
#ifndef TEST_CONTAINER_FIXTURE_H
#define TEST_CONTAINER_FIXTURE_H

#include <prtos/config_blob.h>
#include <prtos/container.h>
#include <prtos/image.h>

/* Layout of the fixture system. */
#define FX_HYP_START 0x01000000U
#define FX_HYP_SIZE 0x00400000U
#define FX_P0_ADDR 0x06000000U /* partition 0: one area, identity mapped */
#define FX_P1_ADDR 0x08000000U /* partition 1: area 1 mapped here (phys 0x06200000) */
#define FX_P1_DATA 0x08200000U /* partition 1: area 2 (phys 0x06400000), custom file 0 */
#define FX_AREA_SIZE 0x00100000U
#define FX_DATA_SIZE 0x00010000U
#define FX_HDR_OFF 0x10U /* image header offset inside each image */
#define FX_IMAGE_FILE 0x100U
#define FX_IMAGE_MEM 0x1000U
#define FX_CUSTOM_SIZE 0x40U

/* Entries of the fixture container, in this order. */
enum { FX_CORE, FX_CONFIG, FX_PART0, FX_PART1, FX_CUSTOM, FX_NUM };

/* Fill cfg with the valid 2-partition configuration (checksum included). */
void fx_config(struct prtos_config *cfg);
void fx_config_seal(struct prtos_config *cfg);
/* A valid image header; num_custom custom files, file 0 at FX_P1_DATA. */
void fx_image_hdr(struct prtos_image_hdr *ih, prtos_u32_t num_custom);
/* A core info matching fx_config. */
void fx_core_info(struct prtos_core_info *ci);

/* Build the valid container (4 KiB-aligned malloc); *size gets its total size. */
unsigned char *fx_container(prtos_u32_t *size);
struct prtos_container_hdr *fx_hdr(unsigned char *c);
struct prtos_container_entry *fx_ent(unsigned char *c, prtos_u32_t i);
struct prtos_config *fx_cfg(unsigned char *c);
struct prtos_core_info *fx_core(unsigned char *c);
struct prtos_image_hdr *fx_ih(unsigned char *c, prtos_u32_t entry);
/* Recompute config checksum, payload checksums and header checksum. */
void fx_reseal(unsigned char *c);
/* Remove entry i from the table (payload bytes stay) and reseal. */
void fx_drop(unsigned char *c, prtos_u32_t i);
/* Append a copy of *tmpl (payload copied to the spare last page, <= 4 KiB) and reseal. */
void fx_append(unsigned char *c, const struct prtos_container_entry *tmpl);

#endif

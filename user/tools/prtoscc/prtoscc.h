/* The compiler pipeline (load, parse, check, seal) and the blob file I/O. */
#ifndef PRTOSCC_H
#define PRTOSCC_H

#include <stdio.h>
#include "model.h"

/* Compile `file` into m (zeroed first). Returns 0 if no error was reported. */
int cc_compile(const char *file, struct cc_model *m);

/* Fill signature, version, size, ABI version and checksum of a finished blob. */
void emit_seal(struct prtos_config *cf);
/*
 * Run the boot-time check (config_check, shared with the loader and the core) on a
 * sealed blob. prtoscc's own rules refuse everything it refuses, so a failure is a
 * bug in prtoscc: reported loudly as an internal error. Returns 0 or -1.
 */
int emit_self_check(const struct prtos_config *cf);
/*
 * Write emit(cf) to path.tmp, then rename it to path, so a failed run never leaves a
 * partial file. 0, or -1 (reported as "path: reason").
 */
int emit_file(const char *path, void (*emit)(FILE *out, const struct prtos_config *cf),
	      const struct prtos_config *cf);
/* Write the blob to path; 0 or -1 (reported). */
int emit_write(const struct prtos_config *cf, const char *path);
/* Read and verify a blob (signature, size, checksum); 0 or -1 (reported). */
int emit_read(const char *path, struct prtos_config *cf);
/* Human-readable listing of a blob. */
void dump_config(FILE *out, const struct prtos_config *cf);

#endif

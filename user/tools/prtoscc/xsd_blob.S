/* The schema (prtos-1.x.xsd) embedded in the binary: prtoscc_xsd_start..end. */
	.section .rodata
	.globl prtoscc_xsd_start
	.globl prtoscc_xsd_end
prtoscc_xsd_start:
	.incbin "prtos-1.x.xsd"
prtoscc_xsd_end:
	.byte 0
	.section .note.GNU-stack,"",%progbits

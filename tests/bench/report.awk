# make bench: turns the benchmarks' report lines (tests/bench/common/bench.h: calls,
# hist, value) into the table on stdout, the JSON file and gnuplot's data files.
#   awk -v qemu="VERSION" -v shift=N -v json=FILE -v dat=DIR -f report.awk LINES...
# Times are TSC cycles: guest instructions, or ns, under QEMU -icount shift=0.

$1 == "calls" { per[$2] = round1(($4 - $5) / $3) }
$1 == "value" { val[$2] = $3 }
$1 == "hist" {
	if (!($2 in cnt)) { lo[$2] = $3; hists[++nhists] = $2 }
	cnt[$2] += $4; hi[$2] = $3; hv[$2, ++hn[$2]] = $3; hc[$2, hn[$2]] = $4
}

function round1(v) { return int(v * 10 + (v < 0 ? -0.5 : 0.5)) / 10 }

# The smallest value at or above fraction q of the samples of h.
function pct(h, q,    i, sum) {
	for (i = 1; i <= hn[h]; i++) {
		sum += hc[h, i]
		if (sum >= q * cnt[h])
			return hv[h, i]
	}
	return ""
}

# v with thousands separated by commas, and one decimal unless it is whole.
function fmt(v,    s, frac, out) {
	if (v == "")
		return "—"
	s = v == int(v) ? sprintf("%d", v) : sprintf("%.1f", v)
	frac = index(s, ".") ? substr(s, index(s, ".")) : ""
	s = frac == "" ? s : substr(s, 1, index(s, ".") - 1)
	for (out = ""; length(s) > 3; s = substr(s, 1, length(s) - 3))
		out = "," substr(s, length(s) - 2) out
	return s out frac
}

# One figure: key, what, unit, measured, limit and what it is, target ("" for none).
function row(key, what, unit, m, l, lwhat, target, tshow,    ratio, status) {
	if (m == "" || (lwhat != "" && l == ""))
		missing = missing " " key
	ratio = (m != "" && l != "" && l > 0) ? fmt(m / l >= 100 ? int(m / l + 0.5) : round1(m / l)) "×" : "—"
	status = target == "" ? "—" : (m != "" && m <= target ? "pass" : "miss")
	j_what_of[key] = what
	printf "| %s | %s | %s | %s | %s | %s |\n", what, fmt(m) (unit == "" ? "" : " " unit),
		l == "" ? "—" : fmt(l) " (" lwhat ")", ratio, target == "" ? "—" : tshow, status
	nrows++
	j_key[nrows] = key; j_what[nrows] = what; j_unit[nrows] = unit; j_m[nrows] = m
	j_l[nrows] = l; j_lwhat[nrows] = lwhat; j_t[nrows] = target; j_status[nrows] = status
}

function port_rows(kind, size, bare, tw, tr,    w, r) {
	w = kind == "sampling" ? "write" : "send"
	r = kind == "sampling" ? "read" : "receive"
	row(kind "_" w "_" size, kind " " w ", " (size == "max" ? "4096" : size) " B", "",
	    per[kind "_" w "_" size], per[bare], "int/iret + copy", tw, tw == "" ? "" : "≤ 0.7 × " fmt(round1(tw / 0.7)))
	row(kind "_" r "_" size, kind " " r ", " (size == "max" ? "4096" : size) " B", "",
	    per[kind "_" r "_" size], per[bare], "int/iret + copy", tr, tr == "" ? "" : "≤ 0.7 × " fmt(round1(tr / 0.7)))
}


# The SMP core (CONFIG_SMP) on one CPU: each figure next to the same one with SMP off.
function smp1_row(key, what, m, off) {
	row("smp1_" key, "SMP core, 1 CPU: " what, "", m, off, "SMP off", "", "")
}

function smp1_rows(    k, n, i) {
	n = split("null_hypercall get_time sampling_write_16 sampling_read_16 sampling_write_max " \
		  "sampling_read_max queuing_send_16 queuing_receive_16 queuing_send_128 " \
		  "queuing_receive_128 queuing_send_max queuing_receive_max", k, " ")
	for (i = 1; i <= n; i++)
		smp1_row(k[i], j_what_of[k[i]], per["smp1_" k[i]], per[k[i]])
	smp1_row("switch_min", "partition switch, smallest", lo["smp1_switch"], lo["switch"])
	smp1_row("switch_max", "partition switch, largest", hi["smp1_switch"], hi["switch"])
	smp1_row("timer_p99", "virtual timer latency, p99", pct("smp1_timer", 0.99), pct("timer", 0.99))
	smp1_row("timer_max", "virtual timer latency, largest", hi["smp1_timer"], hi["timer"])
	smp1_row("jitter_p99", "slot-start jitter, p99", pct("smp1_jitter", 0.99), pct("jitter", 0.99))
	smp1_row("jitter_max", "slot-start jitter, largest", hi["smp1_jitter"], hi["jitter"])
	smp1_row("slot_latest", "latest slot start after its time", val["smp1_slot_latest"],
		 val["slot_latest"])
	smp1_row("boot_prtos", "boot: PRTOS (→ partition_main)",
		 val["smp1_boot"] == "" ? "" : val["smp1_boot"] - val["bare_firmware"],
		 val["boot"] == "" ? "" : val["boot"] - val["bare_firmware"])
}

# Two CPUs (tests/bench/smp, -smp 2): under -icount QEMU runs one vCPU at a time.
function smp_rows(    q16, q128) {
	row("smp_tsc_check", "2 CPUs: TSC cross-check, smallest gap of " fmt(2 * val["smp_tsc_rounds"]) " hand-overs",
	    "", val["smp_tsc_there"] == "" ? "" : min(val["smp_tsc_there"], val["smp_tsc_back"]), "", "", "", "")
	row("smp_skew_p50", "2 CPUs: major-frame start skew, median of " fmt(cnt["smp_skew"]) " frames", "",
	    pct("smp_skew", 0.5), "", "", "", "")
	row("smp_skew_max", "2 CPUs: major-frame start skew, largest", "", hi["smp_skew"], "", "", "", "")
	row("smp_latest_cpu0", "2 CPUs: latest slot start after its time, CPU 0 (core's count)", "",
	    val["smp_cpu0_latest"], "", "", "", "")
	row("smp_latest_cpu1", "2 CPUs: latest slot start after its time, CPU 1 (core's count)", "",
	    val["smp_cpu1_latest"], "", "", "", "")
	row("smp_ipi_p50", "2 CPUs: IPI latency, request → handler, median of " fmt(cnt["smp_ipi"]), "",
	    pct("smp_ipi", 0.5), "", "", "", "")
	row("smp_ipi_max", "2 CPUs: IPI latency, request → handler, largest", "", hi["smp_ipi"], "", "", "",
	    "")
	row("smp_ipi_send_p50", "2 CPUs: prtos_raise_partition_ipvi to the other CPU, median", "",
	    pct("smp_ipi_send", 0.5), per["smp1_null_hypercall"], "null hypercall, 1 CPU", "", "")
	row("smp_ipi_send_max", "2 CPUs: prtos_raise_partition_ipvi to the other CPU, largest", "",
	    hi["smp_ipi_send"], per["smp1_null_hypercall"], "null hypercall, 1 CPU", "", "")
	q16 = per["smp1_queuing_send_16"] + per["smp1_queuing_receive_16"]
	q128 = per["smp1_queuing_send_128"] + per["smp1_queuing_receive_128"]
	row("smp_queue_16", "2 CPUs: queuing 16 B, CPU 0 → CPU 1, cycles per message (both CPUs)", "",
	    per["smp_queue_16"], q16, "send + receive, 1 CPU", "", "")
	row("smp_queue_16_rate", "2 CPUs: queuing 16 B, messages per second of CPU time (1 instruction = 1 ns)", "",
	    per["smp_queue_16"] > 0 ? int(1e9 / per["smp_queue_16"]) : "", "", "", "", "")
	row("smp_queue_128", "2 CPUs: queuing 128 B, CPU 0 → CPU 1, cycles per message (both CPUs)", "",
	    per["smp_queue_128"], q128, "send + receive, 1 CPU", "", "")
	row("smp_queue_128_rate", "2 CPUs: queuing 128 B, messages per second of CPU time (1 instruction = 1 ns)", "",
	    per["smp_queue_128"] > 0 ? int(1e9 / per["smp_queue_128"]) : "", "", "", "", "")
}

function min(a, b) { return a + 0 < b + 0 ? a : b }

function json_num(v) { return v == "" ? "null" : v }

END {
	print "| figure | measured | limit | ratio | target | status |"
	print "|---|---|---|---|---|---|"
	row("null_hypercall", "null hypercall (prtos_get_vcpuid)", "", per["null_hypercall"],
	    per["bare_null"], "int/iret", 90, "≤ 90")
	row("get_time", "prtos_get_time", "", per["get_time"], per["bare_null"], "int/iret", 200, "≤ 200")
	port_rows("sampling", "16", "bare_copy_16", 0.7 * 717, 0.7 * 727)
	port_rows("sampling", "max", "bare_copy_max", "", "")
	port_rows("queuing", "16", "bare_copy_16", 0.7 * 724, 0.7 * 642)
	port_rows("queuing", "128", "bare_copy_128", 0.7 * 724, 0.7 * 642)
	port_rows("queuing", "max", "bare_copy_max", "", "")
	row("switch_min", "partition switch, smallest of " fmt(cnt["switch"]), "", lo["switch"],
	    lo["bare_switch"], "CR3 + iret", 700, "≤ 700")
	row("switch_max", "partition switch, largest of " fmt(cnt["switch"]), "", hi["switch"],
	    hi["bare_switch"], "CR3 + iret", 1.05 * lo["switch"], "≤ smallest + 5 %")
	row("timer_p99", "virtual timer latency, p99 of " fmt(cnt["timer"]), "", pct("timer", 0.99),
	    hi["bare_timer"], "IRQ → ring 3", "", "")
	row("timer_max", "virtual timer latency, largest", "", hi["timer"], hi["bare_timer"],
	    "IRQ → ring 3", "", "")
	row("jitter_p99", "slot-start jitter, p99 of " fmt(cnt["jitter"]) " slots", "", pct("jitter", 0.99),
	    hi["bare_timer"] - lo["bare_timer"], "spread of IRQ → ring 3", "", "")
	row("jitter_max", "slot-start jitter, largest", "", hi["jitter"],
	    hi["bare_timer"] - lo["bare_timer"], "spread of IRQ → ring 3", "", "")
	row("slot_latest", "latest slot start after its time (core's count, " fmt(val["slot_starts"]) " starts)",
	    "", val["slot_latest"], "", "", "", "")
	row("boot_firmware", "boot: firmware (reset → first instruction of a multiboot kernel)", "",
	    val["bare_firmware"], "", "", "", "")
	row("boot_prtos", "boot: PRTOS (→ first instruction of partition_main, helloworld)", "",
	    val["boot"] == "" ? "" : val["boot"] - val["bare_firmware"],
	    val["bare_ring3"] - val["bare_firmware"], "bare kernel → ring 3", 3000000, "≤ 3,000,000 (3 ms)")
	row("boot_total", "boot: reset → partition_main", "", val["boot"], "", "", "", "")
	row("config_check", "configuration check in the loader (ports system)", "", val["config_check"],
	    "", "", "", "")
	row("core_text", "core .text", "B", val["core_text"], "", "", "", "")
	row("core_rodata", "core .rodata", "B", val["core_rodata"], "", "", "", "")
	row("core_data", "core .data", "B", val["core_data"], "", "", "", "")
	row("core_bss", "core .bss", "B", val["core_bss"], "", "", "", "")
	row("core_pools", "core pools sized by helloworld's XML (carved at boot)", "B", val["core_pools"], "", "",
	    "", "")
	row("core_ram", "core RAM for helloworld (image + pools, prtosinspect)", "B", val["core_ram"], "", "", 131072,
	    "≤ 128 KiB")
	row("helloworld_image", "helloworld image (loader + container)", "B", val["helloworld_image"],
	    "", "", "", "")
	smp1_rows()
	smp_rows()
	write_json()
	write_dat()
	if (missing != "") {
		print "bench: no figure for" missing > "/dev/stderr"
		exit 1
	}
}

function write_json(    i, h, k, sep) {
	printf "{\n  \"qemu\": \"%s\",\n  \"icount_shift\": %d,\n  \"unit\": \"TSC cycles: guest instructions under -icount shift=0 (1 ns each); footprint in bytes\",\n  \"figures\": [\n", qemu, shift > json
	for (i = 1; i <= nrows; i++)
		printf "    {\"key\": \"%s\", \"figure\": \"%s\", \"unit\": \"%s\", \"measured\": %s, \"limit\": %s, \"limit_is\": \"%s\", \"target\": %s, \"status\": \"%s\"}%s\n",
			j_key[i], j_what[i], j_unit[i] == "" ? "cycles" : j_unit[i], json_num(j_m[i]), json_num(j_l[i]),
			j_lwhat[i], json_num(j_t[i]), j_status[i] == "—" ? "none" : j_status[i],
			i < nrows ? "," : "" > json
	printf "  ],\n  \"distributions\": {\n" > json
	for (i = 1; i <= nhists; i++) {
		h = hists[i]
		printf "    \"%s\": [", h > json
		sep = ""
		for (k = 1; k <= hn[h]; k++) {
			printf "%s[%d, %d]", sep, hv[h, k], hc[h, k] > json
			sep = ", "
		}
		printf "]%s\n", i < nhists ? "," : "" > json
	}
	printf "  }\n}\n" > json
}

function write_dat(    i, h, k) {
	for (i = 1; i <= nhists; i++) {
		h = hists[i]
		for (k = 1; k <= hn[h]; k++)
			print hv[h, k], hc[h, k] > (dat "/" h ".dat")
	}
}

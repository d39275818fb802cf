#!/usr/bin/env bash
# Build test of `make trace` (doc/tracing.md): the showcase and the tracing example built
# with the trace export in O/trace and run; their JSON is valid trace-event JSON whose
# slot spans match the plan (tests/tools/tracecheck: each span on its partition's track,
# starting within the documented 200 us of its configured start in a whole major frame,
# no longer than its slot), with HM events, hypercalls, interrupts, vCPU switches and
# the partitions' own trace events; doc/tracing.md shows what make trace prints; a second
# run gives the same bytes; the user's own build is left alone; prtostrace refuses a
# capture of another configuration.
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
O=${O:-$top/build}
T=$O/trace
check=$O/tests/tools/tracecheck
log=$O/tests/build/trace.log
mkdir -p "$(dirname "$log")"
: >"$log"

pass() { echo "PASS: $1"; }
fail() { echo "FAIL: $1 ($2, see $log)"; }

# run_trace NAME: make trace EXAMPLE=NAME; 0 if it wrote and named the JSON.
run_trace() {
	make -s -C "$top" O="$O" trace EXAMPLE="$1" >"$T.$1.out" 2>&1
	local status=$?
	cat "$T.$1.out" >>"$log"
	[ $status -eq 0 ] && grep -q "^  TRACE   .*trace/$1.json " "$T.$1.out" && [ -s "$T/$1.json" ]
}

main_config=$(cksum <"$O/.config")
main_core=$(stat -c %Y "$O/core/prtos_core.elf" 2>/dev/null)
if ! run_trace showcase; then
	fail "trace-make-trace" "make trace EXAMPLE=showcase"
	exit 0
fi
pass "trace-make-trace"
cfg=$T/examples/showcase/prtos_cf.bin
if "$check" --jitter 200 --need "hm:HM X86_PAGE_FAULT" --need hypercall:write_console \
	--need irq --need sched "$cfg" "$T/showcase.json" >>"$log" 2>&1; then
	pass "trace-showcase-spans-match-plan"
else
	fail "trace-showcase-spans-match-plan" "tracecheck"
fi

# doc/tracing.md's excerpt of `make trace` (from its "  QEMU" line to the end of its
# block) is what it printed, line for line, the build folder named build/ as there.
awk '/^  QEMU    / { inb = 1 } inb && /^```/ { exit } inb' "$top/doc/tracing.md" >"$T.excerpt"
shown=${T#"$top"/}
sed "s|$shown/|build/trace/|g" "$T.showcase.out" >"$T.showcase.shown"
if [ -s "$T.excerpt" ] && cmp -s "$T.excerpt" "$T.showcase.shown"; then
	pass "trace-doc-excerpt"
else
	fail "trace-doc-excerpt" "doc/tracing.md's excerpt is not make trace's output"
fi

cp "$T/showcase.json" "$T/showcase.first.json"
if run_trace showcase && cmp -s "$T/showcase.json" "$T/showcase.first.json"; then
	pass "trace-deterministic"
else
	fail "trace-deterministic" "a second run wrote other bytes"
fi
if [ "$(cksum <"$O/.config")" = "$main_config" ] &&
	[ "$(stat -c %Y "$O/core/prtos_core.elf" 2>/dev/null)" = "$main_core" ] &&
	! grep -q '^CONFIG_TRACE_EXPORT=y' "$O/.config"; then
	pass "trace-main-build-untouched"
else
	fail "trace-main-build-untouched" "$O/.config or its core changed"
fi

if run_trace tracing && "$check" --jitter 200 --need "trace:trace 100" --need "trace:trace 301" \
	"$T/examples/tracing/prtos_cf.bin" "$T/tracing.json" >>"$log" 2>&1; then
	pass "trace-partition-events"
else
	fail "trace-partition-events" "make trace EXAMPLE=tracing, or tracecheck"
fi
if ! "$T/tools/prtostrace" -c "$cfg" -o /dev/null "$T/tracing.uart1" 2>"$T/mismatch.err" &&
	grep -q "configuration checksum" "$T/mismatch.err"; then
	pass "trace-other-configuration-refused"
else
	fail "trace-other-configuration-refused" "prtostrace took tracing's capture with showcase's configuration"
fi

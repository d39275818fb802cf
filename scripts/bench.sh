#!/usr/bin/env bash
# `make bench`: measurements under QEMU -icount (deterministic virtual time).
#   slot jitter: tests/bench/jitter runs 100 us slots for 1200 major frames; the
#   core records how late each slot started against its configured time.
#   ports: tests/bench/ports times a hypercall round trip, queuing send+receive
#   (16 B, 4096 B) and sampling write+read pairs in virtual time.
#   configuration check: what the boot's check of the compiled configuration costs.
#   footprint: the core's and the loader's sizes.
set -u
top=$(cd "$(dirname "$0")/.." && pwd)
. "$top/scripts/qemu.sh"
O=${O:-$top/build}
shift_ns=${BENCH_ICOUNT_SHIFT:-0}

# bench_run NAME: builds and boots tests/bench/NAME; its serial log is in $O/tests/bench/NAME.
bench_run() {
	local B=$O/tests/bench/$1 status
	mkdir -p "$B"
	make -s -C "$top/tests/bench/$1" B="$B" O="$O" >"$B/build.log" 2>&1 ||
		{ echo "bench: $1 build failed, see $B/build.log"; return 1; }
	timeout 300 "$QEMU" -kernel "$B/resident_sw" "${QEMU_COMMON_ARGS[@]}" \
		-icount "shift=$shift_ns,sleep=off" -serial "file:$B/serial.log" -monitor none </dev/null
	status=$?
	[ "$(qemu_halt_code $status)" = 0 ] || { echo "bench: $1 run failed (status $status), see $B/serial.log"; return 1; }
}

bench_jitter() {
	local log=$O/tests/bench/jitter/serial.log
	bench_run jitter || return 1
	tr -d '\r' <"$log" | sed -n 's/^\[PRTOS\] \([0-9]*\) slot starts, \([0-9]*\) missed, latest \([0-9]*\) ns after the configured time$/\1 \2 \3/p' |
		{
			read -r starts missed ns || { echo "bench: no slot statistics in $log"; return 1; }
			printf 'slot jitter: %s slot starts (%s missed) of 100 us slots over 1200 major frames, ' "$starts" "$missed"
			printf 'largest delay after the configured start %d.%03d us (QEMU -icount shift=%s)\n' \
				$((ns / 1000)) $((ns % 1000)) "$shift_ns"
		}
}

bench_ports() {
	bench_run ports || return 1
	tr -d '\r' <"$O/tests/bench/ports/serial.log" | sed -n "s/^bench: \(.*\)/\1 (QEMU -icount shift=$shift_ns)/p"
}

# The loader's configuration check (the core repeats it once), on the ports bench's
# system: the loader reads the TSC around it.
bench_config_check() {
	local cycles
	cycles=$(tr -d '\r' <"$O/tests/bench/ports/serial.log" |
		sed -n 's/^PRTOS loader: configuration checked in \([0-9]*\) TSC cycles$/\1/p')
	[ -n "$cycles" ] || { echo "bench: no configuration check time in the ports log"; return 1; }
	printf 'configuration check at boot: %s TSC cycles, once in the loader and once in the core, for tests/bench/ports (QEMU -icount shift=%s)\n' \
		"$cycles" "$shift_ns"
}

# footprint: the core's memory (its code and data, then its fixed zeroed data), its RAM
# with the pools the configuration sizes (prtosinspect's "core memory" line: image and
# pools) for helloworld and showcase, and the loader's size.
bench_footprint() {
	local sys ram
	size -A "$O/core/prtos_core.elf" | awk '
		/^\.(text|rodata|data)/ { image += $2 } /^\.bss/ { bss += $2 }
		END { printf "footprint: core image %d KiB, core zeroed data %d KiB", image / 1024, bss / 1024 }'
	for sys in helloworld showcase; do
		ram=$("$O/tools/prtosinspect" "$O/examples/$sys/resident_sw" |
			sed -n 's/^core memory: .* = \([0-9]*\) KiB;.*/\1/p')
		printf ', core RAM %s KiB for %s' "${ram:-?}" "$sys"
	done
	printf ', resident loader %d KiB\n' $(($(stat -c %s "$O/loader/rsw.bin") / 1024))
}

bench_jitter
bench_ports
bench_config_check
bench_footprint

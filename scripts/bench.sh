#!/usr/bin/env bash
# `make bench`: every figure of the benchmarks in tests/bench, each next to the
# floor the bare kernel measures in the same run, under QEMU -icount (1 guest
# instruction = 1 ns of virtual time at shift=0; the TSC counts virtual time).
# The SMP rows come from a second build of the core, with CONFIG_SMP=y, in
# $O/bench-smp: the smp benchmark on two CPUs (-smp 2), and ports, sched, timer and
# boot again on one (the lock and per-CPU look-ups of CONFIG_SMP, next to SMP off).
# Prints a Markdown table; writes $O/bench/bench.json, gnuplot's data and
# $O/bench/bench.svg (the jitter and latency distributions). Targets are
# printed with pass or miss; they never make it fail. It fails when a benchmark
# does not build, does not run to its end, or a figure is missing.
#   BENCH_QUICK=1         a handful of samples each, in $O/tests/bench-quick and
#                         $O/bench-quick (make check's smoke test)
#   BENCH_ICOUNT_SHIFT=N  another -icount shift (figures become 2^N ns per instruction)
set -u
top=$(cd "$(dirname "$0")/.." && pwd)
. "$top/scripts/qemu.sh"
O=${O:-$top/build}
shift_ns=${BENCH_ICOUNT_SHIFT:-0}
if [ -n "${BENCH_QUICK:-}" ]; then
	build=$O/tests/bench-quick out=$O/bench-quick cflags=-DBENCH_QUICK
else
	build=$O/tests/bench out=$O/bench cflags=
fi
benches="bare ports sched timer boot"
smp1_benches="ports sched timer boot" # again with the SMP core, on one CPU
smp_O=$O/bench-smp
mkdir -p "$out"
rm -f "$out"/*.dat "$out/bench.json" "$out/bench.svg"

# bench_build NAME [SRC [CORE_O]]: builds tests/bench/SRC (default NAME) against the
# core of CORE_O (default $O) in $build/NAME.
bench_build() {
	mkdir -p "$build/$1"
	make -s -C "$top/tests/bench/${2:-$1}" B="$build/$1" O="${3:-$O}" BENCH_CFLAGS="$cflags" \
		>"$build/$1/build.log" 2>&1 ||
		{ echo "bench: $1 build failed, see $build/$1/build.log" >&2; return 1; }
}

# The SMP core, tools, loader and libraries, in $smp_O: the default configuration
# with CONFIG_SMP=y (its other options at their defaults).
smp_core_build() {
	local seed=$smp_O/smp.defconfig config=:
	mkdir -p "$smp_O"
	{ cat "$top/configs/qemu_i386_defconfig" && echo CONFIG_SMP=y; } >"$seed.new"
	# A new .config only when the seed changed: everything builds again after one.
	if [ -f "$smp_O/.config" ] && cmp -s "$seed.new" "$seed"; then
		rm -f "$seed.new"
	else
		mv "$seed.new" "$seed" && cp "$seed" "$smp_O/.config" && config="make -s -C $top O=$smp_O olddefconfig"
	fi
	{ $config && grep -qx CONFIG_SMP=y "$smp_O/.config" &&
		make -s -C "$top" O="$smp_O" tools core loader libs; } >"$smp_O/build.log" 2>&1 ||
		{ echo "bench: the SMP core's build failed, see $smp_O/build.log" >&2; return 1; }
}

# bench_boot NAME [QEMU ARGS...]: boots it; its serial log is $build/NAME/serial.log.
bench_boot() {
	local B=$build/$1 image=$build/$1/resident_sw status
	[ "$1" = bare ] && image=$B/bare.elf
	shift
	rm -f "$B/serial.log"
	timeout 600 "$QEMU" -kernel "$image" "${QEMU_COMMON_ARGS[@]}" "$@" \
		-icount "shift=$shift_ns,sleep=off" -serial "file:$B/serial.log" -monitor none </dev/null
	status=$?
	if [ "$(qemu_halt_code $status)" != 0 ] || ! tr -d '\r' <"$B/serial.log" | grep -q '^bench: done$' ||
		grep -q 'Verification Failed' "$B/serial.log"; then
		echo "bench: ${B##*/} did not run to its end (QEMU status $status), see $B/serial.log" >&2
		return 1
	fi
}

# What the core prints: slot starts and the latest of them, the loader's check.
core_values() {
	tr -d '\r' <"$build/sched/serial.log" |
		sed -n 's/^\[PRTOS\] \([0-9]*\) slot starts, [0-9]* missed, latest \([0-9]*\) ns .*/value slot_starts \1\nvalue slot_latest \2/p'
	tr -d '\r' <"$build/smp1-sched/serial.log" |
		sed -n 's/^\[PRTOS\] \([0-9]*\) slot starts, [0-9]* missed, latest \([0-9]*\) ns .*/value smp1_slot_starts \1\nvalue smp1_slot_latest \2/p'
	tr -d '\r' <"$build/smp/serial.log" |
		sed -n 's/^\[PRTOS\] CPU \([0-9]\): \([0-9]*\) slot starts, [0-9]* missed, latest \([0-9]*\) ns .*/value smp_cpu\1_starts \2\nvalue smp_cpu\1_latest \3/p'
	tr -d '\r' <"$build/ports/serial.log" |
		sed -n 's/^PRTOS loader: configuration checked in \([0-9]*\) TSC cycles$/value config_check \1/p'
}

# The core's sections; pools are its zeroed objects of 4 KiB or more (page
# tables, channel buffers, control tables, kernel stacks: sized by Kconfig).
footprint_values() {
	local elf=$O/core/prtos_core.elf mem
	size -A "$elf" | awk '$1 ~ /^\.(text|rodata|data|bss)$/ { print "value core_" substr($1, 2), $2 }'
	# The pools helloworld's XML sizes and the core's RAM with them (image + pools),
	# as prtosinspect reads them from the image.
	mem=$("$O/tools/prtosinspect" "$O/examples/helloworld/resident_sw" |
		sed -n 's/^core memory: image [0-9]* KiB + pools \([0-9]*\) KiB = \([0-9]*\) KiB;.*/\1 \2/p')
	echo "value core_pools $((${mem% *} * 1024))"
	echo "value core_ram $((${mem#* } * 1024))"
	echo "value helloworld_image $(stat -c %s "$O/examples/helloworld/resident_sw")"
}

failed=0
for b in $benches; do
	bench_build "$b" || failed=1
done
smp_core_build || exit 1
bench_build smp smp "$smp_O" || failed=1
for b in $smp1_benches; do
	bench_build "smp1-$b" "$b" "$smp_O" || failed=1
done
[ $failed = 0 ] || exit 1
# Two at a time, as make check runs QEMU: a host with spare cores keeps QEMU's
# -icount timing exact (a loaded one moved the core's latest slot start once).
# Under -icount QEMU runs the vCPUs of -smp 2 in turn, in one host thread.
{ bench_boot sched && bench_boot smp1-sched && bench_boot smp -smp 2; } &
sched=$!
for b in $benches; do
	[ "$b" = sched ] || bench_boot "$b" || failed=1
done
for b in $smp1_benches; do
	[ "$b" = sched ] || bench_boot "smp1-$b" || failed=1
done
wait $sched || failed=1
[ $failed = 0 ] || exit 1

qemu_version=$("$QEMU" --version | head -1)
echo "make bench: $qemu_version, -icount shift=$shift_ns,sleep=off;" \
	"times in TSC cycles = guest instructions (1 ns each at shift=0)"
echo
{
	for b in $benches smp; do
		tr -d '\r' <"$build/$b/serial.log" | sed -n 's/^bench: \(calls\|hist\|value\) /\1 /p'
	done
	for b in $smp1_benches; do # the same names, smp1_ before each
		tr -d '\r' <"$build/smp1-$b/serial.log" |
			sed -n 's/^bench: \(calls\|hist\|value\) /\1 smp1_/p'
	done
	core_values
	footprint_values
} >"$out/lines.txt"
awk -v qemu="$qemu_version" -v shift="$shift_ns" -v json="$out/bench.json" -v dat="$out" \
	-f "$top/tests/bench/report.awk" "$out/lines.txt" || exit 1
echo
if command -v gnuplot >/dev/null; then
	gnuplot -e "dir='$out'" "$top/tests/bench/plot.gp" >"$out/gnuplot.log" 2>&1 ||
		{ echo "bench: gnuplot failed, see $out/gnuplot.log" >&2; exit 1; }
	echo "bench: $out/bench.json, $out/bench.svg"
else
	echo "bench: $out/bench.json (no gnuplot: scripts/install-deps.sh installs it for the SVG)"
fi

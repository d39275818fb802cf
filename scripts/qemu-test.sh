#!/usr/bin/env bash
# Runs one QEMU scenario and prints "PASS: <name>" or "FAIL: <name> (why)" (or "SKIP: ...",
# see smp-skip).
#   qemu-test.sh DIR     DIR holds a Makefile (see user/bail/examples/rules.mk) and an
#                        `expect` file:
#     exit N             the core's halt code the run must end with (0: normal halt,
#                        1: health monitor, 2: configuration refused, 3: panic,
#                        4: loader refused the container); "reset": the machine reset
#                        itself (QEMU runs with -no-reboot and exits with status 0);
#                        "none": the system keeps running and the run ends once every
#                        expected line was seen
#     timeout S          wall-clock limit in seconds (default 60)
#     reboot             let the machine reset and boot again (no -no-reboot)
#     qemu ARGS          more QEMU arguments (e.g. "qemu -cpu max")
#     needs CONFIG_X     run only in a build with CONFIG_X=y, else print "SKIP: <name>"
#     smp-skip REASON    under QEMU_SMP of 2 or more, print "SKIP: smpN/<name> (REASON)"
#                        and do not boot (a known fault of the core on several
#                        processors); QEMU_TEST_NO_SKIP=1 boots it all the same
#     expect TEXT        a line containing TEXT must appear, after the previous one;
#                        "expect A && B" wants one line holding both A and B;
#                        "expect ^A" wants a line that starts with A (the core's
#                        own lines: no partition line can start like them)
#     reject TEXT        no line may contain TEXT ("reject ^TEXT": start with it);
#                        a line starting with "PRTOS PANIC", and "Verification
#                        Failed" anywhere, are always rejected
# The serial log is kept in $O/tests/qemu/<name>/serial.log.
# QEMU_SMP=N boots with "-smp N" (unless the expect file's "qemu" line gives its own
# -smp): the result is named smpN/<name> and the logs are kept in
# $O/tests/qemu-smpN/<name>/; the image is the one built in $O/tests/qemu/<name>.
set -u
here=$(cd "$(dirname "$0")" && pwd)
. "$here/qemu.sh"
top=$(cd "$here/.." && pwd)
O=${O:-$top/build}

dir=$(cd "$1" && pwd)
name=$(basename "$dir")
B=$O/tests/qemu/$name
# L: this run's logs; the build's own folder B unless a CPU count is asked for.
smp=${QEMU_SMP:-}
L=$B
if [ -n "$smp" ]; then
	case $smp in
	*[!0-9]* | 0*) echo "FAIL: $name (QEMU_SMP=$smp is not a CPU count)" && exit 1 ;;
	esac
	name=smp$smp/$name
	L=$O/tests/qemu-smp$smp/${B##*/}
fi
log=$L/serial.log
mkdir -p "$B" "$L"

fail() { echo "FAIL: $name ($1)"; exit 1; }

exit_code=0 timeout_s=60 reboot=0 extra_args=() needs=() smp_skip=
expects=() rejects=("^PRTOS PANIC" "Verification Failed")
while IFS= read -r line || [ -n "$line" ]; do
	case "$line" in
	"exit "*) exit_code=${line#exit } ;;
	"timeout "*) timeout_s=${line#timeout } ;;
	reboot) reboot=1 ;;
	"qemu "*) read -r -a extra_args <<<"${line#qemu }" ;;
	"needs "*) needs+=("${line#needs }") ;;
	"smp-skip "*) smp_skip=${line#smp-skip } ;;
	"expect "*) expects+=("${line#expect }") ;;
	"reject "*) rejects+=("${line#reject }") ;;
	"#"* | "") ;;
	*) fail "bad line in expect: $line" ;;
	esac
done <"$dir/expect"

for opt in "${needs[@]}"; do
	grep -q "^$opt=y$" "$O/include/config/auto.conf" 2>/dev/null ||
		{ echo "SKIP: $name (needs $opt)"; exit 0; }
done
if [ -n "$smp_skip" ] && [ "${smp:-1}" -gt 1 ] && [ -z "${QEMU_TEST_NO_SKIP:-}" ]; then
	echo "SKIP: $name ($smp_skip)"
	exit 0
fi
# The expect file's own -smp wins over QEMU_SMP.
smp_args=() own_smp=
for a in "${extra_args[@]}"; do
	[ "$a" = -smp ] && own_smp=1
done
if [ -n "$smp" ] && [ -z "$own_smp" ]; then
	smp_args=(-smp "$smp")
fi

make -s -C "$dir" B="$B" O="$O" >"$L/build.log" 2>&1 || fail "build failed, see $L/build.log"
image=$(make -s -C "$dir" B="$B" O="$O" print-test-image 2>/dev/null)
[ -f "$image" ] || fail "no image $image"

# line_has LINE SPEC: 0 when LINE holds every " && "-separated part of SPEC.
line_has() {
	local line=$1 rest=$2 part
	while :; do
		part=${rest%% && *}
		if [[ "$part" == "^"* ]]; then
			[[ "$line" == "${part#^}"* ]] || return 1
		else
			[[ "$line" == *"$part"* ]] || return 1
		fi
		[ "$part" = "$rest" ] && return 0
		rest=${rest#* && }
	done
}

# seen_all: 0 when every expected text appears in order in the log.
seen_all() {
	local i=0 l
	[ ${#expects[@]} -eq 0 ] && return 0
	while IFS= read -r l; do
		line_has "$l" "${expects[$i]}" && i=$((i + 1))
		[ "$i" -eq ${#expects[@]} ] && return 0
	done <"$log"
	return 1
}

: >"$log"
# QEMU_TEST_UART1=1 (make coverage): the second UART's bytes to $B/uart1.bin.
uart1_args=()
[ -n "${QEMU_TEST_UART1:-}" ] && : >"$L/uart1.bin" && uart1_args=(-serial "file:$L/uart1.bin")
qemu_args=()
for a in "${QEMU_COMMON_ARGS[@]}"; do
	[ "$reboot" = 1 ] && [ "$a" = -no-reboot ] && continue
	qemu_args+=("$a")
done
qemu_icount_for_smp "${extra_args[@]}" # the scenario's own processors (its qemu line)
timeout "$timeout_s" "$QEMU" -kernel "$image" "${qemu_args[@]}" "${QEMU_ICOUNT_ARGS[@]}" "${extra_args[@]}" \
	"${smp_args[@]}" -serial "file:$log" "${uart1_args[@]}" -monitor none </dev/null >"$L/qemu.log" 2>&1 &
qemu_pid=$!
if [ "$exit_code" = none ]; then
	# The system keeps running: stop it once the log holds every expected line.
	while kill -0 "$qemu_pid" 2>/dev/null && ! seen_all; do sleep 0.2; done
	kill "$qemu_pid" 2>/dev/null
	wait "$qemu_pid" 2>/dev/null
	status=none
else
	wait "$qemu_pid"
	status=$?
	[ "$status" -eq 124 ] && fail "timeout after ${timeout_s}s, see $log"
	if [ "$exit_code" = reset ]; then
		[ "$status" -eq 0 ] || fail "QEMU status $status, expected a reset (0), see $log"
	fi
	code=$(qemu_halt_code "$status")
	[ "$exit_code" = reset ] && code=reset
	[ "$code" = "$exit_code" ] || fail "halt code $code (QEMU status $status), expected $exit_code, see $log"
fi
tr -d '\r' <"$log" >"$log.tmp" && mv "$log.tmp" "$log"
# log_has SPEC: 0 when a line of the log matches SPEC (see line_has).
log_has() {
	local l
	while IFS= read -r l; do
		line_has "$l" "$1" && return 0
	done <"$log"
	return 1
}

for r in "${rejects[@]}"; do
	log_has "$r" && fail "log has \"$r\", see $log"
done
seen_all || fail "expected lines missing, see $log"
# With -smp N from QEMU_SMP, the core's count ("CPUs: K present (source)") must be N, so
# that a pass cannot boot one processor unnoticed. The MP table is exempt: QEMU's SeaBIOS
# lists there only the processors it woke itself.
if [ ${#smp_args[@]} -gt 0 ]; then
	cpus=$(sed -n 's/^CPUs: \([0-9]*\) present (\([^)]*\)).*/\1 \2/p' "$log" | head -n 1)
	if [ -n "$cpus" ] && [ "${cpus#* }" != "MP table" ] && [ "${cpus%% *}" != "$smp" ]; then
		fail "the core found ${cpus%% *} processors (${cpus#* }) under -smp $smp, see $log"
	fi
fi
if [ -n "$smp" ] && [ -n "$own_smp" ]; then
	echo "PASS: $name (its own qemu ${extra_args[*]})"
else
	echo "PASS: $name"
fi

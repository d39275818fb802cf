#!/usr/bin/env bash
# Runs one QEMU scenario and prints "PASS: <name>" or "FAIL: <name> (why)".
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
#     expect TEXT        a line containing TEXT must appear, after the previous one;
#                        "expect A && B" wants one line holding both A and B;
#                        "expect ^A" wants a line that starts with A (the core's
#                        own lines: no partition line can start like them)
#     reject TEXT        no line may contain TEXT ("reject ^TEXT": start with it);
#                        a line starting with "PRTOS PANIC", and "Verification
#                        Failed" anywhere, are always rejected
# The serial log is kept in $O/tests/qemu/<name>/serial.log.
set -u
here=$(cd "$(dirname "$0")" && pwd)
. "$here/qemu.sh"
top=$(cd "$here/.." && pwd)
O=${O:-$top/build}

dir=$(cd "$1" && pwd)
name=$(basename "$dir")
B=$O/tests/qemu/$name
log=$B/serial.log
mkdir -p "$B"

fail() { echo "FAIL: $name ($1)"; exit 1; }

exit_code=0 timeout_s=60 reboot=0 extra_args=() needs=()
expects=() rejects=("^PRTOS PANIC" "Verification Failed")
while IFS= read -r line || [ -n "$line" ]; do
	case "$line" in
	"exit "*) exit_code=${line#exit } ;;
	"timeout "*) timeout_s=${line#timeout } ;;
	reboot) reboot=1 ;;
	"qemu "*) read -r -a extra_args <<<"${line#qemu }" ;;
	"needs "*) needs+=("${line#needs }") ;;
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
make -s -C "$dir" B="$B" O="$O" >"$B/build.log" 2>&1 || fail "build failed, see $B/build.log"
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
[ -n "${QEMU_TEST_UART1:-}" ] && : >"$B/uart1.bin" && uart1_args=(-serial "file:$B/uart1.bin")
qemu_args=()
for a in "${QEMU_COMMON_ARGS[@]}"; do
	[ "$reboot" = 1 ] && [ "$a" = -no-reboot ] && continue
	qemu_args+=("$a")
done
qemu_icount_for_smp "${extra_args[@]}" # the scenario's own processors (its qemu line)
timeout "$timeout_s" "$QEMU" -kernel "$image" "${qemu_args[@]}" "${QEMU_ICOUNT_ARGS[@]}" "${extra_args[@]}" \
	-serial "file:$log" "${uart1_args[@]}" -monitor none </dev/null >"$B/qemu.log" 2>&1 &
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
echo "PASS: $name"

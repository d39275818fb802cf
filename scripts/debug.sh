#!/usr/bin/env bash
# `make debug` and `make debug-server`: boots a system in QEMU paused at the reset
# vector, with its GDB stub on 127.0.0.1, and writes DIR/gdbinit (debug-gdbinit.sh).
#   debug.sh gdb DIR      then runs gdb on DIR/gdbinit here; QEMU ends with gdb
#   debug.sh server DIR   then waits until QEMU exits (Ctrl-C ends it sooner)
# DIR holds the system's resident_sw and partition ELFs ($O/examples/<name>). The
# serial console goes to stdout. DEBUG_PORT=N: the stub's port (default: the first
# free one from 1234). GDB=...: the debugger (default gdb). Exit status: gdb's, or
# as run-qemu.sh's (0 for a normal halt, 10 + code for a halt code).
set -u
here=$(cd "$(dirname "$0")" && pwd)
. "$here/qemu.sh"

usage="usage: debug.sh gdb|server DIR"
mode=${1:?$usage}
dir=$(cd "${2:?$usage}" && pwd) || exit 2
image=$dir/resident_sw
[ -f "$image" ] || { echo "debug.sh: $image: no such image (run make first)" >&2; exit 2; }
case "$mode" in gdb | server) ;; *) echo "$usage" >&2; exit 2 ;; esac

# The tests' 16 ns per instruction, but with sleep=on: under sleep=off QEMU moves
# virtual time on to the next timer deadline when it resumes from a stop, so each
# breakpoint could end the running slot (doc/debugging.md).
DEBUG_ICOUNT_ARGS=(-icount shift=4)

# listening_inodes PORT: the inodes of the sockets that listen on TCP PORT.
listening_inodes() {
	awk -v p="$(printf ':%04X' "$1")" '$4 == "0A" && substr($2, length($2) - 4) == p {
		print $10 }' /proc/net/tcp /proc/net/tcp6 2>/dev/null
}

# listens PID PORT: 0 when process PID holds a socket listening on TCP PORT.
listens() {
	local inode
	for inode in $(listening_inodes "$2"); do
		find "/proc/$1/fd" -lname "socket:\[$inode\]" 2>/dev/null | grep -q . && return 0
	done
	return 1
}

qemu_pid=
stop_qemu() {
	[ -n "$qemu_pid" ] && kill "$qemu_pid" 2>/dev/null
	qemu_pid=
}
trap stop_qemu EXIT
trap 'exit 130' INT TERM HUP

# start_qemu PORT: QEMU paused with its stub on PORT; 0 once it listens, 1 if
# the port was taken, 2 if QEMU failed otherwise. QEMU has a session of its own,
# so that Ctrl-C in gdb stops the target instead of ending QEMU; the kernel kills
# it if this script dies without cleaning up (setpriv --pdeathsig).
start_qemu() {
	local err=$dir/debug-qemu.err _
	setpriv --pdeathsig KILL setsid "$QEMU" -kernel "$image" "${QEMU_COMMON_ARGS[@]}" \
		"${DEBUG_ICOUNT_ARGS[@]}" -monitor none -serial stdio \
		-S -gdb "tcp:127.0.0.1:$1" </dev/null 2>"$err" &
	qemu_pid=$!
	for _ in $(seq 100); do
		listens "$qemu_pid" "$1" && return 0
		kill -0 "$qemu_pid" 2>/dev/null || break
		sleep 0.1
	done
	stop_qemu
	grep -qi 'address already in use' "$err" && return 1
	echo "debug.sh: QEMU did not start its GDB stub on port $1:" >&2
	cat "$err" >&2
	return 2
}

port=${DEBUG_PORT:-1234}
while :; do
	if [ -z "${DEBUG_PORT:-}" ] && [ -n "$(listening_inodes "$port")" ]; then
		status=1
	else
		start_qemu "$port"
		status=$?
	fi
	[ $status -eq 0 ] && break
	if [ $status -eq 2 ] || [ -n "${DEBUG_PORT:-}" ] || [ "$port" -ge 1334 ]; then
		[ $status -eq 1 ] && echo "debug.sh: port $port is taken" >&2
		exit 2
	fi
	port=$((port + 1))
done

"$here/debug-gdbinit.sh" "$dir" "$port" >"$dir/gdbinit" || exit 2
echo "PRTOS debug: QEMU is paused at the reset vector, GDB stub on 127.0.0.1:$port"
if [ "$mode" = gdb ]; then
	trap - INT # Ctrl-C belongs to gdb: it stops the target
	${GDB:-gdb} -q -x "$dir/gdbinit"
	exit $?
fi
echo "Connect with: ${GDB:-gdb} -x $dir/gdbinit"
echo "(Ctrl-C here ends QEMU.)"
wait "$qemu_pid"
status=$?
qemu_pid=
code=$(qemu_halt_code "$status")
case "$code" in
0) echo "PRTOS halted with code 0"; exit 0 ;;
-1) echo "QEMU exited with status $status"; exit "$status" ;;
*) echo "PRTOS halted with code $code"; exit $((10 + code)) ;;
esac

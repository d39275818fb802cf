#!/usr/bin/env bash
# Build test: `make debug-server` and its gdbinit (doc/debugging.md). A scripted gdb
# session stops in the core's hypercall entry and in a partition's partition_main,
# checks both backtraces and, from the core, the libprtos stub that made the
# hypercall, and lets helloworld run to its normal halt. A second one stops with
# prtos-break in partition 1 of tests/build/debug/twins, where both partitions
# run the same code at the same virtual address, and partition 0 runs it first.
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
O=${O:-$top/build}
export O
B=$O/tests/build/debug
mkdir -p "$B"

server_pid=
stop_server() { [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null; }
trap stop_server EXIT

# start_server NAME COMMAND...: runs a debug server (its output in $B/NAME.server.log)
# and sets gdbinit to the file it names; 1 if none is named within 60 s.
start_server() {
	local name=$1 _
	shift
	timeout 180 "$@" >"$B/$name.server.log" 2>&1 &
	server_pid=$!
	for _ in $(seq 600); do
		gdbinit=$(sed -n 's/^Connect with: gdb -x //p' "$B/$name.server.log")
		[ -n "$gdbinit" ] && return 0
		kill -0 "$server_pid" 2>/dev/null || return 1
		sleep 0.1
	done
	return 1
}

# session NAME GDB-COMMANDS: the gdb session against the server, in $B/NAME.gdb.log;
# then the server's exit status (in server_status) once QEMU has ended.
session() {
	printf '%s\n' "$2" >"$B/$1.gdb"
	timeout 120 gdb -nx -batch -x "$gdbinit" -x "$B/$1.gdb" </dev/null >"$B/$1.gdb.log" 2>&1
	wait "$server_pid"
	server_status=$?
	server_pid=
}

# section LOG TITLE: the lines after "== TITLE" up to the next "== " line.
section() {
	awk -v t="== $2" '$0 == t { on = 1; next } /^== / { on = 0 } on' "$1"
}

# has_frames TEXT FUNCTION...: 0 when TEXT holds backtrace frames of these
# functions, in this order, the first one as frame #0.
has_frames() {
	local text=$1 re="^#0 +$2 " f
	shift 2
	for f in "$@"; do re="$re.*"$'\n'"#[0-9]+ +(0x[0-9a-f]+ in )?$f "; done
	[[ $text =~ $re ]]
}

hello() {
	local t=debug-server-stops-in-core-and-partition log=$B/hello.gdb.log bt
	if ! start_server hello make -s -C "$top" O="$O" EXAMPLE=helloworld debug-server; then
		echo "FAIL: $t (no gdbinit announced, see $B/hello.server.log)"
		return
	fi
	session hello "break hypercall_dispatch
break partition_main
continue
echo == hypercall\\n
bt
prtos-partition
frame function trap_hypercall
print/a args[13]
delete 1
continue
echo == partition\\n
bt
delete
echo == run to the end\\n
continue"
	bt=$(section "$log" hypercall)
	if ! has_frames "$bt" hypercall_dispatch trap_hypercall stub_130; then
		echo "FAIL: $t (backtrace in hypercall_dispatch, see $log)"
	elif ! printf '%s\n' "$bt" | grep -q '^partition 0 runs$' ||
		! printf '%s\n' "$bt" | grep -qE '^\$[0-9]+ = 0x[0-9a-f]+ <(prtos_[a-z_]+|start)\+[0-9]+>$'; then
		echo "FAIL: $t (caller of the hypercall not found in partition 0, see $log)"
	elif ! has_frames "$(section "$log" partition)" partition_main bail_start start; then
		echo "FAIL: $t (backtrace in partition_main, see $log)"
	elif [ "$server_status" -ne 0 ] || ! grep -q '^PRTOS halted with code 0$' "$B/hello.server.log" ||
		! grep -q '^\[P0\] Verification Passed' "$B/hello.server.log"; then
		echo "FAIL: $t (no normal halt: status $server_status, see $B/hello.server.log)"
	else
		echo "PASS: $t"
	fi
}

# twin_at ID: the addresses of greet() that partition ID printed.
twin_at() { sed -n "s/^\\[P$1\\] twin at //p" "$B/twins.server.log"; }

twins() {
	local t=debug-prtos-break-stops-in-one-partition log=$B/twins.gdb.log
	local dir=$O/tests/build/twins
	if ! make -s -C "$top/tests/build/debug/twins" O="$O" B="$dir" >"$B/twins.build.log" 2>&1; then
		echo "FAIL: $t (build failed, see $B/twins.build.log)"
		return
	fi
	if ! start_server twins "$top/scripts/debug.sh" server "$dir"; then
		echo "FAIL: $t (no gdbinit announced, see $B/twins.server.log)"
		return
	fi
	# Partition 0 runs greet() first, at the same address: it must not stop there.
	session twins "prtos-break 1 greet
continue
echo == stopped\\n
prtos-partition
info breakpoints
shell cp $B/twins.server.log $B/twins.server.log.at-stop
shell grep -c '^\\[P0\\] twin at' $B/twins.server.log.at-stop
delete
echo == run to the end\\n
continue"
	local stopped
	stopped=$(section "$log" stopped)
	if ! printf '%s\n' "$stopped" | grep -q '^partition 1 runs$'; then
		echo "FAIL: $t (did not stop in partition 1, see $log)"
	elif ! printf '%s\n' "$stopped" | grep -q 'breakpoint already hit 1 time' ||
		! printf '%s\n' "$stopped" | grep -qE '^[1-9][0-9]*$' ||
		grep -q '^\[P1\] twin at' "$B/twins.server.log.at-stop"; then
		echo "FAIL: $t (not the first stop after partition 0 greeted, see $log)"
	elif [ "$server_status" -ne 0 ] || ! grep -q '^PRTOS halted with code 0$' "$B/twins.server.log"; then
		echo "FAIL: $t (no normal halt: status $server_status, see $B/twins.server.log)"
	elif [ -z "$(twin_at 1)" ] || [ "$(twin_at 0 | head -n 1)" != "$(twin_at 1)" ]; then
		echo "FAIL: $t (the twins greet from different addresses, see $B/twins.server.log)"
	else
		echo "PASS: $t"
	fi
}

if ! command -v gdb >/dev/null; then
	echo "FAIL: debug-server-stops-in-core-and-partition (no gdb: make deps)"
	exit 0
fi
hello
twins

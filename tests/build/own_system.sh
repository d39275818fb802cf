#!/usr/bin/env bash
# doc/own-system.md, run as written: its files (a code block after a
# "<!-- file: PATH -->" line) are written, and its ```sh blocks run one after the
# other, in a folder that holds "prtos" (this tree) and the guide's "mysys", outside
# the tree. Then the run must show what the guide says it shows.
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
O=${O:-$top/build}
work=$O/tests/build/own_system
rm -rf "$work"
mkdir -p "$work"
ln -s "$top" "$work/prtos"

pass() { echo "PASS: $1"; }
fail() { echo "FAIL: $1 ($2)"; }

# Writes the guide's files under $work and its commands to $work/commands.sh.
awk -v dir="$work" '
	/^<!-- file: .* -->$/ { file = $3; next }
	/^```/ && !inblock {
		inblock = 1; lang = substr($0, 4)
		if (file != "") {
			out = dir "/" file
			path = out; sub(/\/[^\/]*$/, "", path)
			system("mkdir -p \"" path "\"")
			printf "" > out
		}
		else if (lang == "sh") { out = dir "/commands.sh" }
		else { out = "" }
		next
	}
	/^```$/ && inblock { inblock = 0; if (out != "") close(out); file = ""; out = ""; next }
	inblock && out != "" { print >> out }
' "$top/doc/own-system.md"

if [ ! -s "$work/commands.sh" ] || [ ! -f "$work/mysys/Makefile" ]; then
	fail "own-system-guide" "no commands or files found in doc/own-system.md"
	exit 0
fi
# The build directory of this tree is the one make check uses (O).
(cd "$work" && O="$O" timeout 600 bash -e commands.sh </dev/null) >"$work/run.log" 2>&1
status=$?
if [ $status -eq 0 ] && grep -q '^\[P0\] Hello World!' "$work/run.log" &&
	[ -f "$work/mysys/build/resident_sw" ] &&
	grep -q '^\[Controller\] reading 20$' "$work/run.log" &&
	grep -q '^\[Controller\] reading 22$' "$work/run.log" &&
	grep -q '^\[Supervisor\] ten frames done, halting the system$' "$work/run.log" &&
	grep -q '^\[PRTOS\] system halted by P2 (Supervisor)' "$work/run.log"; then
	pass "own-system-guide"
else
	fail "own-system-guide" "status $status, see $work/run.log"
fi

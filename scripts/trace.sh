#!/usr/bin/env bash
# `make trace`: builds a system with the trace export (Kconfig TRACE_EXPORT) in a build
# folder of its own, boots it in QEMU with its second UART captured to a file, and
# turns the capture into Chrome trace-event JSON with prtostrace (doc/tracing.md).
#   trace.sh SYSTEM_DIR
# O is the user's build folder (its .config is the base; nothing in O but O/trace
# changes). The trace build is TRACE_O (default O/trace): its .config is O's with
# configs/trace.config applied. TRACE_TIMEOUT (default 30) is the wall-clock limit, in
# seconds, of a system that does not halt by itself. Writes TRACE_O/<name>.json.
set -u
here=$(cd "$(dirname "$0")" && pwd)
. "$here/qemu.sh"
top=$(cd "$here/.." && pwd)
O=${O:-$top/build}
T=${TRACE_O:-$O/trace}
timeout_s=${TRACE_TIMEOUT:-30}

fail() { echo "make trace: $*" >&2; exit 1; }
# $1, from the top of the tree when it lies inside it.
rel() { case $1 in "$top"/*) echo "${1#"$top"/}" ;; *) echo "$1" ;; esac; }

[ -f "${1:-}/Makefile" ] || fail "${1:-}: no system folder with a Makefile"
dir=$(cd "$1" && pwd)
name=$(basename "$dir")
B=$T/examples/$name
[ -f "$O/.config" ] || fail "no $O/.config (run make defconfig)"
mkdir -p "$T"

# The trace build's .config: O's, without the symbols the fragment sets, then the
# fragment. Copied only when it changes, so that a second run rebuilds nothing.
frag=$top/configs/trace.config
awk 'NR == FNR { if (match($0, /^CONFIG_[A-Za-z0-9_]+=/)) set[substr($0, 1, RLENGTH - 1)] = 1; next }
     { sym = $0; if (sub(/^# /, "", sym)) sub(/ is not set$/, "", sym); else sub(/=.*/, "", sym) }
     !(sym in set)' "$frag" "$O/.config" >"$T/.config.in"
grep '^CONFIG_' "$frag" >>"$T/.config.in"
if ! cmp -s "$T/.config.in" "$T/.config.base"; then
	cp "$T/.config.in" "$T/.config.base"
	cp "$T/.config.in" "$T/.config"
fi

make -s --no-print-directory -C "$top" O="$T" tools core loader libs >"$T/build.log" 2>&1 ||
	fail "the trace build failed, see $T/build.log"
grep -q '^CONFIG_TRACE_EXPORT=y$' "$T/.config" ||
	fail "Kconfig did not take CONFIG_TRACE_EXPORT=y (see $T/.config)"
make -s --no-print-directory -C "$dir" O="$T" B="$B" >>"$T/build.log" 2>&1 ||
	fail "building $name failed, see $T/build.log"

log=$T/$name.log
capture=$T/$name.uart1
json=$T/$name.json
echo "  QEMU    $name, console in $(rel "$log"), trace export in $(rel "$capture")"
timeout "$timeout_s" "$QEMU" -kernel "$B/resident_sw" "${QEMU_COMMON_ARGS[@]}" \
	"${QEMU_ICOUNT_ARGS[@]}" -serial "file:$log" -serial "file:$capture"
status=$?
code=$(qemu_halt_code "$status")
case "$code" in
0) ;;
-1) if [ "$status" -eq 124 ]; then
	echo "          stopped after ${timeout_s} s (TRACE_TIMEOUT)"
else
	fail "QEMU exited with status $status"
fi ;;
*) echo "          PRTOS halted with code $code" ;;
esac
"$T/tools/prtostrace" -v -c "$B/prtos_cf.bin" -o "$json" "$capture" || exit 1
echo "  TRACE   $(rel "$json") (open it in ui.perfetto.dev or chrome://tracing)"

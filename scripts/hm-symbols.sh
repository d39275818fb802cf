#!/usr/bin/env bash
# Annotates a PRTOS console log with symbols: a filter from standard input to standard
# output that adds "[function at file:line]" to
#   - the health monitor's lines of a partition: "[HM] P<id> ... at ip 0x<address> ...",
#     from that partition's ELF;
#   - the core's panic dump: "  eip <address> ...", from the core's ELF.
#   hm-symbols.sh DIR    DIR: the system's build folder, with images.txt (rules.mk writes
#                        it: "core ELF" and "<partition id> ELF" lines)
# Other lines pass through unchanged, one by one, so that it can follow a live run
# (make run pipes QEMU's console through it).
set -u
dir=${1:?usage: hm-symbols.sh BUILD_DIR < console.log}
declare -A elf=()
if [ -f "$dir/images.txt" ]; then
	while read -r id path; do
		elf[$id]=$path
	done <"$dir/images.txt"
fi

# symbol ELF ADDRESS: "function at file:line", or nothing when the ELF does not know it.
symbol() {
	local out fn where
	[ -n "$1" ] && [ -f "$1" ] || return
	out=$(addr2line -f -e "$1" "$2" 2>/dev/null) || return
	fn=$(sed -n 1p <<<"$out")
	where=$(sed -n 2p <<<"$out")
	[ "$fn" = "??" ] && return
	echo "$fn at ${where##*/}"
}

hm_re='^\[HM\] P([0-9]+)[ :(].* at ip (0x[0-9a-fA-F]+)'
panic_re='^  eip ([0-9a-fA-F]+) '
while IFS= read -r line || [ -n "$line" ]; do
	line=${line%$'\r'}
	sym=
	if [[ $line =~ $hm_re ]]; then
		sym=$(symbol "${elf[${BASH_REMATCH[1]}]:-}" "${BASH_REMATCH[2]}")
	elif [[ $line =~ $panic_re ]]; then
		sym=$(symbol "${elf[core]:-}" "0x${BASH_REMATCH[1]}")
	fi
	if [ -n "$sym" ]; then
		printf '%s  [%s]\n' "$line" "$sym"
	else
		printf '%s\n' "$line"
	fi
done

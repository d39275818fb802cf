#!/usr/bin/env bash
# Build test: single-byte corruptions of helloworld's container are refused, with a
# message, by prtosinspect (which runs the loader's container checker and the boot's
# configuration check) and by the loader itself in QEMU.
#   corrupt_container.sh         (make check) every byte of the header and entry table
#                                with two values, 24 bytes of each padding gap and of each
#                                payload, through prtosinspect; six corrupted images booted
#   corrupt_container.sh --all   (make fuzz-long) every byte of the container through
#                                prtosinspect, and every byte with three values, the
#                                header and entry table with all 255, checked in-process
#                                (tests/tools/corrupt: the same checkers)
# A corruption accepted is a FAIL naming its offset. Prints the counts.
set -u
shopt -s extglob
top=$(cd "$(dirname "$0")/../.." && pwd)
O=${O:-$top/build}
. "$top/scripts/qemu.sh"
inspect=$O/tools/prtosinspect
corrupt=$O/tests/tools/corrupt
mode=${1:-sample}
good=$O/examples/helloworld/resident_sw
# prtosinspect reads the whole resident_sw image in make check, the bare container (smaller) for --all.
image=$good
[ "$mode" = --all ] && image=$O/examples/helloworld/container.bin
work=$O/tests/build/corrupt_container
mkdir -p "$work"
name=container-corruption-prtosinspect
if [ ! -x "$inspect" ] || [ ! -x "$corrupt" ] || [ ! -f "$good" ]; then
	echo "FAIL: $name (prtosinspect, tests/tools/corrupt or helloworld not built)"
	exit 0
fi
layout=$("$corrupt" "$good" layout)
read -r _ hdr total <<<"$layout"
first=$(awk '$1 == "payload" { print $2; exit }' <<<"$layout")

# The byte offsets (and XOR values) to try, one "OFF XOR" per line.
sample_list() {
	local off i gap_from gap_to
	for ((off = 0; off < hdr; off++)); do
		echo "$off 255"
		echo "$off 1"
	done
	# 24 evenly spread bytes of every stretch between the header and the end: padding
	# after the header and after each payload, and the payloads themselves.
	stretches | while read -r gap_from gap_to; do
		for ((i = 0; i < 24; i++)); do
			echo "$((gap_from + (gap_to - gap_from - 1) * i / 23)) 128"
		done
	done
}
# "FROM TO" of each payload and of each gap between them up to the end.
stretches() {
	local kind off size at=$hdr
	while read -r kind off size; do
		[ "$kind" = payload ] || continue
		[ "$off" -gt "$at" ] && echo "$at $off"
		echo "$off $((off + size))"
		at=$((off + size))
	done <<<"$layout"
	[ "$total" -gt "$at" ] && echo "$at $total"
}
all_list() {
	local off
	for ((off = 0; off < total; off++)); do echo "$off 255"; done
}

# check_list LIST: for each "OFF XOR" of LIST, the image with that corruption (written
# by corrupt, a chunk at a time) through prtosinspect: "refused", or "ACCEPTED OFF-XOR" /
# "NOMESSAGE OFF-XOR ..." (no exit status 1 with one of its messages).
check_list() {
	local list=$1 dir=$1.d chunk img out status
	mkdir -p "$dir"
	split -l 256 "$list" "$list.part."
	for chunk in "$list".part.*; do
		"$corrupt" "$image" write-many "$chunk" "$dir" || { echo "ERROR $chunk"; return; }
		for img in "$dir"/*; do
			"$inspect" "$img" >/dev/null 2>"$dir.err"
			status=$?
			out=
			read -r out <"$dir.err"
			if [ $status -eq 0 ]; then
				echo "ACCEPTED ${img##*/}"
			elif [ $status -ne 1 ] || [[ "$out" != "prtosinspect: $img: "@(container: |configuration: |no container found)* ]]; then
				echo "NOMESSAGE ${img##*/} status $status: $out"
			else
				echo "refused"
			fi
			rm -f "$img"
		done
		rm -f "$chunk"
	done
	rm -f "$dir.err"
	rmdir "$dir"
}

# The list, in two halves checked side by side.
rm -rf "$work"/half.*
# (once each: a stretch shorter than 24 bytes gives the same offset twice)
if [ "$mode" = --all ]; then all_list >"$work/list"; else sample_list | awk '!seen[$0]++' >"$work/list"; fi
split -n l/"${CHECK_JOBS:-2}" "$work/list" "$work/half."
start=$(date +%s)
for half in "$work"/half.*; do
	check_list "$half" >"$half.results" &
done
wait
cat "$work"/half.*.results >"$work/results"
tried=$(wc -l <"$work/list")
refused=$(grep -c '^refused$' "$work/results")
bad=$(grep -v '^refused$' "$work/results")
echo "$name: $tried corruptions of $(cut -d' ' -f1 "$work/list" | sort -u | wc -l) of the" \
	"container's $total bytes (header and entry table: $hdr bytes), $refused refused with" \
	"a message, in $(($(date +%s) - start)) s"
if [ -n "$bad" ] || [ "$refused" -ne "$tried" ] || [ "$tried" -eq 0 ]; then
	echo "FAIL: $name ($(head -n1 <<<"$bad"); see $work/results)"
else
	echo "PASS: $name ($refused of $tried corruptions refused)"
fi

if [ "$mode" = --all ]; then
	# Every byte with three values, the header and entry table with every value.
	name=container-corruption-sweep
	xs=$(for ((x = 1; x < 256; x++)); do printf '%d ' $x; done)
	# shellcheck disable=SC2086
	if "$corrupt" "$good" sweep 0 "$total" 1 128 255 >"$work/sweep.log" &&
		"$corrupt" "$good" sweep 0 "$hdr" $xs >>"$work/sweep.log"; then
		echo "PASS: $name ($(grep corruptions "$work/sweep.log" | paste -sd ';'))"
	else
		echo "FAIL: $name ($(grep -m1 accepted: "$work/sweep.log"); see $work/sweep.log)"
	fi
	exit 0
fi

# A handful booted: the loader refuses each with its message (halt code 4), nothing runs.
name=container-corruption-boot
boots=0 bad=
for spec in "0 255 bad magic" "20 1 header size does not match" "44 16 header checksum mismatch" \
	"1000 128 padding not zero" "$((first + 64)) 1 checksum mismatch" \
	"$((total - 1)) 255 padding not zero"; do
	read -r off x words <<<"$spec"
	img=$work/boot_$off
	log=$img.log
	"$corrupt" "$good" write "$off" "$x" "$img" || { bad="cannot write $img"; break; }
	timeout 30 "$QEMU" -kernel "$img" "${QEMU_COMMON_ARGS[@]}" "${QEMU_ICOUNT_ARGS[@]}" \
		-serial "file:$log" -monitor none </dev/null >/dev/null 2>&1
	code=$(qemu_halt_code $?)
	boots=$((boots + 1))
	if [ "$code" != 4 ] || ! grep -q "^PRTOS loader: container: .*$words" "$log" ||
		! grep -q '^PRTOS loader: boot refused' "$log" || grep -q 'PRTOS hypervisor' "$log"; then
		bad="offset $off xor $x: halt code $code, see $log"
		break
	fi
done
if [ -n "$bad" ]; then
	echo "FAIL: $name ($bad)"
else
	echo "PASS: $name ($boots corrupted images refused by the loader with a message)"
fi

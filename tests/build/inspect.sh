#!/usr/bin/env bash
# Build test: prtosinspect lists a good image, with the core's memory, as "container OK",
# and refuses, with the boot's own words and exit 1, an image whose configuration was
# forged and re-sealed
# (checksums right, a rule of the configuration check broken).
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
O=${O:-$top/build}
inspect=$O/tools/prtosinspect
tamper=$O/tests/tools/tamper
good=$O/examples/helloworld/resident_sw
forged=$O/tests/build/inspect_forged_sw
log=$O/tests/build/inspect.log
mkdir -p "$(dirname "$log")"
if [ ! -x "$inspect" ] || [ ! -x "$tamper" ] || [ ! -f "$good" ]; then
	echo "FAIL: prtosinspect-runs-the-configuration-check (tools or helloworld not built)"
	exit 0
fi
"$inspect" "$good" >"$log" 2>&1
good_status=$?
cp "$good" "$forged" && "$tamper" "$forged" set slot 0 duration 0 >>"$log" 2>&1
"$inspect" "$forged" >>"$log" 2>&1
forged_status=$?
if [ $good_status -ne 0 ] || ! grep -q '^container OK$' "$log" ||
	! grep -q '^core memory: image [0-9]* KiB + pools [0-9]* KiB = ' "$log"; then
	echo "FAIL: prtosinspect-runs-the-configuration-check (good image refused, see $log)"
elif [ $forged_status -ne 1 ] ||
	! grep -q "^prtosinspect: $forged: configuration: slot 0: " "$log"; then
	echo "FAIL: prtosinspect-runs-the-configuration-check (forged image not refused, see $log)"
else
	echo "PASS: prtosinspect-runs-the-configuration-check"
fi

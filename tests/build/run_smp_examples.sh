#!/usr/bin/env bash
# `make run EXAMPLE=smp_hello` and `EXAMPLE=smp_vcpus` in the default build (CONFIG_SMP
# off), as a new user types them: each runs from the SMP build in $O/smp, ends by
# itself, and prints every line its expect file wants (every partition and vCPU).
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
O=${O:-$top/build}
work=$O/tests/build/run_smp_examples
mkdir -p "$work"
[ "$("$top/scripts/arch.sh")" = x86 ] || exit 0 # the only SMP port so far

for e in smp_hello smp_vcpus; do
	log=$work/$e.log
	if grep -q '^CONFIG_SMP=y' "$O/include/config/auto.conf" 2>/dev/null; then
		echo "FAIL: run-$e (the build in $O has CONFIG_SMP: this test wants the default)"
		continue
	fi
	if ! timeout 600 make -s -C "$top" O="$O" run EXAMPLE="$e" </dev/null 2>&1 |
		tr -d '\r' >"$log"; then
		echo "FAIL: run-$e (make run failed or did not end, see $log)"
		continue
	fi
	missing=
	grep -q "^$e names several processors and this build has CONFIG_SMP off" "$log" ||
		missing="the line saying it runs from the SMP build"
	while IFS= read -r want; do # "^TEXT": a line that starts with TEXT
		awk -v w="$want" 'BEGIN { a = substr(w, 1, 1) == "^"; if (a) w = substr(w, 2) }
			(a && index($0, w) == 1) || (!a && index($0, w)) { found = 1 }
			END { exit !found }' "$log" || missing="$want"
	done < <(sed -n 's/^expect //p' "$top/user/bail/examples/$e/expect")
	if [ -n "$missing" ]; then
		echo "FAIL: run-$e (no line \"$missing\", see $log)"
	else
		echo "PASS: run-$e"
	fi
done

#!/bin/bash
# Configuration catalogue: every good-*.xml must compile (exit 0, no error line);
# every bad-*.xml must fail (exit 1) with the diagnostic named in its first lines:
#   <!-- expect: :LINE: substring -->   stderr must contain "<file>:LINE: " and substring.
# every warn-*.xml must compile (exit 0) and print the warning named the same way.
# The files of cpus4/ (several processors, vCPUs) are run the same way with a prtoscc
# built with Kconfig CONFIG_MAX_CPUS=4 (tests/config/cpus4.sh).
# Usage: run.sh PATH/TO/prtoscc        Prints PASS/FAIL per case; exit 1 if any failed.
#        (cpus4/ builds in the build folder of PATH/TO/prtoscc: $O of $O/tools/prtoscc)
set -u
cc=${1:?usage: run.sh PATH/TO/prtoscc}
dir=$(cd "$(dirname "$0")" && pwd)
build=$(cd "$(dirname "$cc")/.." && pwd) # $O of $O/tools/prtoscc
tmp=$(mktemp -d)
mkdir -p "$tmp/cpus4"
trap 'rm -rf "$tmp"' EXIT
failed=0

fail() { echo "FAIL: $1 ($2)"; failed=$((failed + 1)); }

# run_good|run_bad|run_warn PRTOSCC FILE: the case is named after the file (cpus4/NAME for
# the multi-processor ones).
case_name() { echo "$1" | sed "s|^$dir/||; s|\.xml\$||"; }

run_good() {
	local cc=$1 f=$2 name rc
	name=$(case_name "$f")
	"$cc" -o "$tmp/$name.bin" "$f" 2>"$tmp/err"
	rc=$?
	if [ $rc -ne 0 ]; then
		fail "$name" "exit $rc: $(head -n1 "$tmp/err")"
	elif [ ! -s "$tmp/$name.bin" ]; then
		fail "$name" "no blob written"
	else
		echo "PASS: $name"
	fi
}

run_bad() {
	local cc=$1 f=$2 name expect line text rc
	name=$(case_name "$f")
	expect=$(head -n 3 "$f" | sed -n 's/.*<!-- expect: \(.*\) -->.*/\1/p' | head -n1)
	if [ -z "$expect" ]; then
		fail "$name" "no expect comment"
		return
	fi
	line=${expect%%: *}     # ":14"
	text=${expect#*: }      # "overlaps"
	"$cc" -o "$tmp/$name.bin" "$f" 2>"$tmp/err"
	rc=$?
	if [ $rc -ne 1 ]; then
		fail "$name" "exit status $rc, expected 1"
	elif [ -e "$tmp/$name.bin" ]; then
		fail "$name" "a blob was written despite errors"
	elif ! grep -F -- "$f$line: " "$tmp/err" | grep -qF -- "$text"; then
		fail "$name" "no '$f$line: ...$text' in: $(head -n1 "$tmp/err")"
	else
		echo "PASS: $name"
	fi
}

run_warn() {
	local cc=$1 f=$2 name expect line text rc
	name=$(case_name "$f")
	expect=$(head -n 3 "$f" | sed -n 's/.*<!-- expect: \(.*\) -->.*/\1/p' | head -n1)
	line=${expect%%: *}
	text=${expect#*: }
	"$cc" -o "$tmp/$name.bin" "$f" 2>"$tmp/err"
	rc=$?
	if [ $rc -ne 0 ]; then
		fail "$name" "exit status $rc, expected 0 (a warning only)"
	elif ! grep -F -- "$f$line: warning: " "$tmp/err" | grep -qF -- "$text"; then
		fail "$name" "no '$f$line: warning: ...$text' in: $(head -n1 "$tmp/err")"
	else
		echo "PASS: $name"
	fi
}

for f in "$dir"/good-*.xml; do run_good "$cc" "$f"; done
for f in "$dir"/warn-*.xml; do run_warn "$cc" "$f"; done
for f in "$dir"/bad-*.xml; do run_bad "$cc" "$f"; done
if cc4=$(bash "$dir/cpus4.sh" "$build"); then
	for f in "$dir"/cpus4/good-*.xml; do run_good "$cc4" "$f"; done
	for f in "$dir"/cpus4/warn-*.xml; do run_warn "$cc4" "$f"; done
	for f in "$dir"/cpus4/bad-*.xml; do run_bad "$cc4" "$f"; done
else
	fail cpus4 "no prtoscc with CONFIG_MAX_CPUS=4, see $build/tests/config/cpus4.log"
fi
# Every message of prtoscc has a bad file, and doc/prtoscc-checks.md lists them (messages.sh).
while IFS= read -r l; do
	echo "$l"
	[[ "$l" == FAIL:* ]] && failed=$((failed + 1))
done < <(bash "$dir/messages.sh" "$cc")
exit $((failed != 0))

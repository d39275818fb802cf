#!/usr/bin/env bash
# The mutation catalogue of `make mutate` is up to date: every entry's text is found
# exactly once in the file it names (scripts/mutate.sh with MUTATE_DRY=1, on copies of
# those files: no build, no test), and there are at least 60 of them.
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
out=$(MUTATE_DRY=1 bash "$top/scripts/mutate.sh" 2>&1)
status=$?
n=$(echo "$out" | grep -c '^APPLIES')
if [ $status -ne 0 ]; then
	echo "FAIL: mutate_catalogue ($(echo "$out" | grep -E '^STALE|catalogue' | head -3 | tr '\n' ' '))"
elif [ "$n" -lt 60 ]; then
	echo "FAIL: mutate_catalogue (only $n mutants, at least 60)"
else
	echo "PASS: mutate_catalogue ($n mutants apply)"
fi

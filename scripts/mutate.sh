#!/usr/bin/env bash
# Mutation testing (`make mutate`, doc/testing.md#mutation-testing): applies each
# mutant of tests/mutate/catalogue.txt, one at a time, to a scratch copy of the tree
# ($O/mutate/src, never the working tree), rebuilds it incrementally ($O/mutate/obj),
# runs the tests the mutant names and prints "KILLED <name> by <test>" or
# "SURVIVED <name>". Ends with "N mutants, K killed (P %)".
#   mutate.sh [PATTERN]   PATTERN: a grep -E pattern on mutant names (default: all)
# Environment: MUTATE_CATALOGUE (another catalogue), MUTATE_BASELINE=0 (skip the run
# of the selected tests on the unmutated copy, which must pass), MUTATE_DRY=1 (only
# check that every selected entry applies: no build, no test).
#
# A catalogue entry (blank lines and "#" comments between entries):
#   [name]
#   file   path/from/the/top.c
#   find   text that occurs exactly once in the file (\n: newline, \t: tab)
#   repl   what replaces it (may be empty)
#   tests  kernel:PROG unit:PROG config qemu:SCENARIO hm:PATTERN build:SCRIPT ...
# A "find" that does not occur exactly once is a stale entry: reported as STALE, and
# the run fails. So is a mutant that no longer builds (BROKEN).
set -u
top=$(cd "$(dirname "$0")/.." && pwd)
O=${O:-$top/build}
# The copy's makes find their tree themselves: never the working tree that `make`
# exports.
unset TOPDIR
catalogue=${MUTATE_CATALOGUE:-$top/tests/mutate/catalogue.txt}
pattern=${1:-.}
W=$O/mutate
src=$W/src
obj=$W/obj
log=$W/log
results=$W/results.txt

# --- the catalogue ---------------------------------------------------------------
names=() files=() finds=() repls=() tests=()
parse_catalogue() {
	local line key value n=-1 lineno=0
	while IFS= read -r line || [ -n "$line" ]; do
		lineno=$((lineno + 1))
		case "$line" in
		"" | "#"*) continue ;;
		"["*"]")
			n=$((n + 1))
			names[n]=${line:1:${#line}-2} files[n]= finds[n]= repls[n]= tests[n]=
			continue
			;;
		esac
		[ $n -ge 0 ] || { echo "$catalogue:$lineno: text before the first [name]" >&2; exit 2; }
		read -r key value <<<"$line"
		case "$key" in
		file) files[n]=$value ;;
		find) finds[n]=$value ;;
		repl) repls[n]=$value ;;
		tests) tests[n]=$value ;;
		*) echo "$catalogue:$lineno: unknown key \"$key\"" >&2; exit 2 ;;
		esac
	done <"$catalogue"
	for n in "${!names[@]}"; do
		[ -n "${files[n]}" ] && [ -n "${finds[n]}" ] && [ -n "${tests[n]}" ] || {
			echo "$catalogue: [${names[n]}] needs file, find and tests" >&2
			exit 2
		}
	done
	local dup
	for n in "${!names[@]}"; do
		for t in ${tests[n]}; do
			test_known "$t" || { echo "$catalogue: [${names[n]}] names no test: $t" >&2; exit 2; }
		done
	done
	dup=$(printf '%s\n' "${names[@]}" | sort | uniq -d)
	[ -z "$dup" ] || { echo "$catalogue: names used twice: $dup" >&2; exit 2; }
}

# --- the scratch copy --------------------------------------------------------------
# Copies every file of the tree (tracked or not ignored) that differs from the copy,
# and removes from the copy the files the tree does not have.
# A plain cp gives the copy a new mtime, so that make rebuilds what changed.
sync_tree() {
	local f list=$W/files
	(cd "$top" && git ls-files -co --exclude-standard) | sort >"$list"
	while IFS= read -r f; do
		[ -f "$top/$f" ] || continue
		cmp -s "$top/$f" "$src/$f" && continue
		mkdir -p "$(dirname "$src/$f")"
		cp "$top/$f" "$src/$f"
	done <"$list"
	# Files the tree no longer has go too (folders of scenarios are found by wildcards).
	(cd "$src" && find . -type f | sed 's|^\./||' | sort) | comm -23 - "$list" |
		while IFS= read -r f; do rm -f "$src/$f"; done
	# The configuration: the tree's own.
	if [ -f "$O/.config" ] && ! cmp -s "$O/.config" "$obj/.config"; then
		cp "$O/.config" "$obj/.config"
	fi
}

# The file being mutated, and its unmutated copy: restored from there, not from the
# working tree, which may change while a run goes on.
current=
restore() {
	[ -n "$current" ] && cp "$W/orig" "$src/$current"
	current=
}
trap restore EXIT
trap 'restore; exit 130' INT TERM

# apply N: the edit of mutant N in the copy; 1 if its text is not there exactly once.
# In find and repl, \n is a newline, \t a tab and \\ a backslash.
apply() {
	local f=$src/${files[$1]}
	[ -f "$f" ] || return 1
	cp "$f" "$W/orig"
	current=${files[$1]}
	FIND=${finds[$1]} REPL=${repls[$1]} perl -0777 -i -pe '
		BEGIN {
			sub unescape { my $s = shift; $s =~ s/\\([nt\\])/$1 eq "n" ? "\n" : $1 eq "t" ? "\t" : "\\"/ge; $s }
			$find = unescape($ENV{FIND}); $repl = unescape($ENV{REPL});
		}
		$n = () = /\Q$find\E/g;
		if ($n != 1) { $bad = 1; } else { s/\Q$find\E/$repl/; }
		END { exit 1 if $bad }' "$f"
}

# --- building and testing ------------------------------------------------------------
mk() { nice make --no-print-directory -s -j2 "$@" O="$obj"; }

# build TESTS: what they need, in the copy; output in $1's log.
build() {
	local t need_target=0 need_kernel=0 need_unit=0 need_tools=0
	for t in $1; do
		case "$t" in
		kernel:*) need_kernel=1 ;;
		unit:*) need_unit=1 ;;
		config) need_tools=1 ;;
		*) need_target=1 ;;
		esac
	done
	mk -C "$src" "$obj/include/generated/autoconf.h" || return 1
	if [ $need_target = 1 ]; then
		mk -C "$src" tools core loader libs || return 1
	elif [ $need_tools = 1 ] || [ $need_kernel = 1 ]; then
		mk -C "$src" tools || return 1
	fi
	if [ $need_kernel = 1 ]; then mk -C "$src/tests/kernel" all || return 1; fi
	# A unit program depends on its .c files only, not on the headers they include.
	for t in $1; do
		case "$t" in unit:*) rm -f "$obj/tests/unit/${t#unit:}" ;; esac
	done
	if [ $need_unit = 1 ]; then mk -C "$src/tests/unit" all || return 1; fi
	return 0
}

# scenario_dir NAME [ROOT]: the folder of QEMU scenario NAME in ROOT (default: the copy).
scenario_dir() {
	local d r=${2:-$src}
	for d in "$r/tests/qemu/$1" "$r/tests/qemu/$("$top/scripts/arch.sh")/$1" "$r/user/bail/examples/$1"; do
		[ -f "$d/expect" ] && { echo "$d"; return 0; }
	done
	return 1
}

# run_test TEST LOG: 0 when the test passes on the copy as it is now.
run_test() {
	local t=$1 out=$2 d
	case "$t" in
	kernel:*)
		find "$obj/tests/kernel" -name '*.gcda' -delete 2>/dev/null
		CMOCKA_MESSAGE_OUTPUT=stdout timeout 300 nice "$obj/tests/kernel/${t#kernel:}" >"$out" 2>&1
		;;
	unit:*)
		(cd "$src" && CMOCKA_MESSAGE_OUTPUT=stdout timeout 300 nice "$obj/tests/unit/${t#unit:}") >"$out" 2>&1
		;;
	config)
		nice bash "$src/tests/config/run.sh" "$obj/tools/prtoscc" >"$out" 2>&1
		;;
	qemu:*)
		d=$(scenario_dir "${t#qemu:}") || { echo "no scenario ${t#qemu:}" >"$out"; return 1; }
		O=$obj nice "$src/scripts/qemu-test.sh" "$d" >"$out" 2>&1 && grep -q '^PASS' "$out"
		;;
	hm:*)
		O=$obj nice bash "$src/tests/hm_matrix/run.sh" "${t#hm:}" >"$out" 2>&1 && grep -q '^PASS' "$out"
		;;
	build:*)
		mk -C "$src/tests/tools" >/dev/null 2>&1
		O=$obj nice bash "$src/tests/build/${t#build:}.sh" >"$out" 2>&1 &&
			! grep -q '^FAIL' "$out" && grep -q '^PASS' "$out"
		;;
	esac
}

# test_known TEST: 0 if the tree has the test a catalogue entry names.
test_known() {
	local t=$1
	case "$t" in
	kernel:*) [ -f "$top/tests/kernel/test_${t#kernel:}.c" ] ;;
	unit:*) sed -n 's/^UNIT_TESTS += //p' "$top"/tests/unit/*.mk | tr ' ' '\n' | grep -qx "${t#unit:}" ;;
	config) true ;;
	qemu:*) scenario_dir "${t#qemu:}" "$top" >/dev/null ;;
	hm:*) [ -n "${t#hm:}" ] ;;
	build:*) [ -f "$top/tests/build/${t#build:}.sh" ] ;;
	*) false ;;
	esac
}

# --- the run ---------------------------------------------------------------------------
parse_catalogue
selected=()
for n in "${!names[@]}"; do
	echo "${names[n]}" | grep -qE -- "$pattern" && selected+=("$n")
done
[ ${#selected[@]} -gt 0 ] || { echo "mutate: no mutant matches \"$pattern\"" >&2; exit 2; }

# MUTATE_DRY=1: each entry applied to a copy of its file alone, in a temporary folder.
if [ "${MUTATE_DRY:-0}" = 1 ]; then
	src=$(mktemp -d) W=$src
	trap 'rm -rf "$src"' EXIT
	bad=0
	for n in "${selected[@]}"; do
		mkdir -p "$(dirname "$src/${files[n]}")"
		[ -f "$top/${files[n]}" ] && cp "$top/${files[n]}" "$src/${files[n]}"
		if apply "$n"; then echo "APPLIES  ${names[n]}"; else
			echo "STALE    ${names[n]} (\"${finds[n]}\" is not in ${files[n]} exactly once)"
			bad=$((bad + 1))
		fi
		current=
	done
	echo "mutate: ${#selected[@]} mutants checked, $bad stale"
	[ $bad -eq 0 ]
	exit
fi

mkdir -p "$src" "$obj" "$log"
start=$(date +%s)
echo "mutate: ${#selected[@]} of ${#names[@]} mutants; scratch copy $src, build $obj"
sync_tree
[ -f "$obj/.config" ] || mk -C "$src" defconfig >/dev/null

all_tests=$(for n in "${selected[@]}"; do printf '%s\n' ${tests[n]}; done | awk '!seen[$0]++')
echo "mutate: building the unmutated copy"
build "$all_tests" >"$log/baseline-build.log" 2>&1 ||
	{ echo "mutate: the unmutated copy does not build, see $log/baseline-build.log" >&2; exit 2; }
if [ "${MUTATE_BASELINE:-1}" != 0 ]; then
	echo "mutate: the selected tests on the unmutated copy"
	for t in $all_tests; do
		run_test "$t" "$log/baseline-${t//[^A-Za-z0-9_.-]/_}.log" || {
			echo "mutate: $t fails without any mutant, see $log/baseline-${t//[^A-Za-z0-9_.-]/_}.log" >&2
			exit 2
		}
	done
fi

: >"$results"
total=0 killed=0 bad=0
for n in "${selected[@]}"; do
	name=${names[n]}
	t0=$(date +%s)
	if ! apply "$n"; then
		echo "STALE    $name (\"${finds[n]}\" is not in ${files[n]} exactly once)" | tee -a "$results"
		bad=$((bad + 1))
		restore
		continue
	fi
	if ! build "${tests[n]}" >"$log/$name.build.log" 2>&1; then
		echo "BROKEN   $name (does not build, see $log/$name.build.log)" | tee -a "$results"
		bad=$((bad + 1))
		restore
		continue
	fi
	total=$((total + 1))
	verdict=
	for t in ${tests[n]}; do
		run_test "$t" "$log/$name.${t//[^A-Za-z0-9_.-]/_}.log" || { verdict="KILLED   $name by $t"; break; }
	done
	restore
	[ -n "$verdict" ] && killed=$((killed + 1)) || verdict="SURVIVED $name"
	echo "$verdict ($(($(date +%s) - t0)) s)" | tee -a "$results"
done
# The copy as the tree is: the last mutant's objects are rebuilt on the next run.
elapsed=$(($(date +%s) - start))
pct=0
[ $total -gt 0 ] && pct=$(awk -v k=$killed -v t=$total 'BEGIN { printf "%.1f", 100 * k / t }')
echo "mutate: $((elapsed / 60)) min $((elapsed % 60)) s; results in $results"
[ $bad -eq 0 ] || echo "mutate: $bad stale or broken catalogue entries (see above)"
echo "$total mutants, $killed killed ($pct %)" | tee -a "$results"
[ $bad -eq 0 ]

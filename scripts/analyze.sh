#!/usr/bin/env bash
# `make analyze`: cppcheck (with its MISRA C:2012 addon) and clang-tidy on the core and
# on the host tools, with the compile flags of the real build (configs' defconfig, in
# $O/analyze/build). Prints per tool and area the findings, how many of them are
# accepted deviations (doc/deviations.md) and lists the others; fails if there is any.
#   analyze.sh            the summary and every finding not in doc/deviations.md
#   analyze.sh --records  one PASS/FAIL line per tool and area (scripts/check.sh)
#   analyze.sh --rematch  the last run's findings against doc/deviations.md again
# Everything it writes is in $O/analyze: findings.tsv (all), new.txt (not deviated).
set -u
top=$(cd "$(dirname "$0")/.." && pwd)
O=${O:-$top/build}
A=$O/analyze
jobs=${ANALYZE_JOBS:-2}
records=0 rematch=0
for arg in "$@"; do
	case $arg in
	--records) records=1 ;;
	--rematch) rematch=1 ;;
	*) echo "usage: analyze.sh [--records] [--rematch]" >&2 && exit 2 ;;
	esac
done
deviations=$top/doc/deviations.md
tidy=$(command -v clang-tidy-14 || command -v clang-tidy)
areas="core tools"
tools="cppcheck clang-tidy"

# fail_all REASON: every tool and area fails for REASON (the analysis could not run).
fail_all() {
	local t a
	for t in $tools; do
		for a in $areas; do
			echo "FAIL: analyze $t $a ($1)"
		done
	done
	exit 1
}

[ $rematch -eq 0 ] || [ -f "$A/findings.raw" ] || { echo "analyze: no earlier run in $A" >&2; exit 2; }
for c in cppcheck bear jq "${tidy:-clang-tidy}"; do
	command -v "$c" >/dev/null || fail_all "$c is not installed: make deps"
done
mkdir -p "$A"

if [ $rematch -eq 0 ]; then
# The compile commands: the core and the tools built afresh from the defconfig, under
# bear; again only when a Makefile, Kbuild, Kconfig or defconfig changed since.
db=$A/compile_commands.json
if [ ! -s "$db" ] || [ -n "$(find "$top/Makefile" "$top/config.mk" "$top/Kconfig" "$top/configs" \
	"$top/core" "$top/user/tools" "$top/scripts/kconfig" -newer "$db" \( -name Makefile -o \
	-name Kbuild -o -name '*.mk' -o -name 'Kconfig*' -o -name '*defconfig' \) | head -1)" ]; then
	[ $records -eq 1 ] || echo "analyze: building core and tools (defconfig) in $A/build"
	rm -f "$db"
	{ make -s -C "$top" O="$A/build" defconfig &&
		bear --output "$db.tmp" -- \
			make -s -C "$top" -B -j"$jobs" O="$A/build" core tools &&
		mv "$db.tmp" "$db"; } >"$A/build.log" 2>&1 ||
		fail_all "build failed, see $A/build.log"
fi

# area_db AREA: the C files of AREA with their commands, each source named by its absolute
# path; without the gcc options clang does not know: -fno-tree-loop-distribute-patterns
# and x86's -falign-jumps/-falign-labels (CORE_ARCH_CFLAGS).
area_db() {
	jq --arg top "$top" --arg b "$A/build" --arg area "$1" '
		[ .[] | select(.file | endswith(".c"))
		  | select(if $area == "core"
			   then (.file | startswith($top + "/core/")) and
				(.output | startswith($b + "/core/"))
			   else .file | startswith($top + "/user/tools/") end)
		  | . as $e
		  | .arguments |= map(select(. != "-fno-tree-loop-distribute-patterns" and
					    (startswith("-falign-jumps") | not) and
					    (startswith("-falign-labels") | not))
				      | if ($e.directory + "/" + .) == $e.file then $e.file else . end) ]' \
		"$A/compile_commands.json"
}

: >"$A/findings.raw"
for area in $areas; do
	mkdir -p "$A/tidy-$area" "$A/cppcheck-$area"
	area_db "$area" >"$A/tidy-$area/compile_commands.json" || fail_all "jq failed"
	[ "$(jq length "$A/tidy-$area/compile_commands.json")" -gt 0 ] ||
		fail_all "no $area sources in $A/compile_commands.json"

	# cppcheck: warning, style, performance and portability checks plus MISRA C:2012.
	# Its project import drops -include (autoconf.h) and knows no -m32: both given here.
	platform=unix64
	[ "$area" = core ] && platform=unix32
	cppcheck --project="$A/tidy-$area/compile_commands.json" --quiet -j"$jobs" \
		--include="$A/build/include/generated/autoconf.h" --platform=$platform \
		--enable=warning,style,performance,portability --addon=misra \
		--cppcheck-build-dir="$A/cppcheck-$area" \
		--template='{file}\t{line}\t{id}\t{message}' 2>"$A/cppcheck-$area.txt"
	awk -F'\t' -v area="$area" 'NF >= 4 { print "cppcheck\t" area "\t" $0; next }
		NF { print "cppcheck\t" area "\t-\t0\tcppcheck-output\t" $0 }' \
		"$A/cppcheck-$area.txt" >>"$A/findings.raw"

	# clang-tidy: the checks of .clang-tidy, in these sources and the project's headers.
	jq -r '.[].file' "$A/tidy-$area/compile_commands.json" | sort -u |
		xargs -P"$jobs" -n4 "$tidy" -p "$A/tidy-$area" --quiet \
			--header-filter="^$top/(core|user)/" >"$A/clang-tidy-$area.txt" \
			2>"$A/clang-tidy-$area.err"
	# A finding is "file:line:col: warning: message [check]"; a message of several
	# lines has its [check] at the end of its last one.
	awk -v area="$area" '
		function flush() {
			if (f != "")
				print "clang-tidy\t" area "\t" f "\t" l "\t" id "\t" msg
			f = ""
		}
		match($0, /^[^ :]+:[0-9]+:[0-9]+: (warning|error): /) {
			flush()
			split($0, p, ":")
			f = p[1]; l = p[2]; msg = substr($0, RLENGTH + 1); id = "clang-diagnostic"
		}
		f != "" && match($0, / ?\[(clang|bugprone|cert|misc|readability)-[A-Za-z0-9.,-]+\]$/) {
			id = substr($0, RSTART, RLENGTH)
			sub(/^ ?\[/, "", id)
			sub(/\]$/, "", id)
			sub(/ ?\[[^] ]+\]$/, "", msg)
			flush()
		}
		END { flush() }' "$A/clang-tidy-$area.txt" >>"$A/findings.raw"
	grep -E '^(error|Error while processing)' "$A/clang-tidy-$area.err" |
		sed "s/^/clang-tidy\t$area\t-\t0\tclang-tidy-error\t/" >>"$A/findings.raw"
done
fi
# Only findings in the tree: not in the system's headers (libxml2's, for the tools).
sed "s,\t$top/,\t," "$A/findings.raw" | awk -F'\t' '$3 !~ /^\//' | sort -u >"$A/findings.tsv"

# Each finding with the function it is in (a definition starts at a column-0 line naming
# it and spans to the column-0 "}"), matched against doc/deviations.md's table rows
# "| tool | rules | places | reason |": rules are globs over the check's name, places
# globs over the file, or file:function; several of either are comma-separated.
: >"$A/new.txt"
awk -F'\t' -v top="$top" -v records="$records" -v out="$A/new.txt" \
	-v tools="$tools" -v areas="$areas" -v devfile="doc/deviations.md" '
function glob2re(g, r) {
	r = g
	gsub(/[.+^$(){}|\\]/, "\\\\&", r)
	gsub(/\*/, ".*", r)
	gsub(/\?/, ".", r)
	return "^" r "$"
}
function trim(s) {
	gsub(/^[ \t`]+|[ \t`]+$/, "", s)
	return s
}
function funcname(l, id) {
	while (match(l, /[A-Za-z_][A-Za-z0-9_]*[ \t]*\(/)) {
		id = substr(l, RSTART, RLENGTH)
		l = substr(l, RSTART + RLENGTH)
		sub(/[ \t]*\($/, "", id)
		if (id !~ /^(__attribute__|format|section|aligned|used|noreturn|always_inline|unused|packed|noinline|__asm__|asm)$/)
			return id
	}
	return ""
}
function load(f, path, l, n, cand, cline, start, name, inside, i) {
	loaded[f] = 1
	path = top "/" f
	n = 0
	cand = ""
	inside = 0
	while ((getline l < path) > 0) {
		n++
		if (!inside && l ~ /^[A-Za-z_]/ && l ~ /[A-Za-z_][A-Za-z0-9_]*[ \t]*\(/) {
			cand = funcname(l)
			cline = n
		}
		if (!inside && l ~ /^\{/ && cand != "") {
			inside = 1
			start = cline
			name = cand
		}
		if (inside && l ~ /^\}/) {
			for (i = start; i <= n; i++)
				fn[f, i] = name
			inside = 0
			cand = ""
		}
	}
	close(path)
}
FNR == NR {
	# doc/deviations.md: table rows whose first cell is a tool.
	if ($0 !~ /^\|/)
		next
	nc = split($0, c, "|")
	t = trim(c[2])
	if (t != "cppcheck" && t != "clang-tidy")
		next
	nd++
	dtool[nd] = t
	nr[nd] = split(trim(c[3]), rules, ",")
	for (k = 1; k <= nr[nd]; k++)
		drule[nd, k] = glob2re(trim(rules[k]))
	np[nd] = split(trim(c[4]), places, ",")
	for (k = 1; k <= np[nd]; k++) {
		place = trim(places[k])
		dfunc[nd, k] = ""
		if (index(place, ":")) {
			dfunc[nd, k] = glob2re(substr(place, index(place, ":") + 1))
			place = substr(place, 1, index(place, ":") - 1)
		}
		dfile[nd, k] = glob2re(place)
	}
	dtext[nd] = t " | " trim(c[3]) " | " trim(c[4])
	next
}
# Does deviation d name this file and function?
function placed(d, file, func, k) {
	for (k = 1; k <= np[d]; k++)
		if (file ~ dfile[d, k] && (dfunc[d, k] == "" || func ~ dfunc[d, k]))
			return 1
	return 0
}
{
	tool = $1; area = $2; file = $3; line = $4; id = $5; msg = $6
	if (!(file in loaded) && file != "-")
		load(file)
	func = ((file, line) in fn) ? fn[file, line] : "-"
	total[tool, area]++
	ok = 0
	nids = split(id, ids, ",")
	for (d = 1; d <= nd && !ok; d++) {
		if (dtool[d] != tool || !placed(d, file, func))
			continue
		for (k = 1; k <= nids; k++)
			for (r = 1; r <= nr[d]; r++)
				if (ids[k] ~ drule[d, r]) {
					ok = 1
					used[d]++
				}
	}
	if (ok) {
		deviated[tool, area]++
	} else {
		new[tool, area]++
		print file ":" line ": " tool " [" id "] " msg " (in " func ")" > out
	}
}
END {
	nt = split(tools, T, " ")
	na = split(areas, R, " ")
	for (i = 1; i <= nt; i++)
		for (j = 1; j <= na; j++) {
			t = T[i]; a = R[j]
			n = new[t, a] + 0
			if (records)
				printf "%s: analyze %s %s (%d findings, %d new)\n", n ? "FAIL" : "PASS",
					t, a, total[t, a], n
			else
				printf "analyze: %-10s %-5s %5d findings, %5d deviated (%s), %d new\n",
					t, a, total[t, a], deviated[t, a], devfile, n
		}
	if (!records)
		for (d = 1; d <= nd; d++)
			if (!used[d])
				print "analyze: note: this deviation matched no finding: " dtext[d]
}' "$deviations" "$A/findings.tsv"

if [ -s "$A/new.txt" ]; then
	if [ $records -eq 0 ]; then
		echo "analyze: findings not in doc/deviations.md (fix them or add a deviation):"
		sort "$A/new.txt"
	else
		echo "analyze: findings not in doc/deviations.md: $A/new.txt" >&2
	fi
	exit 1
fi
[ $records -eq 1 ] || echo "analyze: no finding outside doc/deviations.md"

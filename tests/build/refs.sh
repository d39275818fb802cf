#!/usr/bin/env bash
# The references cannot drift: each list of doc/reference/ is compared with the code it
# documents, and any item on one side only is a FAIL (one PASS/FAIL line per list).
#   hypercalls  doc/reference/hypercalls.md  PRTOS_HYPERCALL_LIST and the arch's
#                                            PRTOS_ARCH_HYPERCALL_LIST (name, number, prototype)
#   xml         doc/reference/xml.md         every element and attribute of the XSD
#   kconfig     doc/reference/kconfig.md     every config/menuconfig symbol of every Kconfig file
#   hm          doc/reference/hm.md          every HM event and action macro, with its number
#   make        doc/reference/make.md        every phony target of the top Makefile that has a rule
# The conventions (how items are marked in the docs, and the extraction rules) are written
# at the top of doc/reference/README.md. REFS_DOC_DIR=<dir> checks another copy of the docs.
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
O=${O:-$top/build}
export O
docs=${REFS_DOC_DIR:-$top/doc/reference}
work=$O/tests/build/refs
rm -rf "$work"
mkdir -p "$work"
arch=$("$top/scripts/arch.sh")
uapi=(-I"$top/core/include/uapi" -I"$top/core/arch/$arch/include/uapi")

pass() { echo "PASS: $1"; }
fail() { echo "FAIL: $1 ($2)"; }

# One spelling of a C prototype: single spaces, "type *name", no space inside parentheses.
normalize() {
	sed -e 's/[[:space:]]\{1,\}/ /g' -e 's/ *\* */ */g' -e 's/ *, */, /g' \
		-e 's/( */(/g' -e 's/ *)/)/g' -e 's/^ //' -e 's/ $//'
}

# doc_items FILE NCELLS: the items a reference file documents, one a line: the table rows
# whose first cell is a code span, as their first NCELLS cells (backticks dropped) joined by
# " | ". Other tables of the file start with a plain cell.
doc_items() {
	awk -F'|' -v n="$2" '
		/^[[:space:]]*\|/ {
			c = $2; gsub(/^[[:space:]]+|[[:space:]]+$/, "", c)
			if (c !~ /^`[^`]+`$/) next
			out = ""
			for (i = 2; i <= n + 1; i++) {
				c = $i; gsub(/`/, "", c); gsub(/^[[:space:]]+|[[:space:]]+$/, "", c)
				out = out (i > 2 ? " | " : "") c
			}
			print out
		}' "$1" | normalize | sort
}

# first3 FILE: its first three lines on one line, with "..." when there are more.
first3() {
	awk 'NR <= 3 { printf "%s%s", (NR > 1 ? "; " : ""), $0 } NR == 4 { printf "; ..." }' "$1"
}

# compare NAME CODE_FILE DOC_FILE: PASS when both sorted lists are the same, else FAIL
# naming what is missing on either side (all of it in $work/NAME.diff and above the line).
compare() {
	local name=$1 code=$2 doc=$3 n why=
	n=$(wc -l <"$code")
	if [ "$n" -eq 0 ]; then
		fail "refs-$name" "no items extracted from the code"
		return
	fi
	comm -23 "$code" <(sort -u "$doc") >"$work/$name.undocumented"
	comm -13 "$code" <(sort -u "$doc") >"$work/$name.stale"
	uniq -d "$doc" >"$work/$name.twice"
	{
		sed 's/^/  in the code, not documented: /' "$work/$name.undocumented"
		sed 's/^/  documented, not in the code: /' "$work/$name.stale"
		sed 's/^/  documented twice: /' "$work/$name.twice"
	} | tee "$work/$name.diff"
	if [ ! -s "$work/$name.diff" ]; then
		pass "refs-$name ($n items, all documented)"
		return
	fi
	[ -s "$work/$name.undocumented" ] && why="not documented: $(first3 "$work/$name.undocumented")"
	[ -s "$work/$name.stale" ] && why="${why:+$why; }documented, not in the code: $(first3 "$work/$name.stale")"
	[ -s "$work/$name.twice" ] && why="${why:+$why; }documented twice: $(first3 "$work/$name.twice")"
	fail "refs-$name" "$why; see $work/$name.diff"
}

# Hypercalls: both lists expanded by the preprocessor with an X macro that prints each
# call's name, number and libprtos prototype (the one libprtos's stubs are built from).
hypercalls() {
	cat >"$work/hc.c" <<-'EOF'
		#include <prtos/hypercalls.h>
		#define REF_HC(nr, name, ret, n, params) REF_HC_ITEM prtos_##name | nr | \
			ret prtos_##name(PRTOS_HC_DECL(n, PRTOS_HC_USER, params)) REF_HC_END
		PRTOS_HYPERCALL_LIST(REF_HC)
		PRTOS_ARCH_HYPERCALL_LIST(REF_HC)
	EOF
	gcc -E -P "${uapi[@]}" "$work/hc.c" | sed 's/REF_HC_END/\n/g' |
		sed -n 's/.*REF_HC_ITEM //p' | normalize | sort >"$work/hypercalls.code"
	doc_items "$docs/hypercalls.md" 3 >"$work/hypercalls.doc"
	compare hypercalls "$work/hypercalls.code" "$work/hypercalls.doc"
}

# HM: every macro PRTOS_HM_EV_* (events) and PRTOS_HM_AC_* (actions) that <prtos/hmdefs.h>
# defines, the ranges' bounds (*_BASE, *_END) excepted; the preprocessor gives each its
# value, which the shell evaluates.
hm() {
	local names n v
	echo '#include <prtos/hmdefs.h>' >"$work/hm.c"
	names=$(gcc -dM -E "${uapi[@]}" "$work/hm.c" |
		awk '$1 == "#define" && $2 ~ /^PRTOS_HM_(EV|AC)_/ && $2 !~ /_(BASE|END)$/ { print $2 }')
	{
		echo '#include <prtos/hmdefs.h>'
		for n in $names; do echo "REF_HM \"$n\" $n"; done
	} >"$work/hm2.c"
	gcc -E -P "${uapi[@]}" "$work/hm2.c" | sed -n 's/^REF_HM "\([A-Z0-9_]*\)" \(.*\)$/\1 \2/p' |
		while read -r n v; do echo "$n | $((v))"; done | sort >"$work/hm.code"
	doc_items "$docs/hm.md" 2 >"$work/hm.doc"
	compare hm "$work/hm.code" "$work/hm.doc"
}

# Kconfig: the symbols of every `config` and `menuconfig` entry of every Kconfig file in
# the tree (all architectures'), as CONFIG_<symbol>.
kconfig() {
	find "$top" \( -path "$top/.git" -o -path "$O" -o -path "$top/build" \) -prune -o \
		-name Kconfig -type f -print0 |
		xargs -0 sed -n 's/^[[:space:]]*\(menu\)\{0,1\}config[[:space:]]\{1,\}\([A-Za-z0-9_]\{1,\}\)[[:space:]]*$/CONFIG_\2/p' |
		sort -u >"$work/kconfig.code"
	doc_items "$docs/kconfig.md" 1 >"$work/kconfig.doc"
	compare kconfig "$work/kconfig.code" "$work/kconfig.doc"
}

# XML: the XSD's element names, and Element@attribute for every attribute, whichever the
# element's type: an anonymous complexType inside the element, or a named one that the
# element's type= gives. The XSD uses no other way to give attributes; one that does
# (attributeGroup, extension, ref) fails here until this extraction follows it.
xml() {
	local xsd=$top/user/tools/prtoscc/prtos-1.x.xsd i n el t a
	local E='*[local-name()="element"]' C='*[local-name()="complexType"]'
	local A='*[local-name()="attribute"]'
	x() { xmllint --xpath "$1" "$xsd" 2>/dev/null; }
	names() { tr -s ' \t\n' '\n' | sed -n 's/^name="\([^"]*\)"$/\1/p'; }
	if [ -n "$(x '//*[local-name()="attributeGroup" or local-name()="extension" or @ref]')" ]; then
		fail "refs-xml" "the XSD uses attributeGroup, extension or ref, which this check does not follow"
		return
	fi
	{
		x "//$E/@name" | names
		n=$(x "count(//$E[$C])")
		for i in $(seq 1 "${n:-0}"); do
			el=$(x "string((//$E[$C])[$i]/@name)")
			for a in $(x "(//$E[$C])[$i]/$C/$A/@name" | names); do echo "$el@$a"; done
		done
		for t in $(x "/*/$C/@name" | names); do
			for el in $(x "//$E[@type='$t']/@name" | names); do
				for a in $(x "/*/$C[@name='$t']/$A/@name" | names); do echo "$el@$a"; done
			done
		done
	} | sort -u >"$work/xml.code"
	doc_items "$docs/xml.md" 1 >"$work/xml.doc"
	compare xml "$work/xml.code" "$work/xml.doc"
}

# make: the targets of make's database (make -pRrq, run in a scratch build directory) that
# are phony and have a recipe or prerequisites. A name declared .PHONY with no rule at all
# is no target. Files the build makes (.config, autoconf.h) are not phony.
make_targets() {
	make -pRrq -C "$top" O="$work/mk" __refs_no_such_target__ 2>/dev/null |
		awk '/^# Files/ { files = 1; next }
		     /^# Finished Make data base/ { files = 0 }
		     !files { next }
		     /^[^#\t ][^:=]*:([^=]|$)/ && !in_block { head = $0; in_block = 1; phony = 0; recipe = 0; next }
		     in_block && /^#  Phony target/ { phony = 1 }
		     in_block && /^#  recipe to execute/ { recipe = 1 }
		     /^$/ && in_block {
			in_block = 0
			split(head, part, ":"); t = part[1]; deps = substr(head, length(t) + 2)
			gsub(/[|[:space:]]/, "", deps)
			if (phony && (recipe || deps != "")) print t
		     }' | sort -u >"$work/make.code"
	doc_items "$docs/make.md" 1 >"$work/make.doc"
	compare make "$work/make.code" "$work/make.doc"
}

for f in hypercalls xml kconfig hm make; do
	if [ ! -f "$docs/$f.md" ]; then
		fail "refs-$f" "no $docs/$f.md"
		continue
	fi
	case $f in
	make) make_targets ;;
	*) "$f" ;;
	esac
done

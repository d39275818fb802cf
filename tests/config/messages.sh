#!/bin/bash
# Drift check of the configuration catalogue against prtoscc's source: every message
# prtoscc can print (the format of each diag_error/diag_warn call, and each reason
# string the checks put into one) must be printed for at least one bad-*.xml or
# warn-*.xml of this folder or of cpus4/ (with a prtoscc of CONFIG_MAX_CPUS=4), and
# doc/prtoscc-checks.md must hold the table this script makes of them.
# Usage: messages.sh PATH/TO/prtoscc          PASS/FAIL lines
#        messages.sh PATH/TO/prtoscc --table  the Markdown table for doc/prtoscc-checks.md
set -u
cc=${1:?usage: messages.sh PATH/TO/prtoscc [--table]}
mode=${2:-check}
dir=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$dir/../.." && pwd)
src=$top/user/tools/prtoscc
doc=$top/doc/prtoscc-checks.md
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# What each catalogue file makes prtoscc print: "FILE<TAB>line of stderr"; the files of
# cpus4/ with the prtoscc of CONFIG_MAX_CPUS=4 that cpus4.sh builds beside PATH/TO/prtoscc.
build=$(cd "$(dirname "$cc")/.." && pwd) # $O of $O/tools/prtoscc
cc4=$(bash "$dir/cpus4.sh" "$build") || {
	echo "FAIL: config-messages (no prtoscc with CONFIG_MAX_CPUS=4," \
		"see $build/tests/config/cpus4.log)"
	exit 1
}
printed() { # PRTOSCC FILE...
	local c=$1 f
	shift
	for f; do
		"$c" -o "$tmp/out.bin" "$f" 2>&1 >/dev/null | sed "s|^|${f#"$dir"/}\t|"
	done
}
{
	printed "$cc" "$dir"/bad-*.xml "$dir"/warn-*.xml
	printed "$cc4" "$dir"/cpus4/bad-*.xml "$dir"/cpus4/warn-*.xml
} >"$tmp/printed"

# Messages no XML file can bring out, each with why: "SOURCE<TAB>TEXT<TAB>why", TEXT the
# start of the message's text as in the source.
cat >"$tmp/unreachable" <<'EOF'
emit.c	internal error	an internal error: prtoscc accepted what the boot's check refuses (a bug of prtoscc; tests/unit forges such configurations for that check)
xml.c	%s	libxml2's own message, passed on (bad-schema-*.xml)
xml.c	internal error	an internal error: the schema built into prtoscc does not load
xml.c	cannot read or parse	printed only when libxml2 gave no reason of its own, which it always does
xml.c	does not match the PRTOS schema	printed only when libxml2 gave no reason of its own, which it always does
check_sched.c	%s	the slot check's verdict, passed on: its texts are the check_sched.c reasons
platform_x86.c	legacy memory and the resident loader	a label of the memory map of prtoscc --summary, not an error
platform_x86.c	device window (IO-APIC	a label of the memory map of prtoscc --summary, not an error
check_hm.c	unknown event or action	the parser refuses an unknown event or action first (and the schema's lists before it)
check_hw.c	the trace export's UART	only with Kconfig TRACE_EXPORT (tests/unit's trace_export_rules)
check_mem.c	partition has no memory area	the schema wants at least one Area
parse_attr.c	%s: unknown flag	the schema's list of flags refuses it first
parse_hyp.c	unknown health-monitor	the schema's lists of events and actions refuse it first
values.c	expected a	the schema's pattern or list for the attribute refuses such a value first
values.c	expected yes, no	the schema's list of truth values refuses it first
EOF

perl - "$tmp/printed" "$tmp/unreachable" "$mode" "$src"/*.c <<'PERL'
use strict;
use warnings;
my ($printed, $unreach, $mode, @files) = @ARGV;
my %reason_files = map { $_ => 1 } qw(check_hm.c check_hw.c check_sched.c values.c platform_x86.c);
my @msgs;    # [where, kind, text]
for my $path (@files) {
	(my $f = $path) =~ s{.*/}{};
	open my $fh, '<', $path or die "$path: $!";
	local $/;
	my $src = <$fh>;
	close $fh;
	$src =~ s{/\*.*?\*/}{ (my $c = $&) =~ tr/\n//cd; $c }gse;
	my $lit = qr/"(?:[^"\\]|\\.)*"/;
	while ($src =~ /\bdiag_(error|warn)\s*\(/g) {
		my ($kind, $pos) = ($1, pos($src));
		my $line = 1 + (substr($src, 0, $pos) =~ tr/\n//);
		substr($src, $pos) =~ /^[^,"]*,\s*((?:$lit\s*)+)/s or next;
		my $fmt = join '', ($1 =~ /"((?:[^"\\]|\\.)*)"/g);
		push @msgs, ["$f:$line", $kind, $fmt];
	}
	next unless $reason_files{$f};
	while ($src =~ /((?:$lit\s*)+)/g) {
		my $lits = $1;
		my $pos = pos($src) - length($lits);
		my $line = 1 + (substr($src, 0, $pos) =~ tr/\n//);
		next if substr($src, 0, $pos) =~ /diag_(?:error|warn)\s*\([^;]*$/s;
		my $s = join '', ($lits =~ /"((?:[^"\\]|\\.)*)"/g);
		next unless length($s) >= 12 && $s =~ / /;
		push @msgs, ["$f:$line", 'reason', $s];
	}
}
open my $uh, '<', $unreach or die;
my @skip = map { chomp; [split /\t/, $_, 3] } <$uh>;
open my $ph, '<', $printed or die;
my @out = map { chomp; [split /\t/, $_, 2] } <$ph>;

# A format as a pattern: conversions match anything of their kind.
sub pattern {
	my ($fmt) = @_;
	my $re = '';
	for my $part (split /(%[-0-9.]*(?:z|l|ll)?[a-zA-Z%])/, $fmt) {
		next if $part eq '';
		if ($part =~ /^%.*[ud]$/) { $re .= '[0-9]+' }
		elsif ($part =~ /^%.*x$/) { $re .= '[0-9a-fA-F]+' }
		elsif ($part =~ /^%.*s$/) { $re .= '.*' }
		elsif ($part eq '%%') { $re .= '%' }
		else { (my $p = $part) =~ s/\\"/"/g; $p =~ s/\\n//g; $re .= quotemeta($p) }
	}
	return $re;
}
my ($covered, $total, @missing, @rows) = (0, 0);
for my $m (@msgs) {
	my ($where, $kind, $text) = @$m;
	(my $file = $where) =~ s/:.*//;
	my ($why) = map { $_->[2] } grep { $file eq $_->[0] && index($text, $_->[1]) == 0 } @skip;
	(my $shown = $text) =~ s/\\"/"/g;
	$shown =~ s/\|/\\|/g;
	if (defined $why) {
		push @rows, "| `$file` | $kind | $shown | – ($why) |";
		next;
	}
	$total++;
	my $re = pattern($text);
	# a format is the whole message after "file:line: "; a reason, a part of one
	$re = $kind eq "reason" ? qr/$re/ : qr/^[^:]+:[0-9]+: (?:warning: )?$re\s*$/;
	my @files = sort { $a cmp $b } keys %{{ map { $_->[0] => 1 } grep { $_->[1] =~ /$re/ } @out }};
	if (@files) {
		$covered++;
		push @rows, "| `$file` | $kind | $shown | `$files[0]`" .
			(@files > 1 ? " (+" . (@files - 1) . ")" : "") . " |";
	} else {
		push @missing, "$where: $text";
		push @rows, "| `$file` | $kind | $shown | **none** |";
	}
}
if ($mode eq '--table') {
	print "| source | kind | message (as in the source) | bad file |\n|---|---|---|---|\n";
	print "$_\n" for @rows;
	exit 0;
}
if (@missing) {
	print "FAIL: config-messages ($covered of $total messages of prtoscc have a bad file;",
	    " none for: $missing[0]", (@missing > 1 ? " and " . (@missing - 1) . " more" : ""), ")\n";
	print STDERR "no bad file: $_\n" for @missing;
} else {
	print "PASS: config-messages ($covered of $total messages of prtoscc have a bad file)\n";
}
PERL

[ "$mode" = --table ] && exit 0
bash "$dir/messages.sh" "$cc" --table >"$tmp/table"
if ! sed -n '/<!-- messages:begin -->/,/<!-- messages:end -->/p' "$doc" 2>/dev/null |
	sed '1d;$d' | cmp -s - "$tmp/table"; then
	echo "FAIL: config-checks-doc (doc/prtoscc-checks.md's table is not the one" \
		"tests/config/messages.sh --table makes now)"
else
	echo "PASS: config-checks-doc"
fi

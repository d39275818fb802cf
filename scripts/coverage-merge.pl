#!/usr/bin/perl
# The core's coverage dumps (Kconfig COVERAGE, core/kernel/gcov.c) summed into .gcda
# files for gcov and lcov (scripts/coverage.sh, doc/coverage.md).
#   coverage-merge.pl DIR CAPTURE...
# Each CAPTURE is what one QEMU run's second UART received: zero or more dumps (one per
# boot), each "PGCS" n, then n file frames "PGCF" name_len name data_len data sum (sum:
# the bytes of the frame before it, modulo 2^32), then "PGCE" n; little-endian 32-bit
# words. Bytes outside a dump are skipped. Every file's counters are summed over all
# dumps and written to its .gcda path, which must lie in DIR (the coverage build).
# Prints "no dump: CAPTURE" for a capture without a whole dump, then one line
# "coverage-merge: D dumps from C captures, F files"; exits 1 on a damaged dump or
# counters that do not match another dump's (a core built twice).
use strict;
use warnings;

my ($dir, @captures) = @ARGV;
die "usage: coverage-merge.pl DIR CAPTURE...\n" unless defined $dir && -d $dir;
$dir =~ s{/*$}{/};

my $TAG_FUNCTION = 0x01000000;
my $TAG_SUMMARY = 0xa1000000;
my $TAG_COUNTER_BASE = 0x01a10000;
my $TAG_COUNTER_LAST = $TAG_COUNTER_BASE + (7 << 17);
my %files;    # path -> { head => [words], runs, max, recs => [[tag, values...], ...] }
my $status = 0;

# A .gcda's bytes as [header words], [records]: counters as 64-bit numbers.
sub parse_gcda {
	my ($bytes, $what) = @_;
	my @w = unpack("V*", $bytes);
	die "$what: not a .gcda\n" if length($bytes) % 4 || @w < 5 || $w[0] != 0x67636461;
	my @head = splice(@w, 0, 4);
	my ($runs, $max) = (0, 0);
	my @recs;
	while (@w) {
		my $tag = shift @w;
		last if $tag == 0;
		my $len = shift @w // die "$what: cut record\n";
		if ($tag >= $TAG_COUNTER_BASE && $tag <= $TAG_COUNTER_LAST && (($tag - $TAG_COUNTER_BASE) & 0x1ffff) == 0) {
			my $n = $len & 0x80000000 ? (2**32 - $len) / 8 : $len / 8; # negative: all zero
			my @v = $len & 0x80000000 ? (0) x $n : ();
			unless ($len & 0x80000000) {
				die "$what: cut counters\n" if @w < 2 * $n;
				push @v, $w[2 * $_] + $w[2 * $_ + 1] * 2**32 for 0 .. $n - 1;
				splice(@w, 0, 2 * $n);
			}
			push @recs, [$tag, @v];
			next;
		}
		die "$what: bad record length $len\n" if $len % 4 || @w < $len / 4;
		my @payload = splice(@w, 0, $len / 4);
		if ($tag == $TAG_SUMMARY) {
			($runs, $max) = @payload;
		} else {
			push @recs, [$tag, @payload];
		}
	}
	return (\@head, $runs, $max, \@recs);
}

# Adds one dump's file to the sums.
sub add_file {
	my ($path, $bytes) = @_;
	my ($head, $runs, $max, $recs) = parse_gcda($bytes, $path);
	my $f = $files{$path};
	unless ($f) {
		$files{$path} = { head => $head, runs => $runs, max => $max, recs => $recs };
		return;
	}
	die "$path: from another build of the core (stamp or checksum differ)\n"
		if "@{$f->{head}}" ne "@$head" || @{$f->{recs}} != @$recs;
	for my $i (0 .. $#$recs) {
		my ($a, $b) = ($f->{recs}[$i], $recs->[$i]);
		die "$path: record $i differs from another dump's\n"
			if $a->[0] != $b->[0] || @$a != @$b;
		if ($a->[0] >= $TAG_COUNTER_BASE && $a->[0] <= $TAG_COUNTER_LAST) {
			$a->[$_] += $b->[$_] for 1 .. $#$a;
		} elsif ("@$a" ne "@$b") {
			die "$path: function record $i differs from another dump's\n";
		}
	}
	$f->{runs} += $runs;
	$f->{max} += $max; # as gcov sums the runs' summaries
}

# The dump at $pos of $data (after its "PGCS"): its files, or undef if damaged.
sub read_dump {
	my ($data, $pos) = @_;
	my $word = sub {
		return undef if $$pos + 4 > length($$data);
		my $v = unpack("V", substr($$data, $$pos, 4));
		$$pos += 4;
		return $v;
	};
	my $n = $word->() // return undef;
	my @got;
	for (1 .. $n) {
		my $start = $$pos;
		(($word->() // -1) == 0x46434750) or return undef;    # "PGCF"
		my $name_len = $word->() // return undef;
		return undef if $name_len > 4096 || $$pos + $name_len > length($$data);
		my $name = substr($$data, $$pos, $name_len);
		$$pos += $name_len;
		my $len = $word->() // return undef;
		return undef if $$pos + $len > length($$data);
		my $bytes = substr($$data, $$pos, $len);
		$$pos += $len;
		my $sum = unpack("%32C*", substr($$data, $start, $$pos - $start));
		(($word->() // -1) == $sum) or return undef;
		push @got, [$name, $bytes];
	}
	(($word->() // -1) == 0x45434750) or return undef;    # "PGCE"
	(($word->() // -1) == $n) or return undef;
	return \@got;
}

my $dumps = 0;
for my $capture (@captures) {
	open(my $fh, "<:raw", $capture) or die "$capture: $!\n";
	my $data = do { local $/; <$fh> };
	close $fh;
	my ($pos, $found) = (0, 0);
	while ((my $at = index($data, "PGCS", $pos)) >= 0) {
		$pos = $at + 4;
		my $got = read_dump(\$data, \$pos);
		unless ($got) {
			print STDERR "coverage-merge: $capture: damaged dump at byte $at\n";
			$status = 1;
			$pos = $at + 4;
			next;
		}
		for my $file (@$got) {
			my ($name, $bytes) = @$file;
			die "$capture: $name is not in $dir\n"
				if index($name, $dir) != 0 || $name =~ m{/\.\./} || $name !~ /\.gcda$/;
			add_file($name, $bytes);
		}
		$found++;
	}
	print "no dump: $capture\n" unless $found;
	$dumps += $found;
}

for my $path (sort keys %files) {
	my $f = $files{$path};
	my @w = (@{$f->{head}}, $TAG_SUMMARY, 8, $f->{runs}, $f->{max} > 0xffffffff ? 0xffffffff : $f->{max});
	for my $r (@{$f->{recs}}) {
		my ($tag, @v) = @$r;
		if ($tag >= $TAG_COUNTER_BASE && $tag <= $TAG_COUNTER_LAST) {
			if (grep { $_ } @v) {
				push @w, $tag, 8 * @v;
				push @w, $_ % 2**32, int($_ / 2**32) for @v;
			} else {
				push @w, $tag, 2**32 - 8 * @v; # as gcov writes counters all zero
			}
		} else {
			push @w, $tag, 4 * @v, @v;
		}
	}
	push @w, 0;
	open(my $out, ">:raw", $path) or die "$path: $!\n";
	print $out pack("V*", @w);
	close $out or die "$path: $!\n";
}
printf "coverage-merge: %d dumps from %d captures, %d files\n", $dumps, scalar @captures,
	scalar keys %files;
exit $status;

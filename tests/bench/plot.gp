# make bench: the distributions of slot-start jitter, virtual timer latency and the
# partition switch, from report.awk's data files. gnuplot -e "dir='DIR'" plot.gp
set terminal svg size 1200,420 dynamic font "sans,11"
set output dir."/bench.svg"
set multiplot layout 1,3 title "PRTOS under QEMU -icount shift=0 (TSC cycles = guest instructions = ns)"
set style fill solid 0.6
set logscale y
set yrange [0.8:*]
set ylabel "samples"
set xtics nomirror
set offsets graph 0.15, graph 0.15, 0, 0
set key off
set title "slot-start jitter (after the earliest start)"
set xlabel "cycles"
plot dir."/jitter.dat" using 1:2 with impulses lw 6 lc rgb "#1f77b4"
set title "virtual timer latency (expiry to handler)"
plot dir."/timer.dat" using 1:2 with impulses lw 6 lc rgb "#d62728"
set title "partition switch (last instruction to first)"
plot dir."/switch.dat" using 1:2 with impulses lw 6 lc rgb "#2ca02c"
unset multiplot

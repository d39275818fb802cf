#!/usr/bin/env bash
# Prints the architecture the tree is configured for: CONFIG_ARCH of
# $O/include/config/auto.conf (O defaults to build/), or x86 when there is none.
set -u
top=$(cd "$(dirname "$0")/.." && pwd)
conf=${O:-$top/build}/include/config/auto.conf
arch=
[ -f "$conf" ] && arch=$(sed -n 's/^CONFIG_ARCH="\{0,1\}\([^"]*\)"\{0,1\}$/\1/p' "$conf")
echo "${arch:-x86}"

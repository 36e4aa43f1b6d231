#!/bin/sh
# check-doc-samples.sh: the complete programs in the guides (doc/*.md)
# compile against the build tree, and those marked to run, run.
#
# A guide marks a C block as a complete program with an HTML comment (which
# neither GitHub nor gi-docgen shows) on the line right before its fence:
#
#   <!-- sample: program -->        compiled with -Wall -Werror
#   <!-- sample: program run -->    compiled, then run in an empty
#                                   temporary directory (so a
#                                   sqlite:///app.db it makes is thrown away)
#
# Other ```c blocks are fragments and are not checked.  Every program is
# linked with all three libraries.  Run by make check (see
# tests/Makefile.am.inc), which exports CC, GSQL_TEST_CFLAGS,
# GSQL_TEST_LDFLAGS and abs_top_builddir/abs_top_srcdir.
#
# Exit status: 0 all compiled (and ran), 1 a failure, 77 no compiler.
#
# Copyright 2026 The gsql authors
# SPDX-License-Identifier: MIT
set -u

me=check-doc-samples
top=${abs_top_builddir:-$(cd "$(dirname "$0")/.." && pwd)}
srctop=${abs_top_srcdir:-$(cd "$(dirname "$0")/.." && pwd)}
CC=${CC:-cc}
if ! command -v "${CC%% *}" >/dev/null 2>&1; then
  echo "SKIP: $me: no C compiler ($CC)"
  exit 77
fi
cflags=${GSQL_TEST_CFLAGS:-$(pkg-config --cflags gio-2.0 2>/dev/null)}
ldflags=${GSQL_TEST_LDFLAGS:-$(pkg-config --libs gio-2.0 2>/dev/null)}
libs=
for l in sqlcore sqlorm sqlreflect; do
  so=$top/lib$l/.libs/lib$l-1.0.so
  if ! test -f "$so"; then
    echo "SKIP: $me: $so not built (--disable-shared?)"
    exit 77
  fi
  libs="$libs $so -Wl,-rpath,$top/lib$l/.libs"
done

tmp=$(mktemp -d "${TMPDIR:-/tmp}/gsql-doc-samples.XXXXXX") || exit 99
trap 'rm -rf "$tmp"' EXIT
status=0
n=0

for md in "$srctop"/doc/*.md; do
  guide=$(basename "$md" .md)
  # Write each marked block to $tmp/GUIDE-N.c, with a first line that
  # points compiler messages at the guide, and list "N LINE MODE".
  awk -v out="$tmp/$guide" -v src="$md" '
    /^<!-- sample: program( run)? -->[ \t]*$/ { mode = ($0 ~ / run /) ? "run" : "compile"; next }
    mode != "" && !inside && /^```c[ \t]*$/ {
      inside = 1; k++; file = out "-" k ".c"
      printf "#line %d \"%s\"\n", NR + 1, src > file
      print k, NR + 1, mode
      next
    }
    inside && /^```[ \t]*$/ { inside = 0; mode = ""; close (file); next }
    inside { print > file; next }
    { mode = "" }
  ' "$md" > "$tmp/$guide.list" || exit 99
  while read -r k line mode; do
    n=$((n + 1))
    c=$tmp/$guide-$k.c
    exe=$tmp/$guide-$k
    name="doc/$guide.md:$line"
    # shellcheck disable=SC2086
    if ! $CC -Wall -Werror -o "$exe" "$c" -I"$srctop" -I"$top" \
           -I"$srctop/libsqlcore" -I"$top/libsqlcore" -I"$srctop/libsqlorm" -I"$top/libsqlorm" \
           -I"$srctop/libsqlreflect" -I"$top/libsqlreflect" \
           $cflags $libs $ldflags >"$tmp/err" 2>&1; then
      echo "FAIL $name does not compile:"; head -n 30 "$tmp/err"
      status=1
      continue
    fi
    if test "$mode" = run; then
      mkdir "$tmp/run-$guide-$k" || exit 99
      if (cd "$tmp/run-$guide-$k" && "$exe") >"$tmp/out" 2>&1; then
        echo "PASS $name compiles and runs"
      else
        echo "FAIL $name compiles but fails when run:"; tail -n 20 "$tmp/out"
        status=1
      fi
    else
      echo "PASS $name compiles"
    fi
  done < "$tmp/$guide.list"
done

if test $n = 0; then
  echo "FAIL $me: no <!-- sample: program --> blocks found in $srctop/doc"
  exit 1
fi
echo "# $n sample programs checked"
exit $status

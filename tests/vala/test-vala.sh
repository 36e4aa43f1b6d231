#!/bin/sh
# test-vala.sh: gsql from Vala.  Compiles tests/vala/test-vala.vala with
# valac against the bindings the build made (vala/*.vapi) and the built
# libraries, then runs it on SQLite and on every configured server (see
# the program's header).
#
# Run by make check, which exports VALAC, CC, abs_top_builddir and
# abs_top_srcdir.  Exit status: the program's; 77 when valac or the
# bindings are missing (configure without vapigen/valac or introspection);
# 99 when it does not compile.
#
# Copyright 2026 The gsql authors
# SPDX-License-Identifier: MIT
set -u
top=${abs_top_builddir:-$(cd "$(dirname "$0")/../.." && pwd)}
srctop=${abs_top_srcdir:-$(cd "$(dirname "$0")/../.." && pwd)}
VALAC=${VALAC:-valac}

if [ "$VALAC" = no ] || ! command -v "$VALAC" >/dev/null 2>&1; then
  echo "SKIP: test-vala: valac was not found by configure"
  exit 77
fi
for v in sqlcore-1.0 sqlorm-1.0; do
  if [ ! -f "$top/vala/$v.vapi" ]; then
    echo "SKIP: test-vala: $top/vala/$v.vapi not built (no introspection or no vapigen)"
    exit 77
  fi
done

tmp=$(mktemp -d "${TMPDIR:-/tmp}/gsql-vala.XXXXXX") || exit 99
trap 'rm -rf "$tmp"' EXIT
# -X -w: the C that valac writes is not ours to warn about
if ! "$VALAC" --cc="${CC:-cc}" --directory="$tmp" --vapidir="$top/vala" \
     --pkg sqlorm-1.0 --pkg sqlcore-1.0 --pkg gio-2.0 \
     -X -w -X "-I$srctop" -X "-I$top" \
     -X "-I$srctop/libsqlcore" -X "-I$top/libsqlcore" -X "-I$srctop/libsqlorm" -X "-I$top/libsqlorm" \
     -X "$top/libsqlorm/.libs/libsqlorm-1.0.so" -X "$top/libsqlcore/.libs/libsqlcore-1.0.so" \
     -X "-Wl,-rpath,$top/libsqlcore/.libs:$top/libsqlorm/.libs" \
     -o "$tmp/test-vala" "$srctop/tests/vala/test-vala.vala" >"$tmp/valac.log" 2>&1; then
  echo "FAIL: test-vala.vala does not compile:"
  cat "$tmp/valac.log"
  exit 99
fi
"$tmp/test-vala"

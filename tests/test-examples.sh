#!/bin/sh
# test-examples.sh: the examples build and run, on SQLite and on every
# configured server (GSQL_TEST_POSTGRESQL_URL, GSQL_TEST_MARIADB_URL).
#
# Copyright 2026 The gsql authors
# SPDX-License-Identifier: MIT
set -u
top=${abs_top_builddir:-$(cd "$(dirname "$0")/.." && pwd)}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gsql-examples.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
status=0

run () {
  name=$1; shift
  if out=$("$@" 2>&1); then
    echo "PASS $name"
  else
    echo "FAIL $name"; echo "$out" | tail -n 20
    status=1
  fi
}

urls="sqlite:///$tmp/examples.db"
for var in GSQL_TEST_POSTGRESQL_URL GSQL_TEST_MARIADB_URL; do
  eval "url=\${$var:-}"
  if [ -n "$url" ]; then
    urls="$urls $url"
  elif [ "${GSQL_TEST_REQUIRE_ALL:-0}" != 0 ]; then
    echo "FAIL $var is not set and GSQL_TEST_REQUIRE_ALL is set"; status=1
  else
    echo "SKIP $var is not set"
  fi
done

for url in $urls; do
  run "quickstart $url" "$top/examples/quickstart" "$url"
  run "orm-tutorial $url" "$top/examples/orm-tutorial" "$url"
  # gsql-reflect lists what the examples left, and writes each table's
  # CREATE TABLE for its own dialect and for another one.
  run "gsql-reflect $url" "$top/tools/gsql-reflect" "$url"
  table=$("$top/tools/gsql-reflect" "$url" 2>/dev/null | head -n 1)
  if [ -z "$table" ]; then
    echo "FAIL gsql-reflect $url listed no table"; status=1
  else
    for d in "" --dialect=postgresql --dialect=sqlite; do
      if out=$("$top/tools/gsql-reflect" $d "$url" "$table" 2>&1) && echo "$out" | grep -q "CREATE TABLE"; then
        echo "PASS gsql-reflect $d $url $table"
      else
        echo "FAIL gsql-reflect $d $url $table"; echo "$out" | tail -n 20; status=1
      fi
    done
  fi
  if "$top/tools/gsql-reflect" "$url" no_such_table_here >/dev/null 2>&1; then
    echo "FAIL gsql-reflect $url no_such_table_here succeeded"; status=1
  fi
done
exit $status

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

# expect_output NAME LINE…: the last program run printed each line (a
# tutorial's claims: what it says happened did); a LINE ending in "..."
# is a line's beginning.
expect_output () {
  name=$1; shift
  for line in "$@"; do
    case $line in
      *...) printf '%s\n' "$out" | awk -v p="${line%...}" 'index($0, p) == 1 { f = 1 } END { exit !f }' ;;
      *) printf '%s\n' "$out" | grep -qxF -- "$line" ;;
    esac
    if [ $? = 0 ]; then
      echo "PASS $name says: $line"
    else
      echo "FAIL $name did not say: $line"; status=1
    fi
  done
}

# expect_exit NAME STATUS COMMAND…: the command fails with that status and
# says why on stderr.
expect_exit () {
  name=$1; want=$2; shift 2
  "$@" >"$tmp/out" 2>"$tmp/err"
  got=$?
  if [ "$got" = "$want" ] && [ -s "$tmp/err" ]; then
    echo "PASS $name exits $want"
  else
    echo "FAIL $name exited $got (wanted $want with a message)"; tail -n 5 "$tmp/err"; status=1
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
  expect_output "quickstart $url" "inserted 3 rows" "updated 1 row" \
    "  id=2 name=sandy fullname=Sandy Cheeks, Texas" "a second sandy was refused: ..."
  run "orm-tutorial $url" "$top/examples/orm-tutorial" "$url"
  expect_output "orm-tutorial $url" \
    "get by id gives the same object: yes" \
    "sandy is at version 2" \
    "in the transaction: 2 users named sandy or fakeuser" \
    "rolled back: fakeuser is no longer in the session" \
    "rolled back: sandy's full name is Sandy Cheeks of Texas" \
    "after the savepoint's rollback: 1 user named sandy or fakeuser" \
    "patrick2 has 2 addresses; the first, patrick@bikini.bottom, belongs to patrick2" \
    "users with an address at rock.example: 1"
  run "core-tutorial $url" "$top/examples/core-tutorial" "$url"
  expect_output "core-tutorial $url" "  Ursula K. Le Guin: 3 books, 750 pages" \
    "  Terry Pratchett: 2 books, 450 pages" "updated 2, deleted 2"
  run "reflect-existing $url" "$top/examples/reflect-existing" "$url"
  expect_output "reflect-existing $url" "table rx_planet" "  foreign key to rx_star" \
    "planet 2: Venus" "planet 3: Earth" "planet 4: Mars"
  run "live-list $url" "$top/examples/live-list" "$url"
  expect_output "live-list $url" "red: at 1, 1 removed, 0 added; now: ann cy" \
    "committed: red has 2 members, blue 1" "reloaded: blue's member is bob"
  # the Python tutorial, through GObject Introspection (make check exports
  # PYTHON, GI_TYPELIB_PATH and LD_LIBRARY_PATH; PYTHON is empty when the
  # typelibs are not built)
  if [ -n "${PYTHON:-}" ]; then
    run "tutorial.py $url" "$PYTHON" "${abs_top_srcdir:-$top}/examples/tutorial.py" "$url"
  else
    echo "SKIP tutorial.py $url: built without introspection"
  fi
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
  # --tables, for MariaDB's dialect too; the tables referred to come along
  if [ -n "$table" ]; then
    if out=$("$top/tools/gsql-reflect" --dialect=mysql --tables="$table" "$url" 2>&1) &&
       echo "$out" | grep -q "CREATE TABLE"; then
      echo "PASS gsql-reflect --dialect=mysql --tables=$table $url"
    else
      echo "FAIL gsql-reflect --dialect=mysql --tables=$table $url"; echo "$out" | tail -n 20; status=1
    fi
  fi
  expect_exit "gsql-reflect --tables=no_such_table_here $url" 1 \
    "$top/tools/gsql-reflect" --tables=no_such_table_here "$url"
  expect_exit "gsql-reflect --dialect=oracle $url" 2 "$top/tools/gsql-reflect" --dialect=oracle "$url"
done

# The whole schema the examples left in SQLite, written for SQLite by
# gsql-reflect, runs in an empty database and reads back the same.
sqlite_url="sqlite:///$tmp/examples.db"
if command -v python3 >/dev/null 2>&1; then
  if ddl=$("$top/tools/gsql-reflect" --dialect=sqlite --views "$sqlite_url" 2>&1) &&
     printf '%s\n' "$ddl" | python3 -c 'import sqlite3, sys; sqlite3.connect(sys.argv[1]).executescript(sys.stdin.read())' \
       "$tmp/copy.db" &&
     [ "$("$top/tools/gsql-reflect" "sqlite:///$tmp/copy.db")" = "$("$top/tools/gsql-reflect" "$sqlite_url")" ]; then
    echo "PASS gsql-reflect --dialect=sqlite --views $sqlite_url recreates the schema"
  else
    echo "FAIL gsql-reflect --dialect=sqlite --views $sqlite_url recreates the schema"
    echo "$ddl" | tail -n 20; status=1
  fi
  # Names that need quoting, in a check too, quoted as MariaDB needs them.
  python3 -c 'import sqlite3, sys; sqlite3.connect(sys.argv[1]).executescript(
"""CREATE TABLE "order" (id INTEGER PRIMARY KEY, "user id" INTEGER NOT NULL CHECK ("user id" > 0), "Status" TEXT);
CREATE INDEX "ix order status" ON "order" ("Status", "user id");""")' "$tmp/quoted.db"
  if out=$("$top/tools/gsql-reflect" --dialect=mysql "sqlite:///$tmp/quoted.db" 2>&1) &&
     echo "$out" | grep -q 'CREATE TABLE `order`' && echo "$out" | grep -q 'CHECK (`user id` > 0)' &&
     echo "$out" | grep -q 'CREATE INDEX `ix order status` ON `order` (`Status`, `user id`)'; then
    echo "PASS gsql-reflect --dialect=mysql quotes names and check conditions for MariaDB"
  else
    echo "FAIL gsql-reflect --dialect=mysql quotes names and check conditions for MariaDB"; echo "$out"; status=1
  fi
else
  echo "SKIP gsql-reflect recreating a schema: no python3"
fi

# --format=c: the C it writes compiles, and the metadata it builds writes
# the same DDL as the tables reflected.
srctop=${abs_top_srcdir:-$top}
cat >"$tmp/main.c" <<'EOF'
#include <libsqlcore/sqlcore.h>
GsqlMetaData *schema_metadata_new (GError **error);
int
main (int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GsqlMetaData) md = schema_metadata_new (&error);
  g_auto(GStrv) statements = NULL;

  if (md == NULL || (statements = gsql_metadata_compile_create_all (md, argv[1], &error)) == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  for (guint i = 0; statements[i] != NULL; i++)
    g_print ("%s;\n\n", statements[i]);
  return 0;
}
EOF
cflags=${GSQL_TEST_CFLAGS:-$(pkg-config --cflags gio-2.0 2>/dev/null)}
ldflags=${GSQL_TEST_LDFLAGS:-$(pkg-config --libs gio-2.0 2>/dev/null)}
for url in "sqlite:///$tmp/examples.db" "sqlite:///$tmp/quoted.db"; do
  [ -f "${url#sqlite://}" ] || continue
  if ! "$top/tools/gsql-reflect" --format=c "$url" >"$tmp/schema.c" 2>"$tmp/err"; then
    echo "FAIL gsql-reflect --format=c $url"; cat "$tmp/err"; status=1; continue
  fi
  # shellcheck disable=SC2086
  if ! ${CC:-cc} -o "$tmp/schema" "$tmp/schema.c" "$tmp/main.c" -I"$srctop" -I"$top" -I"$top/libsqlcore" \
         -I"$srctop/libsqlcore" $cflags "$top/libsqlcore/.libs/libsqlcore-1.0.so" \
         -Wl,-rpath,"$top/libsqlcore/.libs" $ldflags >"$tmp/err" 2>&1; then
    echo "FAIL gsql-reflect --format=c $url: the C does not compile"; tail -n 20 "$tmp/err"; status=1; continue
  fi
  for d in sqlite postgresql mysql; do
    if ! "$tmp/schema" $d >"$tmp/from-c.sql" 2>"$tmp/err" ||
       ! "$top/tools/gsql-reflect" --dialect=$d "$url" >"$tmp/from-reflect.sql" 2>>"$tmp/err"; then
      echo "FAIL gsql-reflect --format=c $url --dialect=$d"; cat "$tmp/err"; status=1
    elif cmp -s "$tmp/from-c.sql" "$tmp/from-reflect.sql"; then
      echo "PASS gsql-reflect --format=c $url builds what --dialect=$d writes"
    elif [ $d != sqlite ] && [ "$url" = "sqlite:///$tmp/quoted.db" ]; then
      # In C, the check keeps the source's quotes: only gsql-reflect's SQL
      # requotes them for another dialect.
      echo "PASS gsql-reflect --format=c $url builds --dialect=$d (the check keeps SQLite's quotes)"
    else
      echo "FAIL gsql-reflect --format=c $url vs --dialect=$d"
      diff "$tmp/from-c.sql" "$tmp/from-reflect.sql" | head -n 20; status=1
    fi
  done
done

# --format=c --output-dir: GObject model classes, a header and source pair
# per table, that compile against the libraries and round-trip rows
# through the ORM on every backend (the program creates the reflected
# tables there, then drops them).  Names that need quoting: a table
# "group", a mixed-case "LineItem", columns "user id" and "Total".
if command -v python3 >/dev/null 2>&1; then
  python3 -c 'import sqlite3, sys; sqlite3.connect(sys.argv[1]).executescript(open(sys.argv[2]).read())' \
    "$tmp/models.db" "$srctop/tests/install/models.sql"
  if ! "$top/tools/gsql-reflect" --format=c --output-dir="$tmp/models" "sqlite:///$tmp/models.db" 2>"$tmp/err"; then
    echo "FAIL gsql-reflect --format=c --output-dir"; cat "$tmp/err"; status=1
  elif [ "$(cd "$tmp/models" && ls | tr '\n' ' ')" != "db-group.c db-group.h db-line-item.c db-line-item.h db-schema.c db-schema.h " ]; then
    echo "FAIL gsql-reflect --format=c --output-dir wrote: $(ls "$tmp/models")"; status=1
  # shellcheck disable=SC2086
  elif ! ${CC:-cc} -Wall -Werror -o "$tmp/models-rt" "$srctop/tests/install/models-main.c" "$tmp/models"/*.c -I"$tmp/models" \
         -I"$srctop" -I"$top" -I"$top/libsqlcore" -I"$srctop/libsqlcore" -I"$top/libsqlorm" -I"$srctop/libsqlorm" \
         $cflags "$top/libsqlorm/.libs/libsqlorm-1.0.so" "$top/libsqlcore/.libs/libsqlcore-1.0.so" \
         -Wl,-rpath,"$top/libsqlcore/.libs:$top/libsqlorm/.libs" $ldflags >"$tmp/err" 2>&1; then
    echo "FAIL gsql-reflect --format=c --output-dir: the model classes do not compile"; tail -n 20 "$tmp/err"; status=1
  else
    echo "PASS gsql-reflect --format=c --output-dir writes model classes that compile"
    for url in $urls; do
      run "model classes from gsql-reflect round-trip rows on $url" "$tmp/models-rt" "$url"
    done
  fi
else
  echo "SKIP gsql-reflect model classes: no python3"
fi

# Clear errors and distinct exit statuses: 1 for the database, 2 for the
# command line.
expect_exit "gsql-reflect on an unreachable server" 1 \
  "$top/tools/gsql-reflect" "postgresql://nobody:nothing@127.0.0.1:1/none"
expect_exit "gsql-reflect --format=xml" 2 "$top/tools/gsql-reflect" --format=xml "$sqlite_url"
expect_exit "gsql-reflect without a database" 2 "$top/tools/gsql-reflect"
exit $status

#!/bin/sh
# check-symbols.sh: every symbol a library exports is declared in its
# installed headers, and nothing private (_gsql_*) is exported.
#
# Run by make check, which passes the libraries and their installed headers
# in GSQL_PUBLIC_HEADERS (see tests/Makefile.am.inc):
#
#   GSQL_PUBLIC_HEADERS="libsqlcore/libsqlcore-1.0.la: libsqlcore/sqlcore.h …
#                        libsqlorm/libsqlorm-1.0.la: libsqlorm/sqlorm.h …"
#
# For each library it compares the dynamic symbols that nm -D lists as
# defined with the functions its headers declare (a gsql_* name followed by
# "(", outside comments and #defines, plus the *_get_type of every
# G_DECLARE_*_TYPE) and fails on:
#   - a symbol that is exported but declared in no installed header (users
#     cannot call it legitimately, and it cannot be removed later without
#     breaking the ABI);
#   - an exported _gsql_* (private) symbol, or any exported symbol outside
#     the gsql_ prefix;
#   - a function that is declared but not exported (a user's program would
#     compile and then fail to link; usually a missing GSQL_AVAILABLE_IN_*).
#
# Exit status: 0 all good, 1 mismatches (listed), 77 skipped (no nm or no
# shared libraries), 99 misuse.
set -u

me=check-symbols
builddir=${abs_top_builddir:-.}
srcdir=$(cd "$(dirname "$0")/.." && pwd)

if test -z "${GSQL_PUBLIC_HEADERS:-}"; then
    echo "$me: GSQL_PUBLIC_HEADERS is not set; run it with make check" >&2
    exit 99
fi
# libtool's $(NM) may carry options ("/usr/bin/nm -B").
NM=${NM:-nm}
if ! command -v "${NM%% *}" >/dev/null 2>&1; then
    echo "SKIP: $me: ${NM%% *} not found"
    exit 77
fi

tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT

# Declared functions of the headers given as arguments, one per line.
declared () {
    files=
    for h in "$@"; do
        if test -f "$builddir/$h"; then
            files="$files $builddir/$h"
        elif test -f "$srcdir/$h"; then
            files="$files $srcdir/$h"
        else
            echo "$me: header $h not found in $builddir or $srcdir" >&2
            return 1
        fi
    done
    # shellcheck disable=SC2086
    cat $files | awk '
        # strip comments (also across lines) and #define lines with their
        # continuations, so macros and examples in docs count for nothing
        {
            line = $0
            out = ""
            while (length (line) > 0) {
                if (in_comment) {
                    i = index (line, "*/")
                    if (i == 0) { line = ""; break }
                    line = substr (line, i + 2); in_comment = 0
                } else {
                    i = index (line, "/*"); j = index (line, "//")
                    if (j > 0 && (i == 0 || j < i)) { out = out substr (line, 1, j - 1); line = ""; break }
                    if (i == 0) { out = out line; line = ""; break }
                    out = out substr (line, 1, i - 1); line = substr (line, i + 2); in_comment = 1
                }
            }
            if (in_define) { in_define = (out ~ /\\$/); next }
            if (out ~ /^[ \t]*#[ \t]*define/) { in_define = (out ~ /\\$/); next }
            print out
        }' | tr '\n' ' ' | {
        text=$(cat)
        printf '%s\n' "$text" | grep -o 'gsql_[A-Za-z0-9_]*[ \t]*(' | sed 's/[ \t]*($//'
        printf '%s\n' "$text" | grep -o 'G_DECLARE_[A-Z_]*_TYPE[ \t]*([ \t]*[A-Za-z0-9_]*[ \t]*,[ \t]*[A-Za-z0-9_]*' |
            sed 's/.*,[ \t]*//; s/$/_get_type/'
    } | sort -u
}

status=0
nlibs=0
current=
set -f
for word in $GSQL_PUBLIC_HEADERS; do
    case $word in
        *.la:) current=${word%:}; eval "headers_$nlibs=" ; eval "lib_$nlibs=\$current"; nlibs=$((nlibs + 1)) ;;
        *) test -n "$current" || { echo "$me: GSQL_PUBLIC_HEADERS must start with a library (lib….la:)" >&2; exit 99; }
           i=$((nlibs - 1)); eval "headers_$i=\"\$headers_$i \$word\"" ;;
    esac
done
set +f

i=0
while test $i -lt $nlibs; do
    eval "la=\$lib_$i; headers=\$headers_$i"
    i=$((i + 1))
    dlname=$(sed -n "s/^dlname='\(.*\)'$/\1/p" "$builddir/$la" 2>/dev/null)
    so=$builddir/$(dirname "$la")/.libs/$dlname
    if test -z "$dlname" || ! test -f "$so"; then
        echo "SKIP: $me: no shared library for $la (built with --disable-shared?)"
        exit 77
    fi
    name=$(basename "$la" .la)

    # shellcheck disable=SC2086
    declared $headers > "$tmp/declared" || exit 99
    # shellcheck disable=SC2086
    $NM -D --defined-only "$so" | awk 'NF >= 3 { print $3 } NF == 2 { print $2 }' |
        sed 's/@.*//' | sort -u > "$tmp/all"
    # What the toolchain and libtool add to every shared object.
    grep -v -x -e '_init' -e '_fini' -e '_edata' -e '_end' -e '__bss_start' \
        -e '_DYNAMIC' -e '_GLOBAL_OFFSET_TABLE_' "$tmp/all" > "$tmp/exported"

    grep '^gsql_' "$tmp/exported" > "$tmp/public"
    private=$(grep '^_gsql_' "$tmp/exported")
    foreign=$(grep -v -e '^gsql_' -e '^_gsql_' "$tmp/exported")
    undeclared=$(comm -23 "$tmp/public" "$tmp/declared")
    missing=$(comm -13 "$tmp/public" "$tmp/declared")

    echo "# $name: $(wc -l < "$tmp/public") gsql_* symbols exported, $(wc -l < "$tmp/declared") declared in $(echo $headers | wc -w) installed headers"
    if test -n "$private"; then
        echo "FAIL: $name exports private symbols (make them static or keep them out of the export filter):"
        printf '  %s\n' $private
        status=1
    fi
    if test -n "$foreign"; then
        echo "FAIL: $name exports symbols outside the gsql_ prefix:"
        printf '  %s\n' $foreign
        status=1
    fi
    if test -n "$undeclared"; then
        echo "FAIL: $name exports symbols that no installed header declares (declare them in a public header, or make them static or _gsql_-private):"
        printf '  %s\n' $undeclared
        status=1
    fi
    if test -n "$missing"; then
        echo "FAIL: $name's headers declare functions the library does not export (missing GSQL_AVAILABLE_IN_* or definition):"
        printf '  %s\n' $missing
        status=1
    fi
done

if test $nlibs -eq 0; then
    echo "$me: GSQL_PUBLIC_HEADERS names no library" >&2
    exit 99
fi
test $status -eq 0 && echo "# $me: $nlibs libraries export exactly what their headers declare"
exit $status

#!/bin/sh
# check-po.sh: is the message catalogue complete, and are the translations?
#
# Extracts the messages of the sources listed in po/POTFILES.in afresh (with
# po/Makevars' xgettext options, into a temporary directory: po/ is left
# alone), merges every language of po/LINGUAS with them and reports, per
# language, how many messages are translated, fuzzy and untranslated.
#
# Always fails on:
#   - a source file under libsqlcore/, libsqlorm/, libsqlreflect/ or tools/
#     that marks messages (_(), N_(), C_(), NC_(), g_dngettext()) but is not
#     listed in po/POTFILES.in: its messages would never be translated;
#   - a .po file that msgfmt -c rejects (a broken format string would crash
#     or garble a message at run time).
# With --strict (make check-po) it also fails on:
#   - any untranslated or fuzzy message in a language of po/LINGUAS;
#   - a message cut short by a format macro such as G_GINT64_FORMAT, which
#     xgettext cannot expand: such a message can never be translated (print
#     the number with %lu / %ld and a gulong / glong cast, as GLib does).
# make check runs it without --strict, so that new messages may land before
# their translations; it still prints the counts.
#
# Exit status: 0 good, 1 problems (listed), 77 skipped (no gettext tools).
set -u

me=check-po
strict=no
test "${1:-}" = --strict && strict=yes
srcdir=$(cd "$(dirname "$0")/.." && pwd)
po=$srcdir/po

for tool in xgettext msgmerge msgfmt msgcat; do
    if ! command -v $tool >/dev/null 2>&1; then
        echo "SKIP: $me: $tool not found (install gettext)"
        exit 77
    fi
done

tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT
status=0
fail () { echo "FAIL: $*"; status=1; }
warn () { if test $strict = yes; then fail "$@"; else echo "WARNING: $*"; fi; }

# --- every file with marked messages is in POTFILES.in ----------------------
grep -v -e '^#' -e '^[[:space:]]*$' "$po/POTFILES.in" | sort -u > "$tmp/potfiles"
(cd "$srcdir" && grep -l -E '(^|[^A-Za-z0-9_])(_|N_|C_|NC_|g_dngettext)[[:space:]]*\(' \
    libsqlcore/*.c libsqlorm/*.c libsqlreflect/*.c tools/*.c 2>/dev/null) | sort -u > "$tmp/marked"
unlisted=$(comm -23 "$tmp/marked" "$tmp/potfiles")
if test -n "$unlisted"; then
    fail "these files mark messages for translation but are not in po/POTFILES.in:"
    printf '  %s\n' $unlisted
fi
for f in $(cat "$tmp/potfiles"); do
    test -f "$srcdir/$f" || fail "po/POTFILES.in lists $f, which does not exist"
done

# --- extract the messages afresh -----------------------------------------------
options=$(awk '/^XGETTEXT_OPTIONS/ { f = 1 } f { more = /\\$/; sub (/\\$/, ""); print; if (!more) exit }' "$po/Makevars" |
          sed 's/^XGETTEXT_OPTIONS[[:space:]]*=//')
# shellcheck disable=SC2086
if ! (cd "$srcdir" && xgettext $options --files-from="$tmp/potfiles" --output="$tmp/gsql.pot" 2>"$tmp/xgettext.err"); then
    cat "$tmp/xgettext.err"
    fail "xgettext could not extract the messages"
    exit 1
fi
n_messages=$(msgcat --no-wrap "$tmp/gsql.pot" | grep -c '^msgid "..*"$')
echo "# $n_messages messages in the sources listed in po/POTFILES.in"

# A msgid that ends in a lone % was cut short by a format macro.
cut=$(msgcat --no-wrap --no-location "$tmp/gsql.pot" | grep -E '^msgid(_plural)? ".*([^%]|^")%"$' | sed 's/^msgid\(_plural\)\? //')
if test -n "$cut"; then
    warn "these messages are cut short by a format macro (G_G*_FORMAT) that xgettext cannot expand; they are never translated:"
    printf '%s\n' "$cut" | sed 's/^/  /'
    grep -n -E '_[[:space:]]*\("[^"]*%"[[:space:]]*G_G[A-Z0-9]*_FORMAT' $(sed "s|^|$srcdir/|" "$tmp/potfiles") 2>/dev/null |
        sed "s|^$srcdir/|  at |"
fi

# --- every language --------------------------------------------------------------
linguas=$(grep -v '^#' "$po/LINGUAS" | tr '\n' ' ')
test -n "$(echo $linguas)" || warn "po/LINGUAS lists no language"
for lang in $linguas; do
    if ! test -f "$po/$lang.po"; then
        fail "po/LINGUAS lists $lang but po/$lang.po does not exist"
        continue
    fi
    if ! msgfmt -c -o /dev/null "$po/$lang.po" 2>"$tmp/msgfmt.err"; then
        cat "$tmp/msgfmt.err"
        fail "msgfmt -c rejects po/$lang.po"
        continue
    fi
    msgmerge --quiet --no-fuzzy-matching -o "$tmp/$lang.po" "$po/$lang.po" "$tmp/gsql.pot" || { fail "msgmerge $lang.po"; continue; }
    stats=$(LC_ALL=C msgfmt -c --statistics -o /dev/null "$tmp/$lang.po" 2>&1)
    translated=$(echo "$stats" | sed -n 's/^\([0-9]*\) translated message.*/\1/p')
    fuzzy=$(echo "$stats" | sed -n 's/.* \([0-9]*\) fuzzy translation.*/\1/p')
    untranslated=$(echo "$stats" | sed -n 's/.* \([0-9]*\) untranslated message.*/\1/p')
    translated=${translated:-0} fuzzy=${fuzzy:-0} untranslated=${untranslated:-0}
    obsolete=$(msgattrib --only-obsolete "$tmp/$lang.po" 2>/dev/null | grep -c '^#~ msgid "..*"$')
    echo "# $lang: $translated translated, $fuzzy fuzzy, $untranslated untranslated ($obsolete obsolete entries)"
    if test "$fuzzy" -gt 0 || test "$untranslated" -gt 0; then
        warn "po/$lang.po is incomplete:"
        msgattrib --no-wrap --no-obsolete --only-fuzzy "$tmp/$lang.po" 2>/dev/null | grep '^msgid "..*"' | sed 's/^msgid /  fuzzy: /'
        msgattrib --no-wrap --no-obsolete --untranslated "$tmp/$lang.po" 2>/dev/null | grep '^msgid "..*"' | sed 's/^msgid /  untranslated: /'
    fi
done

test $status -eq 0 && echo "# $me: catalogue and translations are consistent${strict:+ (strict: $strict)}"
exit $status

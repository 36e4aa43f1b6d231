#!/bin/sh
# Regenerates the build system; run ./configure afterwards (or pass its
# arguments here, as NOCONFIGURE unset runs it for you).
set -e
srcdir=$(dirname "$0")
test -n "$srcdir" || srcdir=.
(cd "$srcdir" && autoreconf --force --install --verbose)
if test -z "$NOCONFIGURE"; then
  exec "$srcdir/configure" "$@"
fi

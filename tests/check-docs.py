#!/usr/bin/env python3
# check-docs.py: every public symbol of the three libraries is documented
#
# Copyright 2026 The gsql authors
# SPDX-License-Identifier: MIT
#
# Reads the GObject Introspection data the build made (SqlCore-1.0.gir,
# SqlOrm-1.0.gir, SqlReflect-1.0.gir), which carries the doc comments the
# scanner found, and fails on every function, method, constructor, class,
# record, enumeration and flags type without one (a function counts as
# documented when its own text or its parameters' or return value's are).
# Skipped (exit 77) when the build has no introspection data.

import os
import sys
import xml.etree.ElementTree as ET

CORE = '{http://www.gtk.org/introspection/core/1.0}'
C = '{http://www.gtk.org/introspection/c/1.0}'
GLIB = '{http://www.gtk.org/introspection/glib/1.0}'
GIRS = ['libsqlcore/SqlCore-1.0.gir', 'libsqlorm/SqlOrm-1.0.gir', 'libsqlreflect/SqlReflect-1.0.gir']


def documented(el):
    if el.find(CORE + 'doc') is not None:
        return True
    for sub in el.iter():
        if sub is not el and sub.tag in (CORE + 'return-value', CORE + 'parameter', CORE + 'instance-parameter'):
            if sub.find(CORE + 'doc') is not None:
                return True
    return False


def main():
    builddir = (os.environ.get('GSQL_BUILDDIR') or os.environ.get('abs_top_builddir')
                or os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
    paths = [os.path.join(builddir, g) for g in GIRS]
    if not all(os.path.exists(p) for p in paths):
        print('SKIP: check-docs: no introspection data (configure without GObject Introspection)')
        return 77
    missing = []
    counted = 0
    for path in paths:
        root = ET.parse(path).getroot()
        for el in root.iter():
            tag = el.tag[len(CORE):] if el.tag.startswith(CORE) else None
            if tag in ('function', 'method', 'constructor'):
                counted += 1
                if not documented(el):
                    missing.append('%s: %s' % (os.path.basename(path), el.get(C + 'identifier')))
            elif tag in ('class', 'record', 'enumeration', 'bitfield', 'interface'):
                name = el.get(C + 'type') or el.get('name')
                if tag == 'record' and (el.get(GLIB + 'is-gtype-struct-for') or name.endswith('Class')):
                    continue
                counted += 1
                if el.find(CORE + 'doc') is None:
                    missing.append('%s: %s' % (os.path.basename(path), name))
    if missing:
        print('check-docs: %d public symbol(s) without a doc comment:' % len(missing))
        for m in missing:
            print('  ' + m)
        return 1
    print('check-docs: all %d public symbols are documented' % counted)
    return 0


if __name__ == '__main__':
    sys.exit(main())

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
#
# It also checks that the whole API is reachable from Python and GJS: a
# function the scanner cannot bind (varargs, callbacks without user data,
# or one marked (skip)) passes only when an introspectable twin stands in
# for it -- named by the scanner (shadowed-by / moved-to, from a
# (rename-to) annotation) or in NOT_INTROSPECTABLE below, with what
# bindings use instead -- and that twin exists and is introspectable.
#
# Skipped (exit 77) when the build has no introspection data.

import os
import sys
import xml.etree.ElementTree as ET

CORE = '{http://www.gtk.org/introspection/core/1.0}'
C = '{http://www.gtk.org/introspection/c/1.0}'
GLIB = '{http://www.gtk.org/introspection/glib/1.0}'
GIRS = ['libsqlcore/SqlCore-1.0.gir', 'libsqlorm/SqlOrm-1.0.gir', 'libsqlreflect/SqlReflect-1.0.gir']

# C-only symbols without a scanner-recorded twin: identifier -> what a
# binding calls instead, as (kind, C identifier or name) entries that must
# exist in the introspection data.
NOT_INTROSPECTABLE = {
    # varargs (type, value) pairs; the twin takes a GValue array
    'gsql_connection_execute_va': [('function', 'gsql_connection_execute')],
    # C shorthands kept out of bindings, where Table.ref()/Column.ref()
    # would shadow GObject.Object.ref()
    'gsql_table_ref': [('function', 'gsql_table_as_expr')],
    'gsql_column_ref': [('function', 'gsql_column_as_expr')],
    # C function pointers; bindings subclass GsqlSqlType instead
    'gsql_sql_type_new_custom': [('virtual-method', 'bind_value'),
                                 ('virtual-method', 'result_value')],
    # a preprocessor test; bindings compare the version constants
    'GSQL_CHECK_VERSION': [('constant', 'GSQL_MAJOR_VERSION'),
                           ('constant', 'GSQL_MINOR_VERSION'),
                           ('constant', 'GSQL_MICRO_VERSION')],
}
CALLABLES = ('function', 'method', 'constructor', 'function-macro')


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
    unbound = unreachable(paths)
    if missing:
        print('check-docs: %d public symbol(s) without a doc comment:' % len(missing))
        for m in missing:
            print('  ' + m)
    if unbound:
        print('check-docs: %d public symbol(s) not reachable from bindings:' % len(unbound))
        for m in unbound:
            print('  ' + m)
    if missing or unbound:
        return 1
    print('check-docs: all %d public symbols are documented; every one not '
          'introspectable has an introspectable twin' % counted)
    return 0


def tag_of(el):
    return el.tag[len(CORE):] if el.tag.startswith(CORE) else None


def unreachable(paths):
    """The callables bindings cannot reach, as messages."""
    # every callable by C identifier, by (parent, GI name), and the other
    # elements by (kind, C identifier or name)
    by_ident = {}
    by_name = {}
    others = set()
    parent_of = {}
    roots = [ET.parse(p).getroot() for p in paths]
    for root in roots:
        for parent in root.iter():
            for el in parent:
                parent_of[el] = parent
    for root in roots:
        for el in root.iter():
            tag = tag_of(el)
            ident = el.get(C + 'identifier') or el.get(C + 'type')
            if tag in CALLABLES:
                by_ident[ident] = el
                by_name[(parent_of.get(el), el.get('name'))] = el
            if tag:
                others.add((tag, ident))
                others.add((tag, el.get('name')))
    out = []
    for ident, el in sorted(by_ident.items()):
        if el.get('introspectable') != '0':
            continue
        twin = el.get('shadowed-by') or el.get('moved-to')
        if twin is not None:
            other = by_name.get((parent_of.get(el), twin))
            if other is None:
                # moved-to names a function elsewhere (Namespace.function)
                other = next((e for (p, n), e in by_name.items()
                              if n == twin.split('.')[-1]), None)
            if other is None or other.get('introspectable') == '0':
                out.append('%s: its twin %s is missing or not introspectable' % (ident, twin))
        elif ident in NOT_INTROSPECTABLE:
            for kind, name in NOT_INTROSPECTABLE[ident]:
                if kind in CALLABLES:
                    ok = name in by_ident and by_ident[name].get('introspectable') != '0'
                else:
                    ok = (kind, name) in others
                if not ok:
                    out.append('%s: its stand-in %s %s is missing or not introspectable'
                               % (ident, kind, name))
        else:
            out.append('%s: not introspectable and no twin (add a (rename-to) twin, '
                       'or a stand-in to NOT_INTROSPECTABLE in tests/check-docs.py)' % ident)
    for ident in sorted(set(NOT_INTROSPECTABLE) - set(by_ident)):
        out.append('%s: listed in NOT_INTROSPECTABLE but not in the introspection data' % ident)
    return out


if __name__ == '__main__':
    sys.exit(main())

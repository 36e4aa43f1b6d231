#!/usr/bin/env python3
# check-doc-fragments.py: every C fragment in the documentation compiles
#
# Copyright 2026 The gsql authors
# SPDX-License-Identifier: MIT
#
# tests/check-doc-samples.sh compiles (and runs) the complete programs of
# the guides; this script checks everything else that is shown as C, so that
# no example names a function that does not exist or calls one with the
# wrong arguments:
#
#   - the ```c blocks of README.md and doc/*.md that are not marked
#     <!-- sample: program --> or <!-- sample: program run -->;
#   - the |[<!-- language="C" --> ... ]| examples of the doc comments in
#     libsqlcore/*.c, libsqlorm/*.c and libsqlreflect/*.c (" * " taken off
#     each line; |[ blocks without the C marker, like SQL, are not C).
#
# A fragment is a piece of a program, so each one is wrapped in a C file:
#
#   #include <libsqlcore/sqlcore.h>, <libsqlorm/sqlorm.h>,
#            <libsqlreflect/sqlreflect.h>
#   #include "CONTEXT.h"          tests/doc-fragments/orm.h for libsqlorm
#                                 and doc/orm.md, core.h for all the others:
#                                 the names fragments use without declaring
#                                 them (engine, conn, error, users...), with
#                                 their real types, at file scope
#   TOP-LEVEL LINES               see below
#   gboolean gsql_doc_fragment_N (void)
#   {
#     { THE OTHER LINES }         an inner block, so a fragment's own
#                                 g_autoptr(GError) error shadows the
#     return TRUE;                context's error
#   }
#
# and compiled with $CC -fsyntax-only -Wall -Werror (unused variables and
# functions allowed) and $GSQL_TEST_CFLAGS (pkg-config --cflags gio-2.0 when
# unset).  #line directives make the compiler's messages name the guide or
# source file (its absolute path) and the line in it.  Each fragment is its
# own C file: nothing is linked or run.
#
# The heuristics (fragments are written in the GNU style the sources use):
#   - top level: preprocessor lines (#include...); G_DECLARE_* and
#     G_DEFINE_* lines; typedefs and struct/union/enum definitions (the
#     line is "struct NAME", "struct NAME {" or "struct {"), up to the ";"
#     that closes them;
#     function definitions: a line starting in column 0, then lines without
#     ";" or "=" and with a "(" among them, then "{" alone in column 0, up to
#     the next "}" alone in column 0.  Everything else is the body.
#   - a line that is only "…" (U+2026) stands for "handle it here" and
#     becomes "return FALSE;"; right after a top-level definition it stands
#     for more definitions and is dropped.
#   - a blank line goes with the line before it; // comments and comments
#     inside lines are left alone.
# When a fragment does not compile, fix the fragment (it is documentation);
# no fragment is excluded.
#
# Run by make check (see tests/Makefile.am.inc), which exports CC,
# GSQL_TEST_CFLAGS, abs_top_builddir and abs_top_srcdir; by hand, from the
# top of a built tree: python3 tests/check-doc-fragments.py
# (GSQL_DOC_FRAGMENTS_VERBOSE=1 also prints the C file of a failure).
#
# Exit status: 0 all compile, 1 a failure, 77 no compiler or the libraries'
# generated headers are not built.

import concurrent.futures
import glob
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile

ME = 'check-doc-fragments'
ELLIPSIS = '\u2026'
MD_FENCE = re.compile(r'^```c[ \t]*$')
MD_END = re.compile(r'^```[ \t]*$')
MD_PROGRAM = re.compile(r'^<!-- sample: program( run)? -->[ \t]*$')
DOC_OPEN = re.compile(r'^ \* \|\[<!-- language="C" -->[ \t]*$')
DOC_CLOSE = re.compile(r'^ \* \]\|')
TOP_MACRO = re.compile(r'^(G_DECLARE_|G_DEFINE_)\w*\s*\(')
TOP_TYPE = re.compile(r'^(typedef\b|(struct|union|enum)(\s+\w+)?\s*\{?\s*$|(struct|union|enum)\s+\w*\s*\{)')
UMBRELLAS = ['libsqlcore/sqlcore.h', 'libsqlorm/sqlorm.h', 'libsqlreflect/sqlreflect.h']
# generated headers the umbrella headers include, in the build tree
BUILT = ['libsqlcore/gsql-version.h', 'libsqlcore/gsql-enum-types.h', 'libsqlorm/gsql-orm-enum-types.h']
WARNINGS = ['-Wall', '-Werror', '-Wno-unused-variable', '-Wno-unused-but-set-variable',
            '-Wno-unused-function']


class Fragment:
    def __init__(self, path, first, lines, context):
        self.path = path          # relative to the source tree, for messages
        self.first = first        # line number of lines[0] in path
        self.lines = lines
        self.context = context    # core.h or orm.h

    @property
    def name(self):
        return '%s:%d' % (self.path, self.first)


def markdown_fragments(srcdir, rel):
    with open(os.path.join(srcdir, rel), encoding='utf-8') as f:
        text = f.read().split('\n')
    context = 'orm.h' if rel == 'doc/orm.md' else 'core.h'
    out = []
    i = 0
    while i < len(text):
        if MD_FENCE.match(text[i]) and not (i > 0 and MD_PROGRAM.match(text[i - 1])):
            j = i + 1
            while j < len(text) and not MD_END.match(text[j]):
                j += 1
            out.append(Fragment(rel, i + 2, text[i + 1:j], context))
            i = j
        i += 1
    return out


def comment_fragments(srcdir, rel):
    with open(os.path.join(srcdir, rel), encoding='utf-8') as f:
        text = f.read().split('\n')
    context = 'orm.h' if rel.startswith('libsqlorm/') else 'core.h'
    out = []
    i = 0
    while i < len(text):
        if DOC_OPEN.match(text[i]):
            j = i + 1
            lines = []
            while j < len(text) and not DOC_CLOSE.match(text[j]):
                line = text[j]
                if line.startswith(' * '):
                    line = line[3:]
                elif line.rstrip() == ' *':
                    line = ''
                lines.append(line)
                j += 1
            out.append(Fragment(rel, i + 2, lines, context))
            i = j
        i += 1
    return out


def function_definition_end(lines, i):
    """If a function definition starts at lines[i], the index of its closing
    "}", else None."""
    if not re.match(r'[A-Za-z_]', lines[i]):
        return None
    j = i
    while j < len(lines) and j - i < 8 and lines[j].rstrip() != '{':
        if ';' in lines[j] or '=' in lines[j]:
            return None
        j += 1
    if j >= len(lines) or lines[j].rstrip() != '{' or j == i:
        return None
    if '(' not in ''.join(lines[i:j]):
        return None
    for k in range(j + 1, len(lines)):
        if lines[k].rstrip() == '}':
            return k
    return None


def statement_end(lines, i, closer):
    """The index of the line that ends what starts at lines[i]: where the
    parentheses (closer ")") or braces (closer ";") balance again."""
    depth = 0
    for k in range(i, len(lines)):
        depth += lines[k].count('(') + lines[k].count('{')
        depth -= lines[k].count(')') + lines[k].count('}')
        s = lines[k].rstrip()
        if depth <= 0 and (closer == ')' or s.endswith(';')):
            return k
    return len(lines) - 1


def split(fragment):
    """[(is_top_level, index_of_first_line, [lines])], in order, with the
    ellipses replaced."""
    lines = fragment.lines
    kinds = []                   # True: top level, per line
    text = []
    i = 0
    last_top = False             # the last non-blank line was top level
    while i < len(lines):
        line = lines[i]
        end = None
        if line.startswith('#'):
            end = i
            while lines[end].endswith('\\') and end + 1 < len(lines):
                end += 1
        elif TOP_MACRO.match(line):
            end = statement_end(lines, i, ')')
        elif TOP_TYPE.match(line):
            end = statement_end(lines, i, ';')
        else:
            end = function_definition_end(lines, i)
        if end is not None:
            for k in range(i, end + 1):
                kinds.append(True)
                text.append(lines[k])
            last_top = True
            i = end + 1
            continue
        if line.strip() == ELLIPSIS:
            indent = line[:len(line) - len(line.lstrip())]
            if last_top:
                kinds.append(True)
                text.append('/* ' + ELLIPSIS + ' */')
            else:
                kinds.append(False)
                text.append(indent + 'return FALSE;')
        else:
            # a blank line stays with what precedes it
            kinds.append(bool(kinds and kinds[-1] and not line.strip()))
            text.append(line)
        if line.strip():
            last_top = kinds[-1]
        i += 1
    chunks = []
    for k, (top, line) in enumerate(zip(kinds, text)):
        if chunks and chunks[-1][0] == top:
            chunks[-1][2].append(line)
        else:
            chunks.append((top, k, [line]))
    return chunks


def c_source(fragment, n, srcdir):
    # the absolute path, so that the compiler can quote the line from any
    # directory (make check runs in the build tree)
    where = os.path.abspath(os.path.join(srcdir, fragment.path))
    where = where.replace('\\', '\\\\').replace('"', '\\"')
    out = ['#include <%s>' % h for h in UMBRELLAS]
    out.append('#include "%s"' % fragment.context)
    chunks = split(fragment)
    for top, k, lines in chunks:
        if top:
            out.append('#line %d "%s"' % (fragment.first + k, where))
            out.extend(lines)
    out.append('#line 1 "<%s wrapper>"' % ME)
    out.append('gboolean gsql_doc_fragment_%d (void);' % n)
    out.append('gboolean')
    out.append('gsql_doc_fragment_%d (void)' % n)
    out.append('{')
    out.append('  {')
    for top, k, lines in chunks:
        if not top:
            out.append('#line %d "%s"' % (fragment.first + k, where))
            out.extend(lines)
    out.append('#line 1 "<%s wrapper>"' % ME)
    out.append('  }')
    out.append('  return TRUE;')
    out.append('}')
    return '\n'.join(out) + '\n'


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    srcdir = os.environ.get('abs_top_srcdir') or os.path.join(here, '..')
    builddir = os.environ.get('abs_top_builddir') or os.path.join(here, '..')
    cc = shlex.split(os.environ.get('CC') or 'cc')
    if not cc or shutil.which(cc[0]) is None:
        print('SKIP: %s: no C compiler (%s)' % (ME, ' '.join(cc)))
        return 77
    for h in BUILT:
        if not os.path.exists(os.path.join(builddir, h)):
            print('SKIP: %s: %s not built' % (ME, os.path.join(builddir, h)))
            return 77
    cflags = os.environ.get('GSQL_TEST_CFLAGS')
    if cflags is None:
        try:
            cflags = subprocess.run(['pkg-config', '--cflags', 'gio-2.0'], stdout=subprocess.PIPE,
                                    stderr=subprocess.DEVNULL, universal_newlines=True).stdout
        except OSError:
            cflags = ''
    includes = ['-I' + os.path.join(srcdir, 'tests', 'doc-fragments'), '-I' + srcdir, '-I' + builddir]
    for lib in ('libsqlcore', 'libsqlorm', 'libsqlreflect'):
        includes += ['-I' + os.path.join(srcdir, lib), '-I' + os.path.join(builddir, lib)]

    fragments = []
    guides = ['README.md'] + sorted(os.path.relpath(p, srcdir) for p in glob.glob(os.path.join(srcdir, 'doc', '*.md')))
    for rel in guides:
        if os.path.exists(os.path.join(srcdir, rel)):
            fragments += markdown_fragments(srcdir, rel)
    for lib in ('libsqlcore', 'libsqlorm', 'libsqlreflect'):
        for p in sorted(glob.glob(os.path.join(srcdir, lib, '*.c'))):
            fragments += comment_fragments(srcdir, os.path.relpath(p, srcdir))
    if not fragments:
        print('FAIL %s: no C fragments found in %s' % (ME, srcdir))
        return 1

    with tempfile.TemporaryDirectory(prefix='gsql-doc-fragments.') as tmp:
        def compile_one(n):
            c = os.path.join(tmp, 'fragment-%d.c' % n)
            with open(c, 'w', encoding='utf-8') as f:
                f.write(c_source(fragments[n], n, srcdir))
            cmd = cc + ['-fsyntax-only'] + WARNINGS + includes + shlex.split(cflags) + [c]
            p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                               universal_newlines=True, errors='replace')
            return p.returncode, p.stdout, c

        with concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
            results = list(pool.map(compile_one, range(len(fragments))))
        status = 0
        for fragment, (rc, output, c) in zip(fragments, results):
            if rc == 0:
                print('PASS %s' % fragment.name)
            else:
                status = 1
                print('FAIL %s does not compile:' % fragment.name)
                for line in output.splitlines()[:20]:
                    print('  ' + line)
                if os.environ.get('GSQL_DOC_FRAGMENTS_VERBOSE'):
                    with open(c, encoding='utf-8') as f:
                        print(f.read())
    print('# %d fragments checked' % len(fragments))
    return status


if __name__ == '__main__':
    sys.exit(main())

#!/usr/bin/env python3
# check-links.py: every relative link and anchor in the guides (doc/*.md,
# README.md) and in the generated API reference (doc/reference/*/*.html)
# resolves.
#
# Markdown links are resolved as GitHub does: relative to the file, and a
# `#fragment` against the heading slugs of the target guide.  HTML links
# are resolved on disk, fragments against the target's id (and <a name>)
# attributes.  Links with a scheme (https:, mailto:…) are not followed.
#
# Run by make check, which exports abs_top_srcdir, abs_top_builddir and
# GSQL_REFERENCE_BUILT ("yes" when configure found gi-docgen and
# introspection, so make built the reference).  Exit status: 0 every link
# resolves, 1 some do not (listed), 77 the guides are fine but there is no
# HTML to check because gi-docgen (or introspection) is not available.
#
# Copyright 2026 The gsql authors
# SPDX-License-Identifier: MIT

import html.parser
import os
import re
import sys
import urllib.parse

srcdir = os.environ.get('abs_top_srcdir') or os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
builddir = os.environ.get('abs_top_builddir') or srcdir
REFERENCES = ('sqlcore', 'sqlorm', 'sqlreflect')

broken = []


def has_scheme(url):
    return re.match(r'^[A-Za-z][A-Za-z0-9+.-]*:', url) is not None


# --- Markdown ---------------------------------------------------------------

def github_slug(heading):
    text = re.sub(r'\[([^\]]*)\]\([^)]*\)', r'\1', heading)   # [text](url) → text
    text = re.sub(r'<[^>]+>', '', text)
    text = text.strip().lower()
    text = re.sub(r'[^\w\- ]', '', text)
    return text.replace(' ', '-')


def markdown_lines(path):
    """The lines of a Markdown file outside fenced code blocks, with inline
    code spans blanked, as (line number, text)."""
    fence = None
    with open(path, encoding='utf-8') as f:
        for n, line in enumerate(f, 1):
            m = re.match(r'^\s*(```+|~~~+)', line)
            if m:
                if fence is None:
                    fence = m.group(1)
                elif m.group(1).startswith(fence[0]) and len(m.group(1)) >= len(fence):
                    fence = None
                continue
            if fence is None and not line.startswith('    '):
                yield n, re.sub(r'`[^`]*`', '``', line)


slug_cache = {}


def markdown_anchors(path):
    """GitHub's anchors for the headings of a Markdown file (a repeated
    heading gets -1, -2… appended)."""
    if path not in slug_cache:
        anchors = set()
        seen = {}
        fence = None
        with open(path, encoding='utf-8') as f:
            for line in f:
                m = re.match(r'^\s*(```+|~~~+)', line)
                if m:
                    fence = None if fence else m.group(1)
                    continue
                m = None if fence else re.match(r'^(#{1,6})\s+(.*?)\s*#*\s*$', line)
                if m:
                    slug = github_slug(m.group(2).replace('`', ''))
                    count = seen.get(slug, 0)
                    anchors.add(slug if count == 0 else f'{slug}-{count}')
                    seen[slug] = count + 1
        slug_cache[path] = anchors
    return slug_cache[path]


LINK = re.compile(r'!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)')
REFDEF = re.compile(r'^\s*\[[^\]]+\]:\s*(\S+)')
HREF = re.compile(r'''<a\s[^>]*href=["']([^"']+)["']''', re.I)


def check_markdown(path):
    n_links = 0
    for n, line in markdown_lines(path):
        targets = LINK.findall(line) + HREF.findall(line)
        m = REFDEF.match(line)
        if m:
            targets.append(m.group(1))
        for url in targets:
            if has_scheme(url):
                continue
            n_links += 1
            where = f'{os.path.relpath(path, srcdir)}:{n}: {url}'
            target, _, fragment = url.partition('#')
            target = urllib.parse.unquote(target)
            full = os.path.normpath(os.path.join(os.path.dirname(path), target)) if target else path
            if not os.path.exists(full):
                broken.append(f'{where}: no such file')
            elif fragment and full.endswith('.md') and fragment not in markdown_anchors(full):
                broken.append(f'{where}: no heading #{fragment} in {os.path.relpath(full, srcdir)}')
    return n_links


# --- HTML -------------------------------------------------------------------

class Page(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.links = []
        self.ids = set()

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if 'id' in a:
            self.ids.add(a['id'])
        if tag == 'a' and 'name' in a:
            self.ids.add(a['name'])
        for key in ('href', 'src'):
            if a.get(key) is not None and tag in ('a', 'link', 'script', 'img', 'iframe'):
                self.links.append((self.getpos()[0], a[key]))


pages = {}


def parse_page(path):
    if path not in pages:
        p = Page()
        with open(path, encoding='utf-8', errors='replace') as f:
            p.feed(f.read())
        pages[path] = p
    return pages[path]


def check_html(path, root):
    n_links = 0
    for line, url in parse_page(path).links:
        if not url or has_scheme(url) or url.startswith('//'):
            continue
        n_links += 1
        where = f'{os.path.relpath(path, root)}:{line}: {url}'
        target, _, fragment = url.partition('#')
        target = urllib.parse.unquote(target.split('?')[0])
        full = os.path.normpath(os.path.join(os.path.dirname(path), target)) if target else path
        if os.path.isdir(full):
            full = os.path.join(full, 'index.html')
        if not os.path.exists(full):
            broken.append(f'{where}: no such file')
        elif fragment and full.endswith('.html') and fragment not in parse_page(full).ids:
            broken.append(f'{where}: no id "{fragment}" in {os.path.relpath(full, root)}')
    return n_links


def main():
    guides = sorted(os.path.join(srcdir, 'doc', f) for f in os.listdir(os.path.join(srcdir, 'doc'))
                    if f.endswith('.md'))
    guides.append(os.path.join(srcdir, 'README.md'))
    n = sum(check_markdown(g) for g in guides)
    print(f'# {len(guides)} Markdown files, {n} relative links')

    refdir = os.path.join(builddir, 'doc', 'reference')
    built = [r for r in REFERENCES if os.path.exists(os.path.join(refdir, r, 'index.html'))]
    status = 0
    if len(built) < len(REFERENCES):
        if os.environ.get('GSQL_REFERENCE_BUILT') == 'yes':
            broken.append(f'the API reference was not built in {refdir} '
                          f'(missing: {", ".join(set(REFERENCES) - set(built))}), though gi-docgen is available')
        else:
            print('SKIP: the HTML reference is not built (gi-docgen or introspection not available)')
            status = 77
    else:
        n_pages = n = 0
        for r in REFERENCES:
            for dirpath, _, files in os.walk(os.path.join(refdir, r)):
                for f in files:
                    if f.endswith('.html'):
                        n_pages += 1
                        n += check_html(os.path.join(dirpath, f), refdir)
        print(f'# {n_pages} HTML pages, {n} relative links')

    for b in broken:
        print(f'FAIL {b}')
    if broken:
        print(f'# {len(broken)} broken links')
        return 1
    return status


if __name__ == '__main__':
    sys.exit(main())

#!/usr/bin/env python3
"""Build the trial27 test set from hand-written sources.

For every .build/NN.html (with <!-- MAIN START --> / <!-- MAIN END --> markers) and its
.build/NN.json (url, lang, kind, cms, with, without):
  * strips the marker comments, gzips the page to html/KEY.html.gz (KEY = sha1(url)[:16]),
  * writes pages_txt/KEY.txt with html_text.extract_text(html, guess_layout=True),
  * checks that every string occurs in the whitespace-collapsed txt dump, that every
    `with` string lies only inside main regions and every `without` string only outside,
  * writes expected.json.
Run with /work/trial27/.venv/bin/python.
"""
import glob
import gzip
import hashlib
import json
import os
import re
import sys

import html_text

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
MS = "<!-- MAIN START -->"
ME = "<!-- MAIN END -->"
S_START = "QQMAINSTARTQQ"
S_END = "QQMAINENDQQ"


def collapse(s):
    return " ".join(s.split())


def key_of(url):
    return hashlib.sha1(url.encode("utf-8")).hexdigest()[:16]


def regions(src):
    """Return (list of main-region texts, chrome text) using text sentinels."""
    marked = src.replace(MS, "<span>%s</span>" % S_START).replace(ME, "<span>%s</span>" % S_END)
    txt = html_text.extract_text(marked, guess_layout=True)
    main, chrome = [], []
    pos, inside = 0, False
    for m in re.finditer("%s|%s" % (S_START, S_END), txt):
        seg = txt[pos:m.start()]
        (main if inside else chrome).append(collapse(seg))
        if m.group(0) == S_START:
            assert not inside, "nested MAIN START"
            inside = True
        else:
            assert inside, "MAIN END without START"
            inside = False
        pos = m.end()
    assert not inside, "unclosed MAIN START"
    chrome.append(collapse(txt[pos:]))
    return main, chrome


def main():
    os.makedirs(os.path.join(ROOT, "html"), exist_ok=True)
    os.makedirs(os.path.join(ROOT, "pages_txt"), exist_ok=True)
    expected, errors, rows = {}, [], []
    for path in sorted(glob.glob(os.path.join(HERE, "[0-9][0-9].html"))):
        nn = os.path.basename(path)[:2]
        spec = json.load(open(os.path.join(HERE, nn + ".json"), encoding="utf-8"))
        src = open(path, encoding="utf-8").read()
        if src.count(MS) == 0 or src.count(MS) != src.count(ME):
            errors.append("%s: bad marker count" % nn)
        url = spec["url"]
        key = key_of(url)
        clean = src.replace(MS + "\n", "").replace(ME + "\n", "").replace(MS, "").replace(ME, "")
        assert MS not in clean and ME not in clean
        with gzip.open(os.path.join(ROOT, "html", key + ".html.gz"), "wb") as f:
            f.write(clean.encode("utf-8"))
        txt = html_text.extract_text(clean, guess_layout=True)
        with open(os.path.join(ROOT, "pages_txt", key + ".txt"), "w", encoding="utf-8") as f:
            f.write(txt)
        flat = collapse(txt)
        main_regs, chrome_regs = regions(src)
        w, wo = spec["with"], spec["without"]
        if not (4 <= len(w) <= 8 and 4 <= len(wo) <= 8):
            errors.append("%s: need 4-8 with/without (have %d/%d)" % (nn, len(w), len(wo)))
        for s in w + wo:
            n = len(s.split())
            if n < 4 or n > 12:
                errors.append("%s: string length %d words: %r" % (nn, n, s))
            if collapse(s) != s:
                errors.append("%s: string not whitespace-collapsed: %r" % (nn, s))
            if s not in flat:
                errors.append("%s: not in txt dump: %r" % (nn, s))
        for s in w:
            if not any(s in r for r in main_regs):
                errors.append("%s: WITH not in a main region: %r" % (nn, s))
            if any(s in r for r in chrome_regs):
                errors.append("%s: WITH also in chrome: %r" % (nn, s))
        for s in wo:
            if any(s in r for r in main_regs):
                errors.append("%s: WITHOUT in a main region: %r" % (nn, s))
            if not any(s in r for r in chrome_regs):
                errors.append("%s: WITHOUT not in chrome: %r" % (nn, s))
        if key in expected:
            errors.append("%s: duplicate key" % nn)
        expected[key] = {"url": url, "with": w, "without": wo}
        rows.append((nn, key, spec.get("lang"), spec.get("kind"), spec.get("cms"), len(flat)))
    with open(os.path.join(ROOT, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=1)
    for r in rows:
        print("%s %s %-6s %-28s %-28s %6d chars" % r)
    if errors:
        print("\n%d CHECK FAILURES:" % len(errors))
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("\nall checks pass (%d pages)" % len(rows))


if __name__ == "__main__":
    main()

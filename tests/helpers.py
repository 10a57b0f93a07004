"""Small synthetic corpora written by the tests themselves (hermetic, deterministic)."""

from __future__ import annotations

import hashlib
import json
import random
import re
from pathlib import Path
from typing import Any

from indexer.models import Article, Document, Paragraph

WORDS = (
    "archive river council harbour museum budget strike election minister festival "
    "railway drought vaccine teacher market bridge court protest orchestra satellite "
    "farmers pension border storm library factory tunnel airline glacier senate"
).split()


# A build's progress line when stderr is no terminal (cli._LineProgress): it comes whatever the
# build meets, so tests that pin a build's warnings and errors line by line leave it out.
PROGRESS_LINE = re.compile(
    r"^indexer: (?:indexing [0-9,/]+ files?|checking [0-9,]+ files? for changes|writing the index)\b.*\n", re.M
)


def without_progress(stderr: str) -> str:
    """A build's stderr without its progress lines (cli._LineProgress)."""
    return PROGRESS_LINE.sub("", stderr)


def write_corpus(folder: Path, n: int, seed: int = 7, paragraphs: int = 6, prefix: str = "article") -> list[Path]:
    """n plain-text articles: a title line, then prose paragraphs separated by blank lines."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        title = f"Report {i} on the {rng.choice(WORDS)} and the {rng.choice(WORDS)}"
        body = []
        for _ in range(paragraphs):
            words = [rng.choice(WORDS) for _ in range(rng.randint(18, 40))]
            body.append(f"The {' '.join(words)} was discussed at length, officials said on Monday.")
        path = folder / f"{prefix}-{i:05d}.txt"
        path.write_text(title + "\n\n" + "\n\n".join(body) + "\n", encoding="utf-8")
        paths.append(path)
    return paths


# Four paragraphs of plain news prose, written for the tests.
PROSE = [
    "The city council voted on Tuesday to close the old harbour bridge for repairs, a decision that "
    "will force thousands of commuters onto ferries for most of next year.",
    "Engineers said the steel supports had corroded faster than expected and that the deck could no "
    "longer carry buses, according to a report published by the council last month.",
    "Local businesses have asked for compensation, saying the closure will cut the number of visitors "
    "to the old town at the busiest time of the year.",
    "The council said it would run extra ferries in the morning and evening and that the bridge "
    "should reopen before the summer festival if the work goes to plan.",
]


# Four small articles of our own that spell one person, one party and one surname two ways each
# (test_corpus_names.py, test_names_store.py).
VARIANT_TEXTS = {
    "a1.txt": "Mourinho stays\n\nJosé Mourinho said on Monday that he would stay at the club for "
    "another season.\n\nThe Labour Party won the council vote in Leeds by a wide margin.\n",
    "a2.txt": "Coach speaks\n\nJose Mourinho told reporters on Sunday that the team had played well."
    "\n\nLabour said it would oppose the plan to close the library in Leeds.\n",
    # a3 and a4 share a name ("Ohio"): the article evidence a bare "Trump" joins "Donald Trump" on
    "a3.txt": "Budget row\n\nMr Trump said in Ohio on Friday that the budget was far too small for the army.\n",
    "a4.txt": "Ohio visit\n\nDonald Trump visited a steel plant in Ohio on Friday with local officials.\n",
}


# A live blog's headline and four posts of our own (test_live_stamp_lines.py,
# test_live_stamps_seams_items.py).
LIVE_HEADLINE = "Live: harbour town counts the cost of the flood"
LIVE_POSTS = [
    "The river burst its banks just after midnight and water reached the market square by dawn.",
    "Volunteers have filled two thousand sandbags at the fire station since the early morning.",
    "The mayor says the old footbridge will stay shut until engineers have inspected it.",
    "Buses are running again on the coast road, the transport company has confirmed.",
]


def index_articles(folder: Path, articles: dict[str, str]) -> Path:
    """Write `articles` ({file name: text}) into `folder`, build an index with entities at
    `folder/idx` and return that path."""
    from indexer.pipeline import build

    for name, text in articles.items():
        (folder / name).write_text(text, encoding="utf-8")
    build([str(folder)], str(folder / "idx"), entities=True)
    return folder / "idx"


def index_news_folder(root: Path, pages: dict[str, str]) -> Path:
    """Write `pages` ({file name: text}) into `root/news`, build an index of that folder without
    entities through the CLI at `root/idx` and return that path (article ids "news/NAME")."""
    from tests.conftest import invoke

    folder = root / "news"
    folder.mkdir()
    for name, text in pages.items():
        (folder / name).write_text(text, encoding="utf-8")
    code, _, err = invoke("build", "--no-entities", "--index", str(root / "idx"), str(folder))
    assert code == 0, err
    return root / "idx"


def article_ids(index: Path, query: str) -> list[str]:
    """The sorted ids of the articles with a hit for `query` (its first 100 hits)."""
    from indexer.search import IndexSearcher
    from indexer.search.request import SearchRequest

    with IndexSearcher(index) as searcher:
        result = searcher.search(SearchRequest(query=query, limit=100))
    return sorted({hit.article_id for hit in result.hits})


def search_json(index: Path, query: str, *args: str) -> dict[str, Any]:
    """`indexer search QUERY --json ARGS --index INDEX` run in this process: its JSON answer
    (AssertionError when the search fails rather than finding none)."""
    from tests.conftest import invoke

    code, out, err = invoke("search", query, "--json", *args, "--index", str(index))
    assert code in (0, 1), err or out
    answer: dict[str, Any] = json.loads(out)
    return answer


def hit_count(index: Path, *args: str) -> int:
    """`indexer search ARGS --count --index INDEX` run in this process: the number of hits
    (AssertionError when the search fails rather than finding none)."""
    from tests.conftest import invoke

    code, out, err = invoke("search", *args, "--count", "--index", str(index))
    assert code in (0, 1), err
    return int(out)


def tag_texts(texts: list[str], title: bool = False, published: str = "") -> Article:
    """`texts` tagged as one article's paragraphs (entities.tag_article): the first a title when
    `title`, the rest body; `published` the article's date (ISO 8601), for relative dates."""
    from indexer.entities import tag_article

    paras = [Paragraph(i + 1, "title" if title and i == 0 else "body", t) for i, t in enumerate(texts)]
    return tag_article(Article("t", "t", "h", published=published, paragraphs=paras))


def html_document(data: bytes, path: str = "page.html") -> Document:
    """The Document the build makes of a saved page's bytes (`htmlpage.extract`), for segment."""
    from indexer import htmlpage

    text, blocks, meta, warnings = htmlpage.extract(data, path)
    return Document(
        id="p", path=path, content_hash="h", text=text, format="html", blocks=blocks, meta=meta, warnings=warnings
    )


def article_html(body: str, title: str, lang: str = "en", head: str = "", after: str = "") -> bytes:
    """A saved HTML page of the test's own (UTF-8 bytes): `title` as its <title> and as the <h1>
    of an <article> holding `body` (HTML); `head` goes into <head>, `after` after the article."""
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>{head}</head>'
        f"<body><article><h1>{title}</h1>{body}</article>{after}</body></html>"
    ).encode()


# A page's furniture around the test's own article, for the plain-text segmenter's tests.
MENU = "Home | News | Sport | Weather\nSign in"
FOOTER = "© 2024 The Harbour Gazette. All rights reserved."


def parse_blocks(*blocks: str) -> Article:
    """`segment.segment` of a plain-text page whose blocks are `blocks`, joined by blank lines."""
    from indexer import segment  # here: most tests of this module's helpers need no segmenter

    text = "\n\n".join(blocks)
    doc = Document(id="k", path="k.txt", content_hash=hashlib.sha256(text.encode()).hexdigest(), text=text)
    return segment.segment(doc)


def page_body(title: str, *blocks: str) -> list[str]:
    """The body paragraphs' texts of a plain-text page of `blocks` under `title`, between the
    furniture of MENU and FOOTER (`parse_blocks`)."""
    from indexer.models import BODY

    return [p.text for p in parse_blocks(MENU, title, *blocks, FOOTER).paragraphs if p.kind == BODY]


def kind_and_reason(art: Article, start: str) -> tuple[str, str]:
    """(kind, reason) of the one paragraph of `art` whose text starts with `start`."""
    (p,) = [p for p in art.paragraphs if p.text.startswith(start)]
    return p.kind, p.reason

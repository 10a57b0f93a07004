"""What the pages show, as plain data for the templates: text cut into (text, mark) segments
that Jinja2 escapes one by one, so no article text is ever trusted as markup."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any
from urllib.parse import urlencode

from ..models import Article, Hit, SearchResult

# The entity fields marked in an article's paragraphs, with the class each mark gets.
MARKED_FIELDS = ("people", "orgs", "places", "groups")


def segments(text: str, spans: Iterable[tuple[int, int, str]]) -> list[tuple[str, str]]:
    """`text` cut at `spans` ([start, end) character offsets, with a class name): a list of
    (piece, class), class "" for unmarked text. Overlapping spans: the earlier (then longer)
    one wins; spans outside the text are dropped."""
    out: list[tuple[str, str]] = []
    at = 0
    for start, end, name in sorted(spans, key=lambda s: (s[0], -s[1])):
        start, end = max(start, at), min(end, len(text))
        if start >= end:
            continue
        if start > at:
            out.append((text[at:start], ""))
        out.append((text[start:end], name))
        at = end
    if at < len(text):
        out.append((text[at:], ""))
    return out


def hit_view(hit: Hit) -> dict[str, Any]:
    """A hit for the result list: its fragment (Hit.fragment) with the matched words
    (Hit.matches) marked, "…" where the fragment cuts the paragraph, and its tags."""
    start, end = hit.fragment if hit.fragment != (0, 0) else (0, len(hit.text))
    piece = hit.text[start:end]
    spans = [(a - start, b - start, "match") for a, b in hit.matches if a < end and b > start]
    parts = segments(piece, spans)
    if start > 0:
        parts.insert(0, ("… ", ""))
    if end < len(hit.text):
        parts.append((" …", ""))
    return {
        "hit": hit,
        "parts": parts,
        "anchor": f"p{hit.paragraph}",
        "tags": [(name, list(getattr(hit, name))) for name in (*MARKED_FIELDS, "speakers") if getattr(hit, name)],
    }


def name_spans(text: str, names: Mapping[str, Sequence[str]]) -> list[tuple[int, int, str]]:
    """Where each tagged name occurs in `text` (exact, case-sensitive; a canonical name the
    paragraph spells otherwise is listed under the paragraph but not marked): (start, end,
    field). Longer names first, so "Labour Party" is not marked as "Labour"."""
    spans: list[tuple[int, int, str]] = []
    taken = [False] * len(text)
    for field, name in sorted(((f, n) for f, ns in names.items() for n in ns if n), key=lambda x: -len(x[1])):
        at = text.find(name)
        while at >= 0:
            if not any(taken[at : at + len(name)]):
                spans.append((at, at + len(name), field))
                taken[at : at + len(name)] = [True] * len(name)
            at = text.find(name, at + len(name))
    return spans


def article_view(
    article: Article, variants: Callable[[str, str], Sequence[str]] = lambda field, name: (name,)
) -> dict[str, Any]:
    """An article page: every indexed paragraph with its entity names marked, and who is
    quoted (speakers with the paragraphs quoting them, in order of first quote). The tags are
    corpus names ("Donald Trump"); `variants(field, name)` gives every name of its group
    (names.NameTable.groups), so that the paragraph's own spelling ("Trump") is marked too."""
    paragraphs = []
    quoted: dict[str, list[int]] = {}
    for p in article.paragraphs:
        names = {f: [v for n in getattr(p, f) for v in dict.fromkeys((n, *variants(f, n)))] for f in MARKED_FIELDS}
        paragraphs.append(
            {
                "p": p,
                "parts": segments(p.text, name_spans(p.text, names)),
                "tags": [(f, list(getattr(p, f))) for f in (*MARKED_FIELDS, "speakers") if getattr(p, f)],
            }
        )
        for speaker in p.speakers:
            quoted.setdefault(speaker, []).append(p.paragraph)
    return {"article": article, "paragraphs": paragraphs, "quoted": list(quoted.items())}


def page_links(args: dict[str, list[str]], result: SearchResult) -> dict[str, str]:
    """Previous and next page, the same search as JSON and CSV, and with every copy of a folded
    paragraph when the page folded some (`duplicates`), as query strings. The CSV
    endpoint runs the query as typed (`indexer search --csv`); where the page shows a fallback's
    hits (a question, a typo), its link asks for the fallback too, so it holds the rows shown."""
    base = {k: v for k, v in args.items() if k != "offset"}
    csv_args = {**args, "fallback": ["true"]} if result.fallback and "fallback" not in args else args
    if result.more is not None and result.distinct != result.total and "duplicates" not in args:
        # copies folded (on this page or before it, which moves its offsets): so does its CSV
        csv_args = {**csv_args, "duplicates": ["false"]}
    links = {
        "json": "/api/search?" + urlencode(args, doseq=True),
        "csv": "/api/search.csv?" + urlencode(csv_args, doseq=True),
    }
    if result.offset > 0:
        step = max(result.limit, 1)
        prev = max(0, result.offset - step)
        if result.offset >= result.hits_total > 0:  # past the end (an edited link): back to the last page
            prev = (result.hits_total - 1) // step * step
        links["prev"] = "/?" + urlencode({**base, **({"offset": [str(prev)]} if prev else {})}, doseq=True)
    if result.next_offset is not None:
        links["next"] = "/?" + urlencode({**base, "offset": [str(result.next_offset)]}, doseq=True)
    if result.folded:  # copies folded: the same search showing each, from its first page
        links["duplicates"] = "/?" + urlencode({**base, "duplicates": ["1"]}, doseq=True)
    elif "duplicates" in args and result.more is None:  # every copy shown: the way back to folding them
        links["fold"] = "/?" + urlencode({k: v for k, v in base.items() if k != "duplicates"}, doseq=True)
    return links


# Function words of five letters or more, and month and day names, which a title's most
# frequent word, the search box's example word, must not be.
_FUNCTION_WORDS = frozenset(
    "about above after again against along among around before being below between could during "
    "every first further having other their there these those through under until where which "
    "while would should".split()
    # Dates say when, not what: a wire's titles name the month ("february" on Reuters).
    + "january february march april august september october november december monday tuesday "
    "wednesday thursday friday saturday sunday".split()
)
_TITLE_WORD = re.compile(r"[^\W\d_]{5,}")
# The search box's examples when the index gives none (empty, or unreadable for now).
GENERIC_EXAMPLES = 'words, "a phrase", person:name'


def example_queries(titles: Iterable[str], names: Mapping[str, Sequence[tuple[str, int]]]) -> str:
    """The search box's placeholder, examples from the index served (they were the shipped
    article's, 'forced labor, "Id Kah Mosque", person:Zenz', on any index): the most frequent word
    of its article titles (five letters or more, no function word), its most frequent name of
    several words (place, organization or person) as a phrase, and its most frequent person's
    last name as a filter (`person:Blair`), from `names` ({field: [(name, paragraphs)], most
    first}, as entity_counts gives them). Deterministic: ties go to the alphabetically first.
    GENERIC_EXAMPLES when there is none of these (an empty index)."""
    counts = Counter(
        w for t in titles for w in {m.group().lower() for m in _TITLE_WORD.finditer(t)} if w not in _FUNCTION_WORDS
    )
    parts = [min(counts.items(), key=lambda wc: (-wc[1], wc[0]))[0]] if counts else []
    phrases = [(n, c) for f in ("places", "orgs", "people") for n, c in names.get(f, ()) if " " in n.strip()]
    if phrases:
        parts.append('"' + min(phrases, key=lambda nc: (-nc[1], nc[0]))[0].replace('"', "") + '"')
    people = [(n, c) for n, c in names.get("people", ()) if n.split()]
    if people:
        parts.append("person:" + min(people, key=lambda nc: (-nc[1], nc[0]))[0].split()[-1])
    return ", ".join(parts) if parts else GENERIC_EXAMPLES

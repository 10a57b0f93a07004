"""Why a filtered search found nothing: a filter value that matches no paragraph of the index on
its own (`--place londn`, `--article busines`), said in a note with the nearest names the index
holds (`no paragraph names a place 'londn' (did you mean London?)`), where the search printed
"no paragraphs found" alone and left the user to guess whether the words or the filter missed.

Asked only of a search that found nothing, so it costs nothing otherwise: each filter value is
counted alone (compiled and run as a filter-only search), and a value that counts nothing is
compared with the index's names (difflib, whole names, case-folded) or article id parts. A name
no entity filter matches is counted as a phrase of words too, in articles the entity model tags
and in the others (`_as_words`), so the note says where the text holds it: in tagged articles
that did not tag it, or (when no tagged one holds it) perhaps in the untagged ones.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import replace
from typing import TYPE_CHECKING

from ..analysis import MIN_LENGTH, is_unspaced
from ..errors import QueryError
from ..index.phrases import SIGN_RE
from ..models import FIELD_TYPE, NAME_FIELDS, Filters, SearchRequest
from ..query import FUZZY_RE, ParsedQuery
from .filters import filter_name
from .plan import make_plan

if TYPE_CHECKING:
    from .compile import CompiledRequest
    from .relax import Relaxation
    from .searcher import IndexSearcher

# How alike a name must be to be suggested (difflib's ratio): "londn" ~ "london" is 0.91,
# "gordon browne" ~ "gordon brown" 0.96; "paris" ~ "peru" 0.44 is no suggestion.
NEAR = 0.8
ARTICLE = "articles"


def unmatched_filter_notes(searcher: IndexSearcher, filters: Filters) -> list[str]:
    """A note for each entity or article filter value of `filters` that matches no paragraph of
    the index by itself, naming the nearest names (or article id parts) the index holds."""
    notes = []
    blame_untagged = False  # a name found as words in no tagged article: maybe in an untagged one
    # An index built without entities names nothing: the CLI says so once (cli._note_untagged).
    for field in (*NAME_FIELDS, ARTICLE) if searcher.manifest.entities else (ARTICLE,):
        for value in getattr(filters, field):
            # A pattern of ids may rightly match nothing; one of paths names files the user has.
            pattern = ("*" in value or "?" in value) and "/" not in value
            if pattern or _count(searcher, field, value):
                continue
            if field == ARTICLE:
                parts = _id_parts(searcher, value.strip().strip("/").count("/") + 1)
                near = _near(value, parts) or _starting(value, parts)
                what = f"no article id matches '{value}'"
            else:
                name = filter_name(value)[0].strip()  # as the filter reads it: `=H&amp;M` is H&M
                near = _near(name, _names(searcher, field))
                what = f"no paragraph names {_a(FIELD_TYPE[field])} '{value}'"  # type: ignore[index]
            notes.append(what + (f" (did you mean {' or '.join(near)}?)" if near else ""))
            if field != ARTICLE:
                tagged, untagged = _as_words(searcher, name)
                speaker_note = _as_speaker(searcher, name) if field == "people" else ""
                if tagged:
                    notes.append(_in_tagged_text(name, tagged, FIELD_TYPE[field], untagged))  # type: ignore[index]
                elif not speaker_note:  # (a speaker's name is no text's: the untagged ones are no reason)
                    blame_untagged = True
                if field in ("people", "speakers") and (byline_note := _in_bylines(searcher, name)):
                    notes.append(byline_note)
                if speaker_note:
                    notes.append(speaker_note)
    if blame_untagged and (untagged_note := _untagged_languages(searcher)):
        notes.append(untagged_note)
    return notes


def unmatched_word_notes(relaxation: Relaxation, filtered: bool) -> list[str]:
    """Why a query of plain words (`relaxation.parsed`, ANDed) found nothing: the words no
    paragraph holds in any spelling ("no paragraph has the word 'zzqqx'"), or, when each is in
    some paragraph and no filter narrowed the search (`filtered`), that none holds them all. A
    query that finds nothing printed "no paragraphs found" alone, and the user had to try each
    word to learn which one missed (a new user's "Blair zzqqx")."""
    parsed = relaxation.parsed
    if fuzzy := _one_fuzzy_word(parsed):  # `Podolsky~` found nothing and said nothing
        word, distance = fuzzy
        return [f"no paragraph has a word within {distance} typing error{'s' if distance > 1 else ''} of {word!r}"]
    if not parsed.simple or not any(t.kind == "word" for t in parsed.tokens):
        return []
    unknown = [repr(parsed.tokens[i].text) for i in sorted(relaxation.unknown)]
    if unknown:
        which = f"the word {unknown[0]}" if len(unknown) == 1 else f"the words {', '.join(unknown)}"
        return [f"no paragraph has {which}"]
    # (words only: `unknown` looks at no phrase's words, so of a phrase it could not say so)
    if len(parsed.tokens) > 1 and all(t.kind == "word" for t in parsed.tokens) and not filtered:
        return ["each of its words is in some paragraph, but no paragraph has them all"]
    return []


def _one_fuzzy_word(parsed: ParsedQuery) -> tuple[str, int] | None:
    """(the word, its distance) when the query is one word of the default field with a typo
    distance (`uyghr~`: 1, `sanctons~2`: 2), else None."""
    if len(parsed.tokens) != 1:
        return None
    t = parsed.tokens[0]
    m = FUZZY_RE.search(t.text)
    if t.kind != "word" or t.field or t.sign or m is None or "^" in t.text:
        return None
    return t.text[: m.start()], int(m.group(1) or 1)


def unmatched_phrase_notes(searcher: IndexSearcher, compiled: CompiledRequest, request: SearchRequest) -> list[str]:
    """When the query's quoted phrases (ExactPhrase: the words as typed) made it find nothing
    and their words in other forms would not: a note saying so, with how many paragraphs the
    query finds with them ("mobile phone" finds no "mobile phones": a new user's quoted phrase
    gave "no paragraphs found" alone); else, for a query of plain words and phrases, when the
    words unquoted find paragraphs, how many ('"blair iraq"': the two words in 37 paragraphs,
    never side by side)."""
    from ..index.queries import without_exact_phrases

    parsed = compiled.parsed
    if compiled.query is None or parsed is None:
        return []
    phrases = [t.text for t in parsed.tokens if t.kind == "phrase" and len(t.text.split()) > 1]
    # a quoted word with a sign ("£1bn": phrases.ExactPhrase's signs) is named too
    signed = [t.text for t in parsed.tokens if t.kind == "phrase" and SIGN_RE.search(t.text)]
    shown = list(dict.fromkeys(phrases + signed))
    which, its = ", ".join(shown) or "the quoted phrase", "its" if len(shown) < 2 else "their"
    # a word of one letter or figure has no term ('"5 points"'): unquoted, the phrase is its other
    # words alone, and a count of them would be no count of the phrase in other forms (422
    # paragraphs with "points" were offered for `"5 points"`, a new user's try)
    short = sorted(
        {
            w
            for t in phrases
            for w in _WORD_RE.findall(_QUOTES.sub(" ", t))
            if len(w) < MIN_LENGTH and not is_unspaced(w)
        }
    )
    if short:
        return [
            f"no paragraph has {which} as typed; one-letter words such as {short[0]!r} are not indexed, "
            "so no other form of it can be searched for"
        ]
    loose = without_exact_phrases(compiled.query)
    if loose != compiled.query:
        found = searcher.executor.run(make_plan(loose, compiled.filter, request.sort, has_query=True), 1).total
        if found:
            signs, other = (" and signs", " or with other signs") if signed else ("", "")
            return [
                f"no paragraph has {which} word for word (quotes match the words{signs} as typed); {found} "
                f"{'has' if found == 1 else 'have'} {its} words in other forms{other}: add ~1 after the closing "
                "quote to find them"
            ]
    if not phrases or not parsed.simple:
        return []
    try:  # (the words unquoted may be no query of their own: a note, never an error)
        apart = searcher.compiler.compile_request(replace(request, query=_QUOTES.sub(" ", request.query)))
    except QueryError:
        return []
    if apart.query is None:
        return []
    found = searcher.executor.run(make_plan(apart.query, apart.filter, request.sort, has_query=True), 1).total
    if not found:
        return []
    return [
        f"no paragraph has {which} side by side; {found} {'has' if found == 1 else 'have'} {its} words "
        "apart: search without the quotes"
    ]


_WORD_RE = re.compile(r"\w+")
# a phrase's double quotes (the typographic ones too, query.py's) and a slop after its closing one
_QUOTES = re.compile('["“”„«»](?:~\\d*)?')


def unmatched_byline_notes(searcher: IndexSearcher, values: list[str]) -> list[str]:
    """For each `byline:` value (not a pattern) no article's byline holds: the note saying so,
    and where the name is the speaker of paragraphs (a forum reply's poster, whose posts are
    his while the thread's byline is its starter's; a letter's writer), the search that finds
    them (trial 16: `byline:HenryK` said "no paragraphs found" alone)."""
    from ..index.parser import byline_query_words

    notes = []
    for value in values:
        if any(c in value for c in "*?") or searcher.articles.ids_by_byline(byline_query_words(value)):
            continue
        notes.append(f"no article's byline has '{value}'")
        if speaker_note := _as_speaker(searcher, value):
            notes.append(speaker_note)
    return notes


def _as_words(searcher: IndexSearcher, name: str) -> tuple[int, int]:
    """Paragraphs holding `name` as a phrase of words (the search a user would type, `"NAME"`):
    (in articles of languages the entity model tags, in the others). Counted only for a search
    that found nothing, two filter-only counts."""
    from ..language import tags_language
    from .articles import count_languages

    phrase = '"' + name.replace('"', " ").strip() + '"'
    if phrase == '""':
        return 0, 0
    codes = list(count_languages(searcher.articles.records.values()))
    out = []
    for group in ([c for c in codes if tags_language(c)], [c for c in codes if not tags_language(c)]):
        if not group:
            out.append(0)
            continue
        request = SearchRequest(phrase, Filters(languages=tuple(group)), limit=0, fallback=False, suggest=False)
        out.append(searcher.search(request).total)
    return out[0], out[1]


def _in_tagged_text(name: str, tagged: int, kind: str, untagged: int) -> str:
    """The note for a name that tagged articles hold as words the model did not tag as `kind`
    ("'Thwaites' is in 3 paragraphs of tagged articles, not tagged as a person there: search it
    as words"), with the paragraphs of untagged articles that hold it too, when any."""
    where = f"{tagged:,} paragraph{'s' if tagged > 1 else ''} of tagged articles"
    if untagged:
        where += f" and {untagged:,} of articles in languages the entity model does not read"
    return f"'{name}' is in {where}, not tagged as {_a(kind)} there: search it as words (\"{name}\") to find it"


def _in_bylines(searcher: IndexSearcher, name: str) -> str:
    """The note for a person's name that is the byline (or in the byline) of some articles: a
    writer is not a person the text names, and a byline in a language the entity model does not
    read is only in the `byline` field (trial 16: `--person 김민수` advised searching the name as
    words, which found nothing; `byline:김민수` finds the article). "" when no byline holds it."""
    folded = name.casefold().strip()
    if not folded:
        return ""
    n = sum(1 for r in searcher.articles.records.values() if folded in (getattr(r, "byline", "") or "").casefold())
    if not n:
        return ""
    query = f'byline:"{name}"' if " " in name.strip() else f"byline:{name.strip()}"
    return f"'{name}' is in the byline of {n:,} article{'s' if n > 1 else ''}: search {query} to find {'them' if n > 1 else 'it'}"


def _as_speaker(searcher: IndexSearcher, name: str) -> str:
    """The note for a person's name that is the speaker of some paragraphs (a forum post's
    poster, a letter's writer, a transcript's turn: `Paragraph.turn`), not a person the text
    names (trial 16: `--person HenryK` found nothing, his post was his as `speaker:`). "" when
    no paragraph has that speaker."""
    name = name.strip()
    n = _count(searcher, "speakers", name) if name else 0
    if not n:
        return ""
    query = f'speaker:"{name}"' if " " in name else f"speaker:{name}"
    return f"'{name}' is the speaker of {n:,} paragraph{'s' if n > 1 else ''} (its writer or poster): search {query}"


def _untagged_languages(searcher: IndexSearcher) -> str:
    """Why a name may be in the index's text and still match no entity filter: the articles in
    languages the entity model does not read (`language.tags_language`) have no tags; "" when
    every article is in one it reads. ("1 article in Polish is not tagged ...")"""
    from ..language import language_name, tags_language
    from .articles import count_languages

    other = {
        code: n for code, n in count_languages(searcher.articles.records.values()).items() if not tags_language(code)
    }
    if not other:
        return ""
    n = sum(other.values())
    names = ", ".join(language_name(code) for code in list(other)[:3]) + (", ..." if len(other) > 3 else "")
    return (
        f"{n:,} article{'s' if n > 1 else ''} in {names} {'are' if n > 1 else 'is'} not tagged (the entity "
        "model reads English): search the name as words to find it there"
    )


def _count(searcher: IndexSearcher, field: str, value: str) -> int:
    """Paragraphs the filter `field` = `value` matches alone."""
    compiled = searcher.compiler.compile_request(SearchRequest(filters=Filters(**{field: (value,)}), limit=1))
    if compiled.filter is None:
        return 1  # nothing to count by: say nothing
    return searcher.executor.run(make_plan(compiled.filter, None, "position", has_query=False), 1).total


def _names(searcher: IndexSearcher, field: str) -> list[str]:
    from .articles import entity_rows

    return [name for name, _ in entity_rows(searcher._searcher, [field])[field]]


def _id_parts(searcher: IndexSearcher, parts: int = 1) -> list[str]:
    """What an `--article` value of `parts` parts (split at "/") may have meant: each part of the
    index's article ids (`027`, `politics`), or, for a value of more parts, each id's first
    `parts` parts (`bbc/politik`: bbc/politics)."""
    ids = searcher.articles.records
    if parts == 1:
        return sorted({part for aid in ids for part in aid.split("/")})
    return sorted({"/".join(split[:parts]) for aid in ids if len(split := aid.split("/")) >= parts})


ID_PREFIX_MIN = 3  # the letters of an id's start worth a suggestion ("0" is no article's)


def _starting(value: str, parts: list[str]) -> list[str]:
    """The article id parts (`_id_parts`) whose name without its extension starts with `value`
    (`5defe`: 5defe5658b300fb0, as `indexer show 5defe` finds it), at most 2; `value*` when more
    do; [] for none or a pattern."""
    typed = value.strip().strip("/").casefold()
    if len(typed) < ID_PREFIX_MIN or set("*?[") & set(typed):
        return []
    stems = sorted({p.rsplit(".", 1)[0] for p in parts if p.casefold().startswith(typed)})
    return stems if len(stems) <= 2 else [f"{value.strip()}*"]


def _near(value: str, names: list[str]) -> list[str]:
    """The names (at most 2) most like `value`, case-folded, best first: like the whole name, or,
    for a value of one word, like one of a name's words (`--person blunket`: David Blunkett, a
    surname typed alone, which whole names are too far from to suggest). `names` most frequent
    first, which decides between names sharing the word."""
    folded: dict[str, str] = {}
    for name in names:
        folded.setdefault(name.casefold(), name)
    if len(value.split()) == 1:
        for name in names:
            for word in name.casefold().split():
                if len(word) > 2:
                    folded.setdefault(word, name)
    close = difflib.get_close_matches(value.strip().casefold(), list(folded), n=4, cutoff=NEAR)
    return list(dict.fromkeys(folded[c] for c in close))[:2]


def _a(word: str) -> str:
    return f"an {word}" if word[:1] in "aeiou" else f"a {word}"

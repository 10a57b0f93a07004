"""Corpus-level names: one name per entity across the articles of an index.

Tagging (entities.py) gives each entity one canonical name per article. Across articles the
same entity still comes spelled differently: "José Mourinho" / "Jose Mourinho", "Labour" /
"Labour Party", "Trump" (an article that never gives the first name) / "Donald Trump", "NATO"
/ "North Atlantic Treaty Organization". `NameTable` groups the names of an index so that
`indexer entities`, search facets and the entity filters (`--person`, `org:`...) agree:

1. Spelling variants are one name: `entities.name_key` (case, accents, apostrophe and dash
   styles, spacing), plurals of organizations and groups ("Lib Dems" / "Lib Dem", "Tories" /
   "Tory"), and the aliases of the tagger's lexicon (`data/org_aliases.tsv`,
   `place_aliases.tsv`, `groups.tsv`).
2. A partial name joins the one fuller name it fits, and only when exactly one fits (a wrong
   merge is worse than none): a person's surname or last names ("Trump" -> "Donald Trump",
   but not while "Ivanka Trump" is named too), a person's first and last names without middle
   initials ("Donald Trump" -> "Donald J. Trump"), an organization's name without its
   designator ("Labour" -> "Labour Party", "Apple" -> "Apple Inc."; never "Apple" -> "Apple
   Music").
   Only a name that reads as a person's takes in others ("Mike Leigh's Vera Drake" does not).
   A person named by title and surname ("Lord Archer", "President Carter") is a name of its
   own: a bare surname of another article never joins it, and it joins a full name only when
   some name of the index gives that full name with the same title ("Lord Robin Butler"), a
   surname alone being no evidence across articles (`_titled_join`).
   A fit is a doubt, not a join, when the evidence says the short name is another entity
   (`OWN_ENTITY_PARAGRAPHS`): the fuller name begins with a title or a common word ("Sgt
   Pepper", "Troubled Marsh"); the short name stands alone in far more paragraphs than the
   fuller name's ("Queen" x22, "Mary Queen" x2); it is a given name or a common word and the
   fuller name is used no more often ("Ahmed" / "Zubair Ahmed"); the corpus names it more
   often as a body, place or group ("Bolton" the club, not "John Bolton"); a speaker that is an
   organization is joined as the organizations join it, never by the person rules ("Labour"
   is not "Stevenage Labour Party"); a chamber is not the party named after it ("Congress").
   A bare surname, where the table is given each article's names (an index's always is), joins
   on what its articles say, not on the name alone (`_ArticleEvidence`, `_article_join`):
   the one full name it fits only when some article of the surname names that person too or
   shares a specific name with one of theirs ("Greenspan" and "Alan Greenspan" beside "Federal
   Reserve"; BBC's "Grantham", a constituency, is not the actor "Leslie Grantham"); of several
   full names it fits, the one the index names ten times as often as all the others together,
   on the same evidence ("Blair" is "Tony Blair", not Cherie or Ian Blair; "Robinson" stays).
3. A group is shown as the name the most paragraphs use (ties: more words, then the text), in
   its most used spelling (ties: not in capitals, with accents, then the text); never a surname
   alone, a name without its designator, or a name that adds words to one used more often
   ("Briton Tim Henman" beside "Tim Henman"). A company is shown without its legal or
   corporate word when the index also names it so ("Apple Inc." and "Apple" are "Apple",
   "Sony Corporation" and "Sony" "Sony"), as within an article;
   "Labour Party" keeps its "Party". A speaker the speakers' own names leave alone is shown as
   people or organizations show it ("Trump" -> "Donald Trump", "Apple Inc." -> "Apple").

The table is computed from the names of the index's live paragraphs, their paragraph counts
and which articles name them, with every tie broken by the text: the same articles give the same table, whatever the
order they were added or removed in, any run, any hash seed. Each build computes it once from
the live paragraphs of the generation it writes and stores it beside that generation (a
`.names` file, `table_to_json`; store.py lists it in the signed manifest with its checksum), so
a reader loads it (~5 ms on BBC + Reuters) instead of deriving it (1-2 s). A reader derives it
as before when the index has no stored table (built before they were stored) or one computed
under other rules (`rules_digest`): either way the answer is what these rules give.
"""

from __future__ import annotations

import functools
import hashlib
import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable, Mapping

from .entities import _legal_form_at_end, name_key, untitled
from .givennames import other_sex

__all__ = ["NameTable", "build_name_table", "ORG_DESIGNATORS", "table_to_json", "table_from_json", "rules_digest"]

# Words that end an organization's full name and that news drops ("Labour", "Apple"): a name
# joins the one name of the index that is it plus one of these. Legal forms (ISO 20275's most
# common English ones) and "Party"; not "Group" or "Music": "Apple Music" is another entity.
ORG_DESIGNATORS = frozenset(
    "party inc inc. corp corp. corporation co co. ltd ltd. limited plc llc l.l.c. ag sa s.a. nv n.v.".split()
)

_PERSON_FIELDS = ("people", "speakers")


@dataclass(frozen=True)
class NameTable:
    """Per field, each name of the index -> the corpus name it is shown and counted as.

    `groups[field][canonical]` lists every name of the group (the canonical one included),
    sorted; names that are alone in their group are in neither mapping.
    """

    canonical_of: dict[str, dict[str, str]] = field(default_factory=dict)
    groups: dict[str, dict[str, tuple[str, ...]]] = field(default_factory=dict)
    # field -> spelling key of each grouped name -> its corpus name (what filters look up)
    keys: dict[str, dict[str, str]] = field(default_factory=dict)

    def canonical(self, fieldname: str, name: str) -> str:
        """The corpus name of `name` in `fieldname` (itself when it has no other form)."""
        return self.canonical_of.get(fieldname, {}).get(name, name)

    def variants(self, fieldname: str, value: str) -> tuple[str, ...]:
        """Every name of the group whose name is `value`, compared by spelling key (so "jose
        mourinho" finds José Mourinho's group), or of the name the tagger's lexicon files `value`
        under ("Britain": United Kingdom's); () when neither has that key."""
        key = name_key(value)
        canonical = self.keys.get(fieldname, {}).get(key)
        if canonical:
            return self.groups[fieldname][canonical]
        # a name the tagger's lexicon files under another ("Britain" under "United Kingdom": the
        # index holds no "Britain", so `--place Britain` found Tate Britain and Little Britain
        # alone; a new user's try, session 39)
        meant = _lexicon_names(fieldname).get(key)
        if not meant or name_key(meant) == key:
            return ()
        grouped = self.keys.get(fieldname, {}).get(name_key(meant))
        return self.groups[fieldname][grouped] if grouped else (meant,)

    def merge(self, fieldname: str, counts: Iterable[tuple[str, int]]) -> list[tuple[str, int]]:
        """(name, paragraphs) rows summed per corpus name, most first (ties by name, case
        ignored, then the name). Within an article the tagger links variants to one name, so a
        paragraph rarely has two names of one group; when it does, it is counted twice here
        (facets.count with `canonical` counts it once: what facets and `indexer entities` use)."""
        merged: dict[str, int] = {}
        for name, n in counts:
            c = self.canonical(fieldname, name)
            merged[c] = merged.get(c, 0) + n
        return sorted(((k, v) for k, v in merged.items() if v), key=lambda r: (-r[1], r[0].lower(), r[0]))


def _display(forms: Mapping[str, int]) -> str:
    """The spelling shown for names of one key: most paragraphs, then not in capitals, then
    with accents (more information), then the text. A titled surname ("Senator Mahady") has a
    key of its own (`_spelling_forms`), so it is never the spelling of a bare surname."""
    return min(forms, key=lambda f: (-forms[f], f.isupper(), -sum(ord(c) > 127 for c in f), f))


_NAME_WORD = re.compile(r"[A-ZÀ-ÖØ-Þ][\w.'’-]*")
_PARTICLES = frozenset("de del della di da du des la le van von der den ter al el bin ibn ben dos das y e".split())


def _person_like(name: str) -> bool:
    """A name that reads as one person's: 2-5 words, each capitalised or a particle ("da",
    "van"), no possessive, no digits."""
    words = name.split()
    return (
        2 <= len(words) <= 5
        and not any(c.isdigit() for c in name)
        and all((_NAME_WORD.fullmatch(w) or w in _PARTICLES) and not w.endswith(("'s", "’s")) for w in words)
    )


def _tokens(key: str) -> list[str]:
    return key.split()


def _lexicon_pairs(fieldname: str) -> list[tuple[str, str]]:
    """(name, canonical name) of each name the tagger's lexicon has in this field (a speaker is
    a person), sorted."""
    from .entities import _lexicon

    fld = "people" if fieldname == "speakers" else fieldname
    return sorted((n, c) for n, (f, c) in _lexicon().items() if f == fld)


def _lexicon_keys(fieldname: str) -> dict[str, str]:
    """Name -> the spelling key of its canonical name, for the names the tagger's lexicon has in
    this field ("NATO" -> the key of "North Atlantic Treaty Organization")."""
    return {n: name_key(c) for n, c in _lexicon_pairs(fieldname)}


@functools.lru_cache(maxsize=8)
def _lexicon_names(fieldname: str) -> dict[str, str]:
    """Spelling key of a name the tagger's lexicon has in this field -> the canonical name it is
    tagged as ("britain" -> "United Kingdom")."""
    return {name_key(n): c for n, c in _lexicon_pairs(fieldname)}


def _singular_key(key: str, keys: Mapping[str, object]) -> str | None:
    """The key among `keys` that the English plural `key` is the plural of, or None."""
    for suffix, ending in (("ies", "y"), ("es", ""), ("s", "")):
        if key.endswith(suffix) and key[: -len(suffix)] + ending in keys:
            return key[: -len(suffix)] + ending
    return None


def _merge_unspaced(forms: dict[str, dict[str, int]]) -> None:
    """Organization keys equal without their spaces are one name ("TimeWarner" / "Time
    Warner"), under the key with more words; in place."""
    first: dict[str, str] = {}
    for key in sorted(forms, key=lambda k: (-len(_tokens(k)), k)):
        squashed = key.replace(" ", "")
        if squashed in first:
            for name, n in forms.pop(key).items():
                forms[first[squashed]][name] = forms[first[squashed]].get(name, 0) + n
        else:
            first[squashed] = key


def _spelling_forms(fieldname: str, counts: Mapping[str, int]) -> dict[str, dict[str, int]]:
    """Rule 1: the names of one field by spelling key ({key: {name: paragraphs}}): spelling
    keys, the lexicon's aliases, and organizations' and groups' plurals."""
    forms: dict[str, dict[str, int]] = {}
    lexicon = _lexicon_keys(fieldname)
    for name, n in sorted(counts.items()):
        if n <= 0 or not name.strip():
            continue
        # A person an article names by title and surname ("President Carter") keeps the title
        # in its key: a bare "Carter" of another article (the film "Coach Carter") is no
        # evidence that it is the same person (`_titled_join`).
        key = lexicon.get(name) or name_key(name)
        if fieldname == "orgs" and _legal_form_at_end(key):
            key = key.rstrip(".")  # "Corp." and "Corp", "Inc." and "Inc": one spelling, as in an article
        forms.setdefault(key, {})[name] = forms.setdefault(key, {}).get(name, 0) + n
    if fieldname == "orgs":
        _merge_unspaced(forms)
    if fieldname in ("orgs", "groups"):
        # Plurals and singulars are one name: "Lib Dems" / "Lib Dem", "Tories" / "Tory",
        # "Democrats" / "Democrat" (English plurals: -s, -es, -y -> -ies).
        for key in sorted(forms):
            if key not in forms:
                continue
            singular = _singular_key(key, forms)
            if singular:
                for name, n in forms.pop(key).items():
                    forms[singular][name] = forms[singular].get(name, 0) + n
    return forms


def _root(parent: Mapping[str, str], k: str) -> str:
    """The key a key's group is filed under (its chain of joins followed to the end)."""
    while k in parent:
        k = parent[k]
    return k


def _fits(fieldname: str, st: list[str], lt: list[str]) -> bool:
    """Whether a partial name (tokens `st`) fits a longer one (`lt`), rule 2: a person's
    surname or last names, or first and last names without middle initials; an organization's
    name without its designator."""
    if fieldname in _PERSON_FIELDS:
        return (lt[-len(st) :] == st and len(st[-1]) > 2) or (
            len(st) >= 2 and lt[0] == st[0] and lt[-1] == st[-1] and all(len(t.rstrip(".")) == 1 for t in lt[1:-1])
        )
    return len(lt) == len(st) + 1 and lt[:-1] == st and lt[-1] in ORG_DESIGNATORS


def _candidates(fieldname: str, keys: list[str], toks: Mapping[str, list[str]]) -> dict[Any, list[str]]:
    """The longer names a partial name may join, from an index rather than all pairs (an index
    holds tens of thousands of names): people by last word, organizations by the name without
    its designator; none for other fields."""
    index: dict[Any, list[str]] = {}
    for k in keys:
        if not toks[k]:
            continue
        if fieldname in _PERSON_FIELDS:
            index.setdefault(toks[k][-1], []).append(k)
        elif fieldname == "orgs" and toks[k][-1] in ORG_DESIGNATORS:
            index.setdefault(tuple(toks[k][:-1]), []).append(k)
    return index


# A name used alone in this many paragraphs, and in more than OWN_ENTITY_RATIO times as many as
# the fuller name it would join, is an entity of its own: the corpus's "Queen" (22 paragraphs,
# the band and the monarch) is not "Mary Queen" (2), its "Bolton" (20, the club) not "John
# Bolton" (1); "Greenspan" (1) is "Alan Greenspan" (11), "Frost" (17) "David Frost" (9). Within an
# article the tagger already linked a short name to the full one it gives, so a short name in
# the table is one its articles never gave in full: the paragraphs are the evidence the table
# has of how often it stands alone (BBC, `docs/quality.md`).
OWN_ENTITY_PARAGRAPHS = 3
OWN_ENTITY_RATIO = 2

# Article evidence for a bare surname (`_ArticleEvidence`; only when the caller gives each
# article's names, as an index's table always does). A name at most this share of the index's
# articles give (and at least two) is specific: two articles naming it are on one matter ("Gordon
# Brown" in 86 of BBC's 2,225 articles, "Chelsea" 69), where "London" (257) or "United States"
# (659) say nothing. BBC's one-fit surnames whose articles share no such name with the full
# name's were mostly wrong ("Grantham" the constituency -> the actor "Leslie Grantham", "Santos"
# -> "Los Santos", "Mini" -> "Mac Mini"); those that share one right ("Drogba", "Greenspan").
SPECIFIC_NAME_SHARE = 0.05
# A surname several full names fit is the one whose group the index names this many times as
# often as all the others together, when the articles support it: BBC's "Blair" (28
# paragraphs) is "Tony Blair" (426; Cherie, Ian, Selma, Mark and Mike Blair 18 together), its
# "Robinson" no one (Andy Robinson 52, Jason Robinson 25: two men of one sport).
DOMINANT_FIT_RATIO = 10


def _real_full_name(name: str) -> bool:
    """Whether a person's fuller name reads as a name a surname may stand for, not a
    description or a title the tagger kept before it: its first word is no title or rank
    ("Sgt Pepper", "Count Dracula"), and no common word unless a given name ("Troubled Marsh",
    "Rapper Jay-Z", "Fireman Sam"; "Mary Queen" passes here); no word is a possessive ("Mike
    Nichols' Closer"). The model's vocabulary decides what is common (`entities._common_word`)."""
    from .entities import _RANKS_AND_NOBILITY, HONORIFICS, _common_word, _given_name

    words = name.split()
    first = words[0]
    if first in HONORIFICS or first.rstrip(".") in _RANKS_AND_NOBILITY or f"{first.rstrip('.')}." in HONORIFICS:
        return False
    if any(w.endswith(("'s", "’s", "s'", "s’")) for w in words):
        return False
    return _given_name(first) or not _common_word(first)


# A given name many languages list ("Ahmed" 8 of Faker's locales, "Tom" 16, "David" 33) is
# first of all a given name; one a single locale lists is as often a surname ("Howard" 5,
# "Kinsey", "Benn", "Weaver" 1: the US lists hold many surnames).
TYPICAL_GIVEN_NAME_LOCALES = 6


@lru_cache(maxsize=1)
def _given_name_locales() -> dict[str, int]:
    """Given name -> how many of Faker's person providers (one a locale) list it (~0.3 s once)."""
    import importlib
    import pkgutil

    import faker.providers.person as person

    counts: dict[str, int] = {}
    for mod in sorted(m.name for m in pkgutil.iter_modules(person.__path__)):
        provider = importlib.import_module(f"{person.__name__}.{mod}").Provider
        names: set[str] = set()
        for attr in ("first_names", "first_names_female", "first_names_male"):
            found = provider.__dict__.get(attr, ())
            if isinstance(found, (list, tuple, dict, set, frozenset)):
                names.update(n for n in found if isinstance(n, str))
        for n in names:
            counts[n] = counts.get(n, 0) + 1
    return counts


def _ambiguous_short(name: str) -> bool:
    """Whether a one-word person's name may well be no surname at all: a typical given name
    (`TYPICAL_GIVEN_NAME_LOCALES`: "Ahmed" in "Ahmed 'Mido' Hossam", "David", "Tom") or a common
    word ("Queen", "Pepper", "Marsh"). Such a name joins a fuller one only when that one is used
    more often (`_Evidence.own_entity`)."""
    from .entities import _common_word

    return " " not in name and (_given_name_locales().get(name, 0) >= TYPICAL_GIVEN_NAME_LOCALES or _common_word(name))


@dataclass
class _Evidence:
    """What the table knows of one field's names while rule 2 joins them: their forms and
    tokens, paragraphs per key and per group so far, the joins so far (`parent`), and the
    paragraphs naming each key as another type (`elsewhere`)."""

    fieldname: str
    forms: Mapping[str, Mapping[str, int]]
    toks: Mapping[str, list[str]]
    elsewhere: Mapping[str, int]
    parent: dict[str, str] = field(default_factory=dict)
    used: dict[str, int] = field(default_factory=dict)
    group_used: dict[str, int] = field(default_factory=dict)  # root -> its group's paragraphs
    person_like: dict[str, bool] = field(default_factory=dict)
    articles: "_ArticleEvidence | None" = None  # which articles name what, when known
    group_articles: dict[str, frozenset[int]] = field(default_factory=dict)  # root -> its articles

    def reads_as_person(self, k: str) -> bool:
        """Only a name that reads as a person's can take in others: not "Lib Dem Norman
        Baker", "Mike Leigh's Vera Drake" or "Man Utd v Exeter", which the tagger calls people."""
        if k not in self.person_like:
            self.person_like[k] = any(_person_like(n) for n in self.forms[k])
        return self.person_like[k]

    def own_entity(self, short: str, long: str) -> bool:
        """Evidence that `short` names another entity than `long`'s group (see
        OWN_ENTITY_PARAGRAPHS): compared with the group's paragraphs ("Donald J. Trump" x1 with
        "Donald Trump" x10), not the one fuller form's."""
        from .entities import _CHAMBERS

        used, toks = self.used, self.toks
        if self.fieldname not in _PERSON_FIELDS:
            # A chamber is not the party named after it: "Congress" is not "Congress Party".
            return self.fieldname == "orgs" and any(n in _CHAMBERS for n in self.forms[short])
        if not any(_real_full_name(n) for n in self.forms[long]):
            return True  # "Lord Archer", "Troubled Marsh": a fit, so a doubt, never the one
        if self.elsewhere.get(short, 0) > used[short] or self.elsewhere.get(long, 0) > used[long]:
            return True  # "Scotland", "Brent" the tagger called people once: a place
        if len(toks[short]) > 1:
            return False  # a full name ("Tim Henman" in "Briton Tim Henman"): the same one
        long_used = self.group_used[_root(self.parent, long)]
        if used[short] >= OWN_ENTITY_PARAGRAPHS and used[short] > OWN_ENTITY_RATIO * long_used:
            return True
        return used[short] >= long_used and any(_ambiguous_short(n) for n in self.forms[short])


@dataclass(frozen=True)
class _ArticleEvidence:
    """Which articles of an index name what, for joining bare surnames (`_join_partials`).

    `of_key[field][spelling key]`: the numbers of the articles naming that key in that field;
    `specific[n]`: the spelling keys of every name of article n (people, organizations, places,
    groups) that few articles give (`SPECIFIC_NAME_SHARE`), the context two articles on one
    matter share. Article numbers are positions in the caller's list: only counts are used,
    so the order of the articles does not change the table."""

    of_key: dict[str, dict[str, frozenset[int]]]
    specific: tuple[frozenset[str], ...]

    @staticmethod
    def of(articles: Iterable[Mapping[str, Iterable[str]]]) -> "_ArticleEvidence":
        """From each article's names per field ({field: names}, one mapping an article)."""
        of_key: dict[str, dict[str, set[int]]] = {}
        keys: list[set[str]] = []
        for number, names in enumerate(articles):
            own: set[str] = set()
            for fieldname, found in names.items():
                by_key = of_key.setdefault(fieldname, {})
                for name in found:
                    key = name_key(name)
                    by_key.setdefault(key, set()).add(number)
                    if fieldname in _CONTEXT_FIELDS:
                        own.add(key)
            keys.append(own)
        df: dict[str, int] = {}
        for own in keys:
            for key in own:
                df[key] = df.get(key, 0) + 1
        limit = max(2, SPECIFIC_NAME_SHARE * len(keys))
        specific = tuple(frozenset(k for k in own if df[k] <= limit) for own in keys)
        return _ArticleEvidence(
            {f: {k: frozenset(v) for k, v in by_key.items()} for f, by_key in of_key.items()}, specific
        )

    def of_forms(self, fieldname: str, names: Iterable[str]) -> frozenset[int]:
        """The articles naming any of `names` in `fieldname`."""
        by_key = self.of_key.get(fieldname, {})
        out: set[int] = set()
        for name in names:
            out |= by_key.get(name_key(name), frozenset())
        return frozenset(out)

    def support(self, short: frozenset[int], long: frozenset[int], surname: str) -> int:
        """How many of the articles `short` of a bare surname support reading it as the person
        named in the articles `long`: an article naming that person too (the tagger left the
        surname alone there because another person of that surname is named: "Tony Blair" and
        "Cherie Blair"), or one naming a specific name (`SPECIFIC_NAME_SHARE`) that some
        article of that person names, not one with the surname in it ("Gordon Brown" beside
        "Mr Blair" and "Tony Blair")."""
        context: set[str] = set()
        for n in long:
            context |= self.specific[n]
        context = {k for k in context if surname not in k.split()}
        return sum(1 for n in short if n in long or not context.isdisjoint(self.specific[n]))


_CONTEXT_FIELDS = ("people", "orgs", "places", "groups")


def _article_join(short: str, fits: Mapping[str, bool], ev: "_Evidence") -> str | None:
    """The group a bare surname joins on article evidence (`_ArticleEvidence.support`), or None.
    `fits`: each fitting group's root -> whether the evidence says the surname is another entity
    than it (`_Evidence.own_entity`). One fit joins when some article supports it; of several,
    the one the index names `DOMINANT_FIT_RATIO` times as often as all the others together,
    when it is supported in at least as many articles as any other."""
    assert ev.articles is not None
    surname = ev.toks[short][-1]
    mine = ev.group_articles[short]
    support = {r: ev.articles.support(mine, ev.group_articles[r], surname) for r in sorted(fits)}
    best = max(sorted(fits), key=lambda r: (ev.group_used[r], r))
    others = sum(ev.group_used[r] for r in fits if r != best)
    if fits[best] or not support[best] or support[best] < max(support.values()):
        return None
    return best if ev.group_used[best] >= DOMINANT_FIT_RATIO * others else None


def _title_of(name: str) -> str:
    """The office title or rank before a surname ("Lord" of "Lord Archer", "Vice President" of
    "Vice President Ford"); "" when `name` has none (`entities.untitled`)."""
    bare = untitled(name)
    return name[: -len(bare)].strip() if bare != name else ""


def _titled_join(
    short: str,
    forms: Mapping[str, Mapping[str, int]],
    toks: Mapping[str, list[str]],
    candidates: list[str],
    ev: "_Evidence",
) -> str | None:
    """The group a titled surname ("Lord Archer", "President Carter") joins, or None. Only a
    title of the same kind is evidence: the one fuller name of the index that fits and that
    some article gives with that title ("Lord Robin Butler" for "Lord Butler"). A surname alone
    is none: BBC's "Lord Archer" is not the economist "Howard Archer", "Lord Armstrong" not the
    analyst "Bill Armstrong" (different articles, nothing else shared), so without the title's
    evidence the article's own form stays (`docs/quality.md`)."""
    titles = {_title_of(n) for n in forms[short]} - {""}
    bare = toks[short][-1]
    fits: set[str] = set()
    for long in candidates:
        if long == short:
            continue
        for n in forms[long]:
            title = next((t for t in titles if n.startswith(t + " ")), None)
            full = name_key(n[len(title) + 1 :]) if title else ""
            if (
                title
                and len(full.split()) >= 2
                and full.split()[-1] == bare
                and not other_sex(title, n[len(title) + 1 :])
            ):
                # "Lord Robin Butler": the group of "Robin Butler" if the index has it
                fits.add(_root(ev.parent, full if full in forms else long))
    return next(iter(fits)) if len(fits) == 1 else None


# Titles a person holds under another name than the one their full name gives (a peer's, a
# monarch's, a sheikh's: "Lord Browne" of BP is not the minister "Des Browne"): only the
# article's own "Lord John Browne" joins them (`_titled_join`), never article evidence alone.
_TITLES_OF_RANK = frozenset("Lord Lady Baron Baroness Prince Princess King Queen Sheikh Pope Emperor".split())


def _titled_article_join(short: str, candidates: list[str], ev: "_Evidence") -> str | None:
    """The group an office holder's titled surname ("President Chavez", "Gen Musharraf") joins
    on article evidence when no article gives that title with a full name (`_titled_join`):
    the fuller names of the index that end in the surname and read as a person's, weighed as a
    bare surname's are (`_article_join`: one supported fit, or one of several that dominates).
    BBC's "President Chavez" (3 paragraphs) is "Hugo Chavez" (6; articles on Venezuela), its
    "President Bush" (25) no one: "George W Bush" (54) does not dominate "George Bush" (10),
    "Kate Bush" (5). A title of rank (`_TITLES_OF_RANK`) never joins so."""
    titles = {_title_of(n) for n in ev.forms[short]} - {""}
    if not titles or any(t.split()[-1] in _TITLES_OF_RANK for t in titles):
        return None
    surname = ev.toks[short][-1]
    fits: dict[str, bool] = {}
    for long in candidates:
        lt = ev.toks[long]
        if long == short or len(lt) < 2 or lt[-1] != surname or len(surname) <= 2:
            continue
        if not ev.reads_as_person(long) or all(untitled(n) != n for n in ev.forms[long]):
            continue  # "President Carter" is no fuller name of "Senator Carter"
        if any(other_sex(t.split()[-1], untitled(f)) for t in titles for f in ev.forms[long]):
            continue  # "Mrs Howard" is not "Michael Howard" (givennames.other_sex)
        root = _root(ev.parent, long)
        fits[root] = fits.get(root, False) or ev.own_entity(short, long)
    return _article_join(short, fits, ev) if fits and short not in fits else None


def _join_partials(
    fieldname: str,
    forms: Mapping[str, Mapping[str, int]],
    keys: list[str],
    toks: Mapping[str, list[str]],
    elsewhere: Mapping[str, int] | None = None,
    articles: _ArticleEvidence | None = None,
) -> tuple[dict[str, str], set[str]]:
    """Rule 2: each key that fits exactly one fuller name's group, on evidence that it is that
    entity (`_Evidence.own_entity`), joins it. Returns (key -> the key it joined, the keys that
    are a suffix of theirs or lack a designator: never shown). `elsewhere`: spelling key ->
    paragraphs naming it as an organization, place or group, so a name the corpus mostly gives
    another type does not join a person's. With `articles` (which articles name what), a bare
    surname joins on article evidence instead (`_article_join`): one fit only when some article
    supports it, one of several when it dominates."""
    ev = _Evidence(fieldname, forms, toks, elsewhere or {}, articles=articles)
    ev.used = {k: sum(forms[k].values()) for k in keys}
    ev.group_used = dict(ev.used)
    if articles is not None:
        ev.group_articles = {k: articles.of_forms(fieldname, forms[k]) for k in keys}
    parent, partial = ev.parent, set()
    index = _candidates(fieldname, keys, toks)
    for short in keys:
        st = toks[short]
        if not st:
            continue
        if fieldname in _PERSON_FIELDS and any(untitled(n) != n for n in forms[short]):
            target = _titled_join(short, forms, toks, index.get(st[-1], []), ev)
            if target is None and articles is not None:
                target = _titled_article_join(short, index.get(st[-1], []), ev)
            if target is not None:
                _join(ev, short, target)
            continue
        fits: dict[str, bool] = {}  # root -> whether the evidence says it is another entity
        suffix = False  # the short name is the end of the long one (or lacks its designator)
        for long in index.get(st[-1] if fieldname in _PERSON_FIELDS else tuple(st), []):
            lt = toks[long]
            if len(lt) <= len(st) or (fieldname in _PERSON_FIELDS and not ev.reads_as_person(long)):
                continue
            if fieldname in _PERSON_FIELDS and all(untitled(n) != n for n in forms[long]):
                continue  # "President Carter": a surname alone ("Coach Carter") is no evidence
            if _fits(fieldname, st, lt):
                root = _root(parent, long)
                fits[root] = fits.get(root, False) or ev.own_entity(short, long)
                suffix = suffix or fieldname == "orgs" or lt[-len(st) :] == st
        if not fits or short in fits:
            continue
        if articles is not None and fieldname in _PERSON_FIELDS and len(st) == 1:
            target = _article_join(short, fits, ev)  # a bare surname: what its articles say
        else:
            target = next(iter(fits)) if len(fits) == 1 and not any(fits.values()) else None
        if target is not None:
            _join(ev, short, target)
            if suffix:
                partial.add(short)  # "Trump", "Labour": not the name shown
    return parent, partial


def _join(ev: _Evidence, short: str, target: str) -> None:
    """Join the group of `short` (a root) to that of `target`, with its paragraphs and articles."""
    ev.parent[short] = target
    ev.group_used[target] += ev.group_used[short]
    if ev.group_articles:
        ev.group_articles[target] = ev.group_articles[target] | ev.group_articles[short]


def _shown_groups(
    fieldname: str,
    forms: Mapping[str, Mapping[str, int]],
    keys: list[str],
    toks: Mapping[str, list[str]],
    parent: Mapping[str, str],
    partial: set[str],
) -> tuple[dict[str, str], dict[str, tuple[str, ...]], dict[str, str]]:
    """Rule 3: each group of more than one name, shown as its fullest name in its most used
    spelling: (name -> shown, shown -> the group's names, spelling key -> shown)."""
    members: dict[str, list[str]] = {}
    for k in keys:
        members.setdefault(_root(parent, k), []).append(k)
    canonical_of: dict[str, str] = {}
    groups: dict[str, tuple[str, ...]] = {}
    by_key: dict[str, str] = {}
    for r, ks in members.items():
        if len(ks) == 1 and len(forms[r]) == 1:
            continue  # alone in its group: nothing to record
        names = sorted(n for k in ks for n in forms[k])
        # The name that the most paragraphs use (spelling variants together), then its most
        # used spelling; never a surname alone, with its title or not (the fullest name wins,
        # as within an article: `entities._titled_surnames`), or a name without its designator, nor a name
        # that only adds words before or after a name used more ("Briton Tim Henman" x2 beside
        # "Tim Henman" x31: a description the tagger kept), as within an article.
        used = {k: sum(forms[k].values()) for k in ks}

        def extends_better_known(k: str) -> bool:
            return any(
                2 <= len(toks[o]) < len(toks[k])
                and used[o] > used[k]
                and (toks[k][-len(toks[o]) :] == toks[o] or toks[k][: len(toks[o])] == toks[o])
                for o in ks
            )

        def titled_surname(k: str) -> bool:  # "Gen Musharraf" beside "Pervez Musharraf"
            return fieldname in _PERSON_FIELDS and all(untitled(n) != n for n in forms[k])

        full = [
            k
            for k in ks
            if not (k in partial and (fieldname == "orgs" or len(toks[k]) == 1))
            and not extends_better_known(k)
            and not titled_surname(k)
        ] or ks
        best = min(full, key=lambda k: (-used[k], -len(toks[k]), k))
        if fieldname == "orgs" and len(toks[best]) > 1 and toks[best][-1] in ORG_DESIGNATORS - {"party"}:
            # Shown bare when the index names it bare too, as within an article: "Apple" and
            # "Apple Inc." are "Apple", "Sony" and "Sony Corporation" "Sony" (a legal or
            # corporate word is no reason to show a name its articles do not use: BBC's "Sony"
            # x125 shown as "Sony Corporation"). "Labour Party" keeps "Party".
            best = next((k for k in ks if toks[k] == toks[best][:-1]), best)
        shown = _display(forms[best])
        groups[shown] = tuple(names)
        for n in names:
            canonical_of[n] = shown
            by_key[name_key(n)] = shown
        for k in ks:
            by_key[k] = shown
    return canonical_of, groups, by_key


def _field_table(
    fieldname: str,
    counts: Mapping[str, int],
    elsewhere: Mapping[str, int] | None = None,
    articles: _ArticleEvidence | None = None,
) -> tuple[dict[str, str], dict[str, tuple[str, ...]], dict[str, str]]:
    """One field's (name -> corpus name, corpus name -> its names, spelling key -> corpus name)
    from its {name: paragraphs}: the three rules of the module's docstring, in order.
    `elsewhere`: spelling key -> paragraphs naming it in the fields of other types;
    `articles`: which articles name what (`_join_partials`)."""
    forms = _spelling_forms(fieldname, counts)
    keys = sorted(forms, key=lambda k: (-len(_tokens(k)), k))  # longest first, then text
    toks = {k: _tokens(k) for k in keys}
    parent, partial = _join_partials(fieldname, forms, keys, toks, elsewhere, articles)
    return _shown_groups(fieldname, forms, keys, toks, parent, partial)


def build_name_table(
    counts: Mapping[str, Iterable[tuple[str, int]]],
    articles: Iterable[Mapping[str, Iterable[str]]] | None = None,
) -> NameTable:
    """The corpus names of an index from its names and paragraph counts per field:
    `{field: [(name, paragraphs naming it), ...]}` (what `indexer entities` lists), and, when
    given, each article's names per field (`[{field: names}, ...]`, one mapping an article:
    `search.articles.entity_articles`), the evidence a bare surname joins a full name on
    (`_ArticleEvidence`); without them a surname joins the one full name it fits, as tables
    of names alone did. Pure and deterministic: the order of `counts` and of `articles` does
    not matter."""
    evidence = _ArticleEvidence.of(articles) if articles is not None else None
    canonical_of, groups, keys = {}, {}, {}
    speakers: list[str] = []
    totals: dict[str, dict[str, int]] = {}
    for fieldname in sorted(counts):
        merged: dict[str, int] = {}
        for name, n in counts[fieldname]:
            merged[name] = merged.get(name, 0) + int(n)
        totals[fieldname] = merged
    # The paragraphs naming each name as a body, place or group: evidence against reading it as
    # a person's surname ("Bolton" the club, "Scotland" the country).
    other_types: dict[str, int] = {}
    for fieldname in ("orgs", "places", "groups"):
        for name, n in totals.get(fieldname, {}).items():
            if n > 0:
                other_types[name_key(name)] = other_types.get(name_key(name), 0) + n
    for fieldname in sorted(totals):
        merged = totals[fieldname]
        elsewhere = other_types if fieldname in _PERSON_FIELDS else None
        canonical_of[fieldname], groups[fieldname], keys[fieldname] = _field_table(
            fieldname, merged, elsewhere, evidence
        )
        if fieldname == "speakers":
            speakers = [n for n, c in merged.items() if c > 0 and n.strip()]
    if "speakers" in groups:
        _speakers_as_named(canonical_of, groups, keys, speakers)
    return NameTable(canonical_of, groups, keys)


def _speakers_as_named(
    canonical_of: dict[str, dict[str, str]],
    groups: dict[str, dict[str, tuple[str, ...]]],
    keys: dict[str, dict[str, str]],
    speakers: list[str],
) -> None:
    """A speaker the speakers' own names leave alone is shown as the people's or the
    organizations' corpus name for it: "Trump" speaks as "Donald Trump" where people show him
    so, "Apple Inc." as "Apple" where organizations do (a speaker is a person or a body, and
    the people's and organizations' names are the more). In place on the speakers' mappings;
    the group holds the name shown, so the stored table's checks hold."""
    canon, grouped, by_key = canonical_of["speakers"], groups["speakers"], keys["speakers"]
    for name in sorted(speakers):
        if name in canon:
            continue
        other = next((canonical_of[f][name] for f in ("people", "orgs") if name in canonical_of.get(f, {})), name)
        if other == name:
            continue
        target = canon.get(other, other)
        members = sorted({*grouped.pop(target, (target,)), name})
        grouped[target] = tuple(members)
        for n in members:
            canon[n] = target
            by_key[name_key(n)] = target


# -- The stored table (a build writes it beside its generation: store.py) ------------------------

NAMES_KIND = "indexer-names"
NAMES_FORMAT = 1


@lru_cache(maxsize=1)
def rules_digest() -> str:
    """SHA-256 (hex) of what the table is a function of besides the index's names: the code of
    this module and of entities.py (`name_key`, the lexicon), the lexicon's data files, and
    pycountry's country list. A stored table carries the digest it was computed under; one
    computed under other rules (an upgraded indexer) is not used (the reader derives the table
    instead), so a rule change never gives an answer these rules would not. Conservative: any
    edit of those files counts as a change. ~1 ms, once a process."""
    from importlib.util import find_spec

    from . import entities

    files = [Path(__file__), Path(entities.__file__), *sorted(entities.DATA_DIR.glob("*.tsv"))]
    spec = find_spec("pycountry")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        files.append(Path(folder) / "databases" / "iso3166-1.json")
    h = hashlib.sha256()
    for path in files:
        h.update(path.name.encode("utf-8") + b"\0")
        try:
            h.update(path.read_bytes())
        except OSError:
            h.update(b"\0missing\0")
        h.update(b"\0")
    return h.hexdigest()


def table_to_json(table: NameTable) -> str:
    """The stored form of a table: one line of JSON, keys sorted, so the same table gives the
    same bytes any run and any hash seed. Per field only `groups` (corpus name -> its names)
    and `keys` (spelling key -> corpus name); `canonical_of` follows from the groups (each name
    is in one group). Nothing in it is code: json.loads is all that reads it."""
    data = {
        "kind": NAMES_KIND,
        "format": NAMES_FORMAT,
        "rules": rules_digest(),
        "fields": {
            f: {"groups": {k: list(v) for k, v in table.groups[f].items()}, "keys": table.keys.get(f, {})}
            for f in sorted(table.groups)
        },
    }
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n"


def table_from_json(text: str | bytes) -> NameTable | None:
    """The table `table_to_json` stored, checked: None when it was computed under other rules
    or another format (the caller derives it); ValueError when it is not such a table (a name
    in two groups, a key naming no group, a value of the wrong type), so a damaged or crafted
    file is refused rather than answering wrongly."""
    data = json.loads(text)
    if not isinstance(data, dict) or data.get("kind") != NAMES_KIND:
        raise ValueError("not a names table")
    if data.get("format") != NAMES_FORMAT or data.get("rules") != rules_digest():
        return None
    fields_ = data.get("fields")
    if not isinstance(fields_, dict):
        raise ValueError("no fields")
    canonical_of, groups, keys = {}, {}, {}
    for fieldname, stored in fields_.items():
        canonical_of[fieldname], groups[fieldname], keys[fieldname] = _checked_field(stored)
    return NameTable(canonical_of, groups, keys)


def _checked_field(stored: Any) -> tuple[dict[str, str], dict[str, tuple[str, ...]], dict[str, str]]:
    """One field's (canonical_of, groups, keys) from its stored groups and keys; ValueError
    unless every group is a sorted list of distinct strings holding its corpus name, no name is
    in two groups, and every key names a group."""
    if (
        not isinstance(stored, dict)
        or not isinstance(stored.get("groups"), dict)
        or not isinstance(stored.get("keys"), dict)
    ):
        raise ValueError("a field without groups or keys")
    canonical_of: dict[str, str] = {}
    groups: dict[str, tuple[str, ...]] = {}
    for shown, names in stored["groups"].items():
        if not (
            isinstance(names, list)
            and all(isinstance(n, str) for n in names)
            and shown in names
            and names == sorted(set(names))
        ):
            raise ValueError("a malformed group")
        groups[shown] = tuple(names)
        for n in names:
            if canonical_of.setdefault(n, shown) != shown:
                raise ValueError("a name in two groups")
    keys = stored["keys"]
    if not all(isinstance(k, str) and isinstance(v, str) and v in groups for k, v in keys.items()):
        raise ValueError("a key naming no group")
    return canonical_of, groups, dict(keys)

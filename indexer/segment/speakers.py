"""Speaker labels of a transcript set on lines of their own (a parliament's record, a hearing, a
podcast or broadcast transcript): the line that names who speaks next, and the speech under it.

A label line is no text of the article (no body, no heading, no section) but who says the
paragraphs after it: `split_speaker_labels` cuts a label off the speech it is glued to (the
label's own block), `mark_speaker_labels` drops it from the index after classification and
gives the paragraphs under it, up to the next label or heading, the speaker (`_Block.extra`
"speaker", `Paragraph.turn`), which the entity stage puts first among their speakers.

Shapes (the label's standard forms in the records that print them):
- UK Hansard: "Sarah Dyke (Somerton and Frome) (LD)", "Mr Clive Betts (in the Chair)",
  "The Minister for Roads (Simon Opperman)" (an office, the member in brackets), and a member
  speaking again by name alone ("Sarah Dyke").
- US Congressional Record and hearings: "Mr. SMITH.", "Senator JONES.", "The CHAIR." ;
  Australian Hansard: "Mr SMITH (Canberra) (10:02):".
- Transcripts: "HOST:", "CLARA:", "Anna Schmidt:".
- Bundestag Plenarprotokoll: "Präsident Dr. Wolfgang Schäuble:", "Dr. Alice Weidel (AfD):",
  "Olaf Scholz, Bundeskanzler:".
- Assemblée nationale compte rendu: "M. Jean Dupont.", "Mme la ministre.".
- Congreso de los Diputados: "El señor PRESIDENTE:", "La señora MINISTRA DE HACIENDA (Montero
  Cuadrado):"; Tweede Kamer: "De heer Jansen (VVD):".

A page is a transcript only with TURNS_MIN labels of a marked shape (a title, brackets, a
colon or full stop after a name in capitals or a given name), each over speech: one "Jane Doe
(Reuters)" line, a list of names with their clubs, or a short heading are no turns.
"""

from __future__ import annotations
import re
from dataclasses import dataclass
from ..givennames import given_names
from ..models import BODY, BOILERPLATE, HEADING, INDEXED_KINDS, TITLE, caps_title, text_memo
from .textblocks import _NAME_PARTICLES, _Block, block_part

TURNS_MIN = 2  # one marked label may be anything; two over speech are a transcript's turns
LABEL_MAX_CHARS = 140  # "The Parliamentary Under-Secretary of State for ... (Name)" fits
LABEL_MAX_NAME_WORDS = 5

# Titles a label opens with (compared case-folded: "SENATOR JONES."), by the records above.
_TITLES = frozenset(
    t.casefold()
    for t in (
        # English: Hansard, Congressional Record, hearings
        "Mr Mr. Mrs Mrs. Ms Ms. Miss Dr Dr. Sir Dame Lord Lady Baroness Prof Prof. Professor Hon. "
        "Senator Sen. Rep. Representative Congressman Congresswoman Councillor Councilor Judge Justice "
        # German: Plenarprotokolle of the Bundestag and the Landtage
        "Präsident Präsidentin Vizepräsident Vizepräsidentin Alterspräsident Alterspräsidentin Abg. "
        "Bundeskanzler Bundeskanzlerin Bundesminister Bundesministerin Staatssekretär Staatssekretärin "
        "Staatsminister Staatsministerin Herr Frau "
        # French, Spanish, Portuguese, Italian, Dutch forms of address
        "M. Mme Mme. Mlle Monsieur Madame Sr. Sra. Don Doña On. Mevrouw"
    ).split()
)
# Two-word titles: "El señor PRESIDENTE:", "De heer Jansen (VVD):", "The Hon. Jane Roe:".
_TWO_WORD_TITLES = frozenset(t.casefold() for t in ("El señor", "La señora", "De heer", "The Hon.", "O Sr.", "A Sra."))
# An office before the member's name in brackets ("The Minister for Roads (Simon Opperman)").
_ARTICLES = frozenset("The Le La El Der Die".split())
# Roles a one-word label names where a transcript has no names: "HOST:", "GUEST:" (no person,
# so no speaker is given).
_ROLE_LABELS = frozenset(
    "host guest presenter interviewer moderator anchor narrator caller chair chairman chairwoman speaker "
    "moderatorin gast sprecher sprecherin animateur animatrice invité invitée présentateur présentatrice "
    "président présidente presentador presentadora entrevistador entrevistadora invitado invitada presidente "
    "voorzitter".split()
)
# a label's name particles: the segmenter's (`_NAME_PARTICLES`) without "e" (also Portuguese and
# Italian "and"), with French "du", Dutch "ten" and German "zu"
_PARTICLES = (_NAME_PARTICLES - {"e"}) | frozenset({"du", "ten", "zu"})
_PAREN_TAIL = re.compile(r"(?:(?<!\s)\s+)?\(([^()]{1,80})\)\s*$")  # ((?<!\s): as `patterns._SIGN_OFF`)
# a party's short tag: "LD", "Con", "SNP", "AfD", "CDU/CSU", "Ind" (no digits: "(H1)" is a code)
_PARTY_TAG = re.compile(r"[A-ZÄÖÜ][^\W\d_]{0,5}(?:/[A-ZÄÖÜ][^\W\d_]{0,5})?")
_INITIAL = re.compile(r"[^\W\d_]\.")
# a sentence's end after a word's letter: not "8. April 2019" nor "mail@site.no"
_SPEECH_MARK = re.compile(r"[^\W\d_][.!?…]+[\"'”’»)]*(?:\s|$)")


@dataclass(frozen=True, slots=True)
class Label:
    """A speaker's label line: `name` the speaker's name ("" for a role alone: "HOST:", "Mme la
    ministre."), `strong` whether its shape alone marks it (a title, brackets, a closing colon
    or full stop after a name in capitals or a given name); a bare name is not marked."""

    name: str
    strong: bool


def _name_word(w: str) -> bool:
    """A word of a name: capitalised letters (a hyphen or apostrophe inside), or an initial."""
    if _INITIAL.fullmatch(w):
        return w[0].isupper()
    return w[0].isupper() and w.replace("-", "").replace("'", "").replace("’", "").isalpha()


def _person(words: list[str]) -> str:
    """The name `words` write, in title case when written in capitals ("RUFIÁN ROMERO")."""
    return " ".join(caps_title(w) if w.isupper() and len(w) > 1 else w for w in words)


def _paren_name(parens: list[str]) -> str:
    """The first bracketed group that is a person's name (two to four name words)."""
    for p in parens:
        words = p.split()
        if 2 <= len(words) <= 4 and _name_word(words[0]) and all(_name_word(w) or w in _PARTICLES for w in words):
            return _person(words)
    return ""


@dataclass(slots=True)
class _Parts:
    """A candidate label line's parts: its `words` after the titles (`titles` of them), the
    closing colon or full stop (`end`, "" when none), the bracketed groups after the name
    (`parens`) and a ", role" after it (`role_tail`)."""

    words: list[str]
    titles: int
    end: str
    parens: list[str]
    role_tail: str


def _label_parts(line: str) -> _Parts | None:
    """`line` cut into a label's parts (`_Parts`), or None when it cannot be a label: too long,
    not capitalised, more than three bracketed groups, a count in brackets, a long role after a
    comma or one without a closing mark, a digit or a sentence's mark in the name."""
    text = line.strip()
    if not (2 <= len(text) <= LABEL_MAX_CHARS) or not text[0].isupper():
        return None
    end = ""
    if text[-1] in ":.：":
        end, text = text[-1], text[:-1].rstrip()
    parens: list[str] = []
    while len(parens) < 4 and (m := _PAREN_TAIL.search(text)):
        parens.insert(0, m.group(1).strip())
        text = text[: m.start()]
    if len(parens) > 3 or "(" in text or ")" in text or any(p.isdigit() for p in parens):
        return None  # "Da Zhuang (12)": a tag list's count, no constituency or party
    role_tail = ""
    if ", " in text:
        text, role_tail = text.split(", ", 1)
        if not end or len(role_tail.split()) > 8 or any(c in role_tail for c in ".?!;,"):
            return None
    words = text.split()
    titles = 0
    while words:
        if len(words) > 1 and f"{words[0]} {words[1]}".casefold() in _TWO_WORD_TITLES:
            words, titles = words[2:], titles + 1
        elif words[0].casefold() in _TITLES and (len(words) > 1 or end or parens):
            words, titles = words[1:], titles + 1
        else:
            break
    if any(c.isdigit() for c in text) or any(c in " ".join(words) for c in '?!;"“”«»„:'):
        return None
    return _Parts(words, titles, end, parens, role_tail)


@text_memo
def speaker_label(line: str) -> Label | None:
    """The speaker's label `line` is (see the module's shapes), or None. A label is a line of its
    own: an optional title run, a name of up to LABEL_MAX_NAME_WORDS words (or an office with the
    name in brackets), up to three bracketed groups (constituency, party, role, time), an
    optional ", role", and an optional closing colon or full stop (`_label_parts`)."""
    parts = _label_parts(line)
    if parts is None or not parts.words:
        return None
    words, titles, end, parens = parts.words, parts.titles, parts.end, parts.parens
    if titles and words[0].casefold() in ("le", "la", "l’", "l'", "el"):
        # "Mme la ministre.", "M. le président.": an office of the French and Spanish records
        return Label("", True) if end and len(words) <= 6 else None
    if words[0] in _ARTICLES or any(not w[0].isupper() and w not in _PARTICLES for w in words):
        return _office_label(parts)
    if len(words) > LABEL_MAX_NAME_WORDS or not all(_name_word(w) or w in _PARTICLES for w in words):
        return None
    if any("." in w and not _INITIAL.fullmatch(w) for w in words):
        return None
    caps = all(w.isupper() for w in words if len(w) > 1)
    if len(words) >= 2 and caps and (name := _paren_name(parens)):
        return Label(name, True)  # "MINISTRA DE HACIENDA (Montero Cuadrado)": an office in capitals
    if len(words) == 1 and not titles:
        # one word: a role ("HOST:") or a given name ("CLARA:") before a colon
        if end not in (":", "："):
            return None
        if words[0].casefold() in _ROLE_LABELS:
            return Label("", True)
        return Label(_person(words), True) if words[0].title() in given_names() else None
    if words[-1].casefold() in _ROLE_LABELS and caps and titles:
        return Label("", True)  # "El señor PRESIDENTE:", "The CHAIR."
    given = words[0].title() in given_names()
    # brackets mark a member's label when they hold a party's short tag ("(LD)", "(AfD)") or
    # follow a given name or a title; "Bunkermuseum Emden (Naturwissenschaftliches Museum)" is a place
    tagged = any(_PARTY_TAG.fullmatch(p) for p in parens) or (bool(parens) and (given or titles > 0))
    # a title alone marks no label: "Dr. Jörg Radtke" over a teaser's headline is its author
    strong = bool(tagged or parts.role_tail) or (bool(end) and (caps or given or titles > 0))
    if not strong and (end or len(words) < 2):
        return None  # "Key Findings:" is no one's label; a bare name needs two words
    return Label(_person(words), strong)


def _office_label(parts: _Parts) -> Label | None:
    """The label of an office (`parts.words` hold a lower-case word or open with an article):
    the member named in brackets ("The Minister for Roads (Simon Opperman)"), or no one for
    "The CHAIR." of a hearing's record; None for other lines ("The Way Forward")."""
    words = parts.words
    name = _paren_name(parts.parens)
    if name:
        return Label(name, True) if len(words) <= 14 else None
    if parts.end and words[0] in _ARTICLES and words[-1].casefold() in _ROLE_LABELS and words[-1].isupper():
        return Label("", True)
    return None


def _speech(lines: list[str]) -> bool:
    """Whether `lines` (what follows a label) open with speech: not another label, a first line
    of two words or more or ending a sentence, and sentence punctuation in the first three."""
    if not lines or speaker_label(lines[0]) is not None:
        return False
    first = lines[0]  # a sentence, or the start of one: "Order.", "I beg to move,"
    return (len(first.split()) >= 2 or first.endswith(tuple(".!?…"))) and _SPEECH_MARK.search(
        " ".join(lines[:3])
    ) is not None


def _key(name: str) -> str:
    return name.casefold()


def split_speaker_labels(blocks: list[_Block]) -> list[_Block]:
    """`blocks` with each speaker's label of a transcript (`speaker_label` over speech, in a page
    with TURNS_MIN marked labels) in a block of its own, marked `extra["speaker_label"]` (the
    name, "" for a role alone), cut off the speech it was glued to. A bare name is a label only
    where a marked label of the page has that name (Hansard prints a member's constituency and
    party at the first turn only). Other pages: `blocks` as they are."""
    found: dict[tuple[int, int], Label] = {}
    for i, b in enumerate(blocks):
        for j, ln in enumerate(b.lines):
            if len(ln) > LABEL_MAX_CHARS or not ln[:1].isupper():
                continue
            lab = speaker_label(ln)
            if lab is None:
                continue
            after = b.lines[j + 1 :] or (blocks[i + 1].lines if i + 1 < len(blocks) else [])
            if _speech(after):
                found[(i, j)] = lab
    strong = [lab for lab in found.values() if lab.strong]
    if len(strong) < TURNS_MIN:
        return blocks
    named = {_key(lab.name) for lab in strong if lab.name}
    found = {k: lab for k, lab in found.items() if lab.strong or _key(lab.name) in named}
    out: list[_Block] = []
    for i, b in enumerate(blocks):
        cuts = [j for j in range(len(b.lines)) if (i, j) in found]
        if not cuts:
            out.append(b)
            continue
        start = 0
        for j in cuts:
            if j > start:
                out.append(block_part(b, b.lines[start:j]))
            out.append(_Block(text=b.lines[j], lines=[b.lines[j]], extra={"speaker_label": found[(i, j)].name}))
            start = j + 1
        if start < len(b.lines):
            out.append(block_part(b, b.lines[start:]))
    return out


def mark_speaker_labels(blocks: list[_Block]) -> None:
    """After classification: each label block (`split_speaker_labels`) the rules kept as text,
    or dropped over the speech the article opens with, is boilerplate, "speaker's label"; and each body block after a label, up to the next label
    or heading, is that speaker's (`extra["speaker"]`; none under a role's label). In place."""
    speaker = ""
    for i, b in enumerate(blocks):
        if "speaker_label" in b.extra:
            speaker = b.extra["speaker_label"]
            # kept as text, or dropped before the article whose first speech follows it
            over_body = i + 1 < len(blocks) and blocks[i + 1].kind == BODY
            if b.kind != TITLE and (b.kind in INDEXED_KINDS or over_body):
                who = f" ({speaker})" if speaker else ""
                b.kind, b.reason = BOILERPLATE, f"speaker's label of a transcript{who}"
        elif b.kind == HEADING:
            speaker = ""
        elif b.kind == BODY and speaker:
            b.extra["speaker"] = speaker

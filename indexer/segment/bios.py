"""An author's bio under the name at the article's end, found by what it is, in every language the
project meets: a short paragraph right under a line with a person's name alone (or under a "By
NAME" line and a short line such as a follower count), which names that person in its first
sentence ("Priya is our senior home tech editor.", "Hallo, ich bin Sabine!") or opens with a role
noun ("Freelance writer and ...", "Profesora de instituto en ...", "Učitelka z ...", "Romana di
Testaccio, cuoca per passione ...": `chromewords.BIO_ROLE`), after the article's text and at its
edge: no paragraph of running text follows it, so it is no paragraph between two of the body
(issue 13, trial 18: such bios were indexed as body on eight pages in seven languages, because
neither "NAME is a reporter" nor an "About the author" label opened them).

A profile inside an article ("Maria Lopez" / "Maria, a teacher from Valencia, runs ..." / more
of the story) has body prose after it, and a list of profiles has several such pairs: both stay.
"""

from __future__ import annotations

import re

from .. import chromewords, pubdate
from ..givennames import given_names
from ..models import BODY, BOILERPLATE, BYLINE, HEADING
from .patterns import ANSWER_BOX_REASON, _WORD, _find_date
from .scoring import _score
from .tail import _NAME_LINE, NAME_CARD_MIN_WORDS, NAME_LINE_MAX_CHARS, _is_sentence_prose, _text_before
from .textblocks import _Block, _byline_names


def _role_words(langs: set[str] | frozenset[str], keep: bool) -> frozenset[str]:
    """The role nouns of `chromewords.BIO_ROLE` of the languages in `langs` (`keep` True) or of
    all the others (`keep` False), lower case."""
    return frozenset(w for lang, ws in chromewords.BIO_ROLE.items() if (lang in langs) == keep for w in ws.split())


_UNSPACED = frozenset({"zh", "ja", "ko"})  # written without spaces, or with particles glued on (Korean)
_ROLE_WORDS = _role_words(_UNSPACED | {"tr"}, keep=False)
ROLE_COMPOUND_MIN_CHARS = 5  # a compound's role is a whole trade ("lehrerin"), not "mor" of "humor"
_ROLE_COMPOUND = frozenset(
    w for w in _role_words(chromewords.BIO_ROLE_COMPOUND, keep=True) if len(w) >= ROLE_COMPOUND_MIN_CHARS
)
_ROLE_TR = _role_words({"tr"}, keep=True)
_ROLE_UNSPACED = _role_words(_UNSPACED, keep=True)
_ROLE_MAX_CHARS = max(len(w) for w in _ROLE_UNSPACED)
TR_SUFFIX_CHARS = 5  # Turkish suffixes on the noun ("öğretmeni", "yazarıyım")


def opens_with_role(text: str) -> bool:
    """Whether a role noun (`chromewords.BIO_ROLE`) is among the first ROLE_REACH_WORDS words of
    `text` (ROLE_REACH_CHARS characters): a whole word; in the compounding languages also the end
    of a word, for a role of ROLE_COMPOUND_MIN_CHARS letters or more ("Grundschullehrerin"); in Turkish a word with its suffixes; in Chinese, Japanese and
    Korean anywhere in those characters. Set lookups on a bounded head: linear time."""
    head = " ".join(text.split()[:ROLE_REACH_WORDS])[:ROLE_REACH_CHARS].lower()
    for word in _WORD.findall(head):
        if word in _ROLE_WORDS or any(
            word[:k] in _ROLE_TR for k in range(len(word), len(word) - TR_SUFFIX_CHARS - 1, -1)
        ):
            return True
        if any(word[k:] in _ROLE_COMPOUND for k in range(len(word) - ROLE_COMPOUND_MIN_CHARS + 1)):
            return True
    return any(head[a : a + n] in _ROLE_UNSPACED for a in range(len(head)) for n in range(1, _ROLE_MAX_CHARS + 1))


ROLE_REACH_WORDS = 6  # the role opens the bio: "Romana di Testaccio, cuoca ...", not a verb's object far on
ROLE_REACH_CHARS = 60  # ... and the same reach in characters for the scripts without spaces
EDGE_BIO_MAX_WORDS = 80  # one to three sentences: a bio is short, the article's last paragraph often is not
EDGE_BIO_MAX_SENTENCES = 4
EDGE_LOOKAHEAD = 2  # a "Follow" button and a "Responses (61)" line between the bio and the comments
BETWEEN_LINE_WORDS = 6  # "4.8K followers · 212 following" between the "Written by NAME" line and the bio
NAME_PART_MIN = 3  # a word of the name the bio names its person by ("Priya", not "Le")
# the lower-case particles inside a name ("Sanne de Vries", "Ana dos Santos", "Karl von der Heide",
# "Omar bin Said"): Dutch, German, French, Iberian, Italian and Arabic names' own, as they are
# written; taken out before `tail._NAME_LINE` reads the line's capitalised words
_PARTICLE = re.compile(r" (?:(?:de|da|di|do|dos|das|del|della|van|von|der|den|ter|ten|le|la|du|bin|ibn|al|zu) )+")
# an about box's label word before the name ("About Tom", "Über Sabine"): `tail._ABOUT_NAME_LABEL`'s
_ABOUT_WORD = re.compile(r"^(?:about|über|sobre|acerca de|à propos de|a propos de|over|om|об)\s+", re.I)
_SENTENCE_END = re.compile(r"[.!?。！？](?=\s|$)")
EDGE_BIO_REASON = "author box (a bio under the author's name, at the article's end)"


def _anchor_name(blocks: list[_Block], i: int) -> tuple[int, str, bool]:
    """(index, name, from a byline) of the name over block `i`: the last line of block `i - 1`
    when it is a name alone (`tail._NAME_LINE`, particles aside: `_PARTICLE`; after an about label's word, "About Tom", the
    name after it), or a "By NAME" block (`_byline_names`) at `i - 1` or at `i - 2` with one short
    line between; (-1, "", False) when there is none."""
    for j in (i - 1, i - 2):
        if j < 0:
            break
        prev = blocks[j]
        if j == i - 1:
            last = prev.lines[-1].strip()
            if len(last) <= NAME_LINE_MAX_CHARS and _NAME_LINE.match(_PARTICLE.sub(" ", last)):
                return j, _ABOUT_WORD.sub("", last), False
            if len(prev.lines) > 1 and _role_line(last):  # "Priya Raman" / "Head of Operations, Parcelbird"
                name = prev.lines[-2].strip()
                if len(name) <= NAME_LINE_MAX_CHARS and _NAME_LINE.match(_PARTICLE.sub(" ", name)):
                    return j, name, False
        if names := _byline_names(prev):
            return j, names, True
        between = blocks[i - 1]
        if j == i - 1 and (len(between.lines) > 1 or between.words > BETWEEN_LINE_WORDS or between.sentence_end):
            break
    return -1, "", False


ROLE_LINE_MAX_WORDS = 8  # "Head of Operations, Parcelbird", "Senior Reporter": a job title, no sentence


def _role_line(line: str) -> bool:
    """Whether `line`, under an author card's name line, can be the person's job title: a few
    words (ROLE_LINE_MAX_WORDS), no sentence end. What the bio under it says about the name
    (`_describes`) and its place (`_at_edge`) are the evidence; this only lets the card have it."""
    return 0 < len(line.split()) <= ROLE_LINE_MAX_WORDS and not _SENTENCE_END.search(line)


def _describes(text: str, name: str, byline: bool) -> bool:
    """Whether `text`'s first sentence is about the person `name`, a byline's or one whose first
    word is a given name (`givennames`: "Next Steps" over "Teachers will vote ...", "Select Your
    Teams" over "Select as many teams ..." are a subheading and a box's title, no names): the
    sentence holds the name's first word ("Priya is ...", "Hallo, ich bin Sabine!"), or a role
    noun (`opens_with_role`) among its first words ("Freelance writer and ...")."""
    first = text[: m.end()] if (m := _SENTENCE_END.search(text)) else text
    parts = _WORD.findall(name)
    if not parts:
        return False
    if not byline and parts[0] not in given_names():
        return False
    if len(parts[0]) >= NAME_PART_MIN and parts[0] in _WORD.findall(first):
        return True
    return opens_with_role(first)


def _edge_bio_at(blocks: list[_Block], i: int) -> tuple[int, str]:
    """(index, name) of the name over block `i` when `i` is a bio of the module's shape, else
    (-1, ""): a sentence or a few (NAME_CARD_MIN_WORDS to EDGE_BIO_MAX_WORDS words, EDGE_BIO_MAX_SENTENCES;
    "NAME auf Instagram folgen!" is a call, no bio), not yet decided or flagged,
    about the person (`_describes`), under article text."""
    b = blocks[i]
    if b.kind or b.signal or not b.sentence_end or not (NAME_CARD_MIN_WORDS <= b.words <= EDGE_BIO_MAX_WORDS):
        return -1, ""
    if len(_SENTENCE_END.findall(b.text)) > EDGE_BIO_MAX_SENTENCES:
        return -1, ""
    j, name, byline = _anchor_name(blocks, i)
    if j < 0:
        return -1, ""
    byline = byline or _bylines_name(blocks, j, name)
    if not _describes(b.text, name, byline) or not _text_before(blocks, j):
        return -1, ""
    return j, name


def _bylines_name(blocks: list[_Block], j: int, name: str) -> bool:
    """Whether `name` (a name line's, at block `j`) is the author a byline above it names
    (`_byline_names`, "by NAME DATE", or a block's author the rules set): then
    the name is a person's whether or not its first word is a given name of `givennames`' lists
    (trial 59: "Gethin Rowlands" / "Gethin covers ... for the Voice" under a Welsh story by him
    was kept as its last paragraph; "Gethin" is in none of them)."""
    key = " ".join(name.split()).casefold()
    return len(key.split()) >= 2 and any(
        key in " ".join((b.extra.get("author", "") or _byline_names(b)).split()).casefold() for b in blocks[:j]
    )


def _at_edge(blocks: list[_Block], i: int) -> bool:
    """Whether no running text of the article follows block `i`: within EDGE_LOOKAHEAD blocks, a
    block with a chrome signal (a teaser list's or a comment thread's header, a link to the
    previous post) or the page's end comes before any paragraph of sentence prose. A profile in
    the story, or an author box between a news site's first paragraph and the rest, has more of
    the article below it."""
    for b in blocks[i + 1 : i + 1 + EDGE_LOOKAHEAD]:
        if b.signal or b.tail:
            return True
        if _is_sentence_prose(b):
            return False
    return True


def mark_edge_bios(blocks: list[_Block], prose_lang: bool) -> None:
    """Mark the page's bio under its author's name (`_edge_bio_at`), when no running text of the
    article follows it (`_at_edge`), as an author box (kind BYLINE), and the name's own line with
    it; the name becomes the byline's when no byline above gave one. A page with two or more
    such pairs is a list of profiles: none is marked."""
    found = [(i, *_edge_bio_at(blocks, i)) for i in range(1, len(blocks))]
    found = [f for f in found if f[1] >= 0]
    if not found:
        _mark_self_named_bio(blocks, prose_lang)
        return
    if len(found) != 1 or not _at_edge(blocks, found[0][0]):
        return
    i, j, name = found[0]
    by_above = any(b.kind == BYLINE and b.extra.get("author") for b in blocks[:j])
    b = blocks[i]
    b.tail, b.signal = True, "author box"
    b.kind, b.reason = BYLINE, EDGE_BIO_REASON
    anchor = blocks[j]
    if len(anchor.lines) == 1 and not anchor.kind:
        anchor.kind, anchor.reason = BYLINE, "author box (name)"
        anchor.signal = anchor.signal or "author box"
        if not by_above and len(name.split()) >= 2:  # "Tom" of "About Tom" is no byline
            anchor.extra["author"] = name
        _score(anchor, prose_lang)
    _score(b, prose_lang)


SELF_NAMED_REASON = "author box (a bio opening with the byline's name, at the article's end)"
INTRO_REASON = "author box (the writer introduces themself by name, at the article's end)"
NAMED_LINE_MAX_WORDS = 16  # a byline's line that names the author above the article: names, a date, a place


def _self_named_bio_at(blocks: list[_Block], i: int) -> bool:
    """Whether block `i` is an author's bio with no name line over it, opening with the name
    ("Jane Doe hosts the morning show. Before joining ...", "Andrei Munteanu scrie despre ...")
    or introducing its writer by it ("Hi, I'm Jenny! I'm a mom of three ...", `introduced_name`;
    no byline needed: a recipe blog's box names its writer so, article text before it):
    a sentence or a few as `_edge_bio_at` reads them, its first two or three words a name (`tail._NAME_LINE`, the first a
    given name, or else the name of a "By NAME" line above) and the next word lower case (its
    verb), the same name in the page's byline line above it (`_byline_line_of`), article text
    before it."""
    b = blocks[i]
    if b.kind or b.signal or not b.sentence_end or not (NAME_CARD_MIN_WORDS <= b.words <= EDGE_BIO_MAX_WORDS):
        return False
    if len(_SENTENCE_END.findall(b.text)) > EDGE_BIO_MAX_SENTENCES:
        return False
    if introduced_name(b.text):
        return _text_before(blocks, i)
    words = b.text.split()[:4]
    for n in (2, 3):
        name = " ".join(words[:n])
        if len(words) > n and words[n][:1].islower() and _NAME_LINE.match(name):
            break
    else:
        return False
    if not _text_before(blocks, i):
        return False
    lines = (k for k in blocks[:i] if _byline_line_of(k, name))
    if words[0] in given_names():
        return _signed_off_by(blocks[i - 1], words[0]) or next(lines, None) is not None
    # a name the lexicon lacks ("Nomsa", "Varga Lilla") counts as a "By NAME" line's
    return any(name in _byline_names(k) for k in lines)


def _signed_off_by(b: _Block, given: str) -> bool:
    """Whether block `b` (the one over a bio) ends with the writer's sign-off, `given` (the bio's
    first word, a given name) alone after its last sentence: "... let me know how yours turn out.
    Priya" over "Priya Ramdin is a nurse in Curepipe who ..." (trial 62's recipe blog, no byline
    line to name her, kept her bio as the recipe's last paragraph)."""
    words = b.text.split()
    return len(words) >= 2 and words[-1].rstrip(".!,") == given and bool(_SENTENCE_END.search(words[-2]))


# An about-me label set inline before the bio ("Über mich: Ich bin Sabine ...", "About me — I'm
# Jenny ..."): the personal form of `patterns._ABOUT_INLINE`'s about-the-author labels
_ABOUT_ME = re.compile(
    r"^(?:about me|über mich|à propos de moi|sobre mí|sobre mim|chi sono|over mij|o mnie|om mig|om meg|"
    r"o mně|o meni|o mne|despre mine|rólam|minusta|hakkımda|обо мне|про мене)\s*[:：—–-]\s*",
    re.I,
)


def introduced_name(text: str) -> str:
    """The writer's given name when `text` opens as a blogger's bio box introduces its writer
    (`chromewords.self_intro`, after an about-me label: "Hi, I'm Jenny! I'm a mom of three ...",
    "Über mich: Ich bin Sabine, ...", "Hoi, ik ben Sanne"): the word after the introduction,
    capitalised and a given name (`givennames`: "I'm Canadian", "Ich bin Mitglied" name no one);
    "" for any other text."""
    label = _ABOUT_ME.match(text)
    rest = text[label.end() :] if label else text
    end = chromewords.self_intro(rest)
    if not end:
        return ""
    name = _WORD.match(rest, end)
    word = name.group(0) if name else ""
    return word if word[:1].isupper() and word in given_names() else ""


def _byline_line_of(b: _Block, name: str) -> bool:
    """Whether block `b` is a byline's line naming `name`: NAMED_LINE_MAX_WORDS words at most,
    the name in it, with a date (a meta row: "de NAME · 30 noiembrie 2025") or as a byline's
    names (`_byline_names`: "By NAME"); a heading that names a thing ("Viva Magenta") is none."""
    if b.words > NAMED_LINE_MAX_WORDS or name not in b.text:
        return False
    return bool(_find_date(b.text) or pubdate.find_date(b.text)) or name in _byline_names(b)


SELF_NAMED_MAX_BIOS = 3  # the byline's co-authors' bios, one each, in a row ("Von A und B")


def _mark_self_named_bio(blocks: list[_Block], prose_lang: bool) -> None:
    """Mark the page's bio that opens with its author's name (`_self_named_bio_at`), or its
    co-authors' bios in a row (up to SELF_NAMED_MAX_BIOS), when no running text of the article
    follows (`_near_edge`), as author boxes (kind BYLINE). Such bios apart from each other are a
    list of profiles: none is marked. Trial 20: a bio under the tags line, its name the byline's,
    kept as the article's last paragraph; trials 33 and 36: two authors' bios in a row, and a
    bio over a line about the series."""
    found = [i for i in range(1, len(blocks)) if _self_named_bio_at(blocks, i)]
    if not found or len(found) > SELF_NAMED_MAX_BIOS or found[-1] - found[0] != len(found) - 1:
        return
    if not _near_edge(blocks, found[-1]):
        return
    for i in found:
        b = blocks[i]
        b.tail, b.signal = True, "author box"
        b.kind, b.reason = BYLINE, INTRO_REASON if introduced_name(b.text) else SELF_NAMED_REASON
        _score(b, prose_lang)


def _near_edge(blocks: list[_Block], i: int) -> bool:
    """Whether block `i` is at the article's edge (`_at_edge`), or one short paragraph (up to
    EDGE_BIO_MAX_WORDS words: a note on the series, a line asking for support) is between it and
    that edge: the article's own paragraphs go on longer than one."""
    if _at_edge(blocks, i):
        return True
    return i + 1 < len(blocks) and blocks[i + 1].words <= EDGE_BIO_MAX_WORDS and _at_edge(blocks, i + 1)


def _html_edge_bio_at(blocks: list[_Block], i: int) -> str:
    """The name over the extractor's block `i` when `i` is a bio of the module's shape on an
    HTML page, else "": article text (kind BODY) of a sentence or a few, under a byline block
    (its names) or a name line, about that person (`_describes`), with a paragraph of prose
    above the name."""
    b, prev = blocks[i], blocks[i - 1]
    if b.kind != BODY or not b.sentence_end or not (NAME_CARD_MIN_WORDS <= b.words <= EDGE_BIO_MAX_WORDS):
        return ""
    if len(_SENTENCE_END.findall(b.text)) > EDGE_BIO_MAX_SENTENCES or len(prev.lines) != 1:
        return ""
    byline = prev.kind == BYLINE
    name = (prev.extra.get("author") or prev.text) if byline else ""  # the metadata's author, alone
    if not byline and prev.kind in (BODY, HEADING) and len(prev.text) <= NAME_LINE_MAX_CHARS:
        name = prev.text if _NAME_LINE.match(_PARTICLE.sub(" ", prev.text)) else ""
    if not name or not _describes(b.text, name, byline):
        return ""
    return name if any(k.kind == BODY and _is_sentence_prose(k) for k in blocks[: i - 1]) else ""


def mark_html_edge_bios(blocks: list[_Block], author: str = "") -> None:
    """On an HTML page (kinds from the extractor's blocks, `segment.html`): the page's one bio
    under its author's name (`_html_edge_bio_at`) with no more of the article's text after it
    (within EDGE_LOOKAHEAD blocks, chrome comes first, or the page ends) is an author box, kept
    out of the text; a name line over it becomes the byline when the page has none. As in plain
    text, a profile in the story has more of the story below it, and a list of profiles has
    several such pairs. With no such pair, the one bio that opens with the byline's `author`
    (the page's metadata, "" when unknown) is an author box too (`_mark_html_self_named_bio`)."""
    found = [(i, name) for i in range(1, len(blocks)) if (name := _html_edge_bio_at(blocks, i))]
    if not found:
        _mark_html_self_named_bio(blocks, author)
    if len(found) != 1:
        return
    i, name = found[0]
    if not _html_at_edge(blocks, i):
        return  # more of the article below
    blocks[i].kind, blocks[i].reason = BOILERPLATE, EDGE_BIO_REASON
    anchor = blocks[i - 1]
    if anchor.kind != BYLINE:
        anchor.kind, anchor.reason = BYLINE, "author box (name)"
        if len(name.split()) >= 2 and not any(b.kind == BYLINE and b.extra.get("author") for b in blocks):
            anchor.extra["author"] = name


def _html_at_edge(blocks: list[_Block], i: int) -> bool:
    """Whether no more of the article's running text follows the extractor's block `i` within
    EDGE_LOOKAHEAD blocks before a block of another kind than body or heading (chrome) or the
    page's end."""
    for nxt in blocks[i + 1 : i + 1 + EDGE_LOOKAHEAD]:
        if nxt.kind not in (BODY, HEADING):
            return True
        if nxt.kind == BODY and _is_sentence_prose(nxt):
            return False
    return True


def _mark_html_self_named_bio(blocks: list[_Block], author: str) -> None:
    """On an HTML page, the one body block in a bio's shape (as `_self_named_bio_at` reads it)
    that opens with the byline's `author`, two words or more, its next word lower case (its
    verb: "Lucía Morales es la responsable de ..."), or that introduces its writer by name
    (`introduced_name`: "Hi, I'm Jenny! ...", no author needed), under a paragraph of the
    article's prose and with none after it (`_html_at_edge`): the author box a blog sets under
    its post without a name line or a photo. Two or more such blocks are a piece about the
    author: none is marked."""
    name = " ".join(author.split())
    found = []
    for i, b in enumerate(blocks):
        if b.kind != BODY or not b.sentence_end or not (NAME_CARD_MIN_WORDS <= b.words <= EDGE_BIO_MAX_WORDS):
            continue
        if len(_SENTENCE_END.findall(b.text)) > EDGE_BIO_MAX_SENTENCES:
            continue
        rest = b.text[len(name) :].split()
        if len(name.split()) >= 2 and b.text.startswith(name) and rest and rest[0][:1].islower():
            found.append(i)
        elif introduced_name(b.text):
            found.append(i)
    if len(found) != 1 or not _html_at_edge(blocks, found[0]):
        return
    i = found[0]
    if any(k.kind == BODY and _is_sentence_prose(k) for k in blocks[:i]):
        reason = INTRO_REASON if introduced_name(blocks[i].text) else SELF_NAMED_REASON
        blocks[i].kind, blocks[i].reason = BOILERPLATE, reason


# An answer's time stamp on a Q&A site, closing the answerer's box above the answer ("Answered 2
# years ago", "Beantwortet vor 3 Monaten", "Répondu il y a 2 ans", "Respondida hace un año",
# "Beantwoord 2 jaar geleden", "Odpowiedziano 3 dni temu"): the label opens the line and a
# word for "ago" follows within ANSWER_STAMP_MAX_WORDS words. Issue 13, trial 25: "NAME is a
# Certified Nutritionist ... Answered 2 years ago" was kept as the answer's text. Written for
# the project from the languages' own words.
_ANSWER_LABEL = re.compile(
    r"^(?:answered|beantwortet|geantwortet|répondu|respondid[oa]|contestad[oa]|"
    r"rispost[oa]|beantwoord|odpowiedziano|odpowiedź|besvarad|besvaret|besvart)\b",
    re.I,
)
_AGO = re.compile(r"\b(?:ago|vor|il y a|hace|há|fa|geleden|temu|sedan|siden)\b", re.I)
ANSWER_STAMP_MAX_WORDS = 8
ANSWER_BOX_MAX_WORDS = 60  # a name, a credential or two, the stamp
# ...its label's stem, searched in a block's last characters first (one search, no per-word test)
_ANSWER_KEY = re.compile(r"answered|beantwort|geantwortet|répondu|respondid|contestad|rispost|odpowied|besvar")
ANSWER_STAMP_CHARS = 80  # the stamp at the end of a block's last line
# An answerer's credential line, on a page with answer stamps only ("Experte für Ernährung",
# "Expert in tax law"): a line, no sentence
_EXPERT_LINE = re.compile(
    r"^(?:experte|expertin|experto|experta|esperto|esperta|expert)\s+(?:für|in|on|en|pour|de|di|em|voor|w)\b",
    re.I,
)
EXPERT_LINE_MAX_WORDS = 8


def _answer_stamp(line: str) -> str:
    """The answer's stamp `line` ends with ("Answered 2 years ago"), after a sentence's end or a
    dot separator or as the whole line; "" when it ends otherwise."""
    tail = re.split(r"(?<=[.!?·•|])\s+", line.strip())[-1]
    if len(tail.split()) > ANSWER_STAMP_MAX_WORDS or not _ANSWER_LABEL.match(tail):
        return ""
    return tail if _AGO.search(tail) else ""


def mark_answerer_boxes(blocks: list[_Block], prose_lang: bool) -> None:
    """Mark the boxes over a Q&A page's answers that name the answerer: a block of up to
    ANSWER_BOX_MAX_WORDS words whose last line ends with an answer's stamp (`_answer_stamp`), a
    name line right above it, and on such a page an expert's credential line (`_EXPERT_LINE`).
    The answer below, the page's text, stays. Boilerplate (ANSWER_BOX_REASON)."""
    stamped = [
        i
        for i, b in enumerate(blocks)
        if b.words <= ANSWER_BOX_MAX_WORDS
        and not b.kind
        and _ANSWER_KEY.search(b.low, max(0, len(b.low) - ANSWER_STAMP_CHARS))  # (lower case already)
        and _answer_stamp(b.lines[-1])
    ]
    if not stamped:
        return
    marked = set(stamped)
    for i in stamped:
        prev = blocks[i - 1] if i > 0 else None
        if prev is not None and not prev.kind and len(prev.lines) == 1 and len(prev.text) <= NAME_LINE_MAX_CHARS:
            if _NAME_LINE.match(_PARTICLE.sub(" ", prev.text.strip())):
                marked.add(i - 1)
    for i, b in enumerate(blocks):
        if not b.kind and len(b.lines) == 1 and b.words <= EXPERT_LINE_MAX_WORDS and not b.sentence_end:
            if _EXPERT_LINE.match(b.text.strip()):
                marked.add(i)
    for i in sorted(marked):
        b = blocks[i]
        b.signal = b.signal or f"{ANSWER_BOX_REASON[:-1]}: '{_answer_stamp(b.lines[-1]) or b.text.strip()[:40]}')"
        b.kind, b.reason = BOILERPLATE, ANSWER_BOX_REASON
        _score(b, prose_lang)

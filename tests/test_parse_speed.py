"""Shortcuts of the parse path that must not change what it finds: blocks.comment_marks counts
what blocks._COMMENT_MARK finds, and blocks.may_hold lets _block_row skip _CREDIT_ANY and
_PROMPT, only where the regex cannot match."""

from __future__ import annotations

import re
import sys

import pytest

from indexer import blocks, segment

# Own texts: each alternative of _COMMENT_MARK, in capitals too, with the characters re.I matches
# to a letter whose lower case is another, and near misses of each.
MARKED = [
    "Anna Keller says:\nGreat piece.",
    "ANNA KELLER SAYS :",
    "Anna ſays: thanks",  # long s: re.I reads it as "s"
    "Peter Brandt schreibt:\nDanke",
    "Great piece.\nReply\nAnna",
    "Great piece.\nREPLY ↓",
    "Great piece.\nLıke\n",  # dotless i
    "Great piece.\nLİKE",  # dotted capital I
    "Pingback: another blog",
    "Comments feed | Feed for comments",
    "KOMMENTARFEED",
    "Comments RSS",
    "Your email address will not be published. Required fields are marked",
    "Ihre E-Mail-Adresse wird nicht veröffentlicht.",
    "Cancel reply",
    "Antworten abbrechen",
    "Log in to Reply",
    "Posted by Anna on Monday",
    "Geschrieben von Anna",
    "June 3, 2021 at 10:42 am",
    "3. Juni 2021 um 10.42 Uhr",
    "le 3 juin à 10h42",
    "a las 10:42",
    "Anna says:\nReply\nPosted by Ben at 9:15 pm",
]
UNMARKED = [
    "",
    "The minister said on Tuesday that the new law would cut taxes.",
    "She says the vote is close",  # no colon
    "Report: the vote is close",  # a word of a line-only alternative, not alone on its line
    "I like it at the end, at 10 or so",  # "at 10" without minutes
    "Posted on Monday",
    "Der Kanzler sagte am Dienstag, das Gesetz komme.",
    "Ein ſehr alter Text",  # long s, no mark
]


@pytest.mark.parametrize("text", MARKED + UNMARKED)
def test_comment_marks_counts_what_the_regex_finds(text: str) -> None:
    assert blocks.comment_marks(text) == len(blocks._COMMENT_MARK.findall(text))
    # a block hands in its lower-cased text (`low`) instead of lower-casing it again
    assert blocks.comment_marks(text, text.lower()) == len(blocks._COMMENT_MARK.findall(text))


def test_the_own_texts_mark_and_do_not() -> None:
    assert all(blocks.comment_marks(t) > 0 for t in MARKED)
    assert all(blocks.comment_marks(t) == 0 for t in UNMARKED)


def test_only_the_listed_characters_fold_to_a_letter_of_the_words_otherwise() -> None:
    # comment_marks looks for the words in the lower-cased text: sound when every character re.I
    # matches to a letter of the words lower-cases to that letter, one character for one, except
    # those _FOLDS_ELSEWHERE sends to the regex at once. Checked over every cased character.
    words = (
        blocks._MARK_WORDS  # comment_marks' key sets
        + blocks._SAYS_WORDS
        + blocks._CREDIT_WORDS  # may_hold's
        + blocks._PROMPT_WORDS
        + segment.textblocks._DISCLOSURE_WORDS
    )
    letters = sorted({c for c in blocks._AT_TIME.pattern if c.isalpha()} | {c for w in words for c in w if c.isalpha()})
    cased = [chr(i) for i in range(sys.maxunicode + 1) if chr(i).lower() != chr(i).upper()]
    found = set()
    for letter in letters:
        rx = re.compile(re.escape(letter), re.I)
        for c in cased:
            if rx.fullmatch(c) and c.lower() != letter:
                found.add(c)
    assert found <= set(blocks._FOLDS_ELSEWHERE)
    assert all(len(c.lower()) == 1 for c in cased if c not in blocks._FOLDS_ELSEWHERE)


def test_the_gate_was_written_for_this_comment_mark_pattern() -> None:
    # comment_marks' words are _COMMENT_MARK's: a new alternative needs its word in _MARK_WORDS
    # (or _SAYS_WORDS, _AT_TIME) and its own text in MARKED above; then update the digest.
    import hashlib

    assert hashlib.sha256(blocks._COMMENT_MARK.pattern.encode()).hexdigest()[:16] == "8892454c6254c62b"


# Own texts: each alternative of _CREDIT_ANY and _PROMPT, in capitals too, with the characters
# re.I matches to a letter whose lower case is another, and near misses.
CREDITS = [
    "Foto: Anna Keller",
    "FOTOS : dpa",
    "Bild: privat",
    "Bildquelle: Archiv",
    "Quelle: AP",
    "Photo: Jane Doe",
    "IMAGE: NASA",
    "Credit: Getty",
    "Abbildung: Verlag",
    "Beitragsbild: Pixabay",
    "Fuente: EFE",
    "CRÉDIT : AFP",
    "© 2021 The Times",
    "Getty Images",
    "REUTERS/Jane Doe",
    "AFP",
    "(dpa)",
    "Imago",
    "Shutterstock",
    "iStock",
    "Unsplash",
    "pixabay.com",
    "Flickr",
    "Photo by Jane on Unſplash",
    "ımage: NASA",
    "İMAGE: NASA",
]
NO_CREDITS = [
    "",
    "Photographs of the city",
    "The image of the party",
    "Reutersplatz 3",
    "A credit card",
    "ſ ı İ",
    "Phoſo: x",
]
PROMPTS = [
    "Teilen",
    "SHARE THIS",
    "Spende jetzt",
    "Spenden",
    "Donate",
    "Buch bestellen",
    "Order now",
    "Warenkorb",
    "Basket",
    "Cart",
    "Print Recipe",
    "Jump to Recipe",
    "Anmelden",
    "Abonnieren",
    "Subscribe",
    "Nicht versäumen",
    "VERSÄUMEN",
    "Verpasse nichts",
    "Verpassen Sie nichts",
    "E-Mail-Adresse",
    "Email address",
    "Informate",
    "Lire aussi",
    "Read also",
    "Lesen Sie auch",
    "Like recipe",
    "Jetzt",
    "Hier klicken",
    "Click here",
    "ſhare",
    "Clıck",
    "CLİCK",
    "ſubſcribe",
]
NO_PROMPTS = ["", "Shared values", "The cartel", "Clicks and bricks", "Subscriber numbers", "ſ ı İ", "Shaſe"]


@pytest.mark.parametrize("text", CREDITS + NO_CREDITS)
def test_the_credit_gate_never_skips_a_match(text: str) -> None:
    found = blocks._CREDIT_ANY.search(text) is not None
    assert found == (blocks.may_hold(text, text.lower(), blocks._CREDIT_WORDS) and found)


@pytest.mark.parametrize("text", PROMPTS + NO_PROMPTS)
def test_the_prompt_gate_never_skips_a_match(text: str) -> None:
    found = len(blocks._PROMPT.findall(text))
    assert found == (found if blocks.may_hold(text, text.lower(), blocks._PROMPT_WORDS) else 0)


def test_the_own_credit_and_prompt_texts_match_and_do_not() -> None:
    assert all(blocks._CREDIT_ANY.search(t) for t in CREDITS)
    assert not any(blocks._CREDIT_ANY.search(t) for t in NO_CREDITS)
    assert all(blocks._PROMPT.search(t) for t in PROMPTS)
    assert not any(blocks._PROMPT.search(t) for t in NO_PROMPTS)
    # the gate lets through what it must, and stops the near misses without fold characters
    assert all(blocks.may_hold(t, t.lower(), blocks._CREDIT_WORDS) for t in CREDITS)
    assert all(blocks.may_hold(t, t.lower(), blocks._PROMPT_WORDS) for t in PROMPTS)
    assert not blocks.may_hold("Shared values", "shared values", ("reply",))


def test_each_alternative_holds_a_gate_word() -> None:
    # every literal alternative of the two patterns holds one of its gate words (lower case),
    # read off the pattern: a new alternative fails here until its word is added
    for rx, words in ((blocks._CREDIT_ANY, blocks._CREDIT_WORDS), (blocks._PROMPT, blocks._PROMPT_WORDS)):
        inner = re.sub(r"\\b|\\s\*|\?|\(\?:|\)|:", "", rx.pattern)  # \b, \s*, ?, (?:, ), :
        alternatives = [a for a in inner.split("|") if a]
        assert len(alternatives) >= 20
        for alt in alternatives:
            assert any(w in alt.lower() for w in words), alt


def test_the_gates_were_written_for_these_patterns() -> None:
    # the words above are these patterns': a changed pattern needs its words and own texts checked
    import hashlib

    digest = hashlib.sha256((blocks._CREDIT_ANY.pattern + blocks._PROMPT.pattern).encode()).hexdigest()[:16]
    assert digest == "a42a3a19a6d2978a"


CONTROL_TEXTS = [
    "",
    "plain text\twith tab, newline\nvertical tab\x0b and form feed\x0c",
    "\x1b[31mred\x1b[0m text",
    "\x9b31mC1 CSI",
    "\x1b]0;pwned\x07 title",
    "\x1b]8;;http://x\x1b\\link",
    "\x90DCS payload\x9c after",
    "\x1b(B charset",
    "a\x00b\x08c\x7fd\x85e",
    "lone ESC \x1b at the end\x1b",
]


@pytest.mark.parametrize("text", CONTROL_TEXTS)
def test_remove_controls_is_control_re_subn(text: str) -> None:
    from indexer import sniff

    assert sniff.remove_controls(text) == sniff.CONTROL_RE.subn("", text)


def test_no_control_re_match_starts_outside_the_gate_class() -> None:
    # remove_controls skips CONTROL_RE when _CONTROL_START finds nothing: sound when no match can
    # open with another character. Every other character of the Basic Multilingual Plane (the
    # pattern names none beyond it), before the bodies of the sequences (which hold none of the
    # class), is searched at once.
    from indexer import sniff

    tails = "[0m]0;xP1\\(B7"
    others = "".join(chr(i) + tails for i in range(0x10000) if not sniff._CONTROL_START.match(chr(i)))
    assert sniff.CONTROL_RE.search(others) is None


# Own texts: each alternative of segment.textblocks._DISCLOSURE, in capitals, with fold characters, and near misses.
DISCLOSURES = [
    "This post contains affiliate links.",
    "AFFILIATE PARTNERSHIPS",
    "Affiliate-Programme",
    "Als Teilnehmer am Amazon Partnerprogramm",
    "Amazon Associates",
    "Wir erhalten dafür ggf. eine kleine Provision.",
    "Dabei bekommen wir eine Vergütung.",
    "We earn a small commission.",
    "I RECEIVE COMPENSATION for this.",
    "The site earns revenue from qualifying purchases.",
    "This site participates in the Amazon program.",
    "This post may contain links.",
    "Dieser Artikel enthält Werbung.",
    "Dieser Beitrag gibt die Meinung des Autors wieder.",
    "Dieser Text entspricht den Vorgaben des Pressekodex.",
    "Bei diesem Beitrag handelt es sich um Werbung.",
    "These are the personal opinions of the author.",
    "This story was written by a Local Democracy Reporter.",
    "This article was made possible by our readers.",
    "Thiſ poſt contains links.",
    "Affılıate links",
    "AFFİLİATE LINKS",
    "Esta entrada contiene enlaces de afiliados.",
    "Cet article contient des liens affiliés.",
    "Contiene link di affiliazione.",
    "Wpis zawiera linki afiliacyjne.",
    "The Local Democracy Reporting Service is funded by the BBC.",
    "The views expressed DO NOT NECESSARILY REFLECT THE VIEWS OF THE EDITORS.",
    "Der Beitrag gibt nicht zwingend die Meinung der Redaktion wieder.",
    "Die Meinung des Autors muss nicht mit der Meinung der Redaktion übereinstimmen.",
    "Ce texte ne reflète pas nécessairement la position de la rédaction.",
    "El texto no refleja necesariamente la opinión del medio.",
    "Le opinioni non riflettono necessariamente la posizione della redazione.",
    "O texto não reflete necessariamente a opinião do jornal.",
    "Dit stuk geeft niet noodzakelijk het standpunt van de redactie weer.",
    "Opinie autora nie muszą być zgodne ze stanowiskiem redakcji.",
    "Názory autora se nemusí shodovat s postojem redakce.",
    "Opiniile exprimate nu reflectă neapărat poziția redacției.",
    "A szerző véleménye nem feltétlenül egyezik a szerkesztőségével.",
    "Погляди автора можуть не збігатися з позицією редакції.",
    "МНЕНИЕ АВТОРА МОЖЕТ НЕ СОВПАДАТЬ С ПОЗИЦИЕЙ РЕДАКЦИИ.",
]
NO_DISCLOSURES = [
    "",
    "The amazing post",
    "He earned praise",
    "A commissioner said",
    "Stockholders seek to receive compensation from the defendants",  # (Reuters-21578: no site's notice)
    "Of the author we know little",
    "ſ ı İ",
    "The ruling does not necessarily reflect the position of the government.",
    "Die Sprecherin wollte sich zur Meinung der Redaktion nicht äußern.",
]


@pytest.mark.parametrize("text", DISCLOSURES + NO_DISCLOSURES)
def test_the_disclosure_gate_never_skips_a_match(text: str) -> None:
    found = segment.textblocks._DISCLOSURE.search(text) is not None
    assert found == (blocks.may_hold(text, text.lower(), segment.textblocks._DISCLOSURE_WORDS) and found)


def test_the_own_disclosure_texts_match_and_do_not() -> None:
    assert all(segment.textblocks._DISCLOSURE.search(t) for t in DISCLOSURES)
    assert not any(segment.textblocks._DISCLOSURE.search(t) for t in NO_DISCLOSURES)


def test_the_disclosure_gate_was_written_for_this_pattern() -> None:
    # _DISCLOSURE_WORDS are this pattern's: a new alternative needs its word and an own text above
    import hashlib

    assert hashlib.sha256(segment.textblocks._DISCLOSURE.pattern.encode()).hexdigest()[:16] == "d7b7d31a70115d8a"


def test_upper_written_as_characters_is_the_class_of_its_ranges() -> None:
    # models.UPPER holds the capitals themselves, not "\\u00c0" escapes (cheaper for `re` to
    # parse in each pattern): none is special in a class, and the class is exactly its ranges.
    from indexer.models import UPPER

    assert not set(UPPER) & set("\\]^[")
    escaped = re.sub("[^-]", lambda m: f"\\u{ord(m.group(0)):04x}", UPPER)
    every = "".join(map(chr, range(sys.maxunicode + 1)))
    assert re.findall(f"[{UPPER}]", every) == re.findall(f"[{escaped}]", every)
    assert re.findall(f"(?i:[{UPPER}])", every) == re.findall(f"(?i:[{escaped}])", every)


def _looks_binary_by_hand(data: bytes) -> bool:
    # sources.looks_binary as it was written before its count became one bytes.translate
    head = data[:8192].rstrip(b"\x00")
    if not head:
        return bool(data)
    return sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27)) / len(head) > 0.05


def test_looks_binary_counts_the_control_bytes_as_by_hand() -> None:
    import random

    from indexer import sources

    rng = random.Random(8)
    texts = [bytes([b]) * n for b in range(256) for n in (1, 19, 21)]  # every byte, under and over 5%
    texts += [b"plain text\n" * 50 + bytes([b]) * k for b in range(32) for k in (20, 40)]
    texts += [
        bytes(rng.choice((rng.randrange(256), 32, 97)) for _ in range(rng.randrange(1, 9000))) for _ in range(200)
    ]
    for data in texts:
        if data.startswith(sources.UTF16_BOMS) or sources.utf16_without_bom(data):
            continue
        assert sources.looks_binary(data) == _looks_binary_by_hand(data), data[:40]

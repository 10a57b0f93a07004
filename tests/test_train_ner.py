"""The projection of GUM-style paragraph gold onto tokens that eval/train_ner.py trains on
(a paragraph and its gold written here, never a GUM text)."""

from __future__ import annotations

import argparse

import pytest

from eval import train_ner

TEXT = "Anna Berg met Berg Holdings in Oslo. Berg said the Oslo Accord helped."
GOLD = {
    "people": ["Anna Berg"],
    "orgs": ["Berg Holdings"],
    "places": ["Oslo"],
    # "Berg" is a form of the person and of the company: the same stretch, two fields
    "mentions": {"Anna Berg": ["Anna Berg", "Berg"], "Berg Holdings": ["Berg Holdings", "Berg"], "Oslo": ["Oslo"]},
    "unnamed": [{"name": "Oslo Accord", "type": "orgs", "forms": ["Oslo Accord", "it"]}],
}


def test_gold_forms_are_found_longest_first_and_a_stretch_two_fields_fit_is_missing() -> None:
    spans, missing = train_ner.gold_spans(TEXT, GOLD)
    got = {TEXT[s:e]: f for s, e, f in spans}
    assert got == {"Anna Berg": "people", "Berg Holdings": "orgs", "Oslo": "places"}
    assert sorted(TEXT[s:e] for s, e in missing) == ["Berg", "Oslo Accord"]


def test_tags_keep_other_labels_and_never_teach_that_unknown_names_are_not_names() -> None:
    spacy = pytest.importorskip("spacy")
    doc = spacy.blank("en").make_doc(TEXT)
    spans, missing = train_ner.gold_spans(TEXT, GOLD)
    pred = [
        (0, 4, "PERSON"),
        (TEXT.index("said") - 5, TEXT.index("said") - 1, "PERSON"),
        (TEXT.index("Oslo"), TEXT.index("Oslo") + 4, "LOC"),
    ]
    tags = dict(zip([t.text + str(t.i) for t in doc], train_ner._tags(doc, pred, spans, missing, "O")))
    assert [tags["Anna0"], tags["Berg1"]] == ["B-PERSON", "L-PERSON"]
    assert [tags["Berg3"], tags["Holdings4"]] == ["B-ORG", "L-ORG"]
    assert tags["Oslo6"] == "U-LOC"  # a gold place keeps the original model's place label
    assert tags["Berg8"] == "-"  # person or company: left missing
    assert [tags["Oslo11"], tags["Accord12"]] == ["-", "-"]  # unnamed by GUM: missing, not O
    assert tags["met2"] == "O"


SWAP_TEXT = "Dr. Anna Berg met Berg Holdings in Oslo. Berg and Anna left. John F. Smith Jr. stayed."
FAKE = (("Gaia", "Ivo", "Lene"), ("Kovacs", "Moreau", "Tanaka"))


def _span(text: str, form: str, field: str, start: int = 0) -> tuple[int, int, str]:
    at = text.index(form, start)
    return at, at + len(form), field


def test_swap_people_replaces_each_person_consistently_and_shifts_the_other_spans() -> None:
    spans = [
        _span(SWAP_TEXT, "Dr. Anna Berg", "people"),
        _span(SWAP_TEXT, "Berg Holdings", "orgs"),
        _span(SWAP_TEXT, "Oslo", "places"),
        _span(SWAP_TEXT, "Berg", "people", 40),
        _span(SWAP_TEXT, "Anna", "people", 40),
        _span(SWAP_TEXT, "John F. Smith Jr.", "people"),
    ]
    missing = [(SWAP_TEXT.index("left"), SWAP_TEXT.index("left") + 4)]  # any stretch: kept as it is
    docs = [("doc", (SWAP_TEXT, spans, missing)), ("doc", ("No one here.", [], []))]
    out = train_ner.swap_people(docs, seed=3, names=FAKE)
    assert out == train_ner.swap_people(docs, seed=3, names=FAKE)  # deterministic
    assert len(out) == 1  # only paragraphs with a person are copied
    text, new_spans, new_missing = out[0]
    got = [(text[s:e], f) for s, e, f in new_spans]
    people = [form for form, f in got if f == "people"]
    assert [f for _, f in got] == ["people", "orgs", "places", "people", "people", "people"]
    # the title and the initial and suffix stay; given name and surname are fake ones
    first, last = people[0].split()[1:]
    assert people[0].startswith("Dr. ") and first in FAKE[0] and last in FAKE[1]
    assert people[1:3] == [last, first]  # "Berg" and "Anna" alone follow "Anna Berg"
    assert people[3].split()[1:] == ["F.", people[3].split()[-2], "Jr."] and "Smith" not in text
    assert ("Berg Holdings", "orgs") in got and ("Oslo", "places") in got  # other fields untouched
    assert [text[s:e] for s, e in new_missing] == ["left"]


def test_warmup_linear_rises_then_falls_and_never_reaches_zero() -> None:
    rates = [train_ner.learn_rate(1.0, step, 20) for step in range(20)]
    assert rates[:2] == [0.5, 1.0]  # 10% of 20 updates: 2 of warmup
    assert all(a > b for a, b in zip(rates[1:], rates[2:])) and rates[-1] > 0


def test_swap_mentions_of_orgs_and_places_keeps_people_as_written() -> None:
    spans = [
        _span(SWAP_TEXT, "Dr. Anna Berg", "people"),
        _span(SWAP_TEXT, "Berg Holdings", "orgs"),
        _span(SWAP_TEXT, "Oslo", "places"),
        _span(SWAP_TEXT, "Berg", "people", 40),
    ]
    later = "Oslo thanked Berg Holdings."
    later_spans = [_span(later, "Oslo", "places"), _span(later, "Berg Holdings", "orgs")]
    missing = [(SWAP_TEXT.index("left"), SWAP_TEXT.index("left") + 4)]
    pools = {"orgs": ("Acme Group",), "places": ("Lagos", "Nuuk")}
    docs = [
        ("doc", (SWAP_TEXT, spans, missing)),
        ("doc", ("Anna Berg alone.", [(0, 9, "people")], [])),  # no org or place: not copied
        ("doc", (later, later_spans, [])),
    ]
    out = train_ner.swap_mentions(docs, ("orgs", "places"), seed=1, pools=pools)
    assert out == train_ner.swap_mentions(docs, ("orgs", "places"), seed=1, pools=pools)
    assert len(out) == 2
    (text, new_spans, new_missing), (text2, spans2, _) = out
    got = [(text[s:e], f) for s, e, f in new_spans]
    place = got[2][0]
    assert got == [("Dr. Anna Berg", "people"), ("Acme Group", "orgs"), (place, "places"), ("Berg", "people")]
    assert place in pools["places"] and "Oslo" not in text and [text[s:e] for s, e in new_missing] == ["left"]
    # the same form, the same replacement through the document
    assert [(text2[s:e], f) for s, e, f in spans2] == [(place, "places"), ("Acme Group", "orgs")]
    assert text2 == f"{place} thanked Acme Group."


def test_mention_pools_and_augment_types() -> None:
    text = "Acme met Nuuk and Acme."
    projected = [(text, [(0, 4, "orgs"), (9, 13, "places"), (18, 22, "orgs")], [])]
    assert train_ner.mention_pools(projected) == {"orgs": ("Acme",), "places": ("Nuuk",)}
    assert train_ner.augment_types("ORG,GPE") == ("orgs", "places")
    assert train_ner.augment_types("loc, people,FAC") == ("people", "places")
    with pytest.raises(argparse.ArgumentTypeError, match="unknown type 'DATE'"):
        train_ner.augment_types("ORG,DATE")

"""Names made of a headline's words, a party's name, a form of address or a demonym (issue 12;
a new user's BBC trial, `docs/quality.md`, "Titled names and headline words across an index").
Each kind a small input of our own."""

from __future__ import annotations

import pytest

from indexer.models import Article, Paragraph


@pytest.fixture(scope="module")
def tag():
    """tag([(kind, text), ...]) -> Article, the paragraphs tagged as one article."""
    from indexer.entities import tag_article

    def run(paras: list[tuple[str, str]]) -> Article:
        ps = [Paragraph(i + 1, kind, t) for i, (kind, t) in enumerate(paras)]
        return tag_article(Article("t", ps[0].text, "h", paragraphs=ps))

    return run


def every(art: Article, fld: str) -> set[str]:
    return {n for p in art.paragraphs for n in getattr(p, fld)}


def test_a_headline_word_before_a_surname_is_no_given_name(tag) -> None:
    # BBC politics/126: "End Bush 'denial' Blair tells EU" made "End Bush" the person and speaker
    art = tag(
        [
            ("title", "Halt Ravensworth 'delay' Blair tells EU"),
            ("body", "Tony Blair urged leaders to work with President Ravensworth after his re-election."),
            ("body", '"We must listen," Mr Ravensworth said on Monday.'),
        ]
    )
    assert not any(n.startswith("Halt") for n in every(art, "people") | every(art, "speakers"))


def test_a_party_named_after_a_person_is_an_organization() -> None:
    # BBC politics/281: the model's PERSON "Robert Kilroy-Silk Party" ("more interested in the
    # Robert Kilroy-Silk Party than UKIP") was his name for the whole article
    from indexer.entities import Mention, _relabel

    text = "He cared more for the Martin Dravenmoor Party than for the UK Independence Party."
    s = text.index("Martin")
    m = Mention(s, s + len("Martin Dravenmoor Party"), "PERSON", "Martin Dravenmoor Party")
    out = _relabel(text, m, [m])
    assert out is not None and out.label == "ORG"


def test_a_form_of_address_inside_a_span_starts_the_name(tag) -> None:
    # BBC politics/060: "Archbishop of Canterbury Dr Rowan Williams" tagged from "Canterbury"
    art = tag(
        [
            ("title", "Church leaders"),
            ("body", "The Cardinal and the Archbishop of Canterbury Dr Rowan Williams appealed for peace."),
        ]
    )
    assert every(art, "people") == {"Rowan Williams"}


def test_a_demonym_in_man_is_its_nations_group() -> None:
    # BBC sport: "the Frenchman", "the Dutchman" were the groups "Frenchmans", "Dutchmans"
    from indexer.entities import Mention, _field_of

    for word, group in (("Frenchman", "French"), ("Dutchman", "Dutch"), ("Dutchmen", "Dutch")):
        assert _field_of(Mention(0, len(word), "NORP", word), set()) == ("groups", group)
    assert _field_of(Mention(0, 6, "NORP", "German"), set()) == ("groups", "Germans")


def test_a_span_ending_in_a_lower_case_word_is_no_name() -> None:
    # extraction-wild: Spanish "El ministro" (the minister) was tagged an organization
    from indexer.entities import _plausible

    assert not _plausible("El presidente", "ORG")
    assert not _plausible("La ministra", "PERSON")
    assert _plausible("Apple iPhone", "ORG") and _plausible("Ludwig van Beethoven", "PERSON")
    assert _plausible("Jeroen van der", "PERSON")  # a particle: the surname is joined after it


def test_a_surname_cut_at_its_hyphen_is_the_whole_surname_the_article_gives(tag) -> None:
    # BBC politics/145: "Mr Betts-Green resigned" tagged "Betts", a second person
    art = tag(
        [
            ("title", "Candidate resigns"),
            ("body", "Nicholas Betts-Green, who had been selected to fight the seat, quit on Monday."),
            ("body", "Mr Betts-Green resigned after being questioned by the party's leadership."),
            ("body", "A spokesman said Mr Betts-Green's resignation followed a newspaper report."),
        ]
    )
    assert every(art, "people") == {"Nicholas Betts-Green"}

"""Mention boundaries, within-article links and speakers a new user's BBC trial found wrong
(issue 12; `docs/quality.md`, "Corpus linking on evidence"). Each kind a small input of our own."""

from __future__ import annotations

import pytest

from tests.helpers import tag_texts

from indexer.models import Article


@pytest.fixture(scope="module")
def tag():
    """tag(["paragraph", ...]) -> Article, the paragraphs tagged as one article's body."""
    return tag_texts


def every(art: Article, fld: str) -> set[str]:
    return {n for p in art.paragraphs for n in getattr(p, fld)}


def test_a_sentence_starting_with_said_is_no_part_of_the_name_after_it(tag) -> None:
    art = tag(
        [
            "Flanker Gareth Pryce is unlikely to play in Wales' last two games of the season.",
            'Said Wales assistant coach Huw Bevan: "We are positive about Gareth and hope he will be fit."',
        ]
    )
    assert not any(n.startswith("Said") for n in every(art, "people"))
    assert "Wales" not in every(art, "people")
    assert art.paragraphs[1].speakers == ["Huw Bevan"]


def test_a_common_word_opening_a_sentence_is_no_part_of_a_name(tag) -> None:
    art = tag(
        [
            "Troubled Hargreaves has been hit by an investigation into its broking business.",
            "Potted Bougainvillea looks lovely on a balcony in spring.",
        ]
    )
    assert not any(n.split()[0] in ("Troubled", "Potted") for n in every(art, "people") | every(art, "orgs"))
    assert "Bougainvillea" not in every(art, "people")


def test_a_quote_end_or_a_spaced_dash_inside_a_span_ends_a_name(tag) -> None:
    art = tag(
        [
            'Tory chairman Ian Hope said: "It was the worst acting I have seen since Prisoner Cell Block H." '
            "Labour said the remark was silly.",
            "Both parties plan to cut the number of civil servants at Whitehall - Labour by more than 80,000.",
        ]
    )
    orgs = every(art, "orgs")
    assert not any('"' in n or " - " in n for n in orgs)
    assert "Labour" in {o.split()[-1] for o in orgs}


def test_a_party_is_not_a_local_branch_of_it_named_once(tag) -> None:
    art = tag(
        [
            "Labour is to be investigated by a watchdog over its call centres.",
            "The complaint names a call made for the Stevenage Labour Party last month.",
            "Labour said it had done nothing wrong.",
        ]
    )
    assert art.paragraphs[0].orgs == ["Labour"] or art.paragraphs[0].orgs == ["Labour Party"]
    assert "Stevenage Labour Party" in art.paragraphs[1].orgs


def test_the_addressee_of_told_is_no_speaker(tag) -> None:
    art = tag(
        [
            'Mr Brown later told reporters: "Of course I trust the prime minister." Mr Brown failed to deny '
            'he had once told Mr Blair: "There is nothing you could ever say to me now that I could believe".',
        ]
    )
    assert "Blair" not in " ".join(art.paragraphs[0].speakers)


def test_the_subject_of_saying_is_the_speaker_and_his_he_said(tag) -> None:
    art = tag(
        [
            'Mr Blair and Mr Brown shared a platform. "We are united," Mr Blair said.',
            'Conservative co-chairman Liam Fox derided the photo call, saying: "The show of unity was the worst '
            'acting I have seen." Labour had broken its promises, he said.',
        ]
    )
    assert art.paragraphs[1].speakers == ["Liam Fox"]


def test_a_title_after_said_does_not_reach_over_a_sentence_end(tag) -> None:
    art = tag(
        [
            '"He will not figure in the Scotland game," said Wales physio Mark Davies. Sonny Parker is '
            "continuing to struggle with a neck injury.",
        ]
    )
    assert art.paragraphs[0].speakers == ["Mark Davies"]


def test_a_rare_given_name_opening_a_sentence_stays(tag) -> None:
    art = tag(["Online dating remains new. Flic Everett, a journalist and dating expert, has written on it."])
    assert "Flic Everett" in art.paragraphs[0].people


def test_an_exception_class_is_no_person(tag) -> None:
    art = tag(["When I ran it I got a Traceback and then ValueError was raised by the parser, Alice Smith wrote."])
    assert art.paragraphs[0].people == ["Alice Smith"]


def test_a_given_name_in_brackets_before_a_surname_is_one_person(tag) -> None:
    art = tag(['"Stars like David Beckham and (Zinedine) Zidane had the press against them," he said.'])
    assert "Zinedine Zidane" in art.paragraphs[0].people
    assert "Zinedine" not in art.paragraphs[0].people


def test_a_nickname_in_quotes_and_a_stage_name_after_a_description_stay_people(tag) -> None:
    art = tag(
        [
            'Marion "Suge" Knight founded the label in 1991.',
            "Rapper Eminem has denied Elvis his fourth number one of the year.",
        ]
    )
    assert any("Knight" in n for n in art.paragraphs[0].people) and not art.paragraphs[0].orgs
    assert "Eminem" in art.paragraphs[1].people


def test_a_bracket_the_mention_does_not_pair_is_no_part_of_the_name(tag) -> None:
    # "British National Party(BNP)": the model's span ran into the glued acronym's bracket and
    # the name "National Party(BNP" was a person (BBC politics/145); "Hindustan Aeronautics
    # (HAL" an organization (business/130).
    art = tag(
        [
            "He was a member of the British National Party(BNP) in the 1980s, Mr Smith said.",
            "Lockheed is talking to Hindustan Aeronautics (HAL about the deal.",
        ]
    )
    names = every(art, "people") | every(art, "orgs")
    assert not any("(" in n or ")" in n for n in names), names
    assert "Smith" in every(art, "people")

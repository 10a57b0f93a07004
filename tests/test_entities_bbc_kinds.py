"""Entity faults a new user found in BBC articles (issue 12, helper `ppl`), each a kind, each a
small input of our own with the right value (never the BBC text)."""

from __future__ import annotations

import functools

import pytest

from tests.helpers import tag_texts

from indexer.models import Article


@pytest.fixture(scope="module")
def tag():
    """tag(["title", "paragraph", ...]) -> Article: the first text is the title, the rest body."""
    return functools.partial(tag_texts, title=True)


def _all(art: Article, field: str) -> set[str]:
    return {n for p in art.paragraphs for n in getattr(p, field)}


def test_a_firm_named_like_a_person_is_an_organization(tag) -> None:
    art = tag(
        [
            "Minister keeps legal job",
            "The minister earns up to £20,000 a year from the law firm Skene Dalgetty, where he is a partner.",
            "It then emerged Skene Dalgetty has a client which opposes the plan.",
            "Fiona Lamb, executive partner of Skene Dalgetty, said the firm had done nothing wrong.",
        ]
    )
    assert "Skene Dalgetty" not in _all(art, "people")
    assert "Skene Dalgetty" in art.paragraphs[2].orgs
    assert "Fiona Lamb" in art.paragraphs[3].people


def test_a_company_named_like_a_person_is_an_organization(tag) -> None:
    art = tag(
        [
            "New search tools",
            "Tom Harker, spokesman for Ask Jeeves, said the results were good.",
        ]
    )
    assert "Ask Jeeves" not in _all(art, "people")
    assert "Ask Jeeves" in _all(art, "orgs")


def test_a_name_run_into_a_town_the_article_names_is_a_person_and_a_place(tag) -> None:
    art = tag(
        [
            "Fun run results",
            "Jon Rego Clayton won the ten-mile race on Sunday in 52 minutes.",
            "The race started in Clayton at nine and finished at the harbour.",
            "Rego said he had trained for a year.",
        ]
    )
    assert art.paragraphs[1].people == ["Jon Rego"]
    assert "Clayton" in art.paragraphs[1].places
    assert "Clayton" not in _all(art, "people")


def test_a_constituency_a_member_title_and_a_legislature_nickname_are_no_organizations(tag) -> None:
    art = tag(
        [
            "Member cleared over interests",
            "The Dundee MSP earns up to £20,000 a year from a law firm. "
            "She had taken advice from Holyrood officials. As an MSP she must declare every interest.",
        ]
    )
    orgs = _all(art, "orgs")
    assert not orgs & {"Dundee", "MSP", "Holyrood"}
    assert "Scottish Parliament" in orgs  # Holyrood is the parliament that sits there
    assert "Dundee" in _all(art, "places")


def test_a_party_run_into_a_legislature_nickname_is_two_organizations(tag) -> None:
    art = tag(["Leader attacks minister", "SNP Holyrood leader Morag Innes accused the minister of failing voters."])
    orgs = _all(art, "orgs")
    assert "Scottish Parliament" in orgs
    assert not any("Holyrood" in o for o in orgs)


def test_a_peer_is_the_one_full_name_of_that_surname(tag) -> None:
    art = tag(
        [
            "Peer attacks war case",
            "Tory leader Michael Howard said Lord Pemberton had given damaging testimony.",
            'Mr Howard described Lord Pemberton\'s intervention as "very important".',
            "Opposition leader Menzies Campbell said Lord Pemberton's comments were justified. "
            'A minister said: "Taken together, Giles Pemberton\'s comments are partial."',
        ]
    )
    assert _all(art, "people") == {"Giles Pemberton", "Michael Howard", "Menzies Campbell"}


def test_a_peer_named_only_by_title_keeps_it(tag) -> None:
    art = tag(["Peer attacks war case", "Lord Pemberton said the case for war had been oversold.", "Pemberton agreed."])
    assert _all(art, "people") == {"Lord Pemberton"}


def test_a_spaced_dash_ends_a_name(tag) -> None:
    art = tag(
        [
            "Clubs share training",
            "Saints coach Ian Millward agreed, while Clive Griffiths - Wales' defensive coach - is keen.",
            "Wales will play England in February.",
        ]
    )
    assert "Clive Griffiths" in art.paragraphs[1].people
    assert "Wales" in art.paragraphs[2].places
    assert not any("Wales" in n for n in _all(art, "people"))


def test_a_peer_named_with_the_place_of_the_title_is_not_another_of_the_surname(tag) -> None:
    art = tag(
        [
            "Bombing campaign claims",
            "Ex-Welsh Office Minister Lord Roberts of Conwy denied security services were involved.",
            "Although one man, Sion Aubrey Roberts, was convicted in 1993, others were not.",
        ]
    )
    assert "Sion Aubrey Roberts" not in art.paragraphs[1].people
    assert "Lord Roberts of Conwy" in art.paragraphs[1].people


def test_a_central_bank_is_one_body_under_its_short_names(tag) -> None:
    # BBC: Fed 21 paragraphs, Federal Reserve 12, US Federal Reserve 10 (a new user's try)
    art = tag(
        [
            "Rates rise again",
            "The Fed raised interest rates on Tuesday, its fourth rise this year.",
            "The US Federal Reserve said growth was solid and inflation contained.",
            "The BoE held rates at 4.75%, and the Bank of England said it would watch house prices.",
        ]
    )
    orgs = [set(p.orgs) for p in art.paragraphs[1:]]
    assert orgs == [{"Federal Reserve"}, {"Federal Reserve"}, {"Bank of England"}]

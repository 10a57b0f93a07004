"""A fact-checker's boxes under its check, in a plain-text dump (trial 31's Romanian page kept
them all as the check's text): a newsletter box whose title promises the checks by e-mail without
naming a newsletter ("Primește verificările noastre pe e-mail", "Get our checks by email"), the
newsroom's "How we work" box, and an appeal for monthly donations ("Cu o donație lunară de 20 de
lei ne ajuți ..."). A "How we work" heading with more of the article under it than above stays,
as does a headline about e-mail. Pages of our own."""

from __future__ import annotations

import pytest

from indexer.segment.textblocks import _SUPPORT_APPEAL, _Block, _newsletter_title
from tests.helpers import page_body

TITLE = "The photo of a bear on a Brasov street is not from this week"
CHECK = [
    "Since Monday, a photograph of a brown bear walking along a pavement in the old town has been shared "
    "thousands of times on Facebook with the claim that it was taken this week.",
    "A reverse image search led us to a photography forum, where the same picture was posted in June "
    "2019 by a local amateur photographer, with the date and the street in its caption.",
    "We contacted the photographer, who confirmed that he took the picture on an evening in June 2019 "
    "and sent us the original file with its metadata.",
    "Conclusion: the photograph is real, but it is five years old and was not taken this week.",
]
METHOD = (
    "We rate claims on a five-step scale, from true to impossible to verify. Every check is read by at "
    "least two editors before it is published, and we correct our errors openly."
)


def _body(*blocks: str) -> list[str]:
    return page_body(TITLE, *blocks)


@pytest.mark.parametrize(
    ("title", "blurb"),
    [
        ("Get our checks by email", "Every Friday, the week's most important false claims, explained in brief."),
        (
            "Primește verificările noastre pe e-mail",
            "În fiecare vineri, cele mai importante dezinformări ale săptămânii, explicate pe scurt.",
        ),
    ],
)
def test_a_box_promising_the_stories_by_email_is_a_newsletter_box(title: str, blurb: str) -> None:
    assert _newsletter_title(_Block(text=title, lines=[title]))
    assert _body(*CHECK, title, blurb) == CHECK


def test_a_newsrooms_how_we_work_box_under_the_article_is_chrome() -> None:
    assert _body(*CHECK, "How we work", METHOD) == CHECK


def test_a_how_we_work_heading_inside_the_article_stays() -> None:
    assert METHOD in _body(CHECK[0], "How we work", METHOD, *CHECK[1:])


def test_a_romanian_appeal_for_monthly_donations_is_chrome() -> None:
    appeal = (
        "Verificat.ro este o redacție independentă și nu primește bani de la partide politice. Cu o donație "
        "lunară de 20 de lei ne ajuți să verificăm mai multe informații care circulă online."
    )
    assert _SUPPORT_APPEAL.search(appeal) and _SUPPORT_APPEAL.search("Susține jurnalismul care verifică")
    assert _body(*CHECK, "Susține jurnalismul care verifică", appeal) == CHECK


def test_a_headline_about_email_is_no_newsletter_title() -> None:
    text = "How scammers get your bank details by email"
    assert not _newsletter_title(_Block(text=text, lines=[text]))


@pytest.mark.parametrize(
    "label", ["How we work", "Cum lucrăm", "Sådan retter vi fejl", "Corrections policy", "So arbeiten wir"]
)
def test_a_newsrooms_method_labels(label: str) -> None:
    from indexer.segment.tail import _METHOD_LABEL

    assert _METHOD_LABEL.match(label)

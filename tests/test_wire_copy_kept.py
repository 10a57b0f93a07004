"""Wire copy is article text, not page chrome. A new user's try of Reuters-21578 found 187 of
its 124,451 blocks dropped, about 130 of them the stories' own text, by rules written for web
pages (each case here a paragraph of our own):

- a year's full stop read as a Hungarian day's ("The issue is due on April 9, 1997." was a date
  line, and its date the story's publication date) and a list's items read as date lines;
- a take's "MORE" after the last sentence read as a teaser's read-more link (it is the wire's
  continuation mark, dropped as "REUTER" is);
- "Commission", "Commissioner", "linked" and "link-ups" read as a site's affiliate commission on
  links; a statement reported as someone's ("Citibank said ...") read as a site's notice;
- "Republicans" read as Romanian "republicat" (republished), so a notice that the text may not
  be copied;
- "as a member of" read as a call to join ("As a member, you get ...")."""

from __future__ import annotations

import pytest

from tests.helpers import parse_blocks

TITLE = "CANADA LAUNCHES 1.2 BILLION DLR BOND ISSUE"
LEAD = (
    "Canada will offer a 1.2 billion dlr, four-part bond issue tomorrow, which will be dated March 15 "
    "and delivered March 16, the finance department said."
)


def kinds(*blocks: str) -> dict[str, str]:
    art = parse_blocks(TITLE, LEAD, *blocks)
    return {p.text: p.kind for p in art.paragraphs}


def test_a_sentence_ending_in_a_year_is_no_date_line() -> None:
    art = parse_blocks(TITLE, LEAD, "The issue is due on April 9, 1997. REUTER")
    assert [p.kind for p in art.paragraphs if p.text.startswith("The issue is due")] == ["body"]
    assert not art.published


def test_a_lists_items_are_no_date_lines() -> None:
    items = [
        "- 8 pct bonds due July 1, 1990,",
        "- 8-1/4 pct bonds due March 1, 1994,",
        "- 8-1/2 pct bonds due June 1, 2011.",
    ]
    found = kinds("The issue will consist of three maturities:", *items)
    assert [found[i] for i in items] == ["body"] * 3


def test_a_takes_more_is_the_wires_mark() -> None:
    art = parse_blocks(TITLE, LEAD, '"The new rules will apply to premiums payable this year," Lawson said. MORE')
    last = art.paragraphs[-1]
    assert last.kind == "body" and last.text.endswith("Lawson said.")


@pytest.mark.parametrize(
    "text",
    [
        "EC Agriculture Commissioner Frans Andriessen says huge food surpluses, which have alienated "
        "international trade partners, must be cut and links with them mended.",
        "The Commission has proposed radical changes in the way member countries contribute to the "
        "budget, suggesting payments should be linked to economic performance.",
        "Citibank said the filing it made with the Securities and Exchange Commission about links to "
        "its Brazilian loans would not change its earnings forecast.",
        "The vote in favor was despite a last-minute revolt by an alliance of liberal Democrats and "
        "conservative Republicans who sought to defeat it without permission.",
        "The Asian Development Bank will not change its decision to admit China as a member despite "
        "protests from founder member Taiwan, the bank president said.",
    ],
)
def test_news_prose_is_no_site_notice(text: str) -> None:
    assert kinds(text)[text] == "body"


@pytest.mark.parametrize(
    "label", ["Period ended December 31, 1986", "Year to March 31, 1987", "Six months ended March 31, 1987"]
)
def test_a_results_periods_end_is_no_publication_date(label: str) -> None:
    art = parse_blocks("<SDC SYDNEY DEVELOPMENT CORP> NINE MTHS LOSS", label, "Oper shr loss 1.08 dlrs vs loss 84 cts")
    assert not art.published
    assert [p.kind for p in art.paragraphs if p.text == label] == ["body"]

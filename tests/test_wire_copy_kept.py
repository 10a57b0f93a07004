"""A wire story's own paragraphs are no page chrome (a new user's parse of Reuters-21578, session
42: 89 of its blocks were dropped, most of them article text read by web-page rules): the
continuation mark "MORE" after a sentence is no read-more link; "commission" and "links" in a
story about trade ("a joint economic commission ... commercial links"), a "clients'" that holds
French "lien", a company's "affiliate program" someone said it has, "to receive compensation",
are no site's disclosure; a company's description ("X is a Toronto-based producer of ...") no
author box; "No dividend was recommended." no furniture label; "Related company's credit" no
related-links label; a headline naming a newsletter over a lead that reports it no sign-up box.
Each story here is of our own writing, after the shapes Reuters-21578 showed."""

from __future__ import annotations


import pytest

from tests.conftest import invoke

STORIES = {
    "guyana.txt": (
        "GUYANA SEEKS DEBT RELIEF\n\n"
        "Guyana's government said it would ask its creditors for new terms on its foreign debt this year.\n\n"
        "Its arrears to the fund are now 70 mln dlrs and it would not be eligible for new loans in the "
        "near future, the finance minister told reporters at the bank's annual meeting here. MORE\n\n"
        "Because of its arrears, Guyana has been unable to draw down a 40 mln dlr loan for a bauxite project. "
        "more\n"
    ),
    "trade.txt": (
        "FRANCE, YUGOSLAVIA SET UP ECONOMIC COMMISSION\n\n"
        "France and Yugoslavia agreed to set up a joint economic commission as part of efforts to promote "
        "commercial links and industrial cooperation between the two countries.\n\n"
        "Dual trading refers to the ability of futures commission merchants to trade for their own as well "
        "as their clients' accounts, the exchange said in a statement.\n\n"
        "Pacific Eastern Corp said it added three trucking operations to its affiliate program totaling "
        "about 6.7 mln dlrs in annual revenue.\n\n"
        "Stockholders also seek to receive compensation from the defendants, according to court papers.\n"
    ),
    "metal.txt": (
        "COMINCO SELLS STAKE IN CANADA METAL\n\n"
        "Cominco Ltd said it sold its 50 pct stake in Canada Metal Co Ltd to the unit's management for an "
        "undisclosed sum.\n\n"
        "Canada Metal is a Toronto-based producer of lead alloys and engineered lead products.\n\n"
        "No dividend was recommended.\n\n"
        "Related company's credit 6.1 mln vs nil\n"
    ),
    "soy.txt": (
        "BRAZIL SOY HARVEST 13 PCT COMPLETE - NEWSLETTER\n\n"
        "Brazil's soybean harvest was 13 pct complete by March 20, the Safras e Mercado newsletter said.\n\n"
        "This compares with an historic average for this time of year of 20 pct.\n"
    ),
}


@pytest.fixture(scope="module")
def parsed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    root = tmp_path_factory.mktemp("wire")
    out = {}
    for name, text in STORIES.items():
        (root / name).write_text(text, encoding="utf-8")
        code, stdout, err = invoke("parse", str(root / name))
        assert code == 0, err
        out[name] = stdout
    return out


@pytest.mark.parametrize("name", sorted(STORIES))
def test_every_paragraph_of_a_wire_story_is_kept(parsed: dict[str, str], name: str) -> None:
    dropped = [line for line in parsed[name].splitlines() if line.startswith("-")]
    assert dropped == []


def test_the_newsletter_headline_is_the_title(parsed: dict[str, str]) -> None:
    assert "  title: BRAZIL SOY HARVEST 13 PCT COMPLETE - NEWSLETTER" in parsed["soy.txt"].splitlines()

"""An HTML page's author whose combining marks the extractor cut off is given as the page writes
it: trafilatura's author clean-up strips a name's trailing non-word characters, and Python's `\\w`
holds no combining mark, so Hindi "अनुराग शर्मा" came out "अनुराग शर्म" (trial 9)."""

from __future__ import annotations

import pytest

from indexer import htmlpage

BODY = (
    "<p>"
    + " ".join(["नदी का जलस्तर रविवार रात खतरे के निशान से ऊपर पहुंच गया और लोगों को राहत शिविरों में भेजा गया।"] * 3)
    + "</p>"
)


@pytest.mark.parametrize(
    "name",
    ["अनुराग शर्मा", "प्रिया वर्मा", "সুমিত্রা দেবী", "ஆனந்த் குமார்"],  # Hindi, Bengali, Tamil: names ending in a vowel sign
)
def test_an_authors_vowel_signs_are_kept(name: str) -> None:
    page = (
        f'<html lang="hi"><head><meta charset="utf-8"><title>शीर्षक</title><meta name="author" content="{name}"></head>'
        f'<body><article><h1>यमुना का जलस्तर खतरे के निशान से ऊपर</h1><div class="meta"><span class="author">{name}</span></div>'
        f"{BODY}{BODY}</article></body></html>"
    ).encode()
    assert htmlpage.extract(page, "p.html").meta["author"] == name


def test_an_author_that_lost_no_mark_is_as_given() -> None:
    assert htmlpage._with_marks("Jane Doe", "By Jane Doe, 3 March") == "Jane Doe"
    assert htmlpage._with_marks("अनुराग शर्मा", "no such words here") == "अनुराग शर्मा"

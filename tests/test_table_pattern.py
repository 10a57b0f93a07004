"""A concept's table searched a language at a time (`segment.patterns.TablePattern`): the same
match as the one alternation over every language (`chromewords.compile_table`) would give, on
texts of our own, and the literals that pick the languages never skip a phrase."""

from __future__ import annotations

import pytest

from indexer import chromewords
from indexer.segment.patterns import TablePattern

# Two languages whose phrases can match at one position, one without spaces, an optional group
# in front of a phrase (its words are no literal every match holds).
TABLE = {
    "en": r"(?:please )?(?:log ?in|sign ?in) to (?:comment|post)|save up to \d+ ?%",
    "de": r"(?:bitte )?melde dich an,? um|spare bis zu \d+ ?%|save up to \d+ ?% bei uns",
    "ja": r"ログインしてコメント",
    "fr": r"connectez-vous pour commenter",
}
TEXTS = [
    "Log in to comment",
    "Please sign in to post your reply.",
    "Bitte melde dich an, um zu kommentieren.",
    "Melde dich an um mitzudiskutieren",
    "Save up to 40% bei uns, nur heute",  # en and de both match at 0: en comes first in the table
    "Heute: spare bis zu 30 %, und save up to 20%",  # the leftmost wins, whatever its language
    "記事にログインしてコメントする",  # glued to the word before: no boundary needed
    "Connectez-vous pour commenter et login to post",
    "İSTANBUL: Log in to comment",  # lower-cased, the dotted İ is two characters: all searched
    "He would not log in to the system.",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
def test_the_match_is_the_one_alternation_s(text: str) -> None:
    one = chromewords.compile_table(TABLE).search(text)
    each = TablePattern(TABLE).search(text)
    assert (each and (each.span(), each.group(0))) == (one and (one.span(), one.group(0)))


def test_an_optional_group_in_front_holds_no_required_literal() -> None:
    # "please" may be missing: the literal every match of the phrase holds comes after the group
    assert chromewords._required_literals(r"(?:please )?(?:log ?in|sign ?in) (?:to|before) post") == [" post"]
    assert chromewords._required_literals(r"(?:sehr ){0,2}(?:gut|schlecht)") == ["gut", "schlecht"]
    assert "please " not in chromewords.stems({"en": TABLE["en"]})
    assert TablePattern(TABLE).search("Sign in to comment")


@pytest.mark.parametrize("name", ["OFFER", "SOCIAL_CALL", "LAND_ACKNOWLEDGEMENT", "SUPPORT_APPEAL", "LOGIN_PROMPT"])
def test_the_shipped_tables_give_the_same_matches(name: str) -> None:
    # each language's own phrases from the tests of its concept, and each language's text twice
    # over (two languages in one block): the same match both ways
    table = getattr(chromewords, name)
    one, each = chromewords.compile_table(table), TablePattern(table)
    samples = [
        "Compare energy deals and save up to 40% today. Download our free checklist.",
        "Tag me on Instagram @cookwithme and pin it on Pinterest!",
        "We acknowledge the Traditional Custodians of the land on which we work.",
        "Become a member and support independent journalism. Join our Patreon.",
        "Log in to leave a comment. Melden Sie sich an, um die Inhalte zu nutzen.",
        "Jetzt Tarife vergleichen und bis zu 300 € sparen! Markiere uns auf Instagram.",
        "Поддержите нас ежемесячным пожертвованием. Войдите, чтобы оставить комментарий.",
        "Comments are only available to subscribers. Seuls les abonnés peuvent commenter.",
    ]
    for text in samples:
        a, b = one.search(text), each.search(text)
        assert (b and b.span()) == (a and a.span()), text

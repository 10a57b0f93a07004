"""A headline cut off with dots between two items of a teaser list is one of its items (a wild
tuning page's rail kept "En día de San Francisco, invitan a bendic..." as body among its dropped
headlines); a sentence ending in dots inside the article stays. Own small input."""

from __future__ import annotations

from indexer.models import BODY, BOILERPLATE
from indexer.segment import analyse_text
from indexer.segment.articleend import mark_cut_teasers


def _marked(*blocks: tuple[str, str, str]) -> list[tuple[str, str]]:
    made, _ = analyse_text("\n\n".join(text for text, _, _ in blocks), with_features=False)
    for b, (_, kind, reason) in zip(made, blocks, strict=True):
        b.kind, b.reason = kind, reason
    mark_cut_teasers(made)
    return [(b.kind, b.reason) for b in made]


def test_a_cut_headline_between_teaser_items_is_one() -> None:
    got = _marked(
        ("Capuchinos invitan a bendición anual de v...", BOILERPLATE, "teaser list (block model)"),
        ("Nacionales", BOILERPLATE, "repeats block 4"),
        ("En día de San Francisco, invitan a bendic...", BODY, "short block inside the article text"),
        ("Nacionales", BOILERPLATE, "repeats block 4"),
        ("Capuchinos realizan tradicional bendición...", BOILERPLATE, "teaser list (block model)"),
    )
    assert got[2][0] == BOILERPLATE


def test_a_sentence_ending_in_dots_in_the_article_stays() -> None:
    got = _marked(
        ("The market opened at dawn and the first buyers came by boat.", BODY, "prose"),
        ("And speaking of bananas...", BODY, "short block inside the article text"),
        ("Capuchinos realizan tradicional bendición...", BOILERPLATE, "teaser list (block model)"),
    )
    assert got[1][0] == BODY

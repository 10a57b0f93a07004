"""A shop's and a recipe site's own text that plain-text dumps lost (trial 66's pages, written
blind for the trials, read in session 56):

- a product's short description under its price ("£ 26.00" between the product's name and its
  description): the standfirst under the headline, past the price as past a byline
  (`head._head_meta`, `furniture.price_line`);
- a recipe card's ingredient list under its "Zutaten" label, a line an ingredient, dropped as a
  menu's short lines: the recipe's text, as its steps are (`kept._keep_ingredients`).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer.models import INDEXED_KINDS, LEAD
from indexer.segment import furniture
from tests.helpers import kind_and_reason as kind_of, parse_blocks as parse

TRIAL66 = Path(__file__).parent.parent / "eval" / "trials" / "trial66" / "pages_txt"


def test_a_products_short_description_under_its_price_is_its_standfirst() -> None:
    art = parse((TRIAL66 / "556a827e36f7e4a1.txt").read_text(encoding="utf-8"))
    assert kind_of(art, "A generous, hand-thrown mug in our green-brown seaweed glaze")[0] == LEAD


def test_a_recipe_cards_ingredient_list_under_its_label_is_the_recipes() -> None:
    art = parse((TRIAL66 / "78c32b0177bffe77.txt").read_text(encoding="utf-8"))
    kind, reason = kind_of(art, "Portionen Blech")
    assert kind in INDEXED_KINDS and reason == "a recipe's ingredients (under its card's label)"


@pytest.mark.parametrize(
    ("line", "price"),
    [("£ 26.00", True), ("Preis: 39,99 €", True), ("199 €*", True), ("26 mugs", False), ("£ 26.00\n5 in stock", False)],
)
def test_a_price_alone_on_its_line(line: str, price: bool) -> None:
    assert furniture.price_line(line) is price

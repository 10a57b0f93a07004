"""Plain-text kinds of trial 12 (indexer.segment), on pages written for these tests (helper
divsoup): an editor's note left in a draft (K2), a recipe card's furniture (K3), and a
roundup's towns in capitals over its briefs, one page handled three ways (K4)."""

from __future__ import annotations

import pytest

from indexer.models import BODY, BOILERPLATE, HEADING, PLACE_LABEL_REASON
from tests.helpers import kind_and_reason, parse_blocks

_PARAS = [
    "The regional council closed the coast road at Pointe Nord on Monday after a landslide carried part of "
    "the carriageway into the sea during the night.",
    "Engineers said the cliff had been moving for weeks, and that the road would stay shut until a survey "
    "of the slope is finished later this month.",
    "Residents of the two villages beyond the slip must now drive an hour inland to reach the nearest town.",
]
_HEADLINE = "Landslide shuts the coast road at Pointe Nord"


# ---- K2: an editor's note in a draft ---------------------------------------------------------


@pytest.mark.parametrize(
    "note",
    [
        "[EDITOR NOTE: confirm the length of the closure with the council's press office]",
        "[TK: quote from the mayor — asked on Monday]",
        "[NOTE TO EDITORS: photos from the coastguard to follow]",
        "[ED: check the spelling of Pointe Nord]",
        "[CORRECTION NEEDED]",
        "TK",
        "[ANM. D. RED.: Zahl der Anwohner prüfen]",
        "[À VÉRIFIER : date de réouverture]",
        "[NOTA PARA EDICIÓN: confirmar la cifra con el ayuntamiento]",
    ],
)
def test_an_editors_note_in_a_draft_is_dropped(note: str) -> None:
    art = parse_blocks(_HEADLINE, "By Ana Ruiz", _PARAS[0], note, _PARAS[1], _PARAS[2])
    assert kind_and_reason(art, note) == (BOILERPLATE, "editor's note")
    assert [p.text for p in art.paragraphs if p.kind == BODY] == _PARAS


@pytest.mark.parametrize(
    "text",
    [
        '"We told [the minister] in March that the slope was moving," said the council\'s engineer, Paul Roux.',
        "[Editor's note: this story was updated on Tuesday with the council's estimate of the repair cost.]",
    ],
)
def test_an_insertion_in_a_quote_or_a_note_for_readers_stays(text: str) -> None:
    art = parse_blocks(_HEADLINE, "By Ana Ruiz", _PARAS[0], text, _PARAS[1], _PARAS[2])
    assert kind_and_reason(art, text)[0] == BODY


# ---- K3: a recipe card's furniture -----------------------------------------------------------

_STORY = [
    "My aunt made this soup every winter in the village above the lake, and the smell of lemon and dill "
    "still means January to me more than snow does.",
    "The barley makes it thick enough to count as dinner, and the lemon keeps it from tasting heavy, "
    "which is why it has lasted three generations.",
]


@pytest.mark.parametrize(
    "chrome",
    [
        "Pin this recipe for later!",
        "Jump to Recipe | Print Recipe",
        "Rate this recipe",
        "Prep Time 15 mins Cook Time 40 mins Servings 4",
        "Course: Dinner Cuisine: Greek",
        "Nutrition: Calories 310kcal | Protein 9g | Fat 8g",
        "390 kcal 8 g Eiweiß 13 g Fett 60 g Kohlenhydrate",
        "Rezept drucken",
        "Servings: 4",
    ],
)
def test_a_recipe_cards_furniture_is_dropped(chrome: str) -> None:
    steps = "Soften the onion in olive oil for ten minutes.\nAdd the barley and the stock, and simmer until tender."
    art = parse_blocks("Lemon barley soup", _STORY[0], chrome, _STORY[1], "150 g pearl barley\n2 lemons, juiced", steps)
    kind, reason = kind_and_reason(art, chrome)
    # "Pin this recipe for later!" is also the reader's call to pin (a social call, a promotion)
    assert kind == BOILERPLATE and reason.startswith(("recipe card", "promotion: call-to-action phrase 'pin"))
    kept = " ".join(p.text for p in art.paragraphs if p.indexed)
    assert "150 g pearl barley" in kept and "Soften the onion" in kept and _STORY[1] in kept


@pytest.mark.parametrize(
    "text",
    [
        "200 g sugar, 5 g salt, 100 g butter, 2 eggs",
        "Each serving has 310 calories and 9 g of protein, about a fifth of what an adult needs in a day.",
        "Yield curve inverts again",
        "Serves as a reminder",
    ],
)
def test_an_ingredient_list_or_a_sentence_about_calories_is_no_card(text: str) -> None:
    from indexer.segment.furniture import _recipe_card_label
    from indexer.segment.textblocks import _Block, _measure

    b = _Block(text=text, lines=text.split("\n"))
    _measure(b)
    assert _recipe_card_label(b) == ""


@pytest.mark.parametrize(
    ("ingredients", "method"),
    [
        ("Ingredients", "Instructions"),
        ("Zutaten", "Zubereitung"),
        ("Ingrédients", "Préparation"),
        ("Ingredientes", "Preparación"),
    ],
)
def test_a_recipe_cards_method_under_its_label_is_text(ingredients: str, method: str) -> None:
    # trial 27: the card's method, under its header, times and ingredients, was dropped as
    # "outside the article text (after it)"; its labels are the recipe's headings
    steps = (
        "Soften the onion in olive oil for ten minutes, then add the barley and the stock.\n"
        "Simmer until the barley is tender, stir in the lemon juice and serve with plenty of dill."
    )
    art = parse_blocks(
        "Lemon barley soup", *_STORY, "Advertisement", "Lemon barley soup", "Print Recipe Pin Recipe",
        "Prep Time 15 mins", "Cook Time 40 mins", "Servings 4", ingredients,
        "150 g pearl barley\n2 lemons, juiced\n1 onion, chopped\n1 litre vegetable stock", method, steps,
        "Nutrition", "Calories: 310kcal | Protein: 9g | Fat: 8g", "Tried this recipe? Leave a comment below!",
    )  # fmt: skip
    assert kind_and_reason(art, steps[:30])[0] == BODY
    assert kind_and_reason(art, method)[0] == HEADING
    assert kind_and_reason(art, "Calories")[0] == BOILERPLATE


@pytest.mark.parametrize(
    ("method", "notes", "note", "call"),
    [
        (
            "Instructions",
            "Notes",
            "Leftovers keep for three days in the fridge and reheat well with a splash of stock.",
            "Tried this recipe? Mention @harbourkitchen or tag #harbourkitchen!",
        ),
        (
            "Anleitungen",
            "Notizen",
            "Reste lassen sich am nächsten Tag mit etwas Brühe wunderbar aufwärmen.",
            "Hast du das Rezept ausprobiert? Markiere @hafenkueche auf Instagram oder tagge es mit #hafenkueche!",
        ),
    ],
)
def test_a_recipe_cards_notes_under_their_label_are_text_and_its_call_is_not(
    method: str, notes: str, note: str, call: str
) -> None:
    # trial 37: WP Recipe Maker's notes under the method were dropped as "outside the article
    # text (after it)"; the card's call to tag its handle under them is a social call
    steps = (
        "Soften the onion in olive oil for ten minutes, then add the barley and the stock.\n"
        "Simmer until the barley is tender, stir in the lemon juice and serve with plenty of dill."
    )
    art = parse_blocks(
        "Lemon barley soup", *_STORY, "Advertisement", "Lemon barley soup", "Print Recipe Pin Recipe",
        "Prep Time 15 mins", "Cook Time 40 mins", "Servings 4", "Ingredients",
        "150 g pearl barley\n2 lemons, juiced\n1 onion, chopped\n1 litre vegetable stock", method, steps,
        notes, note, call, "Nutrition", "Calories: 310kcal | Protein: 9g | Fat: 8g",
    )  # fmt: skip
    assert kind_and_reason(art, note[:30])[0] == BODY
    assert kind_and_reason(art, notes)[0] == HEADING
    assert kind_and_reason(art, call[:30])[0] == BOILERPLATE


def test_a_method_label_without_a_recipe_card_changes_nothing() -> None:
    # "Method" over a paragraph on a page with no recipe card is no card's label
    from indexer.segment import kept

    assert kept._RECIPE_LABEL.match("Method").group("steps")  # (the label the pass looks for)
    art = parse_blocks("Lemon barley soup", *_STORY, "Method", "The council's method was questioned.")
    assert kind_and_reason(art, "Method")[1] != kept.RECIPE_LABEL_REASON


# ---- K4: towns in capitals over a roundup's briefs --------------------------------------------

_BRIEFS = [
    (
        "HARTWELL",
        "Pool to reopen after repairs",
        "The Hartwell pool will reopen on Saturday after a month of repairs to its roof, the town said.",
    ),
    (
        "GLEN MORRIS",
        "Bridge weight limit lowered",
        "Trucks over ten tonnes may no longer cross the Mill Creek bridge, the county's engineer said on Friday.",
    ),
    (
        "PORT ALDER",
        "Library extends its hours",
        "The Port Alder library will open until nine on weekdays from June, its board decided on Tuesday night.",
    ),
]


def test_the_towns_over_a_roundups_briefs_are_their_headings() -> None:
    blocks = ["Around the county: this week's briefs", "Staff reports"]
    for town, headline, text in _BRIEFS:
        blocks.append(f"{town}\n{headline}\n{text}")
    art = parse_blocks(*blocks)
    for town, _, text in _BRIEFS:
        assert kind_and_reason(art, town) == (HEADING, PLACE_LABEL_REASON)
        assert kind_and_reason(art, text)[0] == BODY


def test_a_capitals_subheading_over_text_and_a_repeated_label_stay_as_they_were() -> None:
    blocks = [_HEADLINE, _PARAS[0], "FRANCE WINS", _PARAS[1], "SPAIN LOSES", _PARAS[2]]
    art = parse_blocks(*blocks)
    assert not any(p.reason == PLACE_LABEL_REASON for p in art.paragraphs)


def test_a_place_label_is_tagged_as_a_place_not_an_org() -> None:
    pytest.importorskip("spacy")
    from indexer.entities import tag_article
    from indexer.models import Article, Paragraph

    paras = [
        Paragraph(1, "title", "Around the county"),
        Paragraph(2, "heading", "GLEN MORRIS", reason=PLACE_LABEL_REASON),
    ]
    paras.append(Paragraph(3, "body", _BRIEFS[1][2]))
    art = tag_article(Article("t", "t", "h", paragraphs=paras))
    assert (art.paragraphs[1].orgs, art.paragraphs[1].places) == ([], ["Glen Morris"])


def test_the_methods_steps_dropped_by_their_place_are_taken_back() -> None:
    # the pass itself, on the blocks as trial 27's page left them: the card's labels and steps
    # dropped "outside the article text (after it)", its times marked as the card's furniture
    from indexer.segment import head, kept
    from indexer.segment.patterns import OUTSIDE_REASON

    texts = [
        "Prep Time 15 mins Cook Time 40 mins Servings 6",
        "Instructions",
        "Heat the oven to 220°C and roast the sweet potato for 20 minutes.\nStir in the chocolate and serve with lime wedges.",
        "Nutrition",
        "Calories: 312kcal | Protein: 11g | Fiber: 13g",
    ]
    blocks = [head._measured(t) for t in texts]
    for b in blocks:
        b.kind, b.reason = BOILERPLATE, f"{OUTSIDE_REASON} (after it)"
    kept._keep_recipe_steps(blocks)
    assert [(b.kind, b.reason) for b in blocks[1:3]] == [
        (HEADING, kept.RECIPE_LABEL_REASON),
        (BODY, kept.RECIPE_STEPS_REASON),
    ]
    assert [b.kind for b in (blocks[0], blocks[3], blocks[4])] == [BOILERPLATE] * 3  # the card's furniture stays out

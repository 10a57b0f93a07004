"""Kinds of trial 51 (eval/trials/trial51, written blind; issue 13), each as a small page of our
own: the article's subheading right under a read-also box's one headline, and a company's
about box whose label shortens its name."""

from __future__ import annotations

import pytest

from indexer.models import BODY, BOILERPLATE, HEADING
from tests.helpers import FOOTER, MENU, PROSE, kind_and_reason, parse_blocks

HEAD = (MENU, "Bridge to close for a year", "By Greta Holm, 3 May 2024")
BOX_HEADLINE = "Ferry operator publishes new winter timetable as passenger numbers drop to a record low"
LEADS_INTO_LIST = "According to the report tabled at the council meeting in June, the repair work includes:"
LIST = "- new steel supports under the deck\n- a wider footpath on the east side\n- new lighting along the bridge"


@pytest.mark.parametrize(
    ("header", "subheading"),
    [("ALSO READ", "What the repairs include"), ("Διαβάστε επίσης", "Τα επιχειρήματα που δεν αντέχουν")],
)
def test_a_subheading_under_a_one_headline_box_is_the_articles(header: str, subheading: str) -> None:
    # trial 51 (Kenya, Greece): "ALSO READ" / another story's headline / the article's own
    # subheading / its text going on: the subheading was the box's second item
    art = parse_blocks(*HEAD, *PROSE[:2], header, BOX_HEADLINE, subheading, LEADS_INTO_LIST, LIST, *PROSE[2:], FOOTER)
    assert kind_and_reason(art, subheading)[0] in (HEADING, BODY)  # indexed, the box over it not
    assert kind_and_reason(art, BOX_HEADLINE)[0] == BOILERPLATE
    assert kind_and_reason(art, LEADS_INTO_LIST)[0] == BODY


def test_a_subheading_under_a_box_printed_with_its_headline_is_the_articles() -> None:
    # trial 61's Drupal page: "Related" and its one headline one block of two lines, the
    # article's "Fuel still the biggest bill" under it dropped as the list's next headline
    subheading = "Fuel still the biggest bill"
    after = (
        "The skipper said a typical trip to the southern banks now burns about forty gallons of fuel, and "
        "that at current pump prices a bad day at sea can wipe out a week's earnings for the crew."
    )
    art = parse_blocks(*HEAD, *PROSE[:2], f"Related\n{BOX_HEADLINE}", subheading, after, *PROSE[2:], FOOTER)
    assert kind_and_reason(art, subheading)[0] in (HEADING, BODY)
    assert kind_and_reason(art, "Related")[0] == BOILERPLATE
    assert kind_and_reason(art, after)[0] == BODY


def test_a_box_with_two_headlines_of_one_length_stays_a_box() -> None:
    second = "Council approves a new cycle lane along the harbour road after a long public consultation"
    art = parse_blocks(*HEAD, *PROSE[:2], "ALSO READ", BOX_HEADLINE, second, *PROSE[2:], FOOTER)
    assert kind_and_reason(art, second)[0] == BOILERPLATE
    assert [p.text for p in art.paragraphs if p.kind == BODY] == PROSE


def test_the_articles_last_paragraphs_the_model_dropped_over_the_tags_line_are_kept() -> None:
    # trial 51 (Eskişehir): a story of one-sentence paragraphs lost its last three to the block
    # model ("teaser list; reads like site chrome"), over its "Etiketler:" line and a teaser list;
    # the rules had them as prose. Here the model's verdicts are set by hand.
    from indexer.segment import kept
    from indexer.segment.model import analyse_text

    last = [
        "Esnaf temsilcileri ise gece çalışmasının yakındaki apartmanlarda yaşayanları rahatsız edeceğini söyledi.",
        "Konunun mayıs ayı meclis toplantısında yeniden görüşülmesi bekleniyor ve karar o zaman verilecek.",
        "Yeni bölümün açılmasıyla kentteki toplam bisiklet yolu uzunluğunun 64 kilometreye çıkması bekleniyor.",
    ]
    text = "\n\n".join([*PROSE, *last, "Etiketler: bisiklet yolu Porsuk Çayı", FOOTER])
    blocks, _ = analyse_text(text, with_features=False)
    dropped = [b for b in blocks if b.text in last]
    for b in dropped:
        b.kind, b.reason, b.signal, b.inside = BOILERPLATE, "teaser list (block model)", "", True
    kept._keep_closing_run(blocks)
    assert [b.kind for b in dropped] == [BODY] * 3
    # two such paragraphs are not enough: a site's own lines over its chrome read so too
    blocks, _ = analyse_text("\n\n".join([*PROSE, *last[:2], "Etiketler: bisiklet yolu", FOOTER]), with_features=False)
    for b in blocks:
        if b.text in last:
            b.kind, b.reason, b.signal, b.inside = BOILERPLATE, "teaser list (block model)", "", True
    kept._keep_closing_run(blocks)
    assert [b.kind for b in blocks if b.text in last] == [BOILERPLATE] * 2

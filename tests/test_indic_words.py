"""A word of the segmenter is a run of word characters and combining marks, as the index's words
are (a helper's finding, session 43): Python's `\\w` holds no vowel sign, so Hindi, Bengali, Tamil
and Thai words came apart ("प्रधानमंत्री" was 5 tokens, "के" was "क"), their paragraphs counted
five times their words and none of their stop words, and the block model dropped Hindi article
paragraphs as chrome ("words such as 'ह', 'र', 'ल'")."""

from __future__ import annotations

import pytest

from indexer.analysis import words
from indexer.segment.patterns import _WORD
from tests.helpers import FOOTER, MENU, parse_blocks


@pytest.mark.parametrize(
    "text",
    [
        "प्रधानमंत्री नरेंद्र मोदी ने कहा कि सरकार काम करेगी",  # Hindi
        "ঢাকা বিশ্ববিদ্যালয়ের শিক্ষার্থীরা",  # Bengali
        "சென்னை மாநகராட்சி அறிவிப்பு",  # Tamil
        "The council voted on Tuesday",
    ],
)
def test_the_segmenters_words_are_the_indexs(text: str) -> None:
    assert _WORD.findall(text) == words(text) == text.split()


def test_a_hindi_paragraph_counts_its_words() -> None:
    para = "प्रधानमंत्री नरेंद्र मोदी ने सोमवार को कहा कि सरकार अगले साल तक सभी गांवों में बिजली पहुंचाएगी।"
    art = parse_blocks(MENU, "बिजली योजना", para, FOOTER)
    assert len(_WORD.findall(para)) == 17
    assert [p.text for p in art.paragraphs if p.kind == "body"] == [para]

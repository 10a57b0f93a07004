"""A comment thread whose comments each carry a title, or a reply's line, between their reader's
"NAME | DATE" and their text, and end signed off with no full stop ("MfG"), is a comment thread
(a German weekly's interview: 14 comments indexed as its text, their titles as its sections; the
button over each head, "Antworten", was read as a name). Own small input."""

from __future__ import annotations

from indexer.segment.articleend import DATED_THREAD_REASON
from tests.helpers import parse_blocks

ARTICLE = [
    "Herr Professor, viele Menschen sterben in diesen Wochen in Pflegeheimen, ohne dass sie noch einmal "
    "in ein Krankenhaus gebracht werden. Ist das ein Versagen der Medizin?",
    "Nein, im Gegenteil. Für viele sehr alte und schwer kranke Menschen ist eine Intensivbehandlung keine "
    "Hilfe, sondern eine zusätzliche Belastung, und das wissen die Ärzte auch.",
    "Was müsste sich ändern? Wir brauchen mehr Gespräche mit den Patienten und ihren Familien, bevor es zu "
    "einer Krise kommt, und wir brauchen Ärzte, die diese Gespräche führen können.",
    "Und die Politik? Sie sollte die Palliativmedizin endlich so ausstatten, dass jedes Heim einen Arzt "
    "hat, der die Bewohner kennt und mit ihnen über ihre Wünsche spricht, lange bevor es ernst wird.",
]
COMMENTS = [
    "Vielen Dank für diese Einblicke! Ein schweres Thema, das uns alle angeht. Meine Mutter ist im "
    "letzten Jahr im Heim gestorben, und niemand hat mit uns darüber gesprochen. MfG",
    "Danke für diesen schon längst überfälligen Artikel. Es wird viel zu wenig darüber geredet, was am "
    "Ende eines Lebens wirklich wichtig ist.",
]


def test_titled_comments_under_name_and_date_lines_are_a_thread() -> None:
    art = parse_blocks(
        "Zweitakt Magazin | Wo und wie gestorben wird",
        "Wo und wie gestorben wird",
        *ARTICLE,
        "Schlagwörter: Pflege Sterbehilfe Corona",
        "Heidemarie Heim | Di, 21. April 2020 - 16:40",
        "Wo und wie gestorben wird",
        COMMENTS[0],
        "Antworten",
        "Ellen Wolff | Di, 21. April 2020 - 19:08",
        "In reply to Wo und wie gestorben wird by Gast",
        "Überfällig",
        COMMENTS[1],
        "Antworten",
    )
    by_text = {p.text: p for p in art.paragraphs}
    assert all(by_text[t].indexed for t in ARTICLE)
    assert [by_text[t].indexed for t in COMMENTS] == [False, False]
    assert by_text[COMMENTS[1]].reason == DATED_THREAD_REASON
    assert not by_text["Überfällig"].indexed

"""A short Hungarian news brief in heavy chrome: the site's appeal for support ("Támogasd a
független hírszolgáltatást!", "... olvasói támogatásból működik") and its "Ezek is
érdekelhetnek" ("you may also like") box of other stories, each a headline and a summary, are not
the brief's text. Trial 30's Hungarian brief kept the appeal and three summaries. A page of our own."""

from __future__ import annotations

from indexer.models import BODY
from tests.helpers import parse_blocks as parse

HEADLINE = "Hétvégén lezárják a 44-es főutat Kecskemét és Tiszakécske között"
PROSE = [
    "Szombat reggel hat órától hétfő hajnali négy óráig teljesen lezárják a 44-es főutat Kecskemét és "
    "Tiszakécske között, a forgalmat a 441-es úton terelik.",
    "A lezárásra a Tisza-híd útburkolatának cseréje miatt van szükség, a munkálatok a közútkezelő szerint "
    "csak száraz időben végezhetők el.",
    "A közútkezelő azt kéri, hogy aki teheti, kerülje el a térséget a hétvégén.",
]


def test_a_briefs_appeal_and_its_you_may_like_box_are_chrome() -> None:
    art = parse(
        f"{HEADLINE} | Alföldi Hírek", "Belföld\nKülföld\nGazdaság\nSport", HEADLINE, "Alföldi Hírek · 2024.09.12. 10:21",
        *PROSE, "Megosztás Link másolása", "Támogasd a független hírszolgáltatást!",
        "Az Alföldi Hírek olvasói támogatásból működik. Havi 1500 forinttól segíthetsz abban, hogy ingyenes maradjon.",
        "Támogatom", "Ezek is érdekelhetnek",
        "Kiderült, mikor adják át az M44-es következő szakaszát",
        "A beruházó szerint a munkák a tervezettnél gyorsabban haladnak, de a végleges forgalomba helyezés még kérdéses.",
        "Pótlóbuszok járnak Kecskemét és Lajosmizse között",
        "Októberben három hétvégén át nem közlekednek vonatok a szakaszon, az utazási idő húsz perccel nő.",
        "Hirdetés", "© 2024 Alföldi Hírek Kft.",
    )  # fmt: skip
    assert [p.text for p in art.paragraphs if p.kind == BODY] == PROSE

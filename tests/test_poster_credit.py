"""A hit in a forum thread's reply is credited to the reply's poster, not to the page's byline,
which is the thread's starter (a user's finding: a journalist quoting a reply from `indexer
search` would have credited the wrong person). The paragraph's own writer (Paragraph.turn: a
plain-text thread's posters from segment.tail, an HTML thread's from its posts' markup,
htmlthread.credit_posters) travels in the index's stored tags to the hit (Hit.turn), which the
citation line names ("by POSTER (byline: STARTER)") and JSON gives as `turn`. A news story's hit
reads "by BYLINE" as before."""

from __future__ import annotations

import json
import pytest
from click.testing import CliRunner

from indexer.cli import main

URL = "https://forum.harbourside.example/t/night-ferry-timetable/812"


def _post(n: int, handle: str, name: str, when: str, text: str) -> str:
    """One post of a Discourse crawler view: the poster's handle, then the full name in brackets."""
    kind = 'itemprop="articleBody"' if n == 1 else 'itemprop="comment" itemscope itemtype="http://schema.org/Comment"'
    return f"""<div id="post_{n}" {kind} class="topic-body crawler-post">
<div class="crawler-post-meta"><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person">
<a itemprop="url" href="/u/{handle}"><span itemprop="name">{handle}</span></a> ({name})</span>
<span class="crawler-post-infos"><time itemprop="datePublished" datetime="{when}" class="post-time">{when[:10]}</time>
<span itemprop="position">{n}</span></span></div>
<div class="post" itemprop="text">{text}</div>
</div>"""


THREAD = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Night ferry timetable from May - Transport - Harbourside Forum</title>
<link rel="canonical" href="{URL}">
<meta property="article:published_time" content="2025-04-15T18:22:10+00:00">
</head><body class="crawler">
<div id="main-outlet" class="wrap" role="main">
<div id="topic-title"><h1><a href="/t/night-ferry-timetable/812">Night ferry timetable from May</a></h1></div>
<div itemscope itemtype="http://schema.org/DiscussionForumPosting">
<meta itemprop="headline" content="Night ferry timetable from May">
{
    _post(
        1,
        "tomas_w",
        "Tomas Wren",
        "2025-04-15T18:22:10Z",
        "<p>The harbour authority says the last ferry to the north pier will leave at eleven from May, "
        "an hour earlier than now. Does anyone know why the late sailing is going?</p>",
    )
}
{
    _post(
        2,
        "ferrylass",
        "Ines Calder",
        "2025-04-15T19:03:44Z",
        "<p>I crew the night boat. The late sailing carried nine passengers on an average weeknight "
        "last winter, and the operator cannot find a relief skipper for it.</p>",
    )
}
{
    _post(
        3,
        "pkumar",
        "Priya Kumar",
        "2025-04-16T08:11:00Z",
        "<p>The council meets the operator on Thursday. Write to your ward member before then if the "
        "earlier timetable leaves you stranded after a late shift.</p>",
    )
}
</div></div>
</body></html>
"""

# A thread copied as text from a phpBB board: each post under its "Post by NAME » DATE" header
# (segment.tail already makes each post's paragraphs its poster's).
TEXT_THREAD = """Re: Water in the cellar after the storm

Post by cellar_dweller » Mon Nov 10, 2025 8:14 pm

Since the storm last week water comes through the north wall of my cellar. Has anyone had the council look at the drains?

Re: Water in the cellar after the storm

Post by Henrik Lund » Mon Nov 10, 2025 9:02 pm

Same on our street. The inspector came on Friday and said the storm drain under the road had collapsed.

Re: Water in the cellar after the storm

Post by cellar_dweller » Tue Nov 11, 2025 7:30 am

Thanks, I will call them this morning and ask for the same inspector.
"""

STORY = """Extra ferries to run while the harbour bridge is closed

By Jane Roe
22 April 2021

The city will run extra ferries every ten minutes while the harbour bridge is closed for repairs, the transport office said on Thursday, and the fares will stay as they are for the whole year.

Commuters who crossed the bridge by car can leave it at the new park-and-ride by the ferry terminal, which opens next month with four hundred places.
"""


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> str:
    root = tmp_path_factory.mktemp("posters")
    folder = root / "pages"
    folder.mkdir()
    for name, text in {"thread.html": THREAD, "cellar.txt": TEXT_THREAD, "ferries.txt": STORY}.items():
        (folder / name).write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["build", "--no-entities", "-q", "--index", str(root / "idx"), str(folder)])
    assert result.exit_code == 0, result.output
    return str(root / "idx")


def _search(index: str, query: str, *args: str) -> str:
    result = CliRunner().invoke(main, ["search", query, "--index", index, "--color", "never", *args])
    assert result.exit_code == 0, result.output
    return result.stdout


def _citation(index: str, query: str) -> str:
    """The citation line of the only hit for `query` (the line under its title)."""
    hits = _search(index, query).split("\n\n")
    assert len(hits) == 1, hits
    return hits[0].splitlines()[2].strip()


def _json_hit(index: str, query: str) -> dict[str, object]:
    hits = json.loads(_search(index, query, "--json"))["hits"]
    assert len(hits) == 1, hits
    hit: dict[str, object] = hits[0]
    return hit


def test_an_html_threads_reply_is_credited_to_its_poster(index: str) -> None:
    # "skipper" is in the second post alone: Ines Calder's (her handle "ferrylass"), not the starter's
    assert _citation(index, "skipper") == f"{URL} · by Ines Calder (byline: Tomas Wren) · 2025-04-15"
    hit = _json_hit(index, "skipper")
    assert (hit["turn"], hit["byline"]) == ("Ines Calder", "Tomas Wren")
    assert _json_hit(index, "stranded")["turn"] == "Priya Kumar"


def test_the_starters_own_post_reads_by_the_byline(index: str) -> None:
    assert _citation(index, "authority") == f"{URL} · by Tomas Wren · 2025-04-15"
    assert _json_hit(index, "authority")["turn"] == "Tomas Wren"  # his own turn: the byline names him


def test_a_plain_text_threads_reply_is_credited_to_its_poster(index: str) -> None:
    assert _citation(index, "collapsed") == "by Henrik Lund (byline: cellar_dweller) · 2025-11-10"
    hit = _json_hit(index, "collapsed")
    assert (hit["turn"], hit["byline"]) == ("Henrik Lund", "cellar_dweller")


def test_a_news_storys_hit_reads_by_its_byline_as_before(index: str) -> None:
    assert _citation(index, "park-and-ride") == "by Jane Roe · 2021-04-22"
    hit = _json_hit(index, "park-and-ride")
    assert (hit["turn"], hit["byline"]) == (None, "Jane Roe")  # null: no writer of its own
    assert list(hit)[-3:] == ["byline", "copies", "turn"]  # added after the others


def test_csv_keeps_its_columns(index: str) -> None:
    header = _search(index, "skipper", "--csv").splitlines()[0]
    assert "turn" not in header.split(",")
    asked = _search(index, "skipper", "--csv", "--fields", "article_id,turn").splitlines()
    assert asked[0] == "article_id,turn" and asked[1].endswith(",Ines Calder")


def test_a_paragraph_stored_without_a_turn_cites_the_byline() -> None:
    # A paragraph stored without a turn (an index built before hits carried it) reads as none.
    from indexer.models import Hit
    from indexer.render import TextRenderer
    from indexer.search.articles import turn

    assert turn({"tags": '{"people":[],"speakers":["Ines Calder"]}'}) == ""
    assert turn({"tags": '{"people":[],"speakers":["Ines Calder"],"turn":"Ines Calder"}'}) == "Ines Calder"
    hit = Hit("a", "T", 2, "body", "", 1.0, "text", "text", byline="Tomas Wren", url=URL)
    assert TextRenderer.citation(hit) == f"{URL} · by Tomas Wren"
    hit.turn = "Tomas Wren."  # the starter, written a little differently: the byline names him
    assert TextRenderer.citation(hit) == f"{URL} · by Tomas Wren"

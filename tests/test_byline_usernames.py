"""`byline:` finds a username by its exact form whatever the case it is typed in ("Lena.K" is
two words to the tokenizer, a capital after a dot opening a glued sentence, and "lena.k" one:
search.articles.byline_forms, index.parser.byline_query_words); and a forum reply's poster, who
is no byline (a thread's byline is its starter's, as trial 15 has it), is pointed to as the
speaker of their posts (trial 16: `byline:HenryK` said "no paragraphs found" alone). A thread and
an article written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import invoke
from tests.helpers import article_ids, index_news_folder

THREAD = """Re: Tomato leaves turning yellow in the greenhouse

Post by mossgardener » Sat Jun 14, 2025 6:40 pm

My tomato plants in the greenhouse have yellow lower leaves since last week. I water them every evening. Is it too much water or something else?

Re: Tomato leaves turning yellow in the greenhouse

Post by PeterW » Sat Jun 14, 2025 8:05 pm

Lower leaves going yellow is normal once the plants are tall. Take them off and feed with a tomato feed every week.

Re: Tomato leaves turning yellow in the greenhouse

Post by Lena.K » Sun Jun 15, 2025 9:12 am

Check the roots too. Watering every evening in a cool greenhouse can leave the soil wet for days.
"""
ARTICLE = """Allotment waiting lists grow

By Peter Walsh

The council says the waiting list for an allotment has doubled in two years, with more than four hundred people hoping for a plot.
"""


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pages = {"thread.txt": THREAD, "walsh.txt": ARTICLE, "kay.txt": ARTICLE.replace("Peter Walsh", "Kay.Lind")}
    return index_news_folder(tmp_path_factory.mktemp("usernames"), pages)


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("byline:mossgardener", ["news/thread.txt"]),  # the starter
        ("byline:MossGardener", ["news/thread.txt"]),
        ("byline:Kay.Lind", ["news/kay.txt"]),
        ("byline:kay.lind", ["news/kay.txt"]),  # one word in lower case: was nothing
        ("byline:KAY.LIND", ["news/kay.txt"]),
        ("byline:kay", ["news/kay.txt"]),
        ("byline:peter", ["news/walsh.txt"]),
        ('byline:"peter walsh"', ["news/walsh.txt"]),
    ],
)
def test_a_username_is_found_by_its_exact_form_in_any_case(index: Path, query: str, found: list[str]) -> None:
    assert article_ids(index, query) == found


def test_a_replys_poster_is_pointed_to_as_the_speaker_of_their_posts(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "thread.txt").write_text(THREAD, encoding="utf-8")
    code, _, err = invoke("build", "--index", str(tmp_path / "idx"), str(folder))
    assert code == 0, err
    code, out, err = invoke("search", "byline:PeterW", "--index", str(tmp_path / "idx"))
    assert (code, out) == (1, "")
    assert err.startswith(
        "indexer: note: no article's byline has 'PeterW'; 'PeterW' is the speaker of 1 paragraph "
        "(its writer or poster): search speaker:PeterW"
    )
    code, out, _ = invoke("search", "speaker:PeterW", "--index", str(tmp_path / "idx"), "--count")
    assert (code, out.strip()) == (0, "1")

"""Right-to-left text in the web pages (trial4: an Arabic article's paragraphs carried lang="ar"
but no direction, so its punctuation landed at the wrong end). Every element holding a page's
text, and the search box, takes its direction from its text (`dir="auto"`, the HTML standard's
choice for text of unknown direction)."""

from __future__ import annotations

import re

import pytest

from tests.conftest import invoke as cli

pytest.importorskip("flask")

from indexer.web import create_app  # noqa: E402

ARABIC = (
    "افتتاح ميناء جديد في الدوحة\n\n"
    "افتتحت الحكومة يوم الثلاثاء ميناء جديدا في الدوحة، وقال الوزير إن الميناء سيخدم التجارة في المنطقة كلها.\n\n"
    "وأضاف الوزير أن العمل في الميناء بدأ قبل ثلاث سنوات، وأن التكلفة بلغت مليار ريال.\n"
)


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("rtl")
    (folder / "doha.txt").write_text(ARABIC, encoding="utf-8")
    code, _, err = cli("build", str(folder), "--index", str(folder / "idx"), "--no-entities")
    assert code == 0, err
    return create_app(folder / "idx").test_client()


def _text_elements(page: str) -> list[str]:
    """The opening tags of the headings and paragraphs that hold Arabic text (a title's link
    inherits its heading's direction)."""
    return re.findall(r"(<(?:h1|h2|p)\b[^>]*>)(?:<a\b[^>]*>)?(?=[^<]*[\u0600-\u06ff])", page)


def test_an_articles_text_takes_its_direction_from_the_text(client) -> None:
    page = client.get("/articles/doha.txt").get_data(as_text=True)
    tags = _text_elements(page)
    assert len(tags) >= 3 and all('dir="auto"' in t and 'lang="ar"' in t for t in tags), tags


def test_search_hits_and_the_search_box_take_their_direction_from_the_text(client) -> None:
    page = client.get("/?q=الدوحة").get_data(as_text=True)
    tags = _text_elements(page)
    assert tags and all('dir="auto"' in t for t in tags), tags
    assert re.search(r'<input id="q"[^>]*dir="auto"', page)

"""Blocks repeated across the pages of one source (its folder) are chrome, in builds and in
`indexer parse` (issue 13, "blocks repeated across pages of one site"): pages of an invented
site, each with a menu, a blurb that reads like prose, the same author box and a footer; an
update that changes a folder's repeated blocks segments its unchanged pages again, so the index
equals a fresh build; a folder of pages from many sites is unchanged."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from indexer import sources
from indexer.index.manifest import read_manifest, write_manifest
from indexer.models import BODY, BOILERPLATE, BYLINE, TITLE
from indexer.pipeline import build, parse_paths, parse_ref
from indexer.search import show

from tests.helpers import write_corpus

ARTICLES = [
    (
        "Council votes to rebuild the old ferry pier",
        "The city council voted on Tuesday to rebuild the old ferry pier, closed to the public since a storm "
        "damaged its pilings two winters ago.",
        "Councillors approved a budget of 4.2 million pounds for the work, which is expected to start in the "
        "spring and take about eighteen months.",
    ),
    (
        "Harbour school wins national robotics prize",
        "Pupils from the harbour primary school won first prize at the national robotics championship in "
        "Birmingham on Saturday, beating forty other schools.",
        "Their robot, built from recycled parts over six months of lunch breaks, sorted coloured blocks faster "
        "than any other entry in the junior category.",
    ),
    (
        "Fishing fleet returns early as storm approaches",
        "Most of the town's fishing fleet returned to port on Thursday afternoon, a day earlier than planned, "
        "as forecasters warned of gales along the coast.",
        "Skippers said the early return would cost them a good part of the week's catch, but that no boat was "
        "willing to risk the crossing in a rising sea.",
    ),
    (
        "New bus route links the estate with the hospital",
        "A new bus route linking the northern estate with the general hospital began running on Monday, after "
        "a campaign by residents that lasted three years.",
        "The buses will run every twenty minutes during the day and every hour in the evening, and will stop "
        "outside the hospital's main entrance.",
    ),
    (
        "Library reopens after a year of repairs",
        "The central library reopened its doors on Wednesday after a year of repairs to its roof, which had "
        "leaked onto the reading room's shelves for a decade.",
        "Visitors queued before opening time to see the restored ceiling, and staff said a thousand books had "
        "been borrowed by the middle of the afternoon.",
    ),
]
MENU = "Home  News  Sport  Opinion  Weather  Contact"
# A blurb that reads like prose: no rule of a single page tells it from the article's text.
BLURB = (
    "The Harbour Gazette has been published in the town since 1884 and is owned by a trust that puts every "
    "penny back into local reporting."
)
AUTHOR = (
    "Jane Roe is the Gazette's city reporter. She has written about the council, the schools and the port "
    "for more than ten years."
)
FOOTER = "© 2026 Harbour Gazette Ltd. All rights reserved."


def _site(folder: Path, pages: range) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for i in pages:
        title, *body = ARTICLES[i]
        blocks = [MENU, title, "By Jane Roe", *body, BLURB, "About the author", AUTHOR, FOOTER]
        path = folder / f"story{i + 1}.txt"
        path.write_text("\n\n".join(blocks) + "\n", encoding="utf-8")
        written.append(path)
    return written


def _indexed(index: Path) -> dict[str, list[tuple[int, str, str, str]]]:
    """Every article of an index as (paragraph, kind, section, text) of its paragraphs."""
    ids = sorted(read_manifest(index).articles)
    return {aid: [(p.paragraph, p.kind, p.section, p.text) for p in show(aid, str(index)).paragraphs] for aid in ids}


def _fresh(folder: Path, index: Path) -> dict[str, list[tuple[int, str, str, str]]]:
    build([str(folder)], str(index), entities=False)
    return _indexed(index)


def test_a_blurb_on_every_page_of_a_site_is_chrome_its_bodies_and_byline_stay(tmp_path: Path) -> None:
    _site(tmp_path / "gazette", range(4))
    articles = list(parse_paths([str(tmp_path / "gazette")], entities=False, workers=0))
    assert len(articles) == 4
    for art, (title, *body) in zip(articles, ARTICLES):
        by_text = {p.text: p for p in art.paragraphs}
        assert (by_text[BLURB].kind, by_text[BLURB].reason) == (BOILERPLATE, "repeated on 4 of 4 pages of this source")
        assert [by_text[b].kind for b in body] == [BODY, BODY]
        assert by_text[title].kind == TITLE and art.title == title
        assert by_text[AUTHOR].kind == BYLINE and art.byline == "Jane Roe"  # on every page, kept as the byline
        assert by_text["By Jane Roe"].kind == BYLINE
        assert not by_text[BLURB].indexed
    # the same pages in worker processes: the same articles
    again = list(parse_paths([str(tmp_path / "gazette")], entities=False, workers=2))
    assert [a.paragraphs for a in again] == [a.paragraphs for a in articles]


def test_two_pages_of_a_site_are_too_few_to_tell_its_template(tmp_path: Path) -> None:
    _site(tmp_path / "gazette", range(2))
    for art in parse_paths([str(tmp_path / "gazette")], entities=False, workers=0):
        assert {p.text: p.kind for p in art.paragraphs}[BLURB] == BODY


def test_a_build_indexes_what_parse_shows(tmp_path: Path) -> None:
    _site(tmp_path / "gazette", range(5))
    indexed = _fresh(tmp_path / "gazette", tmp_path / "idx")
    parsed = {
        a.id: [(p.paragraph, p.kind, p.section, p.text) for p in a.paragraphs if p.indexed]
        for a in parse_paths([str(tmp_path / "gazette")], entities=False)
    }
    assert indexed == parsed
    assert all(BLURB not in [text for *_, text in paragraphs] for paragraphs in indexed.values())


def test_an_update_that_changes_a_folders_repeats_equals_a_fresh_build(tmp_path: Path) -> None:
    folder, index = tmp_path / "gazette", tmp_path / "idx"
    _site(folder, range(2))
    build([str(folder)], str(index), entities=False)
    assert any(BLURB in [t for *_, t in ps] for ps in _indexed(index).values())  # 2 pages: no template yet
    _site(folder, range(2, 4))  # two pages more: the blurb is on 4 of 4
    summary = build([str(folder)], str(index), entities=False)
    assert (summary.added, summary.updated, summary.unchanged) == (2, 0, 2)
    assert any("2 unchanged articles segmented again" in note for note in summary.notes)
    assert _indexed(index) == _fresh(folder, tmp_path / "fresh1")
    assert all(BLURB not in [t for *_, t in ps] for ps in _indexed(index).values())
    (folder / "story4.txt").unlink()
    (folder / "story3.txt").unlink()  # back to 2 pages: the blurb is text again on those left
    build([str(folder)], str(index), entities=False)
    assert _indexed(index) == _fresh(folder, tmp_path / "fresh2")
    assert any(BLURB in [t for *_, t in ps] for ps in _indexed(index).values())
    again = build([str(folder)], str(index), entities=False)  # nothing changed: nothing read again
    assert (again.added, again.updated, again.unchanged, again.paragraphs, again.notes) == (0, 0, 2, 0, [])


def test_pages_added_by_name_segment_the_folders_other_pages_again(tmp_path: Path) -> None:
    folder, index = tmp_path / "gazette", tmp_path / "idx"
    _site(folder, range(2))
    build([str(folder)], str(index), entities=False)
    added = _site(folder, range(2, 5))
    build([str(p) for p in added], str(index), entities=False)  # the files alone: their folder has 5 pages now
    assert _indexed(index) == _fresh(folder, tmp_path / "fresh")
    assert all(BLURB not in [t for *_, t in ps] for ps in _indexed(index).values())


def test_an_index_without_block_digests_gets_them_and_equals_a_fresh_build(tmp_path: Path) -> None:
    folder, index = tmp_path / "gazette", tmp_path / "idx"
    _site(folder, range(2))
    build([str(folder)], str(index), entities=False)
    manifest = read_manifest(index)  # as format 5 wrote it: no digests
    manifest.format_version = 5
    for rec in manifest.articles.values():
        rec.site_digests, rec.site_chrome = None, ""
    write_manifest(index, manifest)
    summary = build([str(folder)], str(index), entities=False)
    assert (summary.updated, summary.unchanged, summary.paragraphs) == (0, 2, 0)
    assert any("kept no block digests: 2 unchanged articles read again" in note for note in summary.notes)
    assert all(rec.site_digests for rec in read_manifest(index).articles.values())
    _site(folder, range(2, 3))
    build([str(folder)], str(index), entities=False)
    assert _indexed(index) == _fresh(folder, tmp_path / "fresh")


def test_a_folder_of_pages_from_many_sites_is_read_as_each_page_alone(tmp_path: Path) -> None:
    folder = tmp_path / "mixed"
    write_corpus(folder, 6, seed=3)
    _site(tmp_path / "gazette", range(1))
    shutil.copy(tmp_path / "gazette" / "story1.txt", folder / "gazette.txt")
    together = list(parse_paths([str(folder)], entities=False, workers=0))
    alone = [parse_ref(ref) for ref in sources.find_sources([str(folder)])]
    assert [a.paragraphs for a in together] == [a.paragraphs for a in alone]


def test_the_shipped_articles_author_box_stays_its_byline_among_its_authors_pages(tmp_path: Path) -> None:
    text = (Path(__file__).parent.parent / "source" / "rferl-uyghur-diaspora-2021.txt").read_text(encoding="utf-8")
    head, rest = text.split("'Utterly Shameful'", 1)
    tail = rest[rest.index("• 16x9 Image") :]
    folder = tmp_path / "rferl"
    folder.mkdir()
    (folder / "uyghurs.txt").write_text(text, encoding="utf-8")
    for i, (title, *body) in enumerate(ARTICLES[:3]):  # other stories, the same page around them
        (folder / f"other{i}.txt").write_text(head + "\n\n".join([title, *body]) + "\n\n" + tail, encoding="utf-8")
    alone = parse_ref(sources.find_sources([str(folder / "uyghurs.txt")])[0])
    among = next(a for a in parse_paths([str(folder)], entities=False) if a.path.endswith("uyghurs.txt"))
    assert among.byline == alone.byline == "Reid Standish"
    assert [(p.kind, p.text) for p in among.paragraphs if p.indexed] == [
        (p.kind, p.text) for p in alone.paragraphs if p.indexed
    ]
    assert len([p for p in among.paragraphs if p.indexed]) == 37
    assert json.dumps([p.kind for p in among.paragraphs if p.kind == BYLINE]) == '["byline", "byline"]'


def test_pages_moved_to_another_folder_are_segmented_by_their_new_folder(tmp_path: Path) -> None:
    first, second, index = tmp_path / "gazette", tmp_path / "archive", tmp_path / "idx"
    _site(first, range(4))
    build([str(first)], str(index), entities=False)
    second.mkdir()
    for name in ("story1.txt", "story2.txt"):  # moved: 2 pages in each folder, too few for a template
        (first / name).rename(second / name)
    summary = build([str(second)], str(index), entities=False)
    assert summary.removed + summary.renamed >= 2
    assert _indexed(index) == _fresh_of([first, second], tmp_path / "fresh")
    assert all(BLURB in [t for *_, t in ps] for ps in _indexed(index).values())


def _fresh_of(folders: list[Path], index: Path) -> dict[str, list[tuple[int, str, str, str]]]:
    build([str(f) for f in folders], str(index), entities=False)
    return _indexed(index)


def test_html_pages_are_extracted_once_and_take_no_part(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "pages"
    folder.mkdir()
    for i, (title, *body) in enumerate(ARTICLES[:3]):
        paragraphs = "".join(f"<p>{text}</p>" for text in [*body, BLURB])
        html = f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>{paragraphs}</article></body></html>"
        (folder / f"page{i}.html").write_text(html, encoding="utf-8")
    extracted = []
    real = sources._html_document
    monkeypatch.setattr(
        sources, "_html_document", lambda ref, *a, **k: extracted.append(ref.path) or real(ref, *a, **k)
    )
    articles = list(parse_paths([str(folder)], entities=False, workers=0))
    assert len(extracted) == 3  # the first pass does not run trafilatura
    assert all(p.reason != "repeated on 3 of 3 pages of this source" for a in articles for p in a.paragraphs)


def test_copies_of_one_story_in_a_folder_keep_their_text(tmp_path: Path) -> None:
    # Three saves of one story: every short paragraph is on 3 of 3 pages, yet no template.
    text = (Path(__file__).parent.parent / "source" / "rferl-uyghur-diaspora-2021.txt").read_text(encoding="utf-8")
    folder = tmp_path / "saves"
    folder.mkdir()
    for name in ("a.txt", "b.txt", "c.txt"):
        (folder / name).write_text(text, encoding="utf-8")
    alone = parse_ref(sources.find_sources([str(folder / "a.txt")])[0])
    for art in parse_paths([str(folder)], entities=False, workers=0):
        assert [(p.kind, p.text) for p in art.paragraphs] == [(p.kind, p.text) for p in alone.paragraphs]

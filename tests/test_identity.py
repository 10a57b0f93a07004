"""Article identity: ids unique across the folders of a build, no article lost or doubled;
symbolic links leaving the folders given."""

from __future__ import annotations

import os
from pathlib import Path

from click.testing import CliRunner

from indexer.cli import main
from indexer.pipeline import build
from indexer.search import Filters, IndexSearcher, SearchRequest
from indexer.store import read_manifest
from tests.helpers import write_corpus


def _same_names(root: Path) -> tuple[Path, Path]:
    """Two folders holding files of the same names, different texts (as BBC's categories)."""
    write_corpus(root / "business", 5, seed=1, prefix="0")
    write_corpus(root / "tech", 5, seed=2, prefix="0")
    (root / "tech" / "0-00000.txt").write_text("Chips\n\nA zeppelin-shaped chip factory opened, officials said.\n")
    return root / "business", root / "tech"


def test_folders_with_the_same_file_names_lose_no_article(tmp_path: Path) -> None:
    business, tech = _same_names(tmp_path / "bbc")
    index = str(tmp_path / "idx")
    first = build([str(business), str(tech)], index, entities=False)
    assert (first.added, first.total_articles) == (10, 10)
    assert sorted(read_manifest(Path(index)).articles)[:2] == ["business/0-00000.txt", "business/0-00001.txt"]
    with IndexSearcher(index) as s:
        assert s.search(SearchRequest("zeppelin", Filters(), 10, 0)).hits[0].article_id == "tech/0-00000.txt"
        assert (
            s.search(SearchRequest("officials", Filters(), 100, 0)).total == 9 * 6 + 1
        )  # every paragraph of both folders
    for _ in range(2):  # nothing changed: nothing updated, nothing dropped
        again = build([str(business), str(tech)], index, entities=False)
        assert (again.added, again.updated, again.removed, again.unchanged) == (0, 0, 0, 10)


def test_one_folder_gives_ids_under_its_name(tmp_path: Path) -> None:
    write_corpus(tmp_path / "c", 2)
    build([str(tmp_path / "c")], str(tmp_path / "idx"), entities=False)
    assert sorted(read_manifest(tmp_path / "idx").articles) == ["c/article-00000.txt", "c/article-00001.txt"]


def test_folders_of_the_same_name_built_apart_cannot_replace_each_others_articles(tmp_path: Path) -> None:
    first, second = _same_names(tmp_path / "2019" / "news")[0].parent, tmp_path / "2020" / "news"
    _same_names(second)
    index = tmp_path / "idx"
    build([str(first)], str(index), entities=False)
    before = sorted(p.name for p in index.iterdir()), read_manifest(index).articles
    result = CliRunner().invoke(main, ["build", str(second), "--index", str(index), "--no-entities"])
    assert result.exit_code == 2
    assert result.stderr == (
        f"indexer: error: article id news/business/0-00000.txt in {index} is already "
        f"{first / 'business' / '0-00000.txt'} (built from {first}); {second / 'business' / '0-00000.txt'} would "
        "replace it: build both folders in one command so their ids tell them apart, or use another --index\n"
    )
    assert (sorted(p.name for p in index.iterdir()), read_manifest(index).articles) == before
    both = build([str(first), str(second)], str(index), entities=False)  # the way out the message names
    # The first folder's articles keep their ids (an id never changes), the second's are added
    # under the prefix that tells them apart.
    assert (both.added, both.renamed, both.unchanged, both.removed, both.total_articles) == (10, 0, 10, 0, 20)
    assert sorted(read_manifest(index).articles)[::10] == [
        "2020/news/business/0-00000.txt",
        "news/business/0-00000.txt",
    ]


def test_a_file_indexed_under_another_id_before_is_one_article(tmp_path: Path) -> None:
    business, tech = _same_names(tmp_path / "bbc")
    index = str(tmp_path / "idx")
    build([str(tmp_path / "bbc")], index, entities=False)
    narrower = build([str(business)], index, entities=False)
    # The business articles keep the ids the build of `bbc` gave them.
    assert (narrower.added, narrower.renamed, narrower.removed, narrower.total_articles) == (0, 0, 0, 10)
    assert sorted(read_manifest(Path(index)).articles)[4:6] == ["bbc/business/0-00004.txt", "bbc/tech/0-00000.txt"]


def test_symbolic_links_leaving_the_folder_are_skipped_unless_followed(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    write_corpus(corpus, 2)
    private = tmp_path / "private"
    write_corpus(private, 1, prefix="notes")
    (corpus / "notes.txt").symlink_to(private / "notes-00000.txt")
    (corpus / "elsewhere").symlink_to(private, target_is_directory=True)
    (corpus / "same.txt").symlink_to(corpus / "article-00000.txt")  # inside: one article, read once
    index = str(tmp_path / "idx")
    result = CliRunner().invoke(main, ["build", str(corpus), "--index", index, "--no-entities"])
    assert result.exit_code == 0, result.stderr
    assert (
        f"indexer: warning: skipped symbolic link leaving {corpus}: {corpus / 'notes.txt'} -> "
        f"{private / 'notes-00000.txt'} (file not read; --follow-links reads what links point to)"
    ) in result.stderr
    assert f"{corpus / 'elsewhere'} -> {private} (folder not read" in result.stderr
    assert sorted(read_manifest(Path(index)).articles) == ["corpus/article-00000.txt", "corpus/article-00001.txt"]
    followed = CliRunner().invoke(main, ["build", str(corpus), "--index", index, "--no-entities", "--follow-links"])
    assert followed.exit_code == 0, followed.stderr
    assert "symbolic link" not in followed.stderr
    # The linked file once, though reached twice (as notes.txt and through the linked folder).
    ids = sorted(read_manifest(Path(index)).articles)
    assert ids[:2] == ["corpus/article-00000.txt", "corpus/article-00001.txt"] and len(ids) == 3


def test_a_link_loop_with_follow_links_ends(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    write_corpus(corpus / "a", 1)
    os.symlink(corpus, corpus / "a" / "loop", target_is_directory=True)
    summary = build([str(corpus)], str(tmp_path / "idx"), entities=False, follow_links=True)
    assert summary.total_articles == 1


def test_parse_skips_links_leaving_the_folder_and_says_so(tmp_path: Path) -> None:
    # `indexer parse DIR` on a folder of links to pages elsewhere printed nothing and said nothing
    corpus, private = tmp_path / "links", tmp_path / "pages"
    write_corpus(private, 2)
    corpus.mkdir()
    for n in range(2):
        (corpus / f"a{n}.txt").symlink_to(private / f"article-0000{n}.txt")
    # a folder whose every file is such a link is as good as an empty one: said as an error
    result = CliRunner().invoke(main, ["parse", str(corpus), "--no-entities"])
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr == (
        f"indexer: error: no articles in folder {corpus}: 2 files, each a symbolic link leading out of it "
        "(not read); pass --follow-links to read what the links point to\n"
    )
    # ...and a build over it leaves the index as it was
    index = tmp_path / "idx"
    assert CliRunner().invoke(main, ["build", str(private), "--index", str(index), "--no-entities"]).exit_code == 0
    before = sorted((p.name, p.stat().st_size) for p in index.iterdir())
    built = CliRunner().invoke(main, ["build", str(corpus), "--index", str(index), "--no-entities"])
    assert built.exit_code == 2 and "--follow-links" in built.stderr
    assert sorted((p.name, p.stat().st_size) for p in index.iterdir()) == before
    # one link among pages of the folder's own: the pages are read, the link said
    (corpus / "own.txt").write_text((private / "article-00000.txt").read_text(encoding="utf-8"), encoding="utf-8")
    mixed = CliRunner().invoke(main, ["parse", str(corpus), "--no-entities", "--jsonl"])
    assert mixed.exit_code == 0 and len(mixed.stdout.splitlines()) == 1 and "symbolic link leaving" in mixed.stderr
    (corpus / "own.txt").unlink()
    followed = CliRunner().invoke(main, ["parse", str(corpus), "--no-entities", "--jsonl", "--follow-links"])
    assert followed.exit_code == 0 and "symbolic link" not in followed.stderr
    assert len(followed.stdout.splitlines()) == 2

"""A filter's value that the tagger's lexicon files under another name (names.NameTable.variants):
the tagger tags "Britain" as *United Kingdom* (data/place_aliases.tsv), so an index holds no
place "Britain", and `--place Britain` found only Tate Britain and Little Britain, 5 paragraphs
of BBC against 1,187 for `--place UK` (a new user's try, session 39)."""

from __future__ import annotations

from indexer.names import NameTable


def test_a_lexicon_alias_finds_its_canonical_name() -> None:
    table = NameTable()
    assert table.variants("places", "Britain") == ("United Kingdom",)
    assert table.variants("places", "britain") == ("United Kingdom",)  # any case, as a filter is typed
    assert table.variants("places", "United Kingdom") == ()  # the canonical name itself: its own term


def test_a_grouped_canonical_name_gives_its_group() -> None:
    table = NameTable(
        canonical_of={"places": {"UK": "United Kingdom"}},
        groups={"places": {"United Kingdom": ("UK", "United Kingdom")}},
        keys={"places": {"uk": "United Kingdom", "united kingdom": "United Kingdom"}},
    )
    assert table.variants("places", "Britain") == ("UK", "United Kingdom")


def test_a_name_the_lexicon_does_not_know_has_no_variants() -> None:
    assert NameTable().variants("places", "Atlantis") == ()

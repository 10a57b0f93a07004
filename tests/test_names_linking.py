"""Corpus-level linking that refuses to guess (issue 12, item 3; the BBC trial's faults): a short
name joins the corpus's fuller form only on evidence that it is that entity."""

from __future__ import annotations

from indexer.names import build_name_table


def table(**fields: list[tuple[str, int]]):
    return build_name_table(fields)


def test_a_short_name_used_alone_far_more_than_the_full_form_is_an_entity_of_its_own() -> None:
    # BBC: the band "Queen" in 22 paragraphs, a tagger's "Mary Queen" in 2
    t = table(people=[("Queen", 22), ("Mary Queen", 2), ("Greenspan", 1), ("Alan Greenspan", 11)])
    assert t.canonical("people", "Queen") == "Queen"
    assert t.canonical("people", "Greenspan") == "Alan Greenspan"


def test_a_full_form_starting_with_a_common_word_or_a_title_is_no_name_to_join() -> None:
    t = table(
        people=[
            ("Marsh", 2),
            ("Troubled Marsh", 2),
            ("Pepper", 1),
            ("Sgt Pepper", 3),
            ("Closer", 1),
            ("Mike Nichols' Closer", 2),
            ("Sam", 1),
            ("Fireman Sam", 4),
        ]
    )
    for short in ("Marsh", "Pepper", "Closer", "Sam"):
        assert t.canonical("people", short) == short


def test_a_given_name_alone_is_not_read_as_the_surname_of_a_name_used_no_more_often() -> None:
    # "Ahmed 'Mido' Hossam" gives "Ahmed" as a given name; "Zubair Ahmed" is another man
    t = table(people=[("Ahmed", 1), ("Zubair Ahmed", 1), ("Howard", 2), ("Michael Howard", 40)])
    assert t.canonical("people", "Ahmed") == "Ahmed"
    assert t.canonical("people", "Howard") == "Michael Howard"


def test_a_name_the_corpus_mostly_gives_another_type_does_not_join_a_person() -> None:
    # the club "Bolton" (tagged a person in a few paragraphs) is not John Bolton
    t = table(people=[("Bolton", 3), ("John Bolton", 2)], orgs=[("Bolton", 40)], places=[("Bolton", 9)])
    assert t.canonical("people", "Bolton") == "Bolton"


def test_an_organization_speaker_is_not_joined_by_the_person_rules() -> None:
    # "Labour said" in a dozen articles; "Stevenage Labour Party" in one
    t = table(
        speakers=[("Labour", 12), ("Labour Party", 2), ("Stevenage Labour Party", 2)],
        orgs=[("Labour", 321), ("Labour Party", 95), ("Stevenage Labour Party", 9)],
    )
    assert t.canonical("speakers", "Labour") == "Labour Party"
    assert t.canonical("speakers", "Labour Party") == "Labour Party"


def test_a_chamber_is_not_the_party_named_after_it() -> None:
    t = table(orgs=[("Congress", 19), ("Congress Party", 1), ("Veritas", 19), ("Veritas Party", 4)])
    assert t.canonical("orgs", "Congress") == "Congress"
    assert t.canonical("orgs", "Veritas") == "Veritas Party"


def test_a_title_before_a_surname_makes_it_a_persons_surname_whatever_the_counts() -> None:
    # news names a peer by title far more often than by full name
    t = table(people=[("Lord Goldsmith", 20), ("Peter Goldsmith", 3)])
    assert t.canonical("people", "Lord Goldsmith") in ("Peter Goldsmith", "Lord Goldsmith")
    assert t.variants("people", "Peter Goldsmith") == ("Lord Goldsmith", "Peter Goldsmith")

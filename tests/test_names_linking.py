"""Corpus-level linking that refuses to guess (issue 12, item 3; the BBC trial's faults): a short
name joins the corpus's fuller form only on evidence that it is that entity."""

from __future__ import annotations

from indexer.names import build_name_table, table_to_json


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


def test_a_peer_joins_no_full_name_the_corpus_never_gives_with_the_title() -> None:
    # BBC: "Lord Archer" x2 was shown as the economist "Howard Archer", "Lord Armstrong" as the
    # analyst "Bill Armstrong": nothing but the surname connects them (helper link2)
    t = table(people=[("Lord Archer", 2), ("Howard Archer", 15), ("Lord Armstrong", 1), ("Bill Armstrong", 2)])
    assert t.canonical("people", "Lord Archer") == "Lord Archer"
    assert t.canonical("people", "Lord Armstrong") == "Lord Armstrong"
    assert t.variants("people", "Howard Archer") == ()
    # a full name some article gives with "Lord" is the evidence
    t = table(people=[("Lord Goldsmith", 20), ("Peter Goldsmith", 3), ("Lord Peter Goldsmith", 1)])
    assert "Lord Goldsmith" in t.variants("people", "Peter Goldsmith")


def test_a_legal_or_corporate_word_does_not_change_the_name_shown() -> None:
    # BBC: "Sony" in 125 paragraphs shown as "Sony Corporation"
    t = table(orgs=[("Sony", 125), ("Sony Corporation", 3), ("Labour", 40), ("Labour Party", 30)])
    assert t.canonical("orgs", "Sony Corporation") == "Sony"
    assert t.canonical("orgs", "Sony") == "Sony"
    assert t.canonical("orgs", "Labour") == "Labour Party"


# -- Article evidence (the names of each article, as an index's table is built from) ------------

FILLER = [{"places": ["London"], "orgs": ["BBC"]} for _ in range(40)]  # names most articles give


def test_a_bare_surname_joins_the_one_full_name_only_when_some_article_supports_it() -> None:
    # BBC: "Grantham" (the constituency, tagged a person) was shown as the actor "Leslie
    # Grantham", the one full name it fits: nothing in their articles connects them.
    counts = {
        "people": [("Leslie Grantham", 2), ("Grantham", 1), ("Greenspan", 1), ("Alan Greenspan", 11)],
        "orgs": [("EastEnders", 1), ("Federal Reserve", 2), ("BBC", 42)],
        "places": [("London", 42), ("Lincolnshire", 1)],
    }
    articles = [
        *FILLER,
        {"people": ["Leslie Grantham"], "orgs": ["EastEnders", "BBC"], "places": ["London"]},
        {"people": ["Grantham"], "places": ["Lincolnshire", "London"], "orgs": ["BBC"]},
        {"people": ["Alan Greenspan"], "orgs": ["Federal Reserve"]},
        {"people": ["Greenspan"], "orgs": ["Federal Reserve"], "places": ["London"]},
    ]
    t = build_name_table(counts, articles)
    assert t.canonical("people", "Grantham") == "Grantham"  # "London", "BBC": no evidence
    assert t.canonical("people", "Greenspan") == "Alan Greenspan"  # "Federal Reserve" is
    # the same names without articles: joined on the name alone, as before
    assert build_name_table(counts).canonical("people", "Grantham") == "Leslie Grantham"
    # an article naming both is evidence too
    both = [*articles, {"people": ["Grantham", "Leslie Grantham"]}]
    assert build_name_table(counts, both).canonical("people", "Grantham") == "Leslie Grantham"


def test_a_surname_several_full_names_fit_is_the_one_named_far_more_often() -> None:
    # BBC: "Blair" (28 paragraphs) stayed apart from "Tony Blair" (426) because Cherie and Ian
    # Blair fit too; "Robinson" fits Andy (52) and Jason Robinson (25), two men of one sport.
    counts = {
        "people": [
            ("Blair", 28),
            ("Tony Blair", 426),
            ("Cherie Blair", 6),
            ("Ian Blair", 6),
            ("Gordon Brown", 80),
            ("Robinson", 19),
            ("Andy Robinson", 52),
            ("Jason Robinson", 25),
        ]
    }
    articles = [
        *FILLER,
        {"people": ["Blair", "Tony Blair", "Cherie Blair"]},
        {"people": ["Blair", "Gordon Brown"]},
        {"people": ["Tony Blair", "Gordon Brown"]},
        {"people": ["Ian Blair"], "orgs": ["Metropolitan Police"]},
        {"people": ["Robinson", "Andy Robinson", "Jason Robinson"]},
        {"people": ["Robinson", "Andy Robinson"]},
    ]
    t = build_name_table(counts, articles)
    assert t.canonical("people", "Blair") == "Tony Blair"
    assert t.canonical("people", "Cherie Blair") == "Cherie Blair"
    assert t.canonical("people", "Robinson") == "Robinson"
    # without support in its articles the dominant name is no evidence either
    unrelated = [*FILLER, {"people": ["Blair"], "orgs": ["Blair Witch Project"]}, {"people": ["Tony Blair"]}]
    assert build_name_table(counts, unrelated).canonical("people", "Blair") == "Blair"


def test_the_table_does_not_depend_on_the_order_of_the_articles() -> None:
    import random

    counts = {"people": [("Blair", 3), ("Tony Blair", 40), ("Cherie Blair", 2), ("Brown", 2), ("Gordon Brown", 9)]}
    articles = [
        *FILLER,
        {"people": ["Blair", "Tony Blair", "Cherie Blair"]},
        {"people": ["Brown", "Tony Blair"]},
        {"people": ["Gordon Brown", "Tony Blair"]},
    ]
    first = table_to_json(build_name_table(counts, articles))
    for seed in range(3):
        shuffled = articles[:]
        random.Random(seed).shuffle(shuffled)
        assert table_to_json(build_name_table(counts, shuffled)) == first


def test_an_office_holders_titled_surname_joins_the_full_name_its_articles_support() -> None:
    # BBC: "President Chavez" (3 paragraphs) and "President Putin" stood apart from "Hugo Chavez"
    # and "Vladimir Putin", since no article gives "President Hugo Chavez"; their articles share
    # Venezuela. A peer's title is another name ("Lord Browne" of BP is not "Des Browne"), and
    # a surname several full names fit joins none unless one dominates ("President Bush").
    counts = {
        "people": [
            ("President Chavez", 3),
            ("Hugo Chavez", 6),
            ("Senator Carter", 2),
            ("Jimmy Carter", 4),
            ("Lord Browne", 4),
            ("Des Browne", 5),
            ("President Bush", 25),
            ("George W Bush", 54),
            ("Jeb Bush", 10),
            ("Kate Bush", 5),
        ],
        "orgs": [("BP", 3), ("Labour Party", 40)],
        "places": [("Venezuela", 3), ("Caracas", 1), ("Iraq", 2)],
    }
    articles = [
        *FILLER,
        {"people": ["President Chavez"], "places": ["Venezuela"]},
        {"people": ["Hugo Chavez"], "places": ["Venezuela", "Caracas"]},
        {"people": ["Senator Carter"], "places": ["Georgia"]},
        {"people": ["Jimmy Carter"], "places": ["Atlanta"]},
        {"people": ["Lord Browne"], "orgs": ["BP"]},
        {"people": ["Des Browne"], "orgs": ["BP"]},
        {"people": ["President Bush", "George W Bush"], "places": ["Iraq"]},
        {"people": ["Jeb Bush"], "places": ["Iraq"]},
    ]
    t = build_name_table(counts, articles)
    assert t.canonical("people", "President Chavez") == "Hugo Chavez"
    assert t.canonical("people", "Senator Carter") == "Senator Carter"  # nothing shared
    assert t.canonical("people", "Lord Browne") == "Lord Browne"  # a title of rank
    assert t.canonical("people", "President Bush") == "President Bush"  # no dominant fit
    # without article evidence a titled surname joins nothing, as before
    assert build_name_table(counts).canonical("people", "President Chavez") == "President Chavez"

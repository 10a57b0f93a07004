"""Each fault kind of issue 12, as a small input written here, with the right value.

Mention boundaries (chrome, possessives, titles, any apostrophe), one canonical name per entity
decided by all its mentions, linking that refuses to guess, speaker patterns, determinism.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import tag_texts

from indexer.entities import name_key
from indexer.language import language_name
from indexer.models import Article, Paragraph

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def tag():
    """tag(["paragraph", ...]) -> Article, the paragraphs tagged as one article's body."""
    return tag_texts


def people(art: Article) -> list[list[str]]:
    return [p.people for p in art.paragraphs]


def test_name_key_ignores_case_accents_and_apostrophe_style() -> None:
    assert name_key("José Mourinho") == name_key("Jose Mourinho") == "jose mourinho"
    assert name_key("Siobhan O’Donnell") == name_key("SIOBHAN O'DONNELL")
    assert name_key("Jacob Bernoulli") != name_key("Johann Bernoulli")


def test_photo_credit_glued_to_a_name_is_not_the_canonical_name(tag) -> None:
    art = tag(
        [
            "Ahmed Mohamed Image was arrested at his school.",
            "Ahmed Mohamed, 14, had built a clock.",
            "Police released Ahmed Mohamed without charge.",
        ]
    )
    assert people(art) == [["Ahmed Mohamed"]] * 3


def test_chrome_word_after_a_name_is_cut(tag) -> None:
    art = tag(["Read more: Maria Lopez Timeline", "Maria Lopez Image: Getty", "Maria Lopez said she would appeal."])
    assert people(art) == [["Maria Lopez"]] * 3


def test_title_before_a_name_any_apostrophe_style_is_one_person(tag) -> None:
    art = tag(["Councillor Siobhan O’Donnell opened the meeting.", "Siobhan O'Donnell said the budget was tight."])
    assert len({n for p in art.paragraphs for n in p.people}) == 1
    assert art.paragraphs[0].people[0].startswith("Siobhan")


def test_accent_variants_are_one_name_within_an_article(tag) -> None:
    art = tag(["José Mourinho arrived in London on Monday.", "Jose Mourinho said the team was tired."])
    assert people(art) == [["José Mourinho"], ["José Mourinho"]]


def test_a_person_never_takes_the_name_of_something_named_after_him(tag) -> None:
    art = tag(
        [
            "The Andy Warhol Photographic Legacy Program gave 150 photographs.",
            "Andy Warhol took the pictures in the 1970s.",
            "Warhol used a Polaroid camera.",
        ]
    )
    assert art.paragraphs[1].people == ["Andy Warhol"] and art.paragraphs[2].people == ["Andy Warhol"]


def test_surname_links_to_the_person_whose_surname_it_is(tag) -> None:
    art = tag(
        [
            "Yuen Ren Chao was a linguist.",
            "His daughter Rulan Chao Pian taught music.",
            "Chao moved to Berkeley in 1947.",
        ]
    )
    assert art.paragraphs[2].people == ["Yuen Ren Chao"]


def test_surname_of_two_people_is_not_guessed(tag) -> None:
    art = tag(
        ["Jacob Bernoulli studied series.", "Johann Bernoulli studied calculus.", "Bernoulli wrote to Leibniz in 1690."]
    )
    assert "Bernoulli" in art.paragraphs[2].people
    assert not {"Jacob Bernoulli", "Johann Bernoulli"} & set(art.paragraphs[2].people)


def test_surname_of_two_people_goes_to_the_one_the_title_names(tag) -> None:
    # The subject of an article is called by surname; relatives by full or first names.
    from indexer.entities import tag_article

    texts = [
        "Engineer Karl Hausner retires",
        "Karl Heinrich Hausner was born in Graz.",
        "His brother Otto Hausner farmed.",
        "Hausner moved to Vienna in 1950.",
    ]
    paras = [Paragraph(i + 1, "title" if i == 0 else "body", t) for i, t in enumerate(texts)]
    art = tag_article(Article("t", "t", "h", paragraphs=paras))
    assert art.paragraphs[3].people == ["Karl Heinrich Hausner"]
    # Without a title naming one of them the surname is still left as written.
    art = tag(texts[1:])
    assert not {"Karl Heinrich Hausner", "Otto Hausner"} & set(art.paragraphs[2].people)


@pytest.mark.parametrize("title, canonical", [("", "Bernoulli"), ("Johann Bernoulli's letters", "Johann Bernoulli")])
def test_a_surname_tagged_as_an_organization_is_a_person_even_when_two_share_it(title: str, canonical: str) -> None:
    from indexer.entities import Mention, _resolve_canonicals

    flat = [
        (0, Mention(0, 15, "PERSON", "Jacob Bernoulli", fld="people")),
        (1, Mention(0, 16, "PERSON", "Johann Bernoulli", fld="people")),
        (2, Mention(0, 9, "ORG", "Bernoulli", fld="orgs")),
    ]
    _resolve_canonicals(flat, title)
    assert (flat[2][1].fld, flat[2][1].canonical) == ("people", canonical)


@pytest.mark.parametrize(
    "span, name",
    [
        ("Volunteer organization Comic Corps of Canada", "Comic Corps of Canada"),
        ("Alma mater Conservatoire de Paris", "Conservatoire de Paris"),
        ("Médecins sans Frontières", "Médecins sans Frontières"),
        ("Bank of America", "Bank of America"),
        ("Hong Kong Federation of Trade Unions", "Hong Kong Federation of Trade Unions"),
    ],
)
def test_a_common_noun_inside_an_organization_span_ends_what_precedes_it(span: str, name: str) -> None:
    from indexer.entities import _trim

    s, e = _trim(span, 0, len(span), "ORG")
    assert span[s:e] == name


def test_a_title_naming_the_subject_shortly_is_tagged_with_the_full_name() -> None:
    from indexer.entities import tag_article

    texts = [
        "Brock Holt",
        "Brock Wyatt Holt (born June 11, 1988) is an American baseball player.",
        "Holt played for the Boston Red Sox.",
    ]
    paras = [Paragraph(i + 1, "title" if i == 0 else "body", t) for i, t in enumerate(texts)]
    art = tag_article(Article("t", "t", "h", paragraphs=paras))
    assert [p.people for p in art.paragraphs] == [["Brock Wyatt Holt"]] * 3


def test_possessive_fragment_is_no_name(tag) -> None:
    art = tag(["Vietnam’s Hoa Lo prison held pilots.", "Pakistan's Haqqani network denied it."])
    names = [n for p in art.paragraphs for f in ("people", "orgs", "places") for n in getattr(p, f)]
    assert not any(n.startswith("s ") for n in names)


@pytest.mark.parametrize(
    "text",
    [
        "“We landed safely,” said the pilot, Jonas Weber, after landing.",
        "“We landed safely,” said pilot Jonas Weber.",
        "“We landed safely,” Jonas Weber, the captain of the flight, said.",
    ],
)
def test_appositive_and_title_before_name_speakers(tag, text: str) -> None:
    assert tag([text]).paragraphs[0].speakers == ["Jonas Weber"]


def test_a_speaker_with_post_nominal_letters_and_an_appositive_is_the_person(tag) -> None:
    # Was "Treasury": " MP" kept the appositive rule from reaching the verb, so the body at the
    # appositive's end took it (BBC politics/054 in a new user's trial).
    art = tag(["Paul Roan MP, Labour's Chief Secretary to the Treasury, said: “The sums do not add up.”"])
    assert art.paragraphs[0].speakers == ["Paul Roan"]


@pytest.mark.parametrize(
    "text",
    [
        "The Labour party said the Liberal Democrats needed to explain the plan.",
        "Tory leader Mark Hale said Tom Rooke had given the most damaging testimony.",
        "A party spokesman said Nick Grant was arrested on Tuesday.",
    ],
)
def test_whom_a_speaker_reports_on_is_no_speaker(tag, text: str) -> None:
    # "X said NAME needed ...": NAME is what X said, not who said it. 88 such speakers went from
    # BBC politics (417 articles), 13 right ones came (a body once hidden behind the wrong person).
    art = tag([text])
    assert not {"Liberal Democrats", "Tom Rooke", "Nick Grant"} & set(art.paragraphs[0].speakers)


def test_speaker_after_an_office_is_the_person_not_the_office(tag) -> None:
    art = tag(["“No comment,” said White House Press Secretary Jen Psaki."])
    assert art.paragraphs[0].speakers == ["Jen Psaki"]


def test_appositive_with_an_abbreviation_still_finds_the_speaker(tag) -> None:
    art = tag(["“We will prosecute,” Rachael Rollins, the U.S. attorney for Massachusetts, said."])
    assert art.paragraphs[0].speakers == ["Rachael Rollins"]


def test_pronoun_speaker_not_guessed_when_its_sentence_names_someone_else(tag) -> None:
    art = tag(["Tom Hanks met Rita Wilson. “I now do recall,” he said, describing a talk with Michael Cohen."])
    assert art.paragraphs[0].speakers == []


def test_pronoun_after_a_quotation_of_an_earlier_sentence_is_its_own_subject(tag) -> None:
    """'... "with room to spare". She said' took the quotation for the one the pronoun closes,
    found no sentence before it, and gave the previous paragraph's last speaker (BBC politics:
    Digby Jones for three of Ed Balls's paragraphs)."""
    art = tag(
        [
            "Anna Keller said there would be no giveaway, while Peter Lang warned against bribes.",
            'Ms Keller, who left the Treasury last year, had suggested that the rule would be met "with room '
            'to spare". She said she hoped more would be done.',
            '"We will not see a spree," she told a lunch in London.',
        ]
    )
    assert [p.speakers for p in art.paragraphs] == [["Anna Keller", "Peter Lang"], ["Anna Keller"], ["Anna Keller"]]
    # The quotation a lower-case pronoun closes is still its own ('"Why?" he asked').
    art = tag(["Tom Berg spoke first. “Is the plan ready?” he asked."])
    assert art.paragraphs[0].speakers == ["Tom Berg"]


def test_tags_do_not_depend_on_the_hash_seed_or_the_workers(tmp_path: Path) -> None:
    # Same-surname people and spelling variants: the ties that set or dict order once broke.
    texts = [
        "Jacob Bernoulli and Johann Bernoulli argued.",
        "Bernoulli replied in 1696.",
        "José Mourinho met Jose Mourinho's agent.",
        "Daniel Bernoulli said “yes”.",
    ]
    src = tmp_path / "src"
    src.mkdir()
    for i in range(3):
        (src / f"a{i}.txt").write_text("Title\n\n" + "\n\n".join(texts[i:] + texts[:i]), "utf-8")
    code = (
        "import json,sys;from indexer.pipeline import parse_ref,tag;from indexer import sources;"
        "refs=sources.find_sources([sys.argv[1]]);"
        "arts=tag((parse_ref(r) for r in refs),True,int(sys.argv[2]));"
        "print(json.dumps([[p.people,p.orgs,p.places,p.speakers] for a in arts for p in a.paragraphs]))"
    )
    outs = []
    for seed, workers in (("1", 0), ("2", 2)):
        env = dict(os.environ, PYTHONHASHSEED=seed)
        r = subprocess.run(
            [sys.executable, "-c", code, str(src), str(workers)],
            capture_output=True,
            text=True,
            env=env,
            cwd=REPO,
            timeout=300,
        )
        assert r.returncode == 0, r.stderr[-2000:]
        outs.append(json.loads(r.stdout))
    assert outs[0] == outs[1] and any(p[0] for p in outs[0])


def test_lowercase_words_at_the_edges_of_a_name_are_cut(tag) -> None:
    art = tag(
        [
            "The show paired an Edward Steichen print with others.",
            "Delegates of the United Nations and the European Union met in Vienna.",
            "Votes for the pro-Beijing New People's Party fell.",
        ]
    )
    names = [n for p in art.paragraphs for f in ("people", "orgs", "places") for n in getattr(p, f)]
    assert "Edward Steichen" in names and "United Nations" in names
    assert not any(n.split()[0].islower() or n.split()[-1] in ("and", "of") for n in names), names


def test_variants_within_an_article_are_one_name(tag) -> None:
    art = tag(
        [
            "The Labour Party won the seat.",
            "Labour said the result was clear.",
            "SAN DIEGO, Calif. -- Police said on Monday.",
            "The firm moved to California.",
        ]
    )
    assert art.paragraphs[0].orgs == art.paragraphs[1].orgs == ["Labour Party"]
    assert "California" in art.paragraphs[2].places and art.paragraphs[3].places == ["California"]


def test_a_country_playing_a_match_is_its_team_elsewhere_a_place(tag) -> None:
    art = tag(["Sweden defeated South Korea 1 – 0 and Tunisia lost 1 – 2 to England."])
    assert art.paragraphs[0].orgs == ["Sweden", "South Korea", "Tunisia", "England"]
    assert art.paragraphs[0].places == []
    art = tag(["Germany won the war in 1871 and Sweden defeated its rivals."])
    assert art.paragraphs[0].places == ["Germany", "Sweden"] and art.paragraphs[0].orgs == []


def test_a_named_storm_is_not_a_person(tag) -> None:
    art = tag(["Cyclone Phailin hit Odisha on Saturday, and Hurricane Katrina was recalled."])
    assert art.paragraphs[0].people == []


def test_a_one_word_name_after_in_is_a_place_and_a_count_is_no_part_of_a_name(tag) -> None:
    art = tag(
        [
            "Although Hitler was born in Braunau in 1889, Austria argued otherwise.",
            "Two United States service members have been killed.",
        ]
    )
    assert art.paragraphs[0].people == ["Hitler"] and "Braunau" in art.paragraphs[0].places
    assert art.paragraphs[1].places == ["United States"]


def test_a_paragraph_of_200_names_in_several_scripts_is_tagged_without_a_crash(tag) -> None:
    first = ["Anna", "Boris", "Carlos", "Dina", "Emil", "Fatima", "Georg", "Hana", "Ivan", "Jamal"]
    names = [f"{first[i % 10]} Kowalczyk{i:03d}" for i in range(200)]
    art = tag([", ".join(names) + ".", "Владимир Путин and 習近平 met José Müller-Łukasz.", "Photo: Getty Images"])
    got = [n for p in art.paragraphs for n in p.people + p.orgs + p.places]
    assert not any(w in n for n in got for w in ("Getty", "Image", "Photo")), got
    assert len({name_key(n) for n in got}) == len(set(got))  # one spelling per name


def test_a_plural_title_is_cut_and_the_name_links_to_the_full_one(tag) -> None:
    art = tag(
        [
            "Patrick Leopold Gordon of Auchleuchries was a general.",
            "Generals Patrick Gordon and Paul Menzies led the army.",
            "Patrick Gordon died in 1699.",
        ]
    )
    assert art.paragraphs[2].people == ["Patrick Leopold Gordon"]
    assert "Patrick Leopold Gordon" in art.paragraphs[1].people


def test_events_are_not_organizations(tag) -> None:
    from indexer.entities import _plausible

    art = tag(
        [
            "She won gold at the Paralympic Games in London.",
            "Historians of the American Revolutionary War met in Boston.",
        ]
    )
    assert art.paragraphs[0].orgs == art.paragraphs[1].orgs == []
    # A body named Conference stays an organization whenever the model tags it (the rule, not
    # whether one model version finds this name).
    assert not _plausible("Paralympic Games", "ORG")
    assert _plausible("Southern Christian Leadership Conference", "ORG")


def test_an_organization_continued_by_for_or_of_is_one_name(tag) -> None:
    art = tag(["The Andy Warhol Foundation for the Visual Arts gave 150 photographs."])
    assert art.paragraphs[0].orgs == ["Andy Warhol Foundation for the Visual Arts"]


def test_entities_are_tagged_only_in_english_articles(tmp_path: Path, tag) -> None:
    """The English model reads German capitalised words as names ("Der Kläger", "Und wenn"):
    an article detected as another language gets no entities and one warning saying why."""
    from indexer.pipeline import parse_paths

    (tmp_path / "urteil.txt").write_text(
        "Urteil im Streit um den Mietvertrag\n\n"
        "Der Kläger hatte behauptet, dass die Wohnung seit Jahren feucht sei und der Vermieter nichts "
        "dagegen unternommen habe. Daraus ergibt sich nach Ansicht des Gerichts kein Anspruch auf "
        "Schadenersatz. Und wenn der Mieter ausziehen wolle, müsse er die Frist einhalten.\n",
        "utf-8",
    )
    (tmp_path / "ruling.txt").write_text(
        "Court rules on tenancy dispute\n\n"
        "The judge, Margaret Holloway, said on Tuesday that the landlord had done nothing about the damp "
        "in the flat for years, and that the tenant was free to leave at the end of the month.\n",
        "utf-8",
    )
    by_name = {Path(a.path).name: a for a in parse_paths([str(tmp_path)])}
    german, english = by_name["urteil.txt"], by_name["ruling.txt"]
    assert german.language == "de" and english.language == "en"
    assert [p.people for p in german.paragraphs] == [[]] * len(german.paragraphs)
    assert [w for w in german.warnings if "entities" in w] == [
        f"{german.path}: text in German (de): entities not tagged in 2 paragraphs (the entity model reads English)"
    ]
    assert ["Margaret Holloway"] in [p.people for p in english.paragraphs]
    assert not [w for w in english.warnings if "entities" in w]


@pytest.mark.parametrize(
    ("name", "text", "code"),
    [
        # langid splits these between close languages (bs 0.55 / hr 0.41; ms 0.57 / id 0.43): each
        # alone is under the gate's bar, together they are sure it is not English.
        (
            "bura.txt",
            "Bura u Dalmaciji\n\nU Splitu je jučer puhala jaka bura, a vatrogasci su imali pune ruke "
            "posla. Trajektne linije prema otocima nisu plovile cijeli dan, a gradske službe upozoravaju "
            "građane da ne parkiraju ispod stabala.\n",
            "bs",
        ),
        (
            "pasar.txt",
            "Harga cabai naik\n\nSaya pergi ke Pasar Minggu pagi ini untuk membeli sayur dan buah. Harga "
            "cabai naik lagi minggu ini, kata para pedagang di sana kepada Warta Kota.\n",
            "ms",
        ),
    ],
)
def test_close_languages_that_split_the_guess_are_not_tagged(tmp_path: Path, name, text, code) -> None:
    """The gate sums the probability of every language the model does not read: text langid
    shares between close languages (Croatian/Bosnian, Malay/Indonesian) is not English either,
    and the English model read "U Splitu" ("in Split") as a person."""
    from indexer.pipeline import parse_paths

    (tmp_path / name).write_text(text, "utf-8")
    (art,) = parse_paths([str(tmp_path / name)])
    assert [p.people + p.orgs + p.places for p in art.paragraphs] == [[]] * len(art.paragraphs)
    assert [w for w in art.warnings if "entities not tagged" in w] == [
        f"{art.path}: text in {language_name(code)} ({code}): entities not tagged in 2 paragraphs "
        "(the entity model reads English)"
    ]


def test_a_wrong_short_language_guess_does_not_drop_english_tags(tag) -> None:
    """The article's language comes from its first ~600 characters; the gate re-checks the whole
    text, so English text guessed wrong (Reuters tables come out as "pcm") keeps its entities."""
    from indexer.entities import tag_article

    paras = [
        Paragraph(
            1,
            "body",
            "The judge, Margaret Holloway, said on Tuesday that the landlord had done "
            "nothing about the damp in the flat for years.",
        )
    ]
    art = tag_article(Article("t", "t", "h", paragraphs=paras, language="pcm"))
    assert art.paragraphs[0].people == ["Margaret Holloway"]
    assert not art.warnings


# Faults a user trial found on BBC news (issue 12, second round): each a kind, written here.


def test_a_place_after_an_office_for_it_is_never_the_speaker(tag) -> None:
    # "The MP for X and Y said": the office holder speaks, not the constituency (nor its last word).
    art = tag(
        [
            "Mrs Quayle wants a longer campaign. The MP for Wexcombe and Barrowby said the party "
            'had been "far too quiet" about schools.',
            'The head of the Treasury said the figures were "robust".',
        ]
    )
    for p in art.paragraphs:
        for name in p.speakers:
            assert not set(name.split()) & {"Wexcombe", "Barrowby", "Treasury"}, p.speakers
    # a spokesman for a body is the body speaking
    art = tag(['A spokesman for the Electoral Commission said the rules were "clear".'])
    assert art.paragraphs[0].speakers == ["Electoral Commission"]


def test_announcing_a_decision_is_not_reporting_speech(tag) -> None:
    art = tag(
        [
            '"We will not back down," the minister told reporters. Marta Kovacs announced her decision '
            "to leave the talks on Tuesday.",
            "Marta Kovacs announced that the talks had failed.",
            '"The talks have failed," Marta Kovacs announced.',
            'Dario Ferro warned the plan was "reckless".',
        ]
    )
    assert art.paragraphs[0].speakers == []
    assert art.paragraphs[1].speakers == ["Marta Kovacs"]
    assert art.paragraphs[2].speakers == ["Marta Kovacs"]
    assert art.paragraphs[3].speakers == ["Dario Ferro"]


def test_a_company_with_and_without_its_legal_form_is_one_name_the_bare_one(tag) -> None:
    art = tag(
        [
            "Microsoft said on Monday it would buy the studio.",
            "Microsoft Corp. shares rose 2% after the deal, and Microsoft Corp's rivals fell.",
            '"It is a good fit," Microsoft Corp said.',
        ]
    )
    assert [p.orgs for p in art.paragraphs] == [["Microsoft"], ["Microsoft"], ["Microsoft"]]
    assert art.paragraphs[2].speakers == ["Microsoft"]
    # an acronym abbreviates the name without its legal form
    art = tag(["Quantum Widget Systems Inc said it would cut jobs.", "QWS said the cuts would save money."])
    assert art.paragraphs[1].orgs == art.paragraphs[0].orgs == ["Quantum Widget Systems Inc"]


def test_post_nominal_letters_are_not_part_of_a_persons_name(tag) -> None:
    art = tag(
        [
            "Jane Doe QC said the law was unclear.",
            'Later Jane Doe QC told the court it was "a mess", and Tom Birch MSP agreed.',
        ]
    )
    assert art.paragraphs[0].people == ["Jane Doe"]
    assert art.paragraphs[0].speakers == ["Jane Doe"]
    assert set(art.paragraphs[1].people) == {"Jane Doe", "Tom Birch"}


def test_a_company_the_model_reads_as_a_place_is_an_organization_where_used_as_one(tag) -> None:
    # "flew with Emirates": the airline, not a place, in every paragraph of the article.
    art = tag(
        [
            "Anna Fischer flew with Emirates from Manchester to Sydney last month.",
            "She chose Emirates because British Airways was dearer. Emirates said bookings had risen.",
            "The United Arab Emirates has invested heavily in its airports.",
        ]
    )
    assert [p.orgs for p in art.paragraphs] == [["Emirates"], ["Emirates", "British Airways"], []]
    assert "Emirates" not in art.paragraphs[0].places + art.paragraphs[1].places
    assert art.paragraphs[0].places == ["Manchester", "Sydney"]
    assert art.paragraphs[2].places == ["United Arab Emirates"]
    # a country stays a place whatever is said of it
    art = tag(["Investors sold shares in Britain on Monday.", "Britain said the fall was temporary."])
    assert [p.places for p in art.paragraphs] == [["United Kingdom"], ["United Kingdom"]]


@pytest.mark.parametrize(
    "text",
    [
        "Bloomberg | Getty Images",
        "Protesters gathered outside the court on Monday. Bloomberg | Getty Images",
        "AFP via Getty Images",
        "Anadolu Agency | Getty Images",
        "Photo: Dan Kitwood/Reuters",
        "Image: Chris Jackson/Getty Images",
        "The ceremony was held in the rain. Photograph: Ian West/PA",
        "(Photo by Win McNamee/Getty Images)",
    ],
)
def test_a_photo_credit_names_no_entity(tag, text: str) -> None:
    art = tag([text, "Reuters reported that Chris Jackson and Dan Kitwood had left the agency."])
    p = art.paragraphs[0]
    assert (p.people, p.orgs, p.places, p.speakers) == ([], [], [], [])
    # the same names in prose are names
    assert "Reuters" in art.paragraphs[1].orgs


def test_a_credit_naming_no_picture_agency_keeps_its_name(tag) -> None:
    # Wikinews credits its own contributors so ("Image: NAME."), and the GUM gold counts them.
    art = tag(["Visitors at the convention floor on Friday. Image: Nick Moreau.", "Image: NASA"])
    assert art.paragraphs[0].people == ["Nick Moreau"]
    assert art.paragraphs[1].orgs == ["NASA"]


def test_a_name_before_a_slash_in_prose_is_still_a_name(tag) -> None:
    art = tag(["Shares in Marks/Spencer rose, said analyst Tom Baker of Barclays.", "Tom Baker works in London."])
    assert art.paragraphs[0].people == ["Tom Baker"]
    assert "Barclays" in art.paragraphs[0].orgs


def test_a_constituency_before_its_members_post_nominal_is_no_person(tag) -> None:
    art = tag(
        [
            "Ruth Kelly, a Cabinet Office minister and Bolton West MP, was hit by slurry.",
            "The Bolton West MP said she was unhurt.",
            "Fellow guest Margaret Moran MP was also hit.",
        ]
    )
    assert [p.people for p in art.paragraphs] == [["Ruth Kelly"], [], ["Margaret Moran"]]
    assert art.paragraphs[1].speakers == []
    assert art.paragraphs[0].places == art.paragraphs[1].places == ["Bolton West"]


def test_a_pronoun_after_this_paragraphs_own_speaker_is_that_speaker_not_the_last_ones(tag) -> None:
    # 'Mr Blair said: "..." He warned ...': "he" is the person this paragraph has just quoted,
    # not the previous paragraph's speaker (a new user's BBC trial: Liam Fox was credited).
    art = tag(
        [
            'Opposition spokesman Peter Hollins told reporters: "The plan will fail."',
            'At a rally in Leeds on Sunday, Mr Grant Adley said: "We will win this." He warned '
            'his supporters against complacency, saying: "It is a fight for the future."',
            'The minister spoke to the BBC: "Nothing is decided." He said talks would go on.',
        ]
    )
    assert art.paragraphs[0].speakers == ["Peter Hollins"]
    assert art.paragraphs[1].speakers == ["Grant Adley"]
    assert "BBC" not in art.paragraphs[2].speakers  # "he" is a person, never the body told


def test_a_pronoun_after_an_office_is_not_a_previous_speaker_the_article_gives_another_office(tag) -> None:
    # "The prime minister ratcheted up ... He insisted": not the previous paragraph's last
    # speaker, whom the article calls "Tory co-chairman", but the one it gives no other office.
    art = tag(
        [
            "Campaign news",
            "Party co-chairman Oliver Grantham was speaking after Mr Tom Hale told members the rivals "
            'offered nothing. Dr Grantham told the radio: "They cannot be trusted."',
            "The prime minister stepped up his campaign at the weekend with a tour of the country. "
            "He insisted he did not know the date of the vote.",
        ]
    )
    assert art.paragraphs[1].speakers == ["Tom Hale", "Oliver Grantham"]
    assert art.paragraphs[2].speakers == ["Tom Hale"]
    # The previous speaker named with that office stays the speaker.
    art = tag(
        [
            "Campaign news",
            'Mr Tom Hale told members: "We will win." Prime Minister Oliver Grantham told the radio: '
            '"They cannot be trusted."',
            "The prime minister stepped up his campaign at the weekend. He insisted he did not know the date.",
        ]
    )
    assert art.paragraphs[2].speakers == ["Oliver Grantham"]


# Faults a third user trial found (speakers and names on local news pages): each a kind, written here.


def test_the_owner_in_an_appositive_after_said_name_is_not_the_speaker(tag) -> None:
    # 'said NAME, OWNER's ROLE': NAME speaks; the owner of the post does not replace them.
    art = tag(['"We will build it," said Priya Okonkwo, Tony Blair\'s chief of staff. "It is certain."'])
    assert art.paragraphs[0].speakers == ["Priya Okonkwo"]
    # An owner of a company's office that the model reads as a person is an organization.
    art = tag(['"Prices will fall," said Olwen Pritchard, Fenwick Renewables\' managing director.'])
    p = art.paragraphs[0]
    assert (p.speakers, p.people, p.orgs) == (["Olwen Pritchard"], ["Olwen Pritchard"], ["Fenwick Renewables"])
    # The office's owner before the person: still the person.
    art = tag(['"Costs rose," said Brackwater Energy\'s finance director, Harriet Lindqvist.'])
    assert art.paragraphs[0].speakers == ["Harriet Lindqvist"]


def test_a_name_in_the_subjects_prepositional_phrase_is_not_the_speaker(tag) -> None:
    # "Nurses at X say": the nurses speak (a common noun, capitalised as the sentence's first word).
    art = tag(
        [
            "Teachers from Brindle Academy said the roof had leaked for a year.",
            "Nurses at Calloway General Hospital say staff shortages are growing.",
            "The Brindle Academy said the roof would be mended.",
        ]
    )
    assert art.paragraphs[0].speakers == art.paragraphs[1].speakers == []
    assert art.paragraphs[2].speakers == ["Brindle Academy"]  # a body still speaks for itself
    # a report from a body is the body speaking, as a statement or a spokesman for it is
    art = tag(["Prices rose by 4%, a report from the Food and Agriculture Organisation said."])
    assert art.paragraphs[0].speakers == ["Food and Agriculture Organisation"]
    # the paper told is not the speaker: 'told the NAME: "..."' as 'told Mr NAME: "..."'
    art = tag(['A senior source at the club told the Daily Mirror: "It is different."'])
    assert art.paragraphs[0].speakers == []


def test_a_description_opening_a_sentence_is_no_part_of_the_name_after_it(tag) -> None:
    # "Challenger" is more often capitalised in the model's vocabulary (a shuttle, a tank), but
    # before a full name at a sentence's start it is a common noun.
    art = tag(["Challenger Amara Nwosu won the vote.", "Nwosu thanked her supporters."])
    assert art.paragraphs[0].people == ["Amara Nwosu"]
    art = tag(["Tiger Woods won again."])  # one word left after it: a name, not a description
    assert art.paragraphs[0].people == ["Tiger Woods"]


def test_a_town_named_as_the_seat_of_a_mayor_is_a_place(tag) -> None:
    art = tag(["Ashbury mayoral election results", "Dorothy Fenn was elected mayor of Ashbury on Thursday."])
    assert [p.orgs for p in art.paragraphs] == [[], []]
    assert [p.places for p in art.paragraphs] == [["Ashbury"], ["Ashbury"]]


def test_a_campaign_named_by_its_demand_is_an_organization_not_a_person(tag) -> None:
    art = tag(["The campaign group Save Linden Meadows said the vote was a disgrace."])
    p = art.paragraphs[0]
    assert (p.people, p.orgs, p.speakers) == ([], ["Save Linden Meadows"], ["Save Linden Meadows"])


@pytest.mark.linear
@pytest.mark.parametrize(
    "paragraph",
    [
        "Anna Berg,{w}Tom Baker and{w}Lisa Moe said it.",  # a name's run of white space: a dateline?
        '"We will do it,"{w}said Anna Berg of the city council.',  # a quote's name after it
        "Clive Griffiths{w}-{w}Wales defensive coach said.",  # a spaced dash between names
        "Anna Berg{w}said the works would take a year.",  # a span the model runs over the gap
    ],
)
def test_a_long_run_of_white_space_in_a_paragraph_is_tagged_in_linear_time(tag, paragraph: str) -> None:
    # The dateline's pattern ("\s*(...)?\s*" after the place), the name after a quote's
    # ("\s*,?\s*"), the spaced dash's and a span's trims (r"\s+(\S+)$") split a run of white
    # space every way or tried every place of it: a paragraph with 80,000 spaces after a name
    # took 37 s to tag, 20,000 after "Anna Berg," 48 s. Each is linear now (a second here; the
    # run is under entities.MAX_CHARS, so the paragraph is tagged).
    art = tag([paragraph.format(w=" " * 45_000)])
    assert "Anna Berg" in art.paragraphs[0].people or "Clive Griffiths" in art.paragraphs[0].people


@pytest.mark.linear
@pytest.mark.parametrize("run", ['"' * 60_000, "(" * 60_000, "!" * 60_000])
def test_a_long_run_of_one_punctuation_mark_is_tagged_in_linear_time(tag, run: str) -> None:
    # spaCy's tokenizer splits such a run a suffix at a time, searching the rest again each time:
    # 20,000 quotes took 31 s, 60,000 minutes. The model reads a run of PUNCT_RUN_MIN+ as spaces.
    art = tag([f"Anna Berg said {run} the works would take a year."])
    assert art.paragraphs[0].people == ["Anna Berg"]


def test_opening_hours_in_an_article_not_tagged_are_no_result(tmp_path: Path) -> None:
    """A result's sides are read from capitalised words around figures ("Eastfield Town 0-1
    Bramley Rovers"); in German, whose nouns are capitalised, a museum's opening hours read so
    ("Dienstag – Freitag 10 – 18 Uhr" made "Dienstag", "Freitag" and "Uhr" teams, orgs, in an
    article otherwise not tagged: 26 such tags on the wild tuning pages). In an article of a
    language the tagger does not read, that rule reads nothing."""
    from indexer.pipeline import parse_paths

    (tmp_path / "museum.txt").write_text(
        "Die Kunsthalle am Hafen\n\n"
        "Die Kunsthalle wurde 1986 durch einen Verleger und seine Frau gegründet und zeigt Malerei des "
        "zwanzigsten Jahrhunderts. Neben der ständigen Sammlung gibt es jedes Jahr mehrere große "
        "Ausstellungen, die Besucher aus dem ganzen Land anziehen.\n\n"
        "Öffnungszeiten: Dienstag – Freitag 10 – 18 Uhr; Sa, So, Feiertage 11 – 18 Uhr; Mo geschlossen\n",
        "utf-8",
    )
    (article,) = parse_paths([str(tmp_path)])
    assert article.language == "de"
    assert [p.orgs for p in article.paragraphs] == [[]] * len(article.paragraphs)


def test_a_result_line_in_english_still_names_its_sides(tag) -> None:
    art = tag(["Full time: Eastfield Town 0-1 Bramley Rovers, after a late goal from the visitors."])
    assert art.paragraphs[0].orgs == ["Eastfield Town", "Bramley Rovers"]


def test_a_place_the_article_also_writes_in_lower_case_is_a_common_noun(tag) -> None:
    # a gardening page: the model reads the plant's capitalised name as a place (33 paragraphs
    # of a wild tuning page were tagged so, the index's most frequent "place")
    art = tag(
        [
            "Bougainvillea leaves are large and heart-shaped and borne on long, thorny, arching branches.",
            "When kept in a tropical setting outdoors, Bougainvillea can reach a height of fifteen feet.",
            "Most bougainvillea varieties have spiny thorns on cascading stems.",
        ]
    )
    assert all("Bougainvillea" not in p.places for p in art.paragraphs)


def test_a_country_or_a_party_beside_its_common_noun_stays(tag) -> None:
    art = tag(
        [
            "Exports from Turkey rose by a fifth last year, the ministry in Ankara said.",
            "Farmers sold more turkey meat before the holidays than in any year before.",
            "Labour said the plan would hurt the labour market in the north.",
        ]
    )
    assert "Turkey" in art.paragraphs[0].places
    assert "Labour" in art.paragraphs[2].orgs + art.paragraphs[2].groups


def test_an_organization_written_in_lower_case_more_often_than_not_is_no_name(tag) -> None:
    art = tag(
        [
            "Broadband take-up rose again, and Broadband providers cut their prices.",
            "Cheap broadband is now in most homes, and broadband speeds keep rising.",
            "Rural broadband lags behind, the regulator said.",
        ]
    )
    assert all("Broadband" not in p.orgs for p in art.paragraphs)


@pytest.mark.linear
def test_the_lower_case_word_pattern_is_linear() -> None:
    from indexer.entities import _RX_LOWER_WORD

    for text in ("a" * 100_000, ("word " * 20_000), "(" + "b" * 100_000 + ".", " " * 100_000 + "word"):
        _RX_LOWER_WORD.findall(text)


def test_names_of_code_are_no_organizations_or_people(tag) -> None:
    # a programming tutorial: exception classes read as organizations, "A.x" as a person
    art = tag(
        [
            "If the key is missing, Python raises a KeyError, and a bad index raises an IndexError.",
            "A ValueError tells you that the argument has the right type but an inappropriate value.",
            "After the assignment, A.x and B.x both point to the same list, as John Smith explains.",
        ]
    )
    names = {n for p in art.paragraphs for n in p.orgs + p.people + p.places}
    assert not names & {"KeyError", "IndexError", "ValueError", "A.x", "B.x"}
    assert "John Smith" in art.paragraphs[2].people


@pytest.mark.parametrize(
    ("name", "code"),
    [("IndexError", True), ("KeyboardInterrupt", True), ("A.x", True), ("self.data", True), ("my_var", True), ("foo()", True),
     ("Luigi Lavazza S.p.A.", False), ("Amazon.com", False), ("J.K. Rowling", False), ("U.S.", False)],
)  # fmt: skip
def test_code_names(name: str, code: bool) -> None:
    from indexer.entities import _code_name

    assert _code_name(name) is code


@pytest.mark.linear
def test_the_code_name_pattern_is_linear() -> None:
    from indexer.entities import _code_name

    for text in ("A" + "a" * 100_000, "a." * 50_000, "a" * 100_000 + "Error!", "_" * 100_000):
        _code_name(text)

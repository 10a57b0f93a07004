"""Entity tagging on the shipped article and on hand-written text.

The spaCy model loads once per module (fixture `tagged`); the whole file runs in a few seconds.
Until `indexer.segment` exists, the shipped article is segmented here by a few plain rules:
blank-line blocks from the title to the author box, repeated caption lines once, the two
section headings by their text.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import tag_texts

from indexer.models import Article, Paragraph

REPO = Path(__file__).resolve().parent.parent
SHIPPED = REPO / "source" / "rferl-uyghur-diaspora-2021.txt"
HEADINGS = ("'Unprecedented' Level Of Evidence", "Pushing For A Response")


def shipped_article(published: str = "", with_chrome: bool = False) -> Article:
    blocks = [b.strip() for b in SHIPPED.read_text(encoding="utf-8").split("\n\n") if b.strip()]
    start = next(i for i, b in enumerate(blocks) if b.startswith("'Utterly Shameful'"))
    end = next(i for i, b in enumerate(blocks) if b.startswith("•"))
    paras: list[Paragraph] = []
    if with_chrome:  # the page's navigation, as boilerplate, to check it stays untagged
        paras += [Paragraph(len(paras) + 1, "boilerplate", b) for b in blocks[:start]]
    for b in blocks[start:end]:
        lines = b.split("\n")
        if len(lines) == 2 and lines[0] == lines[1]:
            kind, text = "caption", lines[0]
        elif b in HEADINGS:
            kind, text = "heading", b
        elif not any(p.kind == "title" for p in paras):
            kind, text = "title", b
        else:
            kind, text = "body", b
        paras.append(Paragraph(len(paras) + 1, kind, text))
    if with_chrome:
        paras += [Paragraph(len(paras) + 1, "boilerplate", b) for b in blocks[end:]]
    return Article(
        "rferl",
        str(SHIPPED),
        "hash",
        title=paras[0].text if not with_chrome else "",
        published=published,
        paragraphs=paras,
    )


def para(article: Article, start: str) -> Paragraph:
    found = [p for p in article.paragraphs if p.text.startswith(start)]
    assert len(found) == 1, start
    return found[0]


@pytest.fixture(scope="module")
def tagged() -> Article:
    from indexer.entities import tag_article

    return tag_article(shipped_article(with_chrome=True))


@pytest.fixture(scope="module")
def tag():
    """Tag a few body paragraphs as one article: tag(["text", ...], published=...) -> Article."""
    return tag_texts


# --- the shipped article -------------------------------------------------------------------


def test_segmentation_helper_gives_the_expected_indexed_paragraphs() -> None:
    art = shipped_article()
    kinds = [p.kind for p in art.paragraphs]
    assert kinds.count("title") == 1 and kinds.count("heading") == 2
    assert kinds.count("caption") == 4 and kinds.count("body") == 30


def test_quoted_surname_is_the_full_name_and_the_speaker(tagged: Article) -> None:
    p = para(tagged, "“The Uyghurs are becoming hopeless")
    assert p.speakers == ["Adrian Zenz"]
    assert p.people == ["Adrian Zenz"]


def test_every_quote_of_the_article_has_its_speaker(tagged: Article) -> None:
    expected = {
        "“On the whole": ["Adrian Zenz"],  # '..., Adrian Zenz, an expert ..., told RFE/RL'
        "“The Uyghurs are": ["Adrian Zenz"],  # 'said Zenz'
        "“We’ve never had": ["Rian Thum"],  # model misses the name; the quote rule finds it
        "“We are giving": ["Qelbinur Sidik"],  # 'said Qelbinur Sidik, an Uyghur teacher'
        "“The Chinese government": ["Rian Thum"],  # 'said Thum'
    }
    for start, speakers in expected.items():
        assert para(tagged, start).speakers == speakers, start
    quoted = [p for p in tagged.paragraphs if p.speakers]
    assert len(quoted) == len(expected)  # nobody else is made a speaker


def test_surname_only_paragraph_carries_the_full_name(tagged: Article) -> None:
    assert para(tagged, "His investigations").people == ["Adrian Zenz"]
    assert para(tagged, "China has long struggled").people == ["Xi Jinping"]  # 'under Xi'
    assert "Joe Biden" in para(tagged, "Calls for stronger").people  # not 'Biden' as a place


def test_id_kah_mosque_is_kept_whole(tagged: Article) -> None:
    places = para(tagged, "Security personnel patrol").places
    assert places == ["Id Kah Mosque", "Kashgar", "China", "Xinjiang"]


def test_ethnic_groups_are_groups_not_orgs_or_places(tagged: Article) -> None:
    p = para(tagged, "PRAGUE --")
    assert p.groups == ["Uyghurs", "Kazakhs", "Muslims", "Chinese"]
    assert p.places == ["Prague", "Beijing", "Xinjiang"]  # dateline in capitals, "Xinjiang Province"
    every = [v for q in tagged.paragraphs for v in q.orgs + q.places + q.people]
    assert not {"Uyghur", "Uyghurs", "Kazakh", "Kazakhs", "Kyrgyz"} & set(every)


def test_acronyms_and_country_variants_link_to_one_name(tagged: Article) -> None:
    caption = para(tagged, "World Uyghur Congress President")
    assert caption.orgs == ["World Uyghur Congress"]  # "WUC" in the same caption
    assert caption.groups == []  # "Uyghur" inside the name is not a group mention
    assert "United States" in para(tagged, "So far, the U.S.").places  # "U.S." and "United States"
    assert "United States" in para(tagged, "A German academic").places  # "U.S.-based"
    names = {v for p in tagged.paragraphs for v in p.places + p.orgs}
    assert not {"U.S.", "US", "WUC", "UN", "Congress"} & names
    assert para(tagged, "While more than 40").orgs == ["United Nations"]


def test_orgs_the_model_misses_or_splits(tagged: Article) -> None:
    assert para(tagged, "A German academic").orgs == ["Victims of Communism"]
    assert para(tagged, "The scale of this effort").orgs == [
        "Oxus Society for Central Asian Affairs",
        "Uyghur Human Rights Project",
    ]


def test_chrome_gets_no_entities(tagged: Article) -> None:
    for p in tagged.paragraphs:
        if not p.indexed:
            assert p.people == p.orgs == p.places == p.groups == p.dates == p.speakers == []
    # Headings are title case; the model calls this one an ORG.
    assert para(tagged, "'Unprecedented' Level Of Evidence").orgs == []
    every = {v for p in tagged.paragraphs for v in p.people + p.orgs + p.places}
    assert not {"Reid Standish", "Newsletter", "Eurasia", "SM", "LG"} & every


def test_chrome_tagged_as_body_still_gives_no_entities(tag) -> None:
    art = tag(["About The Newsletter", "XS\nSM\nMD\nLG", "16x9 Image"])
    assert all(not (p.people or p.orgs or p.places) for p in art.paragraphs)


def test_dates_without_an_article_date_keep_only_what_is_stated(tagged: Article) -> None:
    assert para(tagged, "Despite such moves").dates == ["--11-11/--11-14"]
    assert para(tagged, "Foreign journalists").dates == ["2021-04-22"]
    assert para(tagged, "China has long struggled").dates == ["2017"]  # not "decades"
    assert para(tagged, "Though the focus").dates == []  # "a three-year term" is no date


def test_dates_resolve_against_the_article_date() -> None:
    from indexer.entities import tag_article

    art = tag_article(shipped_article(published="2021-11-18"))
    assert para(art, "Despite such moves").dates == ["2021-11-11/2021-11-14"]
    assert para(art, "Calls for stronger").dates == ["2021-11-15"]
    assert para(art, "While more than 40").dates == ["2021-10"]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("on April 22, 2021 and in 2019", "", ["2021-04-22", "2019"]),
        ("on 5 May 2005, said May", "", ["2005-05-05"]),
        ("in May the minister said", "2005-09-01", ["2005-05"]),
        ("on Monday", "2021-11-18", ["2021-11-15"]),  # the Monday before a Thursday
        ("on Monday", "2021-11", []),  # relative to a day we do not know
        ("a shuttle bus on Saturday mornings and on Sundays", "2021-11-18", []),  # a habit, no day
        ("on Saturday morning", "2021-11-18", ["2021-11-13"]),
        ("last year", "2021-11-18", ["2020"]),
        ("between 2010 and 2015", "", ["2010/2015"]),
        ("the 2004-05 season", "", ["2004/2005"]),
        ("December 30 to January 2", "", ["--12-30", "--01-02"]),  # no year: two month-days
        ("cut 1500 jobs and paid 2,000 pounds; 2015 people", "", []),
        ("we saw a three-year rise in the 1990s", "", []),
        ("March 2019", "", ["2019-03"]),
        ("February 30", "", []),
    ],
)
def test_find_dates(text: str, published: str, expected: list[str]) -> None:
    from indexer.entities import find_dates

    assert find_dates(text, published) == expected


def test_bad_input_is_tagged_or_skipped_with_a_warning(tag) -> None:
    art = tag(
        [
            "x" * 1_048_576,
            "Angela Merkel\x00 met \x07Emmanuel Macron in Paris\x1b[0m.",
            "😀 Boris Johnson 👍 visited Moscow 🇷🇺.",
            "قال الرئيس محمد مرسي في القاهرة",
            "\ud800 Tony Blair said so.",
            "",
        ]
    )
    assert len(art.warnings) == 2 and "paragraph 1" in art.warnings[0]
    assert "1 paragraph not in Latin script: entities not tagged" in art.warnings[1]
    assert art.paragraphs[3].people == art.paragraphs[3].orgs == art.paragraphs[3].places == []
    assert art.paragraphs[1].people == ["Angela Merkel", "Emmanuel Macron"]
    assert art.paragraphs[1].places == ["Paris"]
    assert art.paragraphs[2].people == ["Boris Johnson"] and art.paragraphs[2].places == ["Moscow"]
    assert art.paragraphs[4].speakers == ["Tony Blair"]


def test_tag_articles_streams_in_order() -> None:
    from indexer.entities import tag_articles

    pulled = 0

    def source():
        nonlocal pulled
        for i in range(60):
            pulled += 1
            yield Article(
                f"a{i}",
                "p",
                "h",
                paragraphs=[
                    Paragraph(1, "body", f"Tony Blair met Gordon Brown in London ({i})."),
                    Paragraph(2, "body", "Blair said nothing."),
                ],
            )

    stream = tag_articles(source(), batch_size=8)
    first = next(stream)
    assert first.id == "a0" and pulled < 60  # not the whole input before the first article
    assert first.paragraphs[1].people == ["Tony Blair"] and first.paragraphs[1].speakers == ["Tony Blair"]
    rest = list(stream)
    assert [a.id for a in rest] == [f"a{i}" for i in range(1, 60)]


def test_linking_stays_within_one_article(tag) -> None:
    from indexer.entities import tag_articles

    a = Article("a", "p", "h", paragraphs=[Paragraph(1, "body", "Adrian Zenz wrote it.")])
    b = Article("b", "p", "h", paragraphs=[Paragraph(1, "body", "Zenz said it.")])
    out = list(tag_articles([a, b]))
    assert out[1].paragraphs[0].people == ["Zenz"]


def test_importing_the_module_does_not_import_spacy() -> None:
    code = "import sys, indexer.entities; print('spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_text_in_another_script_is_not_read_as_english_names(tag) -> None:
    # The English model made a person of "Рецепт очень" ("recipe very") and an org of "Что".
    art = tag(
        [
            "Рецепт очень простой. Что нужно: мука, вода и соль из Москвы.",
            "Vladimir Putin met Angela Merkel in Berlin, officials said.",
            "Zenz said the camps were in Xinjiang (新疆).",
        ]
    )
    assert art.paragraphs[0].people == art.paragraphs[0].orgs == art.paragraphs[0].places == []
    assert art.paragraphs[1].people == ["Vladimir Putin", "Angela Merkel"]
    assert art.paragraphs[2].places == ["Xinjiang"]  # a few foreign letters do not stop tagging
    assert art.warnings == ["t: 1 paragraph not in Latin script: entities not tagged (the tagger reads English)"]


def test_financial_tables_and_office_names_are_not_people(tag) -> None:
    # Reuters: "Revs" and "Avg" were the 2nd and 3rd most named "people" of the corpus, and
    # "Exchequer Nigel Lawson" a person of his own beside "Nigel Lawson".
    art = tag(
        [
            "Shr 1.23 dlrs vs 98 cts\nNet 12.3 mln vs 10.1 mln\nRevs 120.5 mln vs 110.2 mln\nAvg shrs 10.1 mln",
            "Chancellor of the Exchequer Nigel Lawson said the pound was stable.",
            "Secretary of State George Shultz met U.S. Trade Representative Clayton Yeutter on Monday.",
            "The company said earnings were 1.5 mln U.S. Dlrs in the first quarter.",
        ]
    )
    assert [p.people for p in art.paragraphs] == [[], ["Nigel Lawson"], ["George Shultz", "Clayton Yeutter"], []]
    assert art.paragraphs[1].speakers == ["Nigel Lawson"]
    from indexer.entities import _plausible

    assert _plausible("CTS Corp", "ORG") and not _plausible("U.S. Cts", "ORG") and not _plausible("MTHS", "ORG")


@pytest.mark.parametrize(
    "text, expected, rule",
    [
        # Published on Wednesday 2021-11-17.
        ("Arsenal will be away to West Ham on Saturday.", "2021-11-20", "future tense: the coming Saturday"),
        ("The talks are due to resume on Friday.", "2021-11-19", "future tense: the coming Friday"),
        ("We'll know more on Sunday, she said.", "2021-11-21", "future tense: the coming Sunday"),
        ("Arsenal lost to West Ham on Saturday.", "2021-11-13", "past or present tense: the most recent Saturday"),
        ("He said on Monday that he will resign.", "2021-11-15", "past or present tense: the most recent Monday"),
        (
            "The match will go ahead. It was first played on Saturday.",
            "2021-11-13",
            "past or present tense: the most recent Saturday",
        ),  # the future verb is in another sentence
        ("The vote was last Wednesday.", "2021-11-10", "last Wednesday: the most recent Wednesday"),
        ("The vote is next Wednesday.", "2021-11-24", "next Wednesday: the coming Wednesday"),
    ],
)
def test_a_weekday_is_resolved_by_tense_and_says_which_rule(text: str, expected: str, rule: str) -> None:
    from indexer.entities import find_dates

    explained: list[str] = []
    assert find_dates(text, "2021-11-17", explained) == [expected]
    assert len(explained) == 1 and explained[0].endswith(f"' = {expected}: {rule}")


def test_a_linking_fault_is_a_warning_naming_the_file_and_what_it_cost(monkeypatch) -> None:
    """A rule bug on odd input keeps the article, and the build's warning says which file,
    among hundreds, lost its entity tags."""
    from indexer import entities

    def broken(job: object) -> None:
        raise IndexError("list index out of range")

    monkeypatch.setattr(entities, "_link_article", broken)
    para = Paragraph(paragraph=1, kind="body", text="Vince Cable said so.")
    article = Article(id="news/a.txt", path="/home/me/news/a.txt", content_hash="0", paragraphs=[para])
    job = entities._Job(article=article, paras=[para], texts=[para.text], mentions=[[]])
    assert entities._finish_job(job) is article
    assert article.warnings == [
        "/home/me/news/a.txt: entity linking failed (IndexError: list index out of range): "
        "indexed without entity tags (a bug: please report it with this file)"
    ]


def test_each_distinct_text_goes_through_the_model_once(monkeypatch) -> None:
    """A page's repeats (and a text another article of the build had) cost no model time: the
    tagger reads each distinct text once, and every copy gets the same entities as the first."""
    from indexer import entities

    real = entities.load_pipeline()
    read: list[str] = []

    class Counting:  # the real pipeline, counting the texts it is given
        def __getattr__(self, name: str) -> object:
            return getattr(real, name)

        def pipe(self, texts, **options):
            def counted():
                for t in texts:
                    read.append(t[0] if isinstance(t, tuple) else t)
                    yield t

            return real.pipe(counted(), **options)

    monkeypatch.setattr(entities, "load_pipeline", Counting)
    texts = [
        "Tony Blair met Gordon Brown in London on Tuesday.",
        "The Bank of England held interest rates, Blair said.",
        "Shares in Vodafone fell in Frankfurt.",
    ]

    def article(aid: str) -> Article:
        return Article(aid, "p", "h", paragraphs=[Paragraph(n + 1, "body", t) for n, t in enumerate(texts * 100)])

    first, second = entities.tag_articles([article("a"), article("b")], batch_size=8)
    assert sorted(read) == sorted(texts)

    def fields(p: Paragraph) -> tuple[list[str], ...]:
        return (p.people, p.orgs, p.places, p.groups, p.dates, p.speakers)

    want = [fields(p) for p in first.paragraphs[:3]]
    assert want[0][0] == ["Tony Blair", "Gordon Brown"] and want[1][1] == ["Bank of England"]
    for art in (first, second):
        assert [fields(p) for p in art.paragraphs] == want * 100


def test_the_texts_remembered_are_bounded(monkeypatch) -> None:
    from indexer import entities

    monkeypatch.setattr(entities, "SEEN_TEXTS", 2)
    seen = entities._Seen(object())
    for t in ("a", "b", "c"):
        seen.put(t, [entities.Mention(0, 1, "PERSON", t)])
    assert seen.get("a") is None and [m.text for m in seen.get("c") or []] == ["c"]
    copy = seen.get("b")
    assert copy is not None
    copy[0].fld = "people"  # linking changes a paragraph's mentions in place: never the memory's
    assert (seen.get("b") or [])[0].fld == ""


def test_a_page_over_link_paragraphs_is_linked_in_runs_with_a_warning(monkeypatch) -> None:
    """Linking compares an article's names with each other: on a 10 MB page of distinct prose
    that takes hours. A page of over LINK_PARAGRAPHS indexed paragraphs is linked within each
    run of that many, every paragraph still tagged, and a warning says so."""
    from indexer import entities

    monkeypatch.setattr(entities, "LINK_PARAGRAPHS", 2)
    texts = ["Adrian Zenz wrote the report.", "Zenz said it was new.", "Zenz spoke in Berlin.", "It rained."]
    art = Article("a", "big.txt", "h", paragraphs=[Paragraph(n + 1, "body", t) for n, t in enumerate(texts)])
    (out,) = entities.tag_articles([art])
    assert [p.people for p in out.paragraphs[:3]] == [["Adrian Zenz"], ["Adrian Zenz"], ["Zenz"]]
    assert out.paragraphs[2].places == ["Berlin"]
    (warning,) = [w for w in out.warnings if "linked within" in w]
    assert warning.startswith("big.txt: 4 indexed paragraphs, over 2: names linked within each run of 2 paragraphs")

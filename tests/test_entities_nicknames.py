"""Names the model splits or mistypes around a person, left by issue 12's note (helper `names`):
a quoted nickname between a given name and a surname, a common word that starts a sentence
before a surname the article gives in full."""

from __future__ import annotations

from tests.helpers import tag_texts


def test_a_quoted_nickname_the_article_uses_alone_joins_the_names_around_it() -> None:
    # BBC sport/100: "Ahmed 'Mido' Hossam" was three people, "Ahmed", "Mido" and "Hossam"
    a = tag_texts(
        ["Nadim apologises", "Karim 'Nadim' Sharaf has made another apology to his team.", 'Nadim said: "I am sorry."'],
        title=True,
    )
    assert a.paragraphs[1].people == ["Karim 'Nadim' Sharaf"]
    assert a.paragraphs[2].people == ["Karim 'Nadim' Sharaf"]  # the nickname alone: the same man
    # never used alone: no evidence that the quoted word is what he is called (GUM's gold has
    # 'Finley "Finn" Polmar' as "Finley")
    b = tag_texts(["Karim 'Nadim' Sharaf has made another apology to his team."])
    assert b.paragraphs[0].people != ["Karim 'Nadim' Sharaf"]


def test_a_common_word_starting_a_sentence_before_a_surname_of_the_article_is_no_organization() -> None:
    # BBC sport/341: "Centre Parker has only a slim chance" (a rugby position) was an organization
    a = tag_texts(
        [
            "Wales will be without Sonny Parker for the game, the coach said on Monday.",
            'Centre Parker has only a "slim chance" of being involved against the Scots.',
        ]
    )
    assert a.paragraphs[1].people == ["Sonny Parker"] and a.paragraphs[1].orgs == []


def test_an_initial_before_a_surname_is_not_dropped_as_a_common_word() -> None:
    # "S Jones" in a Wales line-up (typed an organization, as on main) is not "Jones", which
    # beside "Stephen Jones" would link by its surname alone; by its initial it is Stephen Jones
    # (entities._initials_fit: session 42), and "A Jones" is not
    a = tag_texts(
        [
            "Stephen Jones kicked three penalties for Wales in Cardiff on Saturday.",
            "Wales: G Thomas; T Shanklin, G Henson; S Jones, D Peel; G Jenkins, R Sidoli; A Jones.",
        ]
    )
    assert "Jones" not in a.paragraphs[1].people
    assert {"Stephen Jones", "A Jones"} <= set(a.paragraphs[1].people)

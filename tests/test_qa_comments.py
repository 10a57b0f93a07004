"""A Q&A page's or a blog's comments in a plain-text dump: signed at their end after a dash with their poster
and time (Stack Exchange, every language: "... – kbrennan Jan 8 at 10:02"), or over their stamp
("commented May 26 by NAME (210 points)", Question2Answer), or a blog's set as handle, text and
relative time ("id:NAME", ..., "4日前", Hatena Blog): chrome, while the question and the answers
stay (trials 26 and 27 indexed them). A quote attributed after a dash with no time, and
an article's sentence with a dash, stay. Pages of our own."""

from __future__ import annotations

import pytest

from indexer.models import BODY, BOILERPLATE, LEAD
from indexer.segment import head, patterns, textblocks
from tests.helpers import FOOTER, MENU, PROSE, kind_and_reason as kind_of, parse_blocks as parse

HEADLINE = "Why does my bathroom extractor fan drip water in winter?"
QUESTION = (
    "We live in a 1970s bungalow and had a new extractor fan fitted last spring. Since the cold weather "
    "started, water drips out of the fan grille after every shower, sometimes a cupful in an evening."
)
ANSWER = (
    "It's almost certainly condensation, not a roof leak. Warm, saturated air from the shower meets the "
    "cold duct in the loft, the moisture condenses and runs back down to the fan."
)


@pytest.mark.parametrize(
    "comments",
    [
        "Does the fan run for a while after the shower, or do you switch it off as soon as you leave? –\n"
        "Harlan Fisk\nJan 8 at 9:15\n"
        "@HarlanFisk it's on a plain switch, so usually it goes off when the light does. – kbrennan Jan 8 at 10:02",
        "Insulated flex plus a humidity switch fixed exactly this problem in our house. – Orla Quinn Mar 14, 2021 at 8:44",
        "Benutzt ihr Leitungswasser oder gefiltertes Wasser? – putzteufel 14. März 2022 um 10:02",
        "Quelle farine utilisez-vous ? La farine de seigle change tout. – mitron 14 mars 2021 à 10:02",
        "Thanks, the humidity switch did the trick after two nights. – kbrennan 2 hours ago",
        # Question2Answer: the comment over its stamp, the next answer's stamp under it
        "Rubber band trick worked perfectly, they moved the comb within six days. Thank you!\n"
        "commented May 26 by greenacre_tom (210 points)\n+2 votes\nanswered May 19 by hillside_apiary (940 points)",
    ],
)
def test_a_qa_posts_signed_comments_are_chrome(comments: str) -> None:
    art = parse(HEADLINE, MENU, HEADLINE, QUESTION, *PROSE, "2 Answers", ANSWER, comments, "Add a comment", FOOTER)
    assert kind_of(art, comments[:25]) == (BOILERPLATE, patterns.SIGNED_COMMENT_REASON)
    assert kind_of(art, QUESTION[:25])[0] == BODY
    assert kind_of(art, ANSWER[:25])[0] == BODY


def test_a_comment_over_its_stamp_in_a_block_of_its_own_is_chrome() -> None:
    comment = "Rubber band trick worked perfectly, they moved the comb within six days. Thank you!"
    art = parse(
        HEADLINE, MENU, HEADLINE, QUESTION, ANSWER, comment, "commented May 26 by greenacre_tom (210 points)", *PROSE
    )
    assert kind_of(art, comment[:25]) == (BOILERPLATE, patterns.SIGNED_COMMENT_REASON)
    assert kind_of(art, ANSWER[:25])[0] == BODY


@pytest.mark.parametrize(
    "text",
    [
        "“Success is not final, failure is not fatal: it is the courage to continue that counts.” – Winston Churchill",
        "The council met on Jan 8 – the first time since the flood – and voted to build new barriers at 10:02.",
        "Officials said the repairs – which began on Monday – would take at least three weeks to finish.",
    ],
)
def test_a_quote_or_a_sentence_with_a_dash_is_no_signed_comment(text: str) -> None:
    assert not textblocks._signed_comments(head._measured(text))


def test_a_blogs_comments_as_handle_text_and_time_are_chrome() -> None:
    # trial 26: Hatena Blog prints each comment as "id:NAME", its text, "4日前"; no thread header
    post = [
        "琵琶湖の東側を一泊二日でのんびり走ってきました。初日は長浜から彦根を経由して近江八幡まで、向かい風の中を七十キロほど走りました。",
        "二日目は湖東の田園地帯を抜けて大津まで戻りました。途中のメタセコイア並木は紅葉が始まっていて、思わず何度も自転車を止めました。",
    ]
    comments = [
        "id:rinrin_tabi",
        "メタセコイア並木、寄り道したくなる気持ちよくわかります！私も去年行って一時間くらい写真撮ってました",
        "4日前",
        "id:kazemachi_pedal ブログ主",
        "rinrin_tabiさん、コメントありがとうございます。次は新緑の時期にも行ってみたいです。",
        "3日前",
    ]
    art = parse("初めてのビワイチ、1泊2日でのんびり200km走ってきた", *post, *comments, "コメントを書く")
    assert kind_of(art, comments[1][:10]) == (BOILERPLATE, patterns.SIGNED_COMMENT_REASON)
    assert all(kind_of(art, text[:10])[0] == BODY for text in post)


@pytest.mark.parametrize("line", ["4日前", "3 日前", "3天前", "5小时前", "2時間前", "3일 전", "10분 전"])
def test_a_relative_time_in_chinese_japanese_or_korean_is_a_time_line(line: str) -> None:
    assert patterns._relative_time_line(line)


def test_a_qa_pages_answers_over_their_stamps_are_text_after_the_comments() -> None:
    # trial 28: the first answer's comments opened the model's "comment thread", which took the
    # second and third answers (each over its "answered DATE NAME REP" stamp) down with it
    second = (
        "I'd add that 75% hydration is quite ambitious for a supermarket flour. Drop the water to 350 g "
        "and work your way back up once the shaping feels easy."
    )
    third = (
        "One more thing to check: how cold is your fridge really? Domestic fridges are often warmer at the "
        "front, so move the dough to the back of the bottom shelf."
    )
    art = parse(
        HEADLINE, MENU, HEADLINE, QUESTION, "Share Improve this question Follow asked Jan 14 at 19:22 fennel 213",
        "What does the dough feel like at the end of bulk? – Marguerite B. Jan 14 at 20:01", "Add a comment",
        "3 Answers", "Up vote 22 Down vote", ANSWER,
        "Share Improve this answer Follow answered Jan 14 at 21:10 Marguerite B. 18.2k",
        "This was it, thank you! – fennel Jan 16 at 08:12", "Add a comment", "Up vote 9 Down vote", second,
        "answered Jan 15 at 09:47 Oskar Dahl 6,940", "Up vote 3 Down vote", third,
        "answered Jan 19 at 17:30 cwmbran_baker 441", "Your Answer", "Post Your Answer", FOOTER,
    )  # fmt: skip
    for text in (QUESTION, ANSWER, second, third):
        assert kind_of(art, text[:30])[0] == BODY, text
    assert kind_of(art, "This was it")[0] == BOILERPLATE


def test_a_qa_pages_answers_under_the_stamps_that_head_them_are_text() -> None:
    # Question2Answer sets each answer under its vote count and its "respondida ... por NAME"
    # stamp; trial 29: its last answer, under the comments of the one before, went with them
    headline = "¿Por qué el extractor del baño gotea agua en invierno?"
    question = (
        "Vivimos en una casa de los años setenta y el verano pasado instalamos un extractor nuevo. Desde que "
        "empezó el frío, cae agua por la rejilla después de cada ducha, a veces casi una taza por noche."
    )
    first = (
        "Casi seguro que es condensación y no una gotera. El aire caliente y húmedo de la ducha se encuentra "
        "con el conducto frío del desván, el vapor se condensa y el agua vuelve a bajar hasta el ventilador."
    )
    second = (
        "Una alternativa a largo plazo: pide al instalador que ponga un interruptor de humedad, así el "
        "ventilador sigue funcionando hasta que el baño esté seco y el conducto se caliente."
    )
    art = parse(
        headline, MENU, headline, question, "preguntada hace 3 días en Hogar por casa70 (215 puntos)",
        "¿El ventilador sigue funcionando después de la ducha?", "comentado hace 3 días por desvan_luis",
        "2 Respuestas", "14 votos", "respondida hace 3 días por desvan_luis (8.940 puntos) Mejor respuesta", first,
        "¡Era exactamente eso! El conducto estaba desnudo en el desván. ¡Gracias!", "comentado hace 2 días por casa70",
        "Buena explicación. Yo añadiría que conviene revisar también la pendiente del conducto hacia fuera.",
        "comentado hace 2 días por pgarrido", "1 voto", "respondida hace 1 día por rvidal (640 puntos)", second,
        "Tu respuesta", "Por favor, inicia sesión o regístrate para responder a esta pregunta.", FOOTER,
    )  # fmt: skip
    for text in (question, first, second):
        assert kind_of(art, text[:30])[0] == BODY, text
    assert kind_of(art, "Buena explicación")[0] == BOILERPLATE


def test_a_best_answers_stamp_under_its_label_and_its_list_are_the_answers() -> None:
    # Question2Answer's best answer: "7 votos" / "Melhor resposta" / "respondida DATE por NAME" in
    # one block (the stamp on its own line), then a sentence ending in a colon over a list of
    # steps; a comment under the answer stands over its own stamp (trial 38, written blind)
    headline = "Folhas do limoeiro enrolando e caindo, o que fazer?"
    question = (
        "Tenho um limoeiro em vaso grande na varanda há dois anos. Neste inverno as folhas começaram a "
        "enrolar e cair, primeiro as de baixo, e agora quase metade da copa está pelada."
    )
    first = "Pelo que você contou, o mais provável é excesso de água no frio, quando a planta quase não bebe."
    intro = "Limoeiro em vaso sofre muito com raiz encharcada no inverno. O que eu faria:"
    steps = (
        "Regue só quando os dois dedos de cima da terra estiverem secos.\n"
        "Tire o prato de baixo do vaso para a água não ficar parada.\n"
        "Espere a primavera para adubar de novo."
    )
    last = "Com isso ele deve rebrotar assim que esquentar."
    comment = "Obrigada! Vou tirar o prato hoje mesmo e depois conto como ficou."
    second = "Concordo com o seu Tonico. Só acrescento: confira se os furos do vaso não estão entupidos."
    art = parse(
        headline, MENU, headline, question, "4 votos perguntada 3 Set 2014 em Frutíferas por JulianaSP (215 pontos)",
        "2 Respostas", "7 votos\nMelhor resposta\nrespondida 4 Set 2014 por SeuTonico (3.480 pontos)",
        first, intro, steps, last, comment, "comentou 4 Set 2014 por JulianaSP (215 pontos)",
        "2 votos\nrespondida 5 Set 2014 por Mariana_agro (1.126 pontos)", second,
        "Por favor, entre ou cadastre-se para responder esta pergunta.", FOOTER,
    )  # fmt: skip
    assert kind_of(art, question[:30])[0] in (BODY, LEAD)  # (the question under its headline reads as its lead)
    for text in (first, intro, steps, last, second):
        assert kind_of(art, text[:30])[0] == BODY, text
    assert kind_of(art, comment[:20])[0] == BOILERPLATE

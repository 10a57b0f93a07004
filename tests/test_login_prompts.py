"""A prompt to log in before posting, where a comment or answer form would be ("You must be logged
in to post a comment.", "Please log in or register to answer this question."): chrome in every
language of `chromewords.LOGIN_PROMPT`, on both paths; a story's advice to log in to a site it
names, with nothing to post, stays. Each page is our own (trial 26's Q&A page kept its prompt)."""

from __future__ import annotations

import pytest

from indexer import chromewords, segment
from indexer.models import BODY, BOILERPLATE
from indexer.segment import head, patterns, textblocks
from tests.helpers import (
    FOOTER,
    MENU,
    PROSE,
    article_html,
    html_document,
    kind_and_reason as kind_of,
    parse_blocks as parse,
)

HEADLINE = "Council approves new flood barriers"

# One prompt a language, as WordPress's comment form, Question2Answer or a forum engine words it.
PROMPTS = {
    "bg": "Трябва да влезете, за да публикувате коментар.",
    "cs": "Pro přidávání komentářů se musíte nejdříve přihlásit.",
    "da": "Du skal være logget ind for at skrive en kommentar.",
    "de": "Du musst angemeldet sein, um einen Kommentar abzugeben.",
    "el": "Πρέπει να συνδεθείτε για να σχολιάσετε.",
    "en": "Please log in or register to answer this question.",
    "es": "Lo siento, debes estar conectado para publicar un comentario.",
    "et": "Kommenteerimiseks pead olema sisse loginud.",
    "fi": "Sinun täytyy kirjautua sisään kommentoidaksesi.",
    "fr": "Vous devez vous connecter pour publier un commentaire.",
    "ga": "Caithfidh tú logáil isteach chun trácht a scríobh.",
    "hr": "Morate biti prijavljeni kako biste objavili komentar.",
    "hu": "Hozzászólás küldéséhez be kell jelentkezni.",
    "it": "Devi essere connesso per inviare un commento.",
    "lt": "Jūs turite būti prisijungęs, kad galėtumėte komentuoti.",
    "lv": "Jums jāpiesakās sistēmā, lai varētu komentēt.",
    "mt": "Trid tkun loggjat biex tikkummenta.",
    "nl": "Je moet ingelogd zijn om een reactie te plaatsen.",
    "pl": "Musisz się zalogować, aby móc dodać komentarz.",
    "pt": "Você precisa fazer o login para publicar um comentário.",
    "ro": "Trebuie să fii autentificat pentru a publica un comentariu.",
    "sk": "Pre pridávanie komentárov sa musíte prihlásiť.",
    "sl": "Za objavo komentarja se morate prijaviti.",
    "sv": "Du måste vara inloggad för att publicera en kommentar.",
    "no": "Du må være innlogget for å kommentere.",
    "tr": "Yorum yapabilmek için oturum açmalısınız.",
    "ru": "Для отправки комментария вам необходимо авторизоваться.",
    "uk": "Щоб залишити коментар, вам потрібно увійти.",
    "ar": "يجب أن تكون مسجل الدخول لتضيف تعليقاً.",
    "zh": "您必须登录才能发表评论。",
    "ja": "コメントを投稿するにはログインしてください。",
    "ko": "댓글을 달기 위해서는 로그인해야 합니다.",
    "ca": "Heu d'iniciar la sessió per a publicar un comentari.",
    "id": "Anda harus masuk untuk mengirim komentar.",
    "vi": "Bạn phải đăng nhập để gửi phản hồi.",
    "fa": "برای فرستادن دیدگاه، باید وارد شده باشید.",
    "hi": "टिप्पणी पोस्ट करने के लिए आपको लॉग इन करना होगा।",
}


def test_every_language_has_a_prompt_its_rule_finds() -> None:
    assert sorted(PROMPTS) == sorted(chromewords.LOGIN_PROMPT) == sorted(chromewords.LANGUAGES)
    missed = [lang for lang, text in PROMPTS.items() if not textblocks._is_login_prompt(head._measured(text))]
    assert missed == []


@pytest.mark.parametrize("lang", ["en", "de", "fr", "pl", "ru", "ja"])
def test_a_login_prompt_under_the_article_is_chrome(lang: str) -> None:
    prompt = PROMPTS[lang]
    art = parse(HEADLINE, MENU, HEADLINE, *PROSE, "Leave a Reply", prompt, FOOTER)
    assert kind_of(art, prompt) == (BOILERPLATE, patterns.LOGIN_PROMPT_REASON)
    assert [p.text for p in art.paragraphs if p.kind == BODY] == PROSE


def test_a_japanese_prompt_split_by_its_links_spaces_is_chrome() -> None:
    # a dump sets spaces around the link ("ログイン") that the sentence does not have
    prompt = "この質問に回答するには ログイン または 会員登録 が必要です。"
    assert textblocks._is_login_prompt(head._measured(prompt))
    assert not textblocks._is_login_prompt(head._measured("ログイン の 方法 を 解説 した 記事 です。"))


def test_a_login_prompt_in_an_html_page_is_chrome() -> None:
    body = "".join(f"<p>{p}</p>" for p in [*PROSE, PROMPTS["en"]])
    art = segment.segment(html_document(article_html(body, "Bridge to close"), "page.html"))
    assert [p.text for p in art.paragraphs if p.kind == BODY] == PROSE


@pytest.mark.parametrize(
    "prompt",
    [
        # comments kept for subscribers (trial 30's Dutch blog kept "Reageren kan alleen voor geabonneerde lezers.")
        "Reageren kan alleen voor geabonneerde lezers.",
        "Commenting is only available to subscribers.",
        "Kommentieren können nur Abonnenten.",
        # a membership asked for rather than a log-in (trial 61's Invision board kept it as text)
        "You need to be a member in order to leave a comment",
        "You must be a registered user to reply to this topic.",
    ],
)
def test_comments_for_subscribers_only_is_a_login_prompt(prompt: str) -> None:
    assert textblocks._is_login_prompt(head._measured(prompt))


@pytest.mark.parametrize(
    "advice",
    [
        # nothing to post: a story's advice to log in to a site it names
        "To claim the refund, you need to log in to the tax office's website before Friday.",
        "Чтобы получить выплату, вам нужно войти в личный кабинет на портале госуслуг.",
        "Sie müssen sich bis Freitag online anmelden, um den Zuschuss zu erhalten.",
        "Register to vote by October 5 to take part in the council election.",
        "You need to be a member of the union to vote on the pay offer next week.",
    ],
)
def test_advice_to_log_in_with_nothing_to_post_is_no_prompt(advice: str) -> None:
    assert not textblocks._is_login_prompt(head._measured(advice))

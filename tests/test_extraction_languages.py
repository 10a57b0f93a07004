"""Issue 13's kinds in other languages and scripts (pages of our own): a comment thread's
header and signatures, a teaser list's header, and prose in a script written without spaces
(indexer.segment, indexer.htmlpage)."""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer import segment
from indexer.models import BODY, BOILERPLATE, Document

# Four paragraphs of news prose and a reader's comment in each language (written for the tests).
PAGES = {
    "ru": (
        "Старый мост в порту закроют",
        [
            "Городской совет во вторник проголосовал за то, чтобы закрыть старый мост в порту на ремонт, и тысячам "
            "жителей в следующем году придётся пользоваться паромом.",
            "Инженеры сказали, что стальные опоры заржавели быстрее, чем ожидалось, и что по мосту больше нельзя "
            "пускать автобусы, говорится в докладе совета.",
            "Владельцы магазинов в старом городе попросили компенсацию, потому что закрытие моста сократит число "
            "посетителей в самое оживлённое время года.",
            "В совете сказали, что утром и вечером будут ходить дополнительные паромы и что мост должен открыться до "
            "летнего фестиваля, если работы пойдут по плану.",
        ],
        "Я считаю, что город должен был отремонтировать мост много лет назад, когда это стоило бы вдвое дешевле "
        "и заняло бы меньше времени.",
        ("3 Комментария", "пишет"),
    ),
    "ar": (
        "إغلاق جسر الميناء القديم",
        [
            "صوت مجلس المدينة يوم الثلاثاء على إغلاق جسر الميناء القديم من أجل إصلاحه، وهو قرار سيجبر آلاف الركاب "
            "على استخدام العبارات خلال معظم العام المقبل.",
            "وقال المهندسون إن الدعامات الفولاذية تآكلت أسرع مما كان متوقعا وإن الجسر لم يعد قادرا على تحمل "
            "الحافلات، بحسب تقرير نشره المجلس الشهر الماضي.",
            "وطالب أصحاب المتاجر في المدينة القديمة بتعويضات، قائلين إن الإغلاق سيقلل عدد الزوار في أكثر أوقات "
            "السنة ازدحاما.",
            "وقال المجلس إنه سيشغل عبارات إضافية في الصباح والمساء وإن الجسر يجب أن يفتح قبل مهرجان الصيف إذا "
            "سارت الأعمال وفق الخطة.",
        ],
        "أعتقد أن المدينة كان يجب أن تصلح الجسر منذ سنوات عندما كان ذلك سيكلف نصف المبلغ ويستغرق وقتا أقل بكثير.",
        ("3 تعليقات", "يقول"),
    ),
    "zh": (
        "港口旧桥将关闭维修",
        [
            "市议会周二投票决定关闭港口旧桥进行维修，这一决定将迫使数千名通勤者在明年大部分时间里改乘渡轮。",
            "工程师们说，钢制支撑的锈蚀速度比预期的要快，桥面已经无法承受公共汽车的重量。",
            "老城区的商家要求获得赔偿，他们说关闭大桥将在一年中最繁忙的时候减少游客的数量。",
            "市议会表示，将在早晚增加渡轮班次，如果工程按计划进行，大桥应在夏季节日之前重新开放。",
        ],
        "我认为市政府早在几年前就应该修桥，那时费用只有现在的一半，而且花的时间也短得多。",
        ("3 条评论", "说"),
    ),
}
TEASERS = {
    "ru": ["Читайте также", "Цены на паром вырастут весной", "Фестиваль в порту отменили второй год подряд"],
    "ar": ["اقرأ أيضا", "ارتفاع أسعار العبارات في الربيع", "إلغاء مهرجان الميناء للعام الثاني على التوالي"],
    "zh": ["相关阅读", "渡轮票价明年春天上涨", "港口音乐节连续第二年取消"],
}


def text_doc(text: str) -> Document:
    return Document(id="t", path="t.txt", content_hash="h", text=text)


def html_doc(title: str, paragraphs: list[str]) -> Document:
    """A Document as the HTML reader hands it over: the extractor's blocks and the page's title."""
    return Document(
        id="p",
        path="p.html",
        content_hash="h",
        text="\n\n".join(paragraphs),
        format="html",
        blocks=[("", p) for p in paragraphs],
        meta={"title": title},
    )


def thread(lang: str, signed_only: bool) -> list[str]:
    _, _, comment, (header, says) = PAGES[lang]
    signed = [x for k in range(3) for x in (f"Reader{k} {says}:\n12.03.2021 10:0{k}", f"{comment} ({k})")]
    return signed if signed_only else [header, *signed]


@pytest.mark.parametrize("signed_only", [False, True], ids=["header", "signatures"])
@pytest.mark.parametrize("lang", sorted(PAGES))
def test_a_comment_thread_in_another_language_is_not_article_text(lang: str, signed_only: bool) -> None:
    """Russian, Arabic and Chinese thread headers ("3 Комментария", "3 تعليقات", "3 条评论") and
    signatures ("NAME пишет:", "NAME يقول:", "NAME 说:") were not known: the comments were body."""
    title, paras, comment, _ = PAGES[lang]
    comments = thread(lang, signed_only)
    page = "\n\n".join([f"{title} - Gazette", "Home\nNews\nSport", title, *paras, *comments, "© 2022 Gazette"])
    art = segment.segment(text_doc(page))
    assert [p.text for p in art.paragraphs if p.kind == BODY] == paras
    art = segment.segment(html_doc(title, [*paras, *comments]))
    assert [p.text for p in art.paragraphs if p.kind == BODY] == paras
    assert all(p.kind == BOILERPLATE for p in art.paragraphs if comment in p.text)


@pytest.mark.parametrize("lang", sorted(TEASERS))
def test_a_teaser_list_in_another_language_is_dropped_and_the_article_goes_on(lang: str) -> None:
    """ "اقرأ أيضا" and "相关阅读" were no teaser-list header; and a Chinese paragraph counted as
    two words (one per run of letters between punctuation), so the list took in the article's
    paragraphs after it."""
    title, paras, _, _ = PAGES[lang]
    teasers = TEASERS[lang]
    art = segment.segment(html_doc(title, [*paras[:2], *teasers, *paras[2:]]))
    assert [p.text for p in art.paragraphs if p.kind == BODY] == paras
    assert all(p.kind == BOILERPLATE for p in art.paragraphs if p.text in teasers)
    # plain text, the rule pass (the block model, learned on four pages in such scripts, is
    # left out: see docs/quality.md)
    page = "\n\n".join([f"{title} - Gazette", "Home\nNews\nSport", title, *paras[:2], *teasers, *paras[2:]])
    art = segment.segment(text_doc(page), model=None)
    assert [p.text for p in art.paragraphs if p.kind == BODY] == paras
    assert [p.reason[:11] for p in art.paragraphs if p.text in teasers] == ["teaser list"] * len(teasers)


def test_words_of_a_script_written_without_spaces_are_counted_by_its_letters() -> None:
    block = segment.split_blocks(PAGES["zh"][1][0])[0]
    segment.textblocks._measure(block)
    assert block.words == 22  # runs of 19 and 26 letters: about two letters a word (9 + 13), not 2
    latin = segment.split_blocks("Bridge to close on Tuesday")[0]
    segment.textblocks._measure(latin)
    assert latin.words == 5


# --------------------------------------------------------------------------------------------
# Bad input in a folder (issue 13): honest results, never a crash, the rest still indexed
# --------------------------------------------------------------------------------------------


def _page(title: str, body: str) -> str:
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title}</title></head><body>"
        f"<nav><a href='/'>Home</a> <a href='/n'>News</a></nav>{body}<footer><p>© 2022</p></footer></body></html>"
    )


def test_a_folder_of_bad_pages_and_a_good_one_is_built_and_searched(tmp_path: Path) -> None:
    """All comments, no article, and prose in scripts the stop lists do not cover (Amharic,
    Khmer; tests/test_sniff.py's pages), each as plain text and HTML, beside a good article:
    `indexer build` exits 0, says which pages gave no article text, and indexes the rest."""
    from tests.conftest import invoke
    from tests.helpers import PROSE
    from tests.test_sniff import script_paragraphs

    pytest.importorskip("trafilatura")
    folder = tmp_path / "pages"
    folder.mkdir()
    comments = thread("ru", signed_only=False) + thread("zh", signed_only=True)
    (folder / "comments.txt").write_text("\n\n".join(["Comments", "Home\nNews", *comments]), encoding="utf-8")
    (folder / "comments.html").write_text(_page("Comments", "".join(f"<p>{c}</p>" for c in comments)), "utf-8")
    menus = ["Home\nNews\nSport\nWeather", "Most read\nBridge to close\nFerry fares rise", "Follow us on Twitter"]
    (folder / "menus.txt").write_text("\n\n".join(["Gazette", *menus, "© 2022 Gazette"]), encoding="utf-8")
    links = "".join(f"<li><a href='/a{k}'>Story number {k} about the harbour</a></li>" for k in range(40))
    (folder / "menus.html").write_text(_page("Gazette", f"<ul>{links}</ul>"), encoding="utf-8")
    for lang in ("am", "km"):
        title, paras = script_paragraphs(lang)
        (folder / f"{lang}.txt").write_text("\n\n".join([title, "Home\nNews", *paras]), encoding="utf-8")
        (folder / f"{lang}.html").write_text(_page(title, "".join(f"<p>{p}</p>" for p in paras)), "utf-8")
    (folder / "good.txt").write_text("\n\n".join(["Bridge to close", *PROSE]), encoding="utf-8")
    index = str(tmp_path / "ix")
    code, out, err = invoke("build", str(folder), "--index", index, "--no-entities", "--verbose")
    assert code == 0, err
    assert "Traceback" not in out + err
    for name in ("comments.txt", "comments.html", "menus.txt", "menus.html"):
        assert any(name in line and "no article text" in line for line in err.splitlines()), name
    assert not any(f"{lang}.{ext}:" in err for lang in ("am", "km") for ext in ("txt", "html"))
    code, out, _ = invoke("search", "commuters", "--index", index, "--json")
    assert code == 0 and "good.txt" in out
    amharic_word = script_paragraphs("am")[1][0].split()[2]
    code, out, _ = invoke("search", amharic_word, "--index", index, "--json")
    assert code == 0 and "am.txt" in out and "am.html" in out

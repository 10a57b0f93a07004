"""An Arabic NGO page's chrome after its report (trial 31): a "related publications" list ("منشورات
ذات صلة": Arabic's "related X" for more nouns than news and topics), whose first headline asks a
question with the Arabic question mark (read as a sentence of prose, it ended the list), and an
"About the Observatory" box ("عن المرصد") whose text opens with the name in a construct, without
the article ("مرصد المياه الريفية منظمة ..."). Pages of our own."""

from __future__ import annotations

from indexer import chromewords
from indexer.models import BODY, QUESTION_MARKS
from indexer.segment.patterns import _TEASER_START
from tests.helpers import FOOTER, MENU, parse_blocks

TITLE = "تقرير: المياه في القرى الجبلية بين الصهاريج والآبار"
REPORT = [
    "يرصد التقرير الجديد أوضاع المياه في أربعين قرية جبلية خلال صيف العام الماضي، حين انقطعت الشبكة العامة "
    "لأسابيع متتالية واضطرت الأسر إلى شراء مياه الصهاريج بأسعار مرتفعة.",
    "وجد الباحثون أن الأسرة الريفية أنفقت في المتوسط خمس دخلها الشهري على المياه، وأن الأسر التي تملك خزانات "
    "أكبر دفعت أقل لكل متر مكعب.",
    "ويوصي التقرير البلديات بإصلاح الشبكات القديمة وبتنظيم أسعار الصهاريج في أشهر الصيف.",
]
RELATED = [
    "منشورات ذات صلة",
    "ورقة سياسات: كيف تُسعَّر مياه الصهاريج؟",
    "تحلل الورقة سلسلة توريد مياه الصهاريج من البئر إلى المنزل وتقترح سقفاً للأسعار.",
    "دليل عملي لحصاد مياه الأمطار في المنازل الريفية",
    "دليل مصوّر بخطوات بسيطة لتركيب نظام لجمع مياه الأمطار وتخزينها.",
]
ABOUT = [
    "عن المرصد",
    "مرصد المياه الريفية منظمة غير حكومية مستقلة تأسست عام 2016 وتعمل على جمع البيانات عن المياه في الريف "
    "والدفاع عن حق الجميع في مياه آمنة.",
]


def test_related_publications_head_a_teaser_list() -> None:
    assert _TEASER_START.match("منشورات ذات صلة") and _TEASER_START.match("مقالات ذات صلة")
    assert "كيف تُسعَّر مياه الصهاريج؟".endswith(QUESTION_MARKS)
    body = [p.text for p in parse_blocks(MENU, TITLE, *REPORT, *RELATED, FOOTER).paragraphs if p.kind == BODY]
    assert body == REPORT


def test_an_about_box_names_its_body_with_the_article() -> None:
    assert chromewords.opens_with_name(ABOUT[1], chromewords.about_named(ABOUT[0]))
    body = [p.text for p in parse_blocks(MENU, TITLE, *REPORT, *ABOUT, FOOTER).paragraphs if p.kind == BODY]
    assert body == REPORT

"""A Chinese news page's tail as a text dump has it: the editor's sign-off ("（责任编辑：陈静）")
and a read-also list ("相关阅读：" over other stories' headlines). Trial 9: once the page's head was
read right, both were kept as the article's text, the list as "a list under a heading of the
article's text"."""

from __future__ import annotations

from indexer.models import BOILERPLATE, BODY

from tests.helpers import kind_and_reason, parse_blocks

MENU = "首页 | 新闻 | 财经 | 科技 | 体育 | 娱乐 | 视频 | 图片\n当前位置：首页 > 财经 > 产经"
HEAD = "长江流域遭遇六十年来最严重干旱 水电站发电量大幅下降\n2025-08-16 09:12 来源：华中日报 作者：李晓梅 张伟"
TEXT = (
    "【华中日报武汉8月16日电】记者从长江水利委员会获悉，今年7月以来，长江流域降水量较常年同期偏少四成以上，干流水位为有记录以来同期最低。",
    "受干旱影响，四川、重庆等地的水电站发电量大幅下降。四川省能源局表示，全省水电日发电量较去年同期减少约一半，部分工业企业已被要求错峰用电。",
    "国家气候中心首席专家说：“这次高温干旱持续时间长、范围广、强度大，综合强度已超过往年。”他预计，下旬长江中下游地区仍将以晴热天气为主。",
)
SIGN_OFF = "（责任编辑：陈静）"
READ_ALSO = "相关阅读：\n·四川启动电力保供应急预案\n·气象台发布高温红色预警\n·三峡水库加大下泄流量缓解旱情"
FOOTER = "分享到：微信 微博 QQ空间\n版权所有 华中日报社 未经授权禁止转载"


def test_a_chinese_pages_sign_off_and_read_also_list_are_not_its_text() -> None:
    art = parse_blocks(MENU, HEAD, *TEXT, SIGN_OFF, READ_ALSO, FOOTER)
    assert art.title == HEAD.split("\n")[0]
    assert [p.text for p in art.paragraphs if p.kind == BODY] == list(TEXT)
    assert kind_and_reason(art, SIGN_OFF) == (BOILERPLATE, "reporting credit")
    assert kind_and_reason(art, "相关阅读")[0] == BOILERPLATE

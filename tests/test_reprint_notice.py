"""A Chinese portal's notice on the agency copy it reprints ("声明：本文为转载内容，转载目的在于传递
更多信息，并不代表本网赞同其观点...", with or without its label) is the portal's, not the story's:
trial 29's syndicated wire story kept it as its last paragraph. A story that reports on reprints
keeps its words. Pages of our own."""

from __future__ import annotations

import pytest

from indexer.models import BODY, BOILERPLATE
from tests.helpers import kind_and_reason as kind_of, parse_blocks as parse

HEADLINE = "江北新区首条跨江有轨电车线路年底试运行"
MENU = "首页\n新闻\n财经\n科技\n体育\n娱乐\n汽车\n房产"
PROSE = [
    "记者从江北新区建设局获悉，连接老城区与新区商务中心的首条跨江有轨电车线路已完成全部轨道铺设，预计年底开始试运行。",
    "这条线路全长十四点六公里，共设十八座车站，其中跨江段利用既有公路桥的预留空间，无需新建桥梁，节省投资约三亿元。",
    "建设局负责人表示，试运行期间将重点检验信号系统和供电系统的稳定性，正式运营时间将根据测试结果另行公布。",
    "沿线居民对新线路期待已久。家住滨江花园的退休教师王女士说，以后去老城区看望女儿，单程可以节省将近四十分钟。",
]
FOOTER = "关于我们 | 联系我们 | 广告服务 | 网站地图\n© 2024 江北在线 版权所有"


@pytest.mark.parametrize(
    "notice",
    [
        "声明：本文为转载内容，转载目的在于传递更多信息，并不代表本网赞同其观点和对其真实性负责。如涉及作品内容、版权和其它问题，请在30日内与本网联系。",
        "本文系转载，不代表本站立场。如有侵权，请联系我们删除。",
        "免责声明：本站部分内容来自网络，仅供读者参考，不构成任何建议。",
    ],
)
def test_a_portals_reprint_notice_is_chrome(notice: str) -> None:
    art = parse(HEADLINE, MENU, HEADLINE, *PROSE, notice, FOOTER)
    assert kind_of(art, notice[:8])[0] == BOILERPLATE
    assert [p.text for p in art.paragraphs if p.kind == BODY] == PROSE


def test_a_story_about_reprints_keeps_its_words() -> None:
    line = "这篇报道发表后，多家媒体转载了相关内容，网友纷纷留言，希望有关部门尽快公布详细的票价方案。"
    art = parse(HEADLINE, MENU, HEADLINE, *PROSE[:2], line, *PROSE[2:], FOOTER)
    assert kind_of(art, line[:8])[0] == BODY

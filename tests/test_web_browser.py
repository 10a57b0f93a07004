"""`indexer serve` in a real browser (issue 18): headless Chromium from the system's packages,
driven by Playwright, against the app served by waitress on 127.0.0.1. What a person does:
type a query, click a facet, remove its chip, page, open an article; plus an axe-core check
(no serious or critical violations), a phone-sized screen, the keyboard alone, and the XSS
article (nothing runs). `.ci/run` installs Chromium; without it these tests skip, saying why."""

from __future__ import annotations

import re
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest

from tests.test_web import tagged_index, xss_index  # noqa: F401 (fixtures, built once per session)

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
# Without the background-networking flags Chromium keeps calling Google's hosts, which this
# closed network refuses many at a time.
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

sync_api = pytest.importorskip("playwright.sync_api", reason="needs the playwright package (test extra)")
if not Path(CHROMIUM).exists():
    pytest.skip(
        f"needs Debian's chromium at {CHROMIUM} (.ci/run installs it: apt-get install chromium)",
        allow_module_level=True,
    )


def _serve(index: Path) -> Iterator[str]:
    from waitress.server import create_server

    from indexer.cli import _message
    from indexer.web import create_app

    server = create_server(create_app(index, message=_message), host="127.0.0.1", port=0, threads=2)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.effective_port}"
    finally:
        server.close()


@pytest.fixture(scope="module")
def base_url(tagged_index: Path) -> Iterator[str]:  # noqa: F811
    yield from _serve(tagged_index)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    with sync_api.sync_playwright() as p:
        try:
            chromium = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        except Exception as exc:  # a Chromium that cannot start here: say so, do not fail the suite
            pytest.skip(f"Chromium at {CHROMIUM} did not start: {str(exc).splitlines()[0]}")
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):  # type: ignore[no-untyped-def]
    context = browser.new_context(viewport={"width": 1100, "height": 800})
    page = context.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.dialogs = dialogs
    yield page
    context.close()


def serious_violations(page) -> list[str]:  # type: ignore[no-untyped-def]
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page)
    return [
        f"{v['id']} ({v['impact']}): {v['help']}"
        for v in results.response["violations"]
        if v["impact"] in ("serious", "critical")
    ]


def test_search_facet_chip_paging_and_article(page, base_url: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(base_url + "/")
    page.fill("#q", "uyghur")
    page.press("#q", "Enter")
    summary = page.locator("#summary")
    assert re.match(r"1–10 of \d+ paragraphs", summary.inner_text())
    assert page.locator("li.hit").count() == 10 and page.locator("li.hit mark").count() >= 10
    assert serious_violations(page) == []

    place = page.locator("aside.facets a", has_text="Xinjiang").first
    shown = int(place.locator("xpath=following-sibling::span[1]").inner_text().replace(",", ""))
    place.click()
    assert "place=%3DXinjiang" in page.url  # the name itself, as the facet counted it
    chip = page.locator("a.chip", has_text="place: =Xinjiang")
    assert chip.is_visible()
    filtered = int(re.search(r"of (\d+)", summary.inner_text()).group(1))
    assert filtered == shown
    chip.click()
    assert "place=" not in page.url and page.locator("a.chip").count() == 0
    total = int(re.search(r"of (\d+)", summary.inner_text()).group(1))
    assert filtered < total

    page.click("a[rel=next]")
    assert summary.inner_text().startswith("11–")
    first = page.locator("li.hit h2 a").first
    anchor = first.get_attribute("href").split("#")[1]
    first.click()
    assert page.url.endswith("#" + anchor)
    target = page.locator(f"#{anchor}")
    sync_api.expect(target).to_be_in_viewport()  # scrolled to the hit (waits for the scroll)
    assert page.evaluate("window.scrollY") > 0
    assert page.locator(".ent").count() > 4 and page.locator("section.quoted li").count() >= 1
    assert serious_violations(page) == []
    assert page.dialogs == []


def test_keyboard_alone_and_a_phone_screen(browser, base_url: str) -> None:  # type: ignore[no-untyped-def]
    context = browser.new_context(viewport={"width": 375, "height": 667}, is_mobile=True)
    page = context.new_page()
    page.goto(base_url + "/")
    page.keyboard.press("Tab")  # the skip link, then the home link, then the search box
    assert page.evaluate("document.activeElement.className") == "skip"
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "q"
    page.keyboard.type("forced labor")
    page.keyboard.press("Enter")
    page.wait_for_selector("li.hit")
    assert page.locator("li.hit").count() == 4
    focused_outline = page.evaluate(
        "() => { const a = document.querySelector('li.hit h2 a'); a.focus(); return getComputedStyle(a).outlineStyle; }"
    )
    assert focused_outline not in ("none", "")  # the focus is visible
    assert page.evaluate("document.documentElement.scrollWidth") <= 375  # no sideways scrolling
    assert serious_violations(page) == []
    context.close()


def test_nothing_in_the_xss_article_runs(browser, xss_index: Path) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    for url in _serve(xss_index):
        # The CSP would block inline script anyway: bypass it, so escaping alone is what is tested.
        context = browser.new_context(bypass_csp=True)
        page = context.new_page()
        dialogs: list[str] = []
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.goto(url + "/?q=harbours")
        assert page.locator("li.hit").count() == 3
        for link in page.locator("a").all():
            assert not (link.get_attribute("href") or "").lower().startswith("javascript:")
        page.hover("li.hit h2 a")  # the title's onmouseover, had it become an attribute
        article_id = page.locator("li.hit h2 a").first.get_attribute("href").split("#")[0]
        page.goto(url + article_id)
        assert page.locator("h1").inner_text().startswith('Evil "title" <script>alert(1)</script>')
        for visited in (url + "/?q=harbours", url + "/articles/" + quote('evil"<script>.txt')):
            page.goto(visited)
            assert page.locator("script, img, b, [onerror], [onmouseover], [onfocus]").count() == 0
            assert "pwned" not in page.title()
        assert dialogs == []
        context.close()

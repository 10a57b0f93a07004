"""The README's pictures of `indexer serve`: the result page and the article page, taken by
headless Chromium (Debian's, driven by Playwright) from a server on 127.0.0.1.

    indexer build && python bench/web_screenshots.py --index .indexer --query "forced labor"

Writes docs/serve-results.png and docs/serve-article.png (1100 px wide) and a phone-sized
docs/serve-phone.png (375 px).
"""

from __future__ import annotations

import argparse
import threading
from pathlib import Path

ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
DOCS = Path(__file__).resolve().parents[1] / "docs"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--index", default=".indexer")
    parser.add_argument("--query", default="forced labor")
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    args = parser.parse_args()

    from playwright.sync_api import sync_playwright
    from waitress.server import create_server

    from indexer.cli import _message
    from indexer.web import create_app

    server = create_server(create_app(args.index, message=_message), host="127.0.0.1", port=0)
    threading.Thread(target=server.run, daemon=True).start()
    url = f"http://127.0.0.1:{server.effective_port}"
    DOCS.mkdir(exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=args.chromium, args=ARGS)
        page = browser.new_page(viewport={"width": 1100, "height": 900})
        page.goto(url + "/?q=" + args.query.replace(" ", "+"))
        page.screenshot(path=str(DOCS / "serve-results.png"))
        page.click("li.hit h2 a")
        page.wait_for_load_state("load")
        page.screenshot(path=str(DOCS / "serve-article.png"))
        phone = browser.new_page(viewport={"width": 375, "height": 740}, is_mobile=True)
        phone.goto(url + "/?q=" + args.query.replace(" ", "+"))
        phone.screenshot(path=str(DOCS / "serve-phone.png"))
        browser.close()
    server.close()
    print(f"wrote {DOCS / 'serve-results.png'}, serve-article.png, serve-phone.png")


if __name__ == "__main__":
    main()

"""Text, JSON and JSONL output of results and parsed articles. Knows nothing of Whoosh."""

from __future__ import annotations

import json
import shutil
import textwrap
from collections.abc import Iterable
from dataclasses import asdict
from typing import Any

from .models import ENTITY_FIELDS, Article, Hit, SearchResult
from .search import mark

SCHEMA_VERSION = 1

# ANSI styles; used only when the CLI decided colour is on.
BOLD, RESET = "\x1b[1m", "\x1b[0m"
MATCH = "\x1b[1;31m"
DIM = "\x1b[2m"
HEADER = "\x1b[35m"
KIND = "\x1b[36m"


def dumps(data: Any, pretty: bool = False) -> str:
    if pretty:
        return json.dumps(data, ensure_ascii=False, indent=2)
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def hit_to_json(hit: Hit) -> dict[str, Any]:
    data = asdict(hit)
    data["matches"] = [list(m) for m in hit.matches]
    data["fragment"] = list(hit.fragment)
    return data


def result_to_json(result: SearchResult) -> dict[str, Any]:
    return {
        "schema_version": SCHEMA_VERSION,
        "query": result.query,
        "total": result.total,
        "offset": result.offset,
        "limit": result.limit,
        "next_offset": result.next_offset,
        "hits": [hit_to_json(h) for h in result.hits],
    }


def error_to_json(message: str, kind: str) -> dict[str, Any]:
    return {"schema_version": SCHEMA_VERSION, "error": {"type": kind, "message": message}}


def article_to_json(article: Article) -> dict[str, Any]:
    return {
        "schema_version": SCHEMA_VERSION,
        "article": {
            "id": article.id,
            "path": article.path,
            "title": article.title,
            "byline": article.byline,
            "dateline": article.dateline,
            "published": article.published,
            "content_hash": article.content_hash,
        },
        "paragraphs": [
            {
                "paragraph": p.paragraph,
                "kind": p.kind,
                "reason": p.reason,
                "indexed": p.indexed,
                "section": p.section,
                "text": p.text,
                **{name: list(getattr(p, name)) for name in ENTITY_FIELDS},
            }
            for p in article.paragraphs
        ],
        "warnings": list(article.warnings),
    }


class TextRenderer:
    """Human-readable output, ripgrep-like: a header line per hit, then its snippet."""

    def __init__(self, color: bool = False, bold_only: bool = False, width: int | None = None) -> None:
        self.color = color or bold_only
        self.bold_only = bold_only
        self.width = width or min(shutil.get_terminal_size((100, 24)).columns, 120)

    def _style(self, text: str, style: str) -> str:
        if not self.color or not text:
            return text
        if self.bold_only:
            style = BOLD if style in (MATCH, HEADER) else ""
            if not style:
                return text
        return f"{style}{text}{RESET}"

    def hit(self, hit: Hit, full: bool = False) -> str:
        where = f"{hit.article_id}:{hit.paragraph}"
        meta = [hit.kind]
        if hit.section:
            meta.append(f"§ {hit.section}")
        header = f"{self._style(where, HEADER)} {self._style(' · '.join(meta), KIND)}"
        title = self._style(hit.title, DIM) if hit.title and hit.kind != "title" else ""
        fragment = (0, len(hit.text)) if full else hit.fragment
        if self.color:
            open_mark = MATCH if not self.bold_only else BOLD
            body = mark(hit.text, fragment, hit.matches, open_mark, RESET)
        else:
            body = mark(hit.text, fragment, hit.matches, "", "")
        lines = [header]
        if title:
            lines.append(f"  {title}")
        lines.extend(textwrap.wrap(body, self.width - 2, initial_indent="  ", subsequent_indent="  ",
                                   break_on_hyphens=False) or ["  "])
        tags = self.tags(hit)
        if tags:
            lines.append(self._style(f"  {tags}", DIM))
        return "\n".join(lines)

    @staticmethod
    def tags(item: Any) -> str:
        parts = []
        for name in ENTITY_FIELDS:
            values = getattr(item, name)
            if values:
                parts.append(f"{name}: {', '.join(values)}")
        return " | ".join(parts)

    def result(self, result: SearchResult, full: bool = False) -> Iterable[str]:
        for i, hit in enumerate(result.hits):
            yield ("\n" if i else "") + self.hit(hit, full)

    def article(self, article: Article) -> Iterable[str]:
        head = [f"{self._style(article.id, HEADER)}  ({article.path})"]
        for label, value in (("title", article.title), ("byline", article.byline),
                             ("dateline", article.dateline), ("published", article.published)):
            if value:
                head.append(f"  {label}: {value}")
        yield "\n".join(head)
        for p in article.paragraphs:
            mark_indexed = " " if p.indexed else "-"
            kind = self._style(f"{p.kind:<11}", KIND)
            text = p.text.replace("\n", " ")
            room = max(20, self.width - 18)
            short = text if len(text) <= room else text[: room - 1] + "…"
            line = f"{mark_indexed}{p.paragraph:>4} {kind} {short}"
            extra = []
            if p.reason:
                extra.append(f"why: {p.reason}")
            if p.section and p.indexed:
                extra.append(f"§ {p.section}")
            tags = self.tags(p)
            if tags:
                extra.append(tags)
            if extra:
                line += "\n" + self._style("                 " + " | ".join(extra), DIM)
            yield line

"""The wrapper a plain-text article came in, taken off before segmentation, its metadata kept.

Four wrappers, each at the top of the file and each no text of the article:

- front matter (`front_matter`): a Hugo or Jekyll post's `---` YAML or `+++` TOML block; its
  `title`, `date` and `author(s)` are the article's headline, date and byline. The title is put
  back as the file's `# Title` line (unless the post opens with one), so the segmenter reads it
  as the headline it renders as;
- an e-mail forward (`email_envelope`): the mail program's marker ("Begin forwarded message:",
  "---------- Forwarded message ---------", "-----Original Message-----", localised), the
  header block ("From:", "Date:", "Subject:"...) and the forwarder's note above the article;
  "Sent from my iPhone" lines; the Subject is a title to fall back on, the Date a published date;
- a web archive's toolbar (`archive_toolbar`): the Wayback Machine's "The Wayback Machine -
  https://web.archive.org/web/2021.../https://..." line and the capture box under it (captures,
  calendar, "About this capture" ... "TIMESTAMPS"); the archived address is the page's URL;
- a header of "Key: value" fields (`field_header`): a feed item saved as text ("Title:",
  "Link:", "Author:", "Published:" with an RFC 822 date), a CMS export's or a draft's fields, in
  ten languages; its title, author, date and link are the article's.

`unwrap` applies all four and returns the text and a meta dict with the keys `segment` reads
(`title`, `author`, `date` as 'YYYY-MM-DD', `sent` as 'YYYY-MM-DD', `url`). Stdlib and pubdate only.
"""

from __future__ import annotations

import re
import tomllib

from . import pubdate

# How far into a file a wrapper is looked for: its lines come first, a forward's note is short.
HEAD_LINES = 80

_ISO_DATE = re.compile(r"^\s*['\"]?(\d{4})-(\d{2})-(\d{2})")


def _date(value: str) -> str:
    """'YYYY-MM-DD' of a front-matter or header date ("2026-03-02T07:30:00+01:00", "Thu, 9 Jul
    2026 at 08:14", "9. Juli 2026"), '' when it holds none."""
    m = _ISO_DATE.match(value)
    if m and 1 <= int(m.group(2)) <= 12 and 1 <= int(m.group(3)) <= 31:
        return f"{m.group(1)}-{m.group(2)}-{m.group(3)}"
    # else another language's or figures, else English ("Tuesday, April 14, 2026 9:12 AM":
    # Outlook's; "3 March 2026"), as segment reads a date line's
    return pubdate.find_date(value) or pubdate.find_english_date(value)


def unwrap(text: str) -> tuple[str, dict[str, str]]:
    """`text` without its wrappers (front matter, an e-mail forward's envelope, a web archive's
    toolbar), and the metadata they held: {"title", "author", "date", "sent", "url"}, each only
    when found. A text without any is returned unchanged with {}."""
    meta: dict[str, str] = {}
    text = front_matter(text, meta)
    text = archive_toolbar(text, meta)
    text = email_envelope(text, meta)
    text = field_header(text, meta)
    return text, meta


# ---- front matter (Hugo, Jekyll, Eleventy...: https://gohugo.io/content-management/front-matter/)

_YAML_KEY = re.compile(r"^([A-Za-z_][\w.-]*)\s*:(?:\s+(.*))?$")
_YAML_ITEM = re.compile(r"^\s*-\s+(.*)$")
_TOML_LINE = re.compile(r"^(?:[A-Za-z_][\w.-]*\s*=|\[[^\]\n]+\]\s*$|\s|#)")
_TITLE_KEYS = ("title", "headline")
_DATE_KEYS = ("date", "publishdate", "pubdate", "published", "date_published", "datepublished")
_AUTHOR_KEYS = ("author", "authors", "byline", "creator")
_MD_TITLE = re.compile(r"^#\s+\S")


def front_matter(text: str, meta: dict[str, str]) -> str:
    """`text` without a front matter block at its top ("---" YAML lines "---", or "+++" TOML
    lines "+++"), its title, date and author(s) set in `meta`; the title put back as a Markdown
    "# Title" line when the text under the block opens with none. A block whose lines are not
    all keys, list items, indented values or comments is no front matter: `text` unchanged."""
    lines = text.split("\n")
    top = next((i for i, ln in enumerate(lines[:5]) if ln.strip()), -1)
    if top < 0 or lines[top].strip() not in ("---", "+++"):
        return text
    fence = lines[top].strip()
    end = next((i for i in range(top + 1, min(len(lines), top + 200)) if lines[i].rstrip() in (fence, "...")), -1)
    if end < 0 or end == top + 1:
        return text
    block = lines[top + 1 : end]
    values = _toml_values(block) if fence == "+++" else _yaml_values(block)
    if values is None:
        return text
    found = {key: values[key] for key in values if values[key]}
    title = next((found[k] for k in _TITLE_KEYS if k in found), "")
    date = next((d for k in _DATE_KEYS if k in found and (d := _date(found[k]))), "")
    author = next((found[k] for k in _AUTHOR_KEYS if k in found), "")
    rest = "\n".join(lines[end + 1 :])
    if title:
        meta["title"] = title
        opening = next((ln for ln in lines[end + 1 :] if ln.strip()), "")
        if not _MD_TITLE.match(opening):
            rest = f"# {title}\n\n{rest}"
    if date:
        meta["date"] = date
    if author:
        meta["author"] = author
    return rest


def _unquote(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1].strip()
    return value


def _yaml_values(block: list[str]) -> dict[str, str] | None:
    """{lower-cased top-level key: its value as text} of YAML front matter lines; a list (inline
    `["a", "b"]` or `- a` items) joined with "; ", a mapping's `name:` taken (`author:\\n  name:
    X`); None when a line is neither a key, a list item, an indented line nor a comment."""
    values: dict[str, str] = {}
    key = ""
    for line in block:
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if (m := _YAML_KEY.match(line)) and not line[0].isspace():
            key, value = m.group(1).lower(), (m.group(2) or "").strip()
            if value.startswith("[") and value.endswith("]"):
                value = "; ".join(_unquote(v) for v in value[1:-1].split(",") if v.strip())
            values[key] = "" if value in ("|", ">", "|-", ">-") else _unquote(value)
        elif (item := _YAML_ITEM.match(line)) and key:
            value = _unquote(re.sub(r"^name\s*:\s*", "", item.group(1)))
            values[key] = f"{values[key]}; {value}" if values.get(key) else value
        elif line[0].isspace() and key:
            sub = _YAML_KEY.match(line.strip())
            if sub and sub.group(1).lower() in ("name", "display_name") and not values.get(key):
                values[key] = _unquote(sub.group(2) or "")
            elif not sub and not values.get(key):
                values[key] = _unquote(line)  # a folded value under "key: >"
        else:
            return None
    return values or None


def _toml_values(block: list[str]) -> dict[str, str] | None:
    """{lower-cased top-level key: its value as text} of TOML front matter (tomllib); a list
    joined with "; ", a table's `name` taken; None when the lines are no TOML."""
    if not all(_TOML_LINE.match(ln) for ln in block if ln.strip()):
        return None
    try:
        data = tomllib.loads("\n".join(block))
    except tomllib.TOMLDecodeError:
        return None

    def text(value: object) -> str:
        if isinstance(value, list):
            return "; ".join(t for v in value if (t := text(v)))
        if isinstance(value, dict):
            return text(value.get("name", ""))
        return str(value).strip()

    return {k.lower(): text(v) for k, v in data.items()} or None


# ---- a web archive's toolbar (the Wayback Machine's, as its page copies to text)

_WAYBACK = re.compile(r"^\s*The Wayback Machine\s*[-–—]\s*https?://web\.archive\.org/web/\d{4,14}\w*/(\S+)\s*$", re.I)
# The capture box's lines (web.archive.org's toolbar, 2021-2026): its last line is "TIMESTAMPS";
# a copy that lost it ends at the first line of another kind.
_TOOLBAR_END = re.compile(r"^\s*timestamps\s*$", re.I)
_TOOLBAR_LINE = re.compile(
    r"^\s*(?:internet archive|go|about this capture|collected by|https?://\S+|[\d,]+ captures?"
    r"|\d{1,2} \w{3} \d{4}\s*[-–]\s*\d{1,2} \w{3} \d{4}|(?:[A-Z]{3}\s+){2}[A-Z]{3}|[\d\s]+"
    r"|(?:organization|collection)\s*:.*)\s*$",
    re.I,
)


def archive_toolbar(text: str, meta: dict[str, str]) -> str:
    """`text` without the Wayback Machine's toolbar at its top (its "The Wayback Machine -
    https://web.archive.org/web/TIMESTAMP/URL" line and the capture box under it, through its
    "TIMESTAMPS" line), the archived page's address set as `meta["url"]`; unchanged without."""
    lines = text.split("\n")
    top = next((i for i, ln in enumerate(lines[:5]) if ln.strip()), -1)
    m = _WAYBACK.match(lines[top]) if top >= 0 else None
    if not m:
        return text
    meta["url"] = m.group(1)
    end = next((i for i in range(top + 1, min(len(lines), top + HEAD_LINES)) if _TOOLBAR_END.match(lines[i])), -1)
    if end < 0:
        end = top
        while end + 1 < len(lines) and (not lines[end + 1].strip() or _TOOLBAR_LINE.match(lines[end + 1])):
            end += 1
    return "\n".join(lines[end + 1 :])


# ---- an e-mail forward's envelope

# The line a mail program writes over a forwarded or quoted message (Apple Mail's "Begin
# forwarded message:", Gmail's "---------- Forwarded message ---------", Outlook's "-----Original
# Message-----", and their translations in the programs' own languages), dashes and colon aside.
_FORWARD_MARKER = re.compile(
    r"^[\s>-]*(?:begin forwarded message|forwarded message|original message|"
    r"weitergeleitete nachricht|ursprüngliche nachricht|anfang der weitergeleiteten nachricht|"
    r"message transféré|message d'origine|début du message réexpédié|"
    r"mensaje reenviado|mensaje original|comienzo del mensaje reenviado|"
    r"messaggio inoltrato|messaggio originale|inizio messaggio inoltrato|"
    r"mensagem encaminhada|mensagem original|início da mensagem reencaminhada|"
    r"doorgestuurd bericht|oorspronkelijk bericht|begin doorgestuurd bericht|"
    r"wiadomość przekazana dalej|oryginalna wiadomość|"
    r"пересылаемое сообщение|исходное сообщение|iletilen ileti|özgün ileti)"
    r"\s*:?[\s-]*$",
    re.I,
)
# A header line of a mail ("From: NAME <ADDRESS>", "Betreff: ..."), in the languages above.
_HEADER_NAMES = (
    "from|to|cc|bcc|date|sent|subject|reply-to|"
    "von|an|datum|gesendet|betreff|kopie|"
    "de|à|a|objet|envoyé|date|"
    "para|asunto|enviado|fecha|"
    "da|oggetto|inviato|data|"
    "assunto|enviada|"
    "van|aan|onderwerp|verzonden|"
    "od|do|temat|wysłano|"
    "от|кому|тема|дата|отправлено|"
    "kimden|kime|konu|tarih|gönderildi"
)
_HEADER = re.compile(rf"^[ \t]*(?:>[ \t]*)?(?P<name>{_HEADER_NAMES})[ \t]*:[ \t]*(?P<value>\S.*)$", re.I)
_SUBJECT_NAMES = frozenset("subject betreff objet asunto oggetto assunto onderwerp temat тема konu".split())
_DATE_NAMES = frozenset(
    "date sent datum gesendet envoyé fecha enviado data inviato enviada verzonden wysłano дата отправлено tarih gönderildi".split()
)
_FROM_NAMES = frozenset("from von de da van od от kimden".split())
# A reply or forward's subject prefixes ("Fwd:", "FW:", "RE:", "AW:", "WG:", "TR:", "RV:", "I:").
_SUBJECT_PREFIX = re.compile(r"^(?:(?:fwd?|fw|re|aw|wg|tr|rv|enc|i|r|vs|sv|doorst|antw|ynt|ilt)\s*:\s*)+", re.I)
# A phone's or mail program's signature line ("Sent from my iPhone", "Von meinem iPhone gesendet").
_SENT_FROM = re.compile(
    r"^\s*(?:sent from my|sent from outlook|get outlook for|von meinem|gesendet von|envoyé de mon|"
    r"enviado desde mi|enviado do meu|inviato da|verzonden vanaf mijn|wysłane z|отправлено с)\b.{0,40}$",
    re.I,
)


def email_envelope(text: str, meta: dict[str, str]) -> str:
    """`text` without an e-mail's envelope at its top: everything through the last forward
    marker among its first HEAD_LINES lines (`_FORWARD_MARKER`: the forward's own headers and
    the forwarder's note), and the header block under it; without a marker, a header block that
    opens the file (a From or Subject line among 2+ header lines). "Sent from my iPhone" lines go
    too. The innermost Subject (prefixes "Fwd:", "RE:" off) is `meta["title"]` unless one is set,
    its Date `meta["sent"]`. Unchanged when the file opens with no envelope."""
    lines = text.split("\n")
    head = lines[:HEAD_LINES]
    marker = max((i for i, ln in enumerate(head) if _FORWARD_MARKER.match(ln)), default=-1)
    start = next((i for i, ln in enumerate(head) if ln.strip()), -1)
    if marker < 0 and (start < 0 or not _HEADER.match(lines[start])):  # no envelope at the top
        return text
    end = _header_run_end(lines, marker + 1)
    headers = [(m.group("name").lower(), m.group("value").strip()) for ln in lines[:end] if (m := _HEADER.match(ln))]
    names = {n for n, _ in headers}
    if marker < 0 and not (len(headers) >= 2 and names & (_FROM_NAMES | _SUBJECT_NAMES)):
        return text
    subject = next((v for n, v in reversed(headers) if n in _SUBJECT_NAMES), "")
    sent = next((d for n, v in reversed(headers) if n in _DATE_NAMES and (d := _date(v))), "")
    if subject and "title" not in meta:
        meta["title"] = _SUBJECT_PREFIX.sub("", subject).strip()
    if sent:
        meta["sent"] = sent
    kept = [ln for ln in lines[end:] if not _SENT_FROM.match(ln)]
    return "\n".join(kept)


def _header_run_end(lines: list[str], first: int) -> int:
    """The index of the first line from `first` on that is neither blank nor a header line, nor
    a header's wrapped continuation (an indented line right under one)."""
    i, in_headers = first, False
    while i < len(lines):
        line = lines[i]
        if _HEADER.match(line):
            in_headers = True
        elif not line.strip():
            pass
        elif not (in_headers and line[:1].isspace()):
            break
        i += 1
    return i


# ---- a header of "Key: value" fields (a feed item saved as text, a CMS export, a draft's slug)

# The fields' names, in the languages the project indexes (English, German, French, Spanish,
# Italian, Portuguese, Dutch, Polish, Russian, Turkish): what RSS/Atom readers print over an item
# ("Title:", "Link:", "Author:", "Published:"), and newsroom and CMS exports ("Slug:", "Byline:").
_FIELD_TITLE = frozenset("title headline titel titre título titolo tytuł заголовок başlık".split())
_FIELD_AUTHOR = frozenset(
    "author authors by byline creator writer autor autoren auteur auteurs autore autori autores "
    "auteurs autorzy автор авторы yazar".split()
)
_FIELD_DATE = frozenset(
    "published date pubdate posted updated datum veröffentlicht publié fecha publicado data "
    "pubblicato gepubliceerd opublikowano дата опубликовано tarih yayınlanma".split()
)
_FIELD_LINK = frozenset("link url permalink guid lien enlace collegamento ссылка bağlantı".split())
# Fields of the header that hold no article text and give nothing the article keeps.
_FIELD_OTHER = frozenset(
    "source feed item tags tag categories category section slug desk keywords language lang id status "
    "quelle schlagwörter kategorie rubrik ressort stichwörter source catégorie catégories mots-clés rubrique "
    "fuente etiquetas categoría categorías sección fonte etichette categoria categorie sezione "
    "bron categorieën rubriek źródło kategoria kategorie tagi источник теги рубрика категория "
    "kaynak etiketler kategori".split()
)
# The fields whose value the article keeps (a header needs one), and every field a header may hold.
_FIELD_MAIN = _FIELD_TITLE | _FIELD_AUTHOR | _FIELD_DATE | _FIELD_LINK
_FIELD_KNOWN = _FIELD_MAIN | _FIELD_OTHER
# A field holding the article's text or standfirst ("Description: ...", an item's summary): the
# header ends with it, its value is text.
_FIELD_TEXT = frozenset(
    "description summary content body text excerpt abstract lead beschreibung zusammenfassung "
    "inhalt résumé contenu descripción resumen contenido descrizione sommario descrição resumo "
    "beschrijving samenvatting opis описание аннотация açıklama özet".split()
)
# "Key: value" (the key one to three words, a value or none); "https://..." is no key.
_FIELD = re.compile(r"^\s*(?P<key>[^\W\d_][\w'-]*(?: [\w'-]+){0,2})\s*:(?!//)(?P<value>.*)$")
_PUBLISHED_ON = re.compile(r" (?:on|le|am|el|il|em|op)$")  # "Published on:", "Publié le:"
_PREAMBLE_WORDS = 8  # a line over the fields ("Item 3 of 25", "<?xml ...?>") is this short


def _field(line: str) -> tuple[str, str] | None:
    """(lower-cased key, value) of a "Key: value" header line, "Published on:" read as
    "published"; None when the line is none."""
    m = _FIELD.match(line)
    if not m:
        return None
    return _PUBLISHED_ON.sub("", m.group("key").casefold()), m.group("value").strip()


def field_header(text: str, meta: dict[str, str]) -> str:
    """`text` without a header of "Key: value" lines at its top (a feed item saved as text:
    "Title: ...", "Link: https://...", "Author: ...", "Published: Tue, 20 Feb 2024 06:15:00
    +1100"; a CMS export's or draft's "Slug:", "Tags:"; the keys in ten languages, `_FIELD_*`),
    its title, author, date and address set in `meta` (title and author unless set), and the
    title put back as the text's first line, so the segmenter reads it as the headline. A few
    short lines over the fields ("<?xml ...?>", "Item 3 of 25": kept when no field is a title,
    as one may be the headline) and unknown keys among them go with the header; a "Description:" field ends it, its value kept as text. At least two known
    fields, one a title, author, date or link, make a header: a line "Title: ..." in the text,
    or a text that opens with one, is unchanged."""
    lines = text.split("\n")
    i, end = 0, -1
    preamble: list[str] = []
    fields: list[tuple[str, str]] = []
    rest_first = ""  # a text field's value: the first line of the text under the header
    while i < min(len(lines), HEAD_LINES):
        line = lines[i].strip()
        field = _field(line) if line else None
        if not line:
            pass
        elif field and field[0] in _FIELD_TEXT:
            fields.append(field)
            rest_first, end = field[1], i
            break
        elif field and field[0] in _FIELD_KNOWN:
            fields.append(field)
            end = i
        elif field and len(field[1].split()) <= _PREAMBLE_WORDS:  # an unknown key ("Feed:", "Rating:")
            end = i
        elif len(preamble) < 3 and len(line.split()) <= _PREAMBLE_WORDS and line[-1] not in ".!?":
            preamble.append(line)
        else:
            break
        i += 1
    known = [(k, v) for k, v in fields if v and k not in _FIELD_TEXT]
    if len(known) < 2 or not any(k in _FIELD_MAIN for k, _ in known):
        return text
    title = next((v for k, v in known if k in _FIELD_TITLE), "")
    authors = [v for k, v in known if k in _FIELD_AUTHOR]
    date = next((d for k, v in known if k in _FIELD_DATE and (d := _date(v))), "")
    url = next((v for k, v in known if k in _FIELD_LINK and re.match(r"https?://\S+$", v)), "")
    if title and "title" not in meta:
        meta["title"] = title
    if authors and "author" not in meta:
        meta["author"] = "; ".join(authors)
    if date and "date" not in meta:
        meta["date"] = date
    if url and "url" not in meta:
        meta["url"] = url
    # without a title field, a short line over the fields may be the headline: kept
    head = [title, ""] if title else [*preamble, ""]
    return "\n".join(head + ([rest_first] if rest_first else []) + lines[end + 1 :])

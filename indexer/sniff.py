"""What a file holds, whatever its name says: HTML, plain text or Markdown; and the text-level
clean-ups a text file needs before segmentation (Markdown syntax, HTML character references).

`sources.read_document` asks `looks_like_html` of both kinds of file: a `.txt` that holds a saved
web page goes through the HTML path, an `.html` that holds plain text is read as text (each with
a warning). Markdown (`.md`, or link syntax in a `.txt`) is reduced to its text: links to their
words, images to their alt text, emphasis and code marks dropped; `#` headings are left for the
segmenter, which reads them as headings. Stdlib only.
"""

from __future__ import annotations

import html
import re

# Terminal escape sequences, each removed whole (ECMA-48; a lone ESC or introducer alone would
# leave its payload in the text: `ESC ]0;pwned BEL` indexed "]0;pwned"), then control characters
# other than tab, newline, vertical tab and form feed (the block splitter reads those as white
# space). In order: a control sequence (CSI: ESC [ or C1 CSI, parameters, intermediates, final
# byte); a command string (OSC ESC ], DCS ESC P, SOS ESC X, PM ESC ^, APC ESC _ or their C1
# forms) up to its terminator, ST (ESC \\ or C1 ST) or BEL (xterm's OSC end), on its line (one
# left unterminated there loses only its introducer: a stray ESC costs no article text); any
# other escape sequence (ESC, intermediates, final byte: ESC ( B, ESC 7, ESC c...).
_CSI_ESC, _CSI_C1 = r"\x1b\[", r"\x9b"
# The two bytes every gzip member opens with (RFC 1952): a file read gzipped whatever its name
# says (`sources.unpack`, `htmlpage.decompress`).
GZIP_MAGIC = b"\x1f\x8b"
_CSI_BODY = r"[0-?]*[ -/]*[@-~]"
_STRING_ESC, _STRING_C1 = r"\x1b[\]PX^_]", r"[\x90\x98\x9d\x9e\x9f]"
_STRING_BODY = r"[^\x07\x1b\x9c\n]*(?:\x07|\x1b\\|\x9c)"
_OTHER_ESC = r"\x1b[ -/]*[0-~]"
CONTROL_RE = re.compile(
    rf"(?:{_CSI_ESC}|{_CSI_C1}){_CSI_BODY}"
    rf"|(?:{_STRING_ESC}|{_STRING_C1}){_STRING_BODY}"
    rf"|{_OTHER_ESC}"
    r"|[\x00-\x08\x0e-\x1f\x7f-\x9f]"
)
# Every match of CONTROL_RE opens with one of these characters (ESC, a C1 introducer, or the
# class itself): a text without any holds none, found by one scan instead of CONTROL_RE's
# alternatives tried at every character (~1.5% of `indexer parse --no-entities` on page dumps).
_CONTROL_START = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")


def remove_controls(text: str) -> tuple[str, int]:
    """`CONTROL_RE.subn("", text)`: the text without its terminal escapes and control
    characters, and how many were removed; the text itself at once when it holds none."""
    if _CONTROL_START.search(text) is None:
        return text, 0
    return CONTROL_RE.subn("", text)


# The same sequences in their ESC forms only, for an HTML page: its text goes through lxml, which
# drops the control characters themselves but not an OSC's payload; a C1 character in a page
# decoded as Latin-1 is more likely a Windows-1252 quote than a terminal's control.
ESCAPE_RE = re.compile(rf"{_CSI_ESC}{_CSI_BODY}|{_STRING_ESC}{_STRING_BODY}|{_OTHER_ESC}")

# A document that starts like HTML (after white space, a BOM or an XML declaration): a doctype,
# <html>, <head>, or an element only a page's head or body opens with (a saved page that begins
# with a <style> block longer than SNIFF_CHARS has too few tags there to count) ...
_HTML_START = re.compile(
    r"^\ufeff?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*"
    r"(?:<!doctype\s+html|<(?:html|head|body|style|script|meta|link|title)[\s>])",
    re.I | re.S,
)
# ... or is dense with the tags of a page body.
_HTML_TAG = re.compile(
    r"<(?:html|head|body|p|div|br|meta|title|article|section|span|a|h[1-6]|ul|li|img|script|link)"
    r"(?:\s[^<>]*)?/?>",
    re.I,
)
SNIFF_CHARS = 4096


def encoding_hint(guessed: str) -> str:
    """Said after a guessed encoding (`guessed`, a Python codec name): the remedy when the guess
    is wrong (a Polish page read as ISO-8859-10 or Windows-1252 shows "Kģodzku"), and the way to
    keep a right guess without the warning. No other codec is given as an example: a fixed one
    ("iso-8859-2") fitted a Polish page and misled on a Russian or Chinese one."""
    return (
        "if letters look wrong, give its encoding with --encoding NAME; "
        f"if they look right, --encoding {guessed} keeps this reading without this warning"
    )


def looks_like_html(text: str) -> bool:
    """True when `text` (its first SNIFF_CHARS characters) is an HTML document: it opens with a
    doctype, <html>, <head> or a head or body element (_HTML_START), or carries at least 8 page tags with tags taking over a tenth of
    it (an article that mentions "<p>" once is not a page)."""
    head = text[:SNIFF_CHARS]
    if _HTML_START.match(head):
        return True
    tags = _HTML_TAG.findall(head)
    return len(tags) >= 8 and sum(map(len, tags)) >= 0.1 * len(head.strip() or "x")


# Markup of a page's body without the page (a CMS export, an article copied from a page's
# source): closing tags of the elements text sits in; with SNIFF_CHARS' opening tags they tell
# a fragment from prose that mentions a tag or two.
_HTML_CLOSE = re.compile(
    r"</(?:p|div|li|h[1-6]|a|span|strong|em|b|i|ul|ol|blockquote|td|tr|table|section|article|figure|figcaption)\s*>",
    re.I,
)
# Elements whose text is a paragraph of its own; a <br> is a line break.
_BLOCK_TAGS = (
    "p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "table", "ul", "ol",
    "section", "article", "header", "footer", "aside", "figure", "figcaption", "pre", "dl", "dt", "dd",
)  # fmt: skip


def has_html_markup(text: str) -> bool:
    """True when a text that is no HTML page (looks_like_html is False) holds HTML markup all
    the same: 3+ opening tags of a page body and 2+ closing ones in its first SNIFF_CHARS
    characters. Such a fragment's tags were indexed as words (`search href` found it) and its
    paragraphs, one a line with no blank line between, ran together."""
    head = text[:SNIFF_CHARS]
    return len(_HTML_TAG.findall(head)) >= 3 and len(_HTML_CLOSE.findall(head)) >= 2


def markup_to_text(text: str) -> str:
    """An HTML fragment's text as a reader sees it, by lxml's HTML parser: each block element
    (_BLOCK_TAGS) a paragraph of its own, a <br> a line break, scripts, styles and comments
    dropped, character references decoded. Text outside any element (a headline line above
    the markup) stays where it is."""
    import lxml.html
    from lxml import etree

    root = lxml.html.fragment_fromstring(text, create_parent="div")
    for el in list(root.iter("script", "style", etree.Comment)):
        el.drop_tree()
    for el in root.iter(*_BLOCK_TAGS):
        el.text = "\n\n" + (el.text or "")
        el.tail = "\n\n" + (el.tail or "")
    for el in root.iter("br"):
        el.tail = "\n" + (el.tail or "")
    out = root.text_content()
    out = re.sub(r"[ \t\xa0]*\n[ \t\xa0]*", "\n", out)
    return re.sub(r"\n{3,}", "\n\n", out).strip() + "\n"


# Document formats a text name hides (a PDF, a Word file saved as ".txt"): what each starts
# with, what to call it, and the tool that gives its text. A PDF can hold its page text in
# plain PDF syntax ("BT (Hello World) Tj ET"), PostScript and RTF are text outright: read as
# text they were indexed as articles in a guessed language (a PDF as Danish). The PDF header may
# follow up to 1,024 bytes of junk (PDF 1.7, annex H.3): there, with an object's end too (a text
# that quotes the header is no PDF).
_PDF = re.compile(rb"%PDF-\d")
_ZIP = b"PK\x03\x04"
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Word 97-2003 .doc, .xls, .ppt, Outlook .msg
# The command that gives a format's text, `{file}` the file's name, OUT.txt what to index then;
# pandoc is told the input format, as the file's name says another.
_PANDOC = "pandoc -f {fmt} -t plain {{file}} -o OUT.txt"
# The parts a ZIP container names, and the document it makes (ECMA-376 for Office Open XML,
# OASIS ODF 1.2 part 3 for the `mimetype` entry, EPUB 3 OCF).
_ZIP_KINDS = (
    ("word/", "Word document (.docx)", _PANDOC.format(fmt="docx")),
    ("mimetype:application/vnd.oasis.opendocument.text", "OpenDocument text (.odt)", _PANDOC.format(fmt="odt")),
    ("mimetype:application/epub+zip", "EPUB book", _PANDOC.format(fmt="epub")),
    ("xl/", "Excel workbook (.xlsx)", ""),
    ("ppt/", "PowerPoint file (.pptx)", ""),
    ("mimetype:application/vnd.oasis.opendocument", "OpenDocument file (.ods, .odp)", ""),
)


# The same commands for a document named by its own suffix (a report.pdf in a folder of
# articles), so a file gets one piece of advice whether its name or its bytes told what it is.
SUFFIX_COMMANDS = {
    ".pdf": "pdftotext {file} OUT.txt",
    ".ps": "ps2ascii {file} OUT.txt",
    ".rtf": _PANDOC.format(fmt="rtf"),
    ".docx": _PANDOC.format(fmt="docx"),
    ".odt": _PANDOC.format(fmt="odt"),
    ".epub": _PANDOC.format(fmt="epub"),
}


def conversion_advice(command: str, file: str) -> str:
    """What to do with a document that is no article text (document_format, SUFFIX_COMMANDS):
    convert it with `command` (`{file}` for the file's name, writing OUT.txt), `file` quoted for
    a shell; a gzipped file ("NAME.gz") is unpacked first, since the converters read no gzip;
    a ZIP archive is unpacked; with no command, saved as text from its program."""
    quoted = file.endswith("'")
    if file.lower().rstrip("'").endswith(".gz"):
        inner = file[:-4] + "'" if quoted else file[:-3]
        then = conversion_advice(command, inner).replace("convert it with", f"convert {inner} with", 1)
        return f"unpack it first (gunzip -k {file}), then {then}"
    run = command.format(file=file)
    if command.startswith("unzip"):
        return f"unpack it ({run}) and index the text files it holds"
    if command:
        return f"convert it with {run.split()[0]} first ({run}), then index OUT.txt"
    return "save it as plain text (.txt) from the program that made it, then index that"


def document_format(data: bytes) -> tuple[str, str] | None:
    """(what the file is, the command that gives its text, "" when none is at hand) for a
    document format that is no article text whatever the file's name (PDF, PostScript, RTF, a
    ZIP container such as .docx, .odt or .epub, an OLE2 file such as .doc), from its first
    bytes; None for anything else. The command has `{file}` for the file's name and writes
    OUT.txt; a ZIP archive of no known document gives "unzip {file}"."""
    head = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"%PDF-") or (_PDF.search(data, 0, 1024 + 8) and b"endobj" in data):
        return "PDF document", "pdftotext {file} OUT.txt"
    if head.startswith(b"%!PS"):
        return "PostScript file", "ps2ascii {file} OUT.txt"
    if head.startswith(b"{\\rtf"):
        return "RTF document", _PANDOC.format(fmt="rtf")
    if head.startswith(_OLE2):
        return "Microsoft Office 97-2003 file (.doc, .xls, .ppt)", ""
    if head.startswith(_ZIP):
        names = _zip_names(data)
        for part, what, command in _ZIP_KINDS:
            if any(n.startswith(part) for n in names):
                return what, command
        return "ZIP archive", "unzip {file}"
    return None


def _zip_names(data: bytes) -> list[str]:
    """The names in a ZIP container, with "mimetype:" and its content for the entry ODF and
    EPUB put first; [] when it cannot be read (truncated, damaged)."""
    import io
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            names = z.namelist()
            if "mimetype" in names:
                names.append("mimetype:" + z.read("mimetype")[:100].decode("ascii", "replace").strip())
            return names
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return []


_MD_IMAGE = re.compile(r"!\[([^\]\n]*)\]\((?:[^()\s]|\([^)\s]*\))*(?:\s+\"[^\"\n]*\")?\)")
_MD_LINK = re.compile(r"(?<!!)\[([^\]\n]+)\]\((?:[^()\s]|\([^)\s]*\))*(?:\s+\"[^\"\n]*\")?\)")
_MD_REF_LINK = re.compile(r"\[([^\]\n]+)\]\[[^\]\n]*\]")
_MD_LINK_DEF = re.compile(r"^ {0,3}\[[^\]\n]+\]:\s*\S+[^\n]*$", re.M)
_MD_AUTOLINK = re.compile(r"<((?:https?|mailto):[^>\s]+)>")
_MD_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_MD_EM = re.compile(
    r"(?<![\w*])\*(?=[^\s*])([^*\n]+?)(?<=[^\s*])\*(?![\w*])|(?<![\w_])_(?=[^\s_])([^_\n]+?)(?<=[^\s_])_(?![\w_])"
)
_MD_CODE = re.compile(r"`([^`\n]+)`")
_MD_FENCE = re.compile(r"^ {0,3}(?:```|~~~)[^\n]*$", re.M)
_MD_RULE = re.compile(r"^ {0,3}(?:(?:\*\s*){3,}|(?:-\s*){3,}|(?:_\s*){3,})$", re.M)
_MD_QUOTE = re.compile(r"^ {0,3}> ?", re.M)
_MD_INLINE_HTML = re.compile(r"</?(?:a|span|em|strong|b|i|u|br|sup|sub|small|div|p|img)(?:\s[^<>\n]*)?/?>", re.I)
# A static site generator's template calls left in a post: Hugo shortcodes ("{{< figure src=...
# caption="..." >}}", "{{% note %}}", closing "{{< /note >}}"), Liquid tags ("{% include x.html %}")
# and outputs ("{{ page.title }}"); each on one line. A call is replaced by its caption, alt or
# title attribute (a figure's words a reader sees), else by nothing.
# (No "{" inside a call: a line of "{{<{{<..." is scanned once, not from each "{{".)
_SHORTCODE = re.compile(
    r"\{\{[<%](?:[^{<>%\n]|[<>%](?!\}\}))*[>%]\}\}|\{%(?:[^{%\n]|%(?!\}))*%\}|\{\{(?:[^{}\n]|\}(?!\}))*\}\}"
)
_SHORTCODE_WORDS = re.compile(r"\b(?:caption|alt|title)\s*=\s*(?:\"([^\"\n]*)\"|'([^'\n]*)')")
_MD_LINK_SIGN = re.compile(r"\]\((?:https?://|/|#|mailto:)")


def has_markdown_links(text: str) -> bool:
    """Markdown link syntax in a text file ("[words](https://...)"), at least twice."""
    return len(_MD_LINK_SIGN.findall(text, 0, 200_000)) >= 2


def markdown_to_text(text: str) -> str:
    """Markdown reduced to the words a reader sees; `#` headings and list lines are kept."""
    text = _MD_FENCE.sub("", text)
    text = _SHORTCODE.sub(_shortcode_words, text)
    text = _MD_LINK_DEF.sub("", text)
    text = _MD_IMAGE.sub(lambda m: m.group(1), text)
    text = _MD_LINK.sub(lambda m: m.group(1), text)
    text = _MD_REF_LINK.sub(lambda m: m.group(1), text)
    text = _MD_AUTOLINK.sub(lambda m: m.group(1), text)
    text = _MD_RULE.sub("", text)
    text = _MD_QUOTE.sub("", text)
    text = _MD_INLINE_HTML.sub("", text)
    text = _MD_STRONG.sub(lambda m: m.group(2), text)
    text = _MD_EM.sub(lambda m: m.group(1) or m.group(2), text)
    return _MD_CODE.sub(lambda m: m.group(1), text)


def _shortcode_words(m: re.Match[str]) -> str:
    """A template call's caption (else alt, else title) attribute, '' without one."""
    found: dict[str, str] = {}
    for a in _SHORTCODE_WORDS.finditer(m.group(0)):
        found.setdefault(a.group(0).split("=")[0].strip().lower(), a.group(1) if a.group(1) is not None else a.group(2))
    return next((found[k] for k in ("caption", "alt", "title") if found.get(k)), "")


# Named (&eacute;), decimal (&#233;) and hexadecimal (&#xE9;) character references.
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def decode_entities(text: str) -> tuple[str, int]:
    """HTML character references in a text file decoded ("caf&#233;" -> "café"); returns the
    text and how many were decoded. Unknown names ("&foo;") stay as they are."""
    count = 0

    def one(m: re.Match[str]) -> str:
        nonlocal count
        out = html.unescape(m.group(0))
        if out != m.group(0):
            count += 1
        return out

    return _ENTITY.sub(one, text), count

"""Finding article files, decoding their bytes, and giving each a stable id and content hash.

Knows nothing of Whoosh or click. HTML is handed to `htmlpage` (trafilatura), imported lazily
because trafilatura costs half a second to import.
"""

from __future__ import annotations

import errno
import glob
import hashlib
import os
import posixpath
import re
import stat
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import NamedTuple

from . import envelope, pdftext, sniff
from .errors import SourceError
from .models import Document
from .pageurl import WEB_URL, page_url

TEXT_SUFFIXES = (".txt", ".md", ".markdown")
# A browser's "single file" save (Chrome and Edge: "Webpage, Single File", .mhtml; Internet
# Explorer and old Edge: .mht) is a MIME message holding the page and its images: its HTML part
# is read as a saved page (mhtml_page).
MHTML_SUFFIXES = (".mhtml", ".mht")
HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml", *MHTML_SUFFIXES)
# Each type is read gzipped too (`a.txt.gz`, `KEY.html.gz`: scraped archives are kept so), as
# its name without the ".gz" says (`unpacked_name`), once unpacked (`unpack`: at most MAX_FILE_BYTES).
GZIP_SUFFIX = ".gz"
SUFFIXES = tuple(s + gz for gz in ("", GZIP_SUFFIX) for s in TEXT_SUFFIXES + HTML_SUFFIXES)
# The suffixes messages name: the common ones (README "Building an archive" lists them all).
SUFFIXES_SHOWN = ".txt, .txt.gz, .md, .html, .htm, .html.gz, .mhtml"
# Files a folder of saved articles often holds that indexer cannot read: each found in a folder
# or by a glob is reported as skipped with what to do, never silently left out.
UNREAD_SUFFIXES = {
    **{suffix: sniff.conversion_advice(command, "FILE") for suffix, command in sniff.SUFFIX_COMMANDS.items()},
    ".doc": sniff.conversion_advice("", "FILE"),
    ".pages": "export it as text",
    ".webarchive": "save the page as HTML or as a single file (.mhtml)",
}
# The folder a browser writes beside a page saved "complete" (NAME.html + NAME_files/): its
# images, scripts, and the embedded frames (ads, share buttons, comment widgets) as .html files,
# which are no articles. The suffixes are Windows' "connected files" names (Firefox localises
# `_files` as these: `-Dateien` in German, `_fichiers` in French); Chrome always writes `_files`.
RESOURCE_FOLDER_SUFFIXES = (
    "_files",
    "-dateien",
    "_fichiers",
    "_archivos",
    "_arquivos",
    "_file",
    "_bestanden",
    "_filer",
    "_tiedostot",
    "_pliki",
    "_soubory",
    "_elemei",
    "_datoteke",
    "_dosyalar",
    "_ficheiros",
    "_fitxers",
)
GLOB_CHARS = frozenset("*?[")
# Files larger than this are refused rather than read into memory: no news article or saved
# page is this big (a heavy HTML page is ~5 MB), so such a file is a dump or a mistake.
MAX_FILE_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True)
class SourceRef:
    """A file found under one of the paths the user gave, before it is read."""

    path: Path  # absolute
    id: str  # the root's name (root_prefixes), "/" and the path under the root, POSIX separators
    root: Path  # absolute root (the folder, the glob's base, or the file's folder)
    explicit: bool  # named directly on the command line (errors are fatal, not skipped)
    # The PATHS argument that found it, absolute: its folder, its glob (`/news/*.txt`) or the
    # file itself, so a rebuild hint names what was built, not the folder a glob was in.
    given: str = ""
    # The path as the user reached it: the PATHS argument as typed and the path under it
    # (`corpus/bbc/sport/199.txt`, not `/work/shared/corpus/bbc/sport/199.txt`); "" when unknown.
    typed: str = ""
    # The codec the user named (`--encoding`, a Python codec name) for a file that is neither
    # UTF-8 (nor UTF-16 with a mark) nor a page declaring its charset; "" to guess it.
    encoding: str = ""

    @property
    def where(self) -> str:
        """The file as messages name it: as typed (relative to what the user gave), else absolute."""
        return shown(self.typed or self.path)


def shown(path: Path | str) -> str:
    """A path as text that can be written anywhere (index, manifest, JSON, a terminal).

    A file name that is not valid UTF-8 (archives from old Windows or Mac disks) reaches Python
    with its undecodable bytes as lone surrogates, which no UTF-8 writer accepts; they are
    written as `\\xNN` escapes instead (`caf\\xe9.txt`), as ripgrep and ls -b show them.
    """
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def is_supported(path: Path) -> bool:
    """Whether a file is of a type indexer reads by its name (SUFFIXES, gzipped or not)."""
    return path.name.lower().endswith(SUFFIXES)


def unpacked_name(name: str) -> str:
    """A file's name (or path) in lower case without the ".gz" of a gzipped file ("A.txt.gz" ->
    "a.txt"): the name whose suffix tells how the file is read (HTML_SUFFIXES, Markdown)."""
    low = name.lower()
    return low.removesuffix(GZIP_SUFFIX)


# Files a file manager writes into folders by itself (thumbnails, view settings): no one's
# documents, so a walk passes them over without counting them among the other files.
SYSTEM_FILES = frozenset({"thumbs.db", "ehthumbs.db", "desktop.ini", "icon\r"})
# The file that makes a folder an index of this tool (index.manifest.MANIFEST_NAME, not imported:
# sources stays below the index package): an index inside the folder built is not walked.
INDEX_MANIFEST = "indexer-manifest.json"


def is_other_file(path: Path) -> bool:
    """Whether a file found in a folder or by a glob is passed over for its type alone: not of
    a type indexer reads (SUFFIXES), nor a document type it names advice for (UNREAD_SUFFIXES,
    skipped with a warning), nor a file manager's (SYSTEM_FILES). A build counts these in its
    summary by extension (`suffix_counts`) and lists them with --verbose."""
    name = path.name.lower()
    return not name.endswith(SUFFIXES) and path.suffix.lower() not in UNREAD_SUFFIXES and name not in SYSTEM_FILES


def suffix_counts(paths: Iterable[Path | str]) -> str:
    """Files counted by extension, the most first: "2 .xml, 1 .gz, 1 (no suffix)"."""
    counts: dict[str, int] = {}
    for p in paths:
        suffix = Path(p).suffix.lower() or "(no suffix)"
        counts[suffix] = counts.get(suffix, 0) + 1
    return ", ".join(f"{n:,} {suffix}" for suffix, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


# The files that document a folder rather than belong to it, by the names the GNU coding
# standards and code hosts gave them (README, COPYING, AUTHORS, ChangeLog...): the BBC corpus
# ships a README.TXT beside its articles. Matched on the name before its first dot, any case.
FOLDER_DOC_NAMES = frozenset(
    {"readme", "license", "licence", "copying", "authors", "changelog", "changes", "contributing", "notice"}
)


README_PREFIX_RE = re.compile(r"readme[-_]")


def is_folder_doc(path: Path) -> bool:
    """Whether a file is a folder's README/LICENSE-type file (FOLDER_DOC_NAMES): found in a
    folder or by a glob it is skipped with a note, not read as a news article; named on its
    own it is read like any file. A README's name may go on after a `-` or `_` (Reuters-21578
    ships `README-source.txt`; `README_first.txt`): no article is named so; the other names
    are matched whole (`changes-to-tax-law.txt`, `notice-of-strike.txt` may be articles)."""
    stem = path.name.split(".", 1)[0].lower()
    return stem in FOLDER_DOC_NAMES or README_PREFIX_RE.match(stem) is not None


def _skip_folder_doc(path: Path, skipped: list[tuple[str, str]] | None) -> bool:
    if not is_folder_doc(path):
        return False
    if skipped is not None:
        skipped.append(
            (
                shown(path),
                f"{shown(path)}: a folder's {path.name.split('.', 1)[0]} file, not an article "
                "(name the file itself to index it)",
            )
        )
    return True


def glob_base(pattern: str) -> Path:
    """The folder a glob's matches are under: its parts before the first with a pattern
    character (GLOB_CHARS); "." when the first part has one."""
    parts = Path(pattern).parts
    base: list[str] = []
    for part in parts:
        if GLOB_CHARS & set(part):
            break
        base.append(part)
    return Path(*base) if base else Path(".")


def _walk(
    folder: Path,
    follow_links: bool = False,
    skipped: list[tuple[str, str]] | None = None,
    others: list[Path] | None = None,
) -> list[Path]:
    """The article files under `folder`, recursively, sorted; files it passes over that are no
    articles (unreadable types, README-type files, images...) go to `others`, and what it skips
    with a reason to `skipped` as (path, reason)."""
    found: list[Path] = []
    root = folder.resolve()
    seen: set[tuple[int, int]] = set()
    # Without follow_links a linked folder is not entered (a loop cannot make the walk endless);
    # with it, each folder is entered once (by device and inode), loops included. Hidden
    # entries are skipped, as ripgrep does, so an index folder or .git inside a corpus is never
    # read as articles.
    for dirpath, dirnames, filenames in os.walk(folder, followlinks=follow_links):
        if follow_links:
            st = os.stat(dirpath)
            if (st.st_dev, st.st_ino) in seen:
                dirnames[:] = []
                continue
            seen.add((st.st_dev, st.st_ino))
        # ... and so is an index of this tool given a name of no dot (`--index idx` inside the corpus)
        dirnames[:] = sorted(
            d
            for d in dirnames
            if not d.startswith(".") and not os.path.isfile(os.path.join(dirpath, d, INDEX_MANIFEST))
        )
        resources = _resource_folders(dirnames, filenames)
        if resources:
            dirnames[:] = [d for d in dirnames if d not in resources]
            if skipped is not None:
                skipped.extend(
                    (shown(Path(dirpath) / d), f"{shown(Path(dirpath) / d)}: {why}") for d, why in resources.items()
                )
        if not follow_links and skipped is not None:
            for d in dirnames:
                link = Path(dirpath) / d
                if link.is_symlink() and not _inside(link, root):
                    skipped.append((shown(link), _leaving(link, folder, "folder")))
        for name in sorted(filenames):
            if not name.startswith("."):
                candidate = Path(dirpath) / name
                if is_supported(candidate) and not _skip_folder_doc(candidate, skipped):
                    found.append(candidate)
                    continue
                if skipped is not None and (todo := _unread_type(candidate)):
                    skipped.append((shown(candidate), todo))
                if others is not None:
                    others.append(candidate)
    return found


def _count(n: int, what: str) -> str:
    return f"{n:,} {what}{'s' * (n != 1)}"


def none_readable(files: list[Path], skipped_elsewhere: int = 0, hidden: bool = False) -> str:
    """What a folder or glob with no article held, for the message saying so, by kind: "found
    3 files, none readable: 3 PDF (not supported: convert them to text (pdftotext FILE))". The
    kinds: the types of UNREAD_SUFFIXES (those with the same advice together), README-type
    files, other files by suffix; `skipped_elsewhere` counts folders and links left out (a
    browser's `_files` folder, a link leading out), `hidden` says hidden entries were passed over."""
    if not files and not skipped_elsewhere:
        return "it holds no files but hidden ones, which are not read" if hidden else "it holds no files"
    by_todo: dict[str, dict[str, int]] = {}
    docs, other = 0, list[Path]()
    for f in files:
        suffix = f.suffix.lower()
        if suffix in UNREAD_SUFFIXES:
            counts = by_todo.setdefault(UNREAD_SUFFIXES[suffix], {})
            counts[suffix] = counts.get(suffix, 0) + 1
        elif is_supported(f) and is_folder_doc(f):
            docs += 1
        else:
            other.append(f)
    parts = []
    for todo, counts in by_todo.items():
        n = sum(counts.values())
        kinds = " and ".join(f"{c:,} {suffix[1:].upper()}" for suffix, c in sorted(counts.items()))
        advice = re.sub(r"\bit\b", "them", todo, count=1) if n > 1 else todo  # "convert them to text"
        parts.append(f"{kinds} (not supported: {advice})")
    if docs:
        parts.append(f"{_count(docs, 'README-type file')} (not articles: name one itself to index it)")
    if other:
        parts.append(f"{len(other):,} other ({suffix_counts(other)})")
    if skipped_elsewhere:
        parts.append(f"{_count(skipped_elsewhere, 'folder or link')} skipped")
    return f"found {_count(len(files), 'file')}, none readable: {'; '.join(parts)}"


def _page_stem(name: str) -> str | None:
    """The name of a saved page without its extension (`Brothel busted.html` -> `Brothel busted`),
    lower case; None for a file that is no page."""
    low = unpacked_name(name)
    for suffix in (".html", ".htm", ".xhtml", ".shtml"):
        if low.endswith(suffix):
            return low[: -len(suffix)]
    return None


def _resource_folders(dirnames: list[str], filenames: list[str]) -> dict[str, str]:
    """The folders among `dirnames` that a browser wrote beside a page of `filenames` saved
    "complete" (RESOURCE_FOLDER_SUFFIXES), each with the reason it is skipped."""
    stems = {stem: name for name in filenames if (stem := _page_stem(name)) is not None}
    out: dict[str, str] = {}
    for d in dirnames:
        low = d.lower()
        for suffix in RESOURCE_FOLDER_SUFFIXES:
            page = stems.get(low[: -len(suffix)]) if low.endswith(suffix) else None
            if page is not None:
                out[d] = (
                    f"a browser's folder of the files saved with the page {page} (images, scripts, "
                    "embedded ads and widgets), not articles (name the folder itself to index it)"
                )
                break
    return out


def is_unread_document(path: Path) -> bool:
    """Whether `path` is a file of a document type indexer cannot read (UNREAD_SUFFIXES: PDF,
    Word, OpenDocument...), which a folder's walk leaves out with advice."""
    return path.suffix.lower() in UNREAD_SUFFIXES and path.is_file()


def _unread_type(path: Path, name: str = "") -> str:
    """Why a file of a type indexer cannot read (UNREAD_SUFFIXES) is skipped, naming it `name`
    (default: `shown(path)`); "" for other files (images, scripts, anything not a document: left
    out without a word)."""
    suffix = path.suffix.lower()
    todo = UNREAD_SUFFIXES.get(suffix)
    if todo is None:
        return ""
    name = name or shown(path)
    if suffix in sniff.SUFFIX_COMMANDS:  # the command with this file's name, as a sniffed one gets
        import shlex

        todo = sniff.conversion_advice(sniff.SUFFIX_COMMANDS[suffix], shlex.quote(name))
    return f"{suffix[1:].upper()} file: {name}: indexer reads text and HTML only: {todo}"


def _inside(path: Path, root: Path) -> bool:
    """Whether `path`, links resolved, is `root` or inside it (a broken link counts as inside:
    reading it reports it)."""
    try:
        return path.resolve(strict=True).is_relative_to(root)
    except (OSError, RuntimeError):
        return True


LINK_SKIP = "symbolic link leaving "  # how the reason for a link left unread opens (`_leaving`)


def _leaving(link: Path, given: Path, what: str) -> str:
    return (
        f"{LINK_SKIP}{shown(given)}: {shown(link)} -> {shown(os.path.realpath(link))} "
        f"({what} not read; --follow-links reads what links point to)"
    )


class _Found(NamedTuple):
    """A file found under one PATHS argument, before ids are given (see _with_ids)."""

    path: Path  # absolute, links resolved
    rel: str  # path within its root, POSIX separators
    root: Path
    explicit: bool
    given: str  # SourceRef.given
    typed: str = ""  # SourceRef.typed


def find_sources(
    paths: list[str],
    *,
    follow_links: bool = False,
    skipped: list[tuple[str, str]] | None = None,
    encoding: str = "",
    bad_named: list[SourceError] | None = None,
    others: list[str] | None = None,
) -> list[SourceRef]:
    """Expand files, folders (recursively) and globs into article files, in a stable order.

    An article's id is the name of its root (the folder given, a glob's base, a named file's
    folder) and its path under that root: `build bbc` gives `bbc/business/001.txt`, `build
    bbc/business` and `build bbc/business/001.txt` give `business/001.txt`. It depends on that
    root only, so adding or removing other PATHS never changes it; roots of the same name get
    longer prefixes (root_prefixes), and a file under two roots given takes the outermost's
    (`build bbc bbc/business`: `bbc/business/001.txt`). Files reached through a
    symbolic link that leads out of the folder or glob base given are left out and reported in
    `skipped` as (path, reason), unless follow_links. `encoding`: the codec each ref carries for
    files that are neither UTF-8 nor declare their charset (SourceRef.encoding).

    Raises SourceError for an empty path, a path that does not exist, a glob or folder with no
    articles, a file of an unsupported type named directly (for each of these, unless
    `bad_named` is given: then its error, its `path` the argument as typed, is added there and
    the argument left out, as grep goes on past a path it cannot read), or two files that would
    get the same id (always).

    `others`, when given, gets the files of folders and globs passed over for their type alone
    (is_other_file: `notes.xml`, `a.txt.gz`), as `shown`, in the order found.
    """
    found: list[_Found] = []
    for raw in paths:
        try:
            found.extend(_given(raw, follow_links, skipped, others))
        except SourceError as exc:
            exc.path = raw
            if bad_named is None:
                raise
            bad_named.append(exc)
    refs = _with_ids(found)
    return [replace(r, encoding=encoding) for r in refs] if encoding else refs


def _given(
    raw: str, follow_links: bool, skipped: list[tuple[str, str]] | None, others: list[str] | None = None
) -> list[_Found]:
    """The articles one PATHS argument names: a file, a folder's articles, a glob's matches.
    Raises SourceError when it names none (find_sources lists the cases)."""
    if not raw.strip():
        # Path("") is ".": a script's unset variable (`indexer build "$DIR"`) would index
        # the current folder, whatever it holds; refused as an empty --index is.
        raise SourceError("empty path '': give a file, folder or glob ('.' for the current folder)")
    given = Path(raw).expanduser()
    if given.is_dir():
        return _in_folder(raw, given, follow_links, skipped, others)
    if given.is_file():
        return [_named_file(raw, given)]
    if GLOB_CHARS & set(raw):
        return _by_glob(raw, given, follow_links, skipped, others)
    if given.exists():  # a device, a pipe, a socket: there, but no file to read
        # (before the link test: the shell's `<(cmd)` is a link, /dev/fd/63, to a pipe)
        what = _special_kind(given.stat().st_mode)
        raise SourceError(
            f"not a file or folder: {raw} is {what}: save its text to a file first, "
            "or give a file of articles, a folder or a glob"
        )
    if os.path.islink(given):
        raise link_error(given)
    raise SourceError(f"no such file or folder: {raw}: check the path{_near_names(raw, given)}")


def unread_kind(raw: str) -> str:
    """What a PATHS argument that could not be read is, as a build's summary counts them:
    "folder" (of no article, or unreadable), "pattern" (a glob matching none), "missing" (no
    such path, an empty one) or "file" (anything else there: a file, a link, a device)."""
    given = Path(raw).expanduser() if raw.strip() else None
    if given is not None and given.is_dir():
        return "folder"
    if given is not None and os.path.lexists(given):
        return "file"
    return "pattern" if GLOB_CHARS & set(raw) else "missing"


def given_ref(raw: str) -> SourceRef:
    """A SourceRef for a PATHS argument as typed that found no file to read (missing, a folder
    or glob of no article, a file of an unsupported type): what `parse_paths` hands its
    `on_error` for it, so its `where` names the path as the user typed it."""
    path = Path(os.path.abspath(Path(raw).expanduser())) if raw.strip() else Path(raw)
    return SourceRef(path, shown(raw), path.parent, True, shown(path), raw)


def _near_names(raw: str, given: Path) -> str:
    """ " (did you mean ...?)" naming the entries beside a path that does not exist whose names
    start with its name or are close to it (`corpus/reuters` -> `corpus/reuters21578`), "" when
    none is or the folder it would be in does not exist either."""
    from rapidfuzz.distance import OSA

    folder = given.parent
    try:
        names = sorted(e.name for e in folder.iterdir() if not e.name.startswith("."))
    except OSError:
        return ""
    want = given.name.lower()
    near = [n for n in names if want and n.lower().startswith(want)]
    # else within a typo or two (one edit up to 7 characters, two beyond, as the query's typo
    # retry allows; an adjacent swap is one: `sprot` -> `sport`)
    within = sorted((d, n) for n in names if (d := OSA.distance(want, n.lower())) <= (1 if len(want) <= 7 else 2))
    near = near or [n for _, n in within]
    if not near:
        return ""
    typed = raw.rstrip("/" + os.sep)
    head = typed[: len(typed) - len(given.name)] if typed.endswith(given.name) else f"{folder}{os.sep}"
    return f" (did you mean {' or '.join(head + n for n in near[:3])}?)"


def _in_folder(
    raw: str, given: Path, follow_links: bool, skipped: list[tuple[str, str]] | None, others: list[str] | None = None
) -> list[_Found]:
    """The articles under folder `given` (typed as `raw`), recursively; SourceError if none.
    The files passed over for their type go to `others` (find_sources)."""
    root = given.resolve()
    local: list[tuple[str, str]] = []
    passed: list[Path] = []
    files = _walk(given, follow_links, local, passed)
    if skipped is not None and files:  # else the error says what was found (said once)
        skipped.extend(local)
    if others is not None and files:
        others.extend(shown(f) for f in passed if is_other_file(f))
    if not files:
        elsewhere = len({p for p, _ in local} - {shown(f) for f in passed})
        hidden = any(p.name.startswith(".") for p in given.iterdir())
        raise SourceError(
            f"no articles in folder {raw}: {none_readable(passed, elsewhere, hidden)}; "
            f"expected files ending in {SUFFIXES_SHOWN}"
        )
    found = []
    links: list[tuple[str, str]] = []  # (said with the rest only when some file is read)
    for f in files:
        if _left_out(f, root, given, follow_links, links):
            continue
        try:
            absf = f.resolve(strict=True)
        except (OSError, RuntimeError):  # a broken link or a link loop: read_bytes says which
            absf = Path(os.path.abspath(f))
        found.append(_Found(absf, f.relative_to(given).as_posix(), root, False, shown(root), str(f)))
    if not found:  # every file a link leading out: as good as an empty folder, said as one
        raise SourceError(
            f"no articles in folder {raw}: {_count(len(files), 'file')}, each a symbolic link leading out of it "
            "(not read); pass --follow-links to read what the links point to"
        )
    if skipped is not None:
        skipped.extend(links)
    return found


def _left_out(f: Path, root: Path, base: Path, follow_links: bool, skipped: list[tuple[str, str]] | None) -> bool:
    """Whether file `f`, found under `base` (the folder or glob base given; `root` resolved), is
    reached through a symbolic link leading out of it and so left out (unless follow_links);
    such a file is recorded in `skipped` as (path, reason)."""
    if follow_links or _inside(f, root):
        return False
    if skipped is not None:
        skipped.append((shown(f), _leaving(f, base, "file")))
    return True


SNIFF_BYTES = 4096  # the head of a file named as a document that is read to tell what it holds


def _text_under_document_name(path: Path, raw: str) -> str:
    """The error for a file named as a document type indexer does not read (`.pdf`, `.docx`...)
    whose first SNIFF_BYTES hold plain text, no document (sniff.document_format) and no binary
    (`looks_binary`): a text file under the wrong name, not the PDF the name says (a new user's
    "PDF file: ... convert it with pdftotext"); "" for anything else, or when it cannot be read."""
    try:
        with path.open("rb") as fh:
            head = fh.read(SNIFF_BYTES)
    except OSError:
        return ""
    if not head.strip() or sniff.document_format(head) is not None or looks_binary(head):
        return ""
    return (
        f"text under a {path.suffix.lower()} name: {raw}: the file holds plain text, not a {path.suffix[1:].upper()} "
        "document: copy it to a name ending in .txt to index it"
    )


def _named_file(raw: str, given: Path) -> _Found:
    """A file named directly (its errors are fatal); SourceError if not of a supported type."""
    if not is_supported(given):
        if why := _unread_type(given, raw):
            raise SourceError(_text_under_document_name(given, raw) or why)
        raise SourceError(
            f"unsupported file type: {raw}: expected a file ending in {SUFFIXES_SHOWN} "
            "(a file of plain text under another name: copy it to a name ending in .txt)"
        )
    typed = Path(os.path.abspath(given))
    return _Found(given.resolve(), given.name, typed.parent.resolve(), True, shown(typed), str(given))


def _by_glob(
    raw: str, given: Path, follow_links: bool, skipped: list[tuple[str, str]] | None, others: list[str] | None = None
) -> list[_Found]:
    """The articles a glob matches (`**` recursive), README-type files left out; SourceError if
    none. Their root is the glob's base, the folders before its first wildcard. The files it
    matches of other types go to `others` (find_sources)."""
    base = glob_base(str(given))  # "~/news/*.txt": the base is the user's folder, not ./~/news
    root = base.resolve()
    matches = sorted(Path(m) for m in glob.glob(str(given), recursive=True))
    files = [m for m in matches if m.is_file() and is_supported(m)]
    if skipped is not None:
        skipped.extend((shown(m), why) for m in matches if m.is_file() and (why := _unread_type(m)))
    if all(is_folder_doc(m) for m in files) and any(not is_supported(m) for m in matches if m.is_file()):
        # Files, but none an article (PDFs, a README...): say what they are.
        raise SourceError(
            f"no articles match {raw}: {none_readable([m for m in matches if m.is_file()])}; "
            f"expected files ending in {SUFFIXES_SHOWN}"
        )
    if files and all(is_folder_doc(m) for m in files):
        raise SourceError(
            f"no articles match {raw}: only a folder's README-type files, which are not "
            "articles (name such a file itself to index it)"
        )
    files = [m for m in files if not _skip_folder_doc(m, skipped)]
    if not files:
        raise SourceError(f"no articles match {raw}: check the pattern (quote it so the shell does not expand it)")
    if others is not None:
        others.extend(shown(m) for m in matches if m.is_file() and is_other_file(m))
    pattern = shown(root / given.relative_to(base))
    found = []
    for f in files:
        if _left_out(f, root, base, follow_links, skipped):
            continue
        try:
            rel = f.relative_to(base).as_posix()
        except ValueError:
            rel = f.name
        found.append(_Found(f.resolve(), rel, root, False, pattern, str(f)))
    return found


def _with_ids(found: list[_Found]) -> list[SourceRef]:
    """SourceRefs with ids unique across the build (see find_sources). A file found more than
    once is one article: its id comes from the outermost root that found it (then the first by
    root and path, so the order PATHS are given in does not matter), and it is `explicit` when
    any PATHS argument named it (its errors are fatal)."""
    best: dict[Path, _Found] = {}
    explicit: set[Path] = set()
    for f in found:
        if f.explicit:
            explicit.add(f.path)
        kept = best.get(f.path)
        if kept is None or _rank(f) < _rank(kept):
            best[f.path] = f
    prefixes = root_prefixes({f.root for f in best.values()})
    refs: list[SourceRef] = []
    owner: dict[str, Path] = {}
    for f in found:  # in the order found: folders walked in sorted order, PATHS as given
        if best.get(f.path) is not f:
            continue
        prefix = prefixes[f.root]
        aid = shown(f"{prefix}/{f.rel}" if prefix else f.rel)
        other = owner.setdefault(aid, f.path)
        if other != f.path:
            raise SourceError(
                f"two files would have the same article id {aid}: {shown(other)} and {shown(f.path)}",
                "rename one, or index them separately (another {index})",
            )
        refs.append(SourceRef(f.path, aid, f.root, f.path in explicit, f.given, f.typed))
    return refs


def keep_recorded_ids(refs: list[SourceRef], records: list[tuple[str, str, str]]) -> list[SourceRef]:
    """`refs` with the ids an index already gives their files: an article's id, once given,
    never changes with the way its folder is named later. `records` are the index's (id, path,
    root) triples (paths and roots absolute, as `shown`).

    A file the index holds keeps its id (`build bbc`, then `build bbc/business`: still
    `bbc/business/001.txt`, not `business/001.txt`; the same after `--rebuild`). A new file under a
    root the index was built from gets its id from that root, the outermost one holding it, as
    its neighbours did (a new `bbc/business/999.txt`, not `business/999.txt`); other files keep
    the id find_sources gave. Raises SourceError when two files would then share an id.
    """
    kept: dict[str, str] = {}  # path -> id
    anchors: dict[str, str] = {}  # root -> id prefix, told by its articles' ids
    for rid, path, root in sorted(records):
        kept.setdefault(path, rid)
        rel = posixpath.relpath(path, root) if path.startswith(root.rstrip("/") + "/") else ""
        if rel and (rid == rel or rid.endswith("/" + rel)):
            anchors.setdefault(root, rid[: len(rid) - len(rel)].rstrip("/"))
    out: list[SourceRef] = []
    owner: dict[str, str] = {}
    for ref in refs:
        path = shown(ref.path)
        aid = kept.get(path)
        if aid is None:
            holding = [r for r in anchors if path.startswith(r.rstrip("/") + "/")]
            if holding:
                root = min(holding, key=lambda r: (r.count("/"), r))
                rel = posixpath.relpath(path, root)
                aid = f"{anchors[root]}/{rel}" if anchors[root] else rel
        aid = aid or ref.id
        other = owner.setdefault(aid, path)
        if other != path:
            raise SourceError(
                f"two files would have the same article id {aid}: {other} and {path}",
                "rename one, or index them separately (another {index})",
            )
        out.append(ref if aid == ref.id else replace(ref, id=aid))
    return out


def _rank(f: _Found) -> tuple[int, str, str]:
    """Which of a file's finds gives its id: the outermost root (fewest parts), then by text."""
    return (len(f.root.parts), str(f.root), f.rel)


def root_prefixes(roots: set[Path] | frozenset[Path]) -> dict[Path, str]:
    """The id prefix of each root (absolute folders): its own name (`/data/bbc` -> `bbc`), or,
    for roots of the same name, as many of its last path components as tell it from the others
    (`/a/2019/news`, `/a/2020/news` -> `2019/news`, `2020/news`). A pure function of the set,
    whatever order PATHS are given in; a root with no name (`/`) has the empty prefix. The
    prefix of a root changes only when a root of the same name joins or leaves a build."""
    by_name: dict[str, list[tuple[str, ...]]] = {}
    for root in roots:
        parts = root.parts[1:]  # without the anchor ("/")
        by_name.setdefault(parts[-1] if parts else "", []).append(parts)
    out: dict[Path, str] = {}
    for root in roots:
        parts = root.parts[1:]
        others = [o for o in by_name[parts[-1] if parts else ""] if o != parts]
        n = 1
        while n < len(parts) and any(o[-n:] == parts[-n:] for o in others):
            n += 1
        out[root] = "/".join(parts[-n:]) if parts else ""
    return out


def link_error(path: Path, where: str = "") -> SourceError:
    """A symbolic link that leads nowhere (broken) or back to itself (a loop); `where`: the
    path as messages name it (SourceRef.where), else `path`."""
    shown_as = where or str(path)
    try:
        os.stat(path)
    except FileNotFoundError:
        return SourceError(
            f"broken symbolic link: {shown_as} points to {os.readlink(path)}, which does not exist: "
            "fix the link or remove it"
        )
    except OSError:
        pass
    return SourceError(f"symbolic link loop: {shown_as} leads back to itself: fix the link or remove it")


def os_error(path: Path, exc: OSError, where: str = "") -> SourceError:
    """The SourceError for an OSError met while reading `path`: what, where, what to do.
    `where`: the path as messages name it (SourceRef.where), else `path`."""
    shown_as = where or str(path)
    if isinstance(exc, FileNotFoundError):
        if os.path.islink(path):
            return link_error(path, where)
        return SourceError(
            f"file vanished while reading: {shown_as}: it was moved or deleted during the build; run the build again"
        )
    if isinstance(exc, PermissionError):
        return SourceError(f"permission denied: {shown_as}: check the file's permissions")
    if isinstance(exc, IsADirectoryError):
        return SourceError(f"not a file: {shown_as} is a folder (it changed during the build?): run the build again")
    if exc.errno == errno.ELOOP:
        return link_error(path, where)
    return SourceError(f"cannot read {shown_as}: {exc.strerror or exc}: check the file")


def content_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _over_limit(size: int) -> str:
    """A file size over MAX_FILE_BYTES against the limit: in MB (2**20 bytes) to a tenth, "20.5 MB
    (limit 20 MB)", or in bytes where that would read as the limit itself (a whole number of
    MB, cut, said "20 MB (limit 20 MB)" of a 20.98 MB file)."""
    mib = 1024 * 1024
    shown = round(size / mib, 1)
    if shown > MAX_FILE_BYTES / mib:
        return f"{shown:g} MB (limit {MAX_FILE_BYTES / mib:g} MB)"
    return f"{size:,} bytes (limit {MAX_FILE_BYTES:,} bytes)"


# What a path that is no regular file is, by its stat mode (reading a named pipe waits forever
# for a writer, a device may never end).
_SPECIAL_FILES = (
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a device"),
    (stat.S_ISBLK, "a device"),
)


def _special_kind(mode: int) -> str:
    """What a path of stat `mode` that is no regular file is, as messages name it (`_SPECIAL_FILES`:
    "a named pipe (FIFO)", "a device"), "no regular file" for anything else."""
    return next((name for test, name in _SPECIAL_FILES if test(mode)), "no regular file")


def read_bytes(ref: SourceRef) -> bytes:
    """The bytes of an article file. SourceError for a file over MAX_FILE_BYTES, for a path that
    is no regular file (a named pipe in a folder made a build wait forever), and for OS errors
    (os_error)."""
    try:
        st = ref.path.stat()
        if not stat.S_ISREG(st.st_mode):
            what = _special_kind(st.st_mode)
            raise SourceError(f"not a file: {ref.where} is {what}, not a file to read: move it out of the folder")
        if st.st_size > MAX_FILE_BYTES:
            raise SourceError(f"file too large: {ref.where} is {_over_limit(st.st_size)}: split it or leave it out")
        return ref.path.read_bytes()
    except OSError as exc:
        raise os_error(ref.path, exc, ref.where) from None


UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")  # the byte-order marks of UTF-16 LE and BE


def looks_binary(data: bytes) -> bool:
    """Whether bytes are no text: control characters, NUL included, take more than 5% of the
    first 8 KiB (compressed data, images and archives about 10%, executables and databases far
    more), NUL padding at its end left out; a file of NUL bytes only is binary.

    grep and git call a file binary at its first NUL byte; a text file with a few stray NULs (a
    copy damaged in transit, a recovered file padded with NULs) lost its whole article that way:
    its few NULs are now removed as other control characters are (read_document). UTF-16 text,
    half NULs in Latin scripts, is no binary: with a byte-order mark, or without one
    (utf16_without_bom)."""
    if data.startswith(UTF16_BOMS) or utf16_without_bom(data):
        return False
    head = data[:8192].rstrip(b"\x00")
    if not head:
        return bool(data)
    controls = len(head) - len(head.translate(None, _BINARY_CONTROLS))  # one C pass, not a Python step a byte
    return controls / len(head) > 0.05


# The control bytes `looks_binary` counts: below 32, but tab, line feed, form feed, carriage
# return and escape (ANSI colours in a saved terminal log).
_BINARY_CONTROLS = bytes(b for b in range(32) if b not in (9, 10, 12, 13, 27))


def utf16_without_bom(data: bytes) -> str | None:
    """ "utf-16-le" or "utf-16-be" for UTF-16 text saved without a byte-order mark (some Windows
    tools' exports) in a script of the first 256 code points (English, French, German...): in
    the first 8 KiB, one byte of at least 60% of the pairs is NUL and the other byte of at most
    1%; None otherwise (UTF-8, single-byte encodings, binary files, which have NULs on both
    sides)."""
    pairs = min(len(data), 8192) // 2
    if pairs < 8 or data.startswith(UTF16_BOMS):  # with a mark: decoded by it
        return None
    even, odd = data[0 : 2 * pairs : 2].count(0), data[1 : 2 * pairs : 2].count(0)
    if odd >= 0.6 * pairs and even <= 0.01 * pairs:
        return "utf-16-le"
    if even >= 0.6 * pairs and odd <= 0.01 * pairs:
        return "utf-16-be"
    return None


def is_unicode(data: bytes) -> bool:
    """Whether `data` decodes without a guess: valid UTF-8, or UTF-16 with a byte-order mark or
    told by its NUL bytes (utf16_without_bom)."""
    if data.startswith(UTF16_BOMS) or utf16_without_bom(data):
        return True
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def decode_text(data: bytes, where: str, encoding: str = "") -> tuple[str, list[str]]:
    """(text, warnings) of a text file's bytes: UTF-8 (BOM or not), UTF-16 with a BOM or without
    one (utf16_without_bom); else, with a warning: UTF-8 with its few invalid sequences replaced
    (`htmlpage.damaged_utf8`), or `encoding` (a Python codec the user named, `--encoding`;
    a warning only if some bytes have no character in it), or without one the detected
    single-byte codec (`htmlpage.guess_encoding`, Windows-1252 when unsure)."""
    if utf16 := utf16_without_bom(data):
        return data.decode(utf16, errors="replace"), []
    if data.startswith(UTF16_BOMS):
        try:
            return data.decode("utf-16"), []
        except UnicodeDecodeError as exc:  # cut off mid-character (an odd length), a lone surrogate
            return data.decode("utf-16", errors="replace"), [
                f"{where}: not valid UTF-16 (byte {exc.start}); invalid byte sequences replaced by U+FFFD"
            ]
    try:
        text, warnings = repair_double_utf8(data.decode("utf-8-sig"), where)
        return text, warnings + _replaced_before(text, where)
    except UnicodeDecodeError as exc:
        from .htmlpage import (  # light: trafilatura itself is imported lazily there
            damaged_utf8,
            decode_named,
            guess_encoding,
            named_encoding_warning,
        )

        damaged = damaged_utf8(data)
        if damaged is not None:  # UTF-8 with a few bad bytes: not a page in another encoding
            text, invalid = damaged
            return text.removeprefix("\ufeff"), [
                f"{where}: not valid UTF-8 (byte {exc.start}); read as UTF-8 with {invalid} invalid byte "
                f"sequence{'s' if invalid > 1 else ''} replaced by U+FFFD"
            ]
        if encoding:
            text, replaced, doubt = decode_named(data, encoding)
            said = named_encoding_warning(where, encoding, replaced, doubt)
            return text.removeprefix("\ufeff"), [said] if said else []
        # cp1252 is what mis-declared "latin-1" news pages almost always are, and wins whenever
        # the detector finds it as clean as anything else; latin-1 is the last resort because
        # it maps every byte, so decoding never fails.
        enc = guess_encoding(data)
        if enc != "cp1252":
            return data.decode(enc, errors="replace"), [
                f"{where}: not valid UTF-8 (byte {exc.start}); decoded as {enc} (a guess): {sniff.encoding_hint(enc)}"
            ]
        text = _cp1252(data)
        return text, [
            f"{where}: not valid UTF-8 (byte {exc.start}); decoded as Windows-1252 (a guess): {sniff.encoding_hint('cp1252')}"
        ]


# How many U+FFFD characters a valid UTF-8 file holds before a warning says its text was damaged
# before it was saved (a new user's dump of a Chinese page decoded as something else: "���硶Լ…",
# indexed with a garbage title and no word of warning); one or two are a page's own stray mark.
REPLACED_WARN_MIN = 10


def _replaced_before(text: str, where: str) -> list[str]:
    """A warning when `text` (a valid UTF-8 file's) holds REPLACED_WARN_MIN or more U+FFFD
    replacement characters: characters lost before the file was saved, which no decoding brings
    back; else []."""
    replaced = text.count("\ufffd")
    if replaced < REPLACED_WARN_MIN:
        return []
    return [
        f"{where}: {replaced:,} characters of its text are U+FFFD, replaced before the file was saved "
        "(its text was decoded with the wrong encoding): those words are lost; save the page again from its source"
    ]


# Two characters that a UTF-8 sequence becomes when its bytes are read as Windows-1252 or
# Latin-1 (a lead byte C2-F4: "Â".."ô", then a continuation byte 80-BF: "€", "Ÿ", "©", "\x81"...):
# "cafÃ©", "beschlieÃŸt", "â€œ". A text without any such pair is not double-encoded, and is
# left alone without importing ftfy (~0.13 s).
_DOUBLE_UTF8_HINT = re.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018\u2019\u201a\u201c\u201d\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
)


def repair_double_utf8(text: str, where: str) -> tuple[str, list[str]]:
    """(text, warnings) of a text decoded as UTF-8: when its UTF-8 had been decoded as Windows-1252
    or Latin-1 and saved as UTF-8 again ("beschlieÃŸt", "cafÃ©"), the text repaired by ftfy's
    encoding fixes only (`fix_encoding`: no quotes, widths, ligatures or HTML touched) with one
    warning naming the file and a repaired word; else the text unchanged (ftfy leaves text it
    does not judge to be mojibake as it is: correct German, French, Russian or Japanese stays
    byte-identical, tests/test_double_utf8.py)."""
    if not _DOUBLE_UTF8_HINT.search(text):
        return text, []
    import ftfy

    fixed = ftfy.fix_encoding(text)
    if fixed == text:
        return text, []
    at = next((i for i, (a, b) in enumerate(zip(text, fixed)) if a != b), min(len(text), len(fixed)))
    start = max(text.rfind(c, 0, at) for c in " \n\t") + 1
    bad, good = (t[start:].split(maxsplit=1)[0] if t[start:].strip() else "" for t in (text, fixed))
    return fixed, [
        f"{where}: UTF-8 text decoded twice (mojibake such as {bad!r} for {good!r}); repaired with ftfy: "
        "save the file as UTF-8 from its source to index it as written"
    ]


def _cp1252(data: bytes) -> str:
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def check_text_bytes(ref: SourceRef, data: bytes) -> None:
    """Refuse empty and binary files, and document formats (check_not_document), before
    anything is written (HTML is checked when parsed, gzipped bytes once unpacked)."""
    check_not_document(ref, data)
    if data.startswith(sniff.GZIP_MAGIC):  # checked once unpacked (_sniff)
        return
    if unpacked_name(ref.path.name).endswith(HTML_SUFFIXES):
        if looks_binary(data):
            raise SourceError(_binary_message(ref))
        return
    _check_not_empty(ref, data)
    if looks_binary(data):
        raise SourceError(_binary_message(ref))


def is_blank(data: bytes) -> bool:
    """Whether `data` holds nothing but white space: Unicode white space too (no-break spaces,
    a lone BOM)."""
    return not data.strip() or not data.decode("utf-8-sig", "ignore").strip()


def _check_not_empty(ref: SourceRef, data: bytes) -> None:
    """SourceError "empty file" when `data` (a file's bytes, a saved page's unpacked ones) holds
    nothing but white space (`is_blank`), so a named file is refused up front. Text files and
    saved pages alike (an empty .html was recorded with 0 paragraphs, and --strict let it pass
    while it failed on an empty .txt)."""
    if is_blank(data):
        raise SourceError(f"empty file: {ref.where}: nothing to index")


def check_not_document(ref: SourceRef, data: bytes) -> None:
    """SourceError for a document format under any name (sniff.document_format: a PDF, RTF or
    .docx saved as `.txt`), naming the file and the tool that gives its text: read as text, a
    PDF's syntax was indexed as an article (in Danish, by its guessed language)."""
    found = sniff.document_format(data)
    if found is None:
        return
    what, command = found
    import shlex

    raise SourceError(f"{what}, not text: {ref.where}: {sniff.conversion_advice(command, shlex.quote(ref.where))}")


def _binary_message(ref: SourceRef) -> str:
    return (
        f"binary file: {ref.where}: expected text (.txt, .md, .txt.gz) or a saved page (.html, .htm, .html.gz, .mhtml)"
    )


def unpack(ref: SourceRef, data: bytes) -> bytes:
    """`data`, the bytes of `ref`, gunzipped when they start with the gzip magic (whatever the
    file's name: a `.txt.gz`, a `.html.gz`, a page saved compressed under `.html`), else as they
    are. SourceError, one line, for a file that expands beyond MAX_FILE_BYTES (a decompression
    bomb: the limit of a plain file) or a truncated or corrupt one (htmlpage.decompress)."""
    if not data.startswith(sniff.GZIP_MAGIC):
        return data
    from .htmlpage import decompress  # light: trafilatura itself is imported lazily there

    page = unpacked_name(ref.path.name).endswith(HTML_SUFFIXES)
    return decompress(data, ref.where, MAX_FILE_BYTES, "page" if page else "file")


def mhtml_page(data: bytes, where: str) -> tuple[bytes | str, str]:
    """The saved page inside an MHTML file (RFC 2557: a MIME message of the page and its
    resources, as Chrome, Edge and Internet Explorer save "a single file") and the address it
    was saved from ("" when not given): its first text/html part, its transfer encoding
    (quoted-printable, base64) undone, as text when the part names its charset, else as bytes
    for the page's own <meta charset> to decide; the address is the part's Content-Location, or
    the message's Snapshot-Content-Location (Chrome's). SourceError when the file holds no HTML
    part (a damaged or truncated save)."""
    import email
    import email.policy

    message = email.message_from_bytes(data, policy=email.policy.compat32)
    for part in message.walk():
        if part.get_content_type() != "text/html":
            continue
        payload = part.get_payload(decode=True)
        if not isinstance(payload, bytes):
            continue
        where_from = str(part.get("Content-Location") or message.get("Snapshot-Content-Location") or "").strip()
        url = where_from if WEB_URL.match(where_from) else ""
        charset = part.get_content_charset()
        if charset:
            try:
                return payload.decode(charset), url
            except (LookupError, UnicodeDecodeError):
                pass  # an unknown or lying label: the page's own declaration, else detection
        return payload, url
    raise SourceError(
        f"no web page in {where}: an .mhtml file holds the page as its text/html part; save the page again"
    )


def _html_document(
    ref: SourceRef, digest: str, page: bytes | str, notes: list[str] | None = None, url: str = ""
) -> Document:
    """The Document of an HTML page (`page`: the bytes as read, or text already decoded), as
    htmlpage.extract gives it, with the page's own address (page_url) as meta["url"]; `notes`
    go before the extraction's own warnings."""
    from . import htmlpage

    text, blocks, meta, warnings = htmlpage.extract(page, ref.where, ref.encoding)
    # The address from the tree extraction parsed (pageurl), else from the page's start parsed
    # again (a page extraction gave up on); `url`: where a saved file says the page was.
    meta = {**meta, "url": (meta["url"] if "url" in meta else page_url(page)) or url}
    return Document(
        id=ref.id,
        path=shown(ref.path),
        where=ref.where,
        content_hash=digest,
        text=text,
        format="html",
        blocks=blocks,
        meta=meta,
        warnings=[*(notes or []), *warnings],
    )


class _Sniffed(NamedTuple):
    """What a file holds, as read_document decides it from the content (sniff.looks_like_html),
    not the name: an HTML `page` to extract (bytes as read, or text already decoded) with the
    address a saved file says it came from, or None and the decoded `text`; `notes` are the
    warnings so far."""

    page: bytes | str | None
    url: str
    text: str
    notes: list[str]


def _sniff(ref: SourceRef, data: bytes) -> _Sniffed:
    """Whether `data`, the bytes of `ref`, is read as an HTML page or as text (_Sniffed). Raises
    SourceError for a binary or empty file."""
    name = unpacked_name(ref.path.name)
    sniffed: list[str] = []
    raw = unpack(ref, data)
    plain_gz = ref.path.name.lower().endswith(GZIP_SUFFIX) and raw is data  # a ".html.gz" not gzip-compressed
    if name.endswith(MHTML_SUFFIXES):
        _check_not_empty(ref, raw)
        page, url = mhtml_page(raw, ref.where)
        _check_not_empty(ref, page.encode() if isinstance(page, str) else page)
        return _Sniffed(page, url, "", [])
    if name.endswith(HTML_SUFFIXES):
        # Sniff content, not names: an .html file that holds plain text is read as text.
        _check_not_empty(ref, raw)  # a saved page with nothing in it is an empty file, as a .txt
        check_not_document(ref, raw)
        if looks_binary(raw):  # random bytes, an image or an archive under an .html name
            raise SourceError(_binary_message(ref))
        if utf16 := utf16_without_bom(raw):  # no mark for htmlpage.decode to go by: decoded here
            page = raw.decode(utf16, errors="replace")
            if sniff.looks_like_html(page):
                return _Sniffed(page, "", "", [])
        # a UTF-16 page's markup is only seen through its own codec
        peek = raw[: 4 * sniff.SNIFF_CHARS].decode("utf-16" if raw.startswith(UTF16_BOMS) else "utf-8", "replace")
        if not (raw.strip() and not sniff.looks_like_html(peek)):
            return _Sniffed(raw, "", "", [])
        data = raw
        if not sniff.has_html_markup(peek):  # else a fragment: read_document says so
            # named for what it was taken for: a ".html.gz" of plain text was "this .html file"
            # and never said to be uncompressed (a user's trial)
            what = "not gzip-compressed and no HTML markup in it" if plain_gz else "no HTML markup in this .html file"
            sniffed.append(f"{ref.where}: {what}; read as plain text")
    data = raw
    if plain_gz and not name.endswith(HTML_SUFFIXES):  # "a.txt.gz" of plain text, said as ".html.gz" is
        sniffed.append(f"{ref.where}: not gzip-compressed; read as it is")
    check_text_bytes(ref, data)
    text, warnings = decode_text(data, ref.where, ref.encoding)
    if not text.strip():
        raise SourceError(f"empty file: {ref.where}: nothing to index")
    if sniff.looks_like_html(text):  # a saved web page under a text name
        note = f"{ref.where}: holds an HTML page, not plain text; read as HTML"
        return _Sniffed(text, "", "", [note, *sniffed, *warnings])
    return _Sniffed(None, "", text, sniffed + warnings)


def holds_html(ref: SourceRef, data: bytes | None = None) -> bool:
    """Whether read_document reads `ref` (its bytes `data`, else read) as an HTML page: by its
    content, as a build does (a `.txt` holding a saved page is one, an `.html` holding plain
    text is not), without extracting it. Raises SourceError as read_document does (a file that
    cannot be read, a binary or empty file, a truncated .gz)."""
    return _sniff(ref, read_bytes(ref) if data is None else data).page is not None


def read_document(ref: SourceRef, data: bytes | None = None) -> Document:
    """Read and decode one article file, as HTML or text by what it holds (_sniff). Raises
    SourceError for binary or empty files."""
    if data is None:
        data = read_bytes(ref)
    digest = content_hash(data)
    page, url, text, warnings = _sniff(ref, data)
    if page is not None:
        return _html_document(ref, digest, page, warnings, url)
    return _text_document(ref, digest, text, warnings)


def read_text_document(ref: SourceRef, data: bytes | None = None) -> Document | None:
    """read_document for a file that holds plain text; None, without extracting it (trafilatura:
    ~45 ms a page), for one that holds an HTML page. Raises SourceError as read_document does."""
    if data is None:
        data = read_bytes(ref)
    page, _, text, warnings = _sniff(ref, data)
    return None if page is not None else _text_document(ref, content_hash(data), text, warnings)


def _text_document(ref: SourceRef, digest: str, text: str, warnings: list[str]) -> Document:
    """The Document of a plain-text file's decoded `text`: Markdown reduced, markup without a
    page and character references decoded, control characters removed (each with a warning)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    # front matter, an e-mail forward's envelope, a web archive's toolbar: no article text, but
    # the article's title, date, author or address
    text, meta = envelope.unwrap(text)
    markdown = unpacked_name(ref.path.name).endswith((".md", ".markdown")) or sniff.has_markdown_links(text)
    if markdown:
        text = sniff.markdown_to_text(text)
    # A page's body markup without the page: the parser decodes its character references.
    if not markdown and sniff.has_html_markup(text):
        text = sniff.markup_to_text(text)
        warnings.append(f"{ref.where}: holds HTML markup without a page around it; read as text, tags removed")
    else:  # decoded once: "&amp;lt;" in markup is the text "&lt;", not "<"
        text, _ = sniff.decode_entities(text)  # "caf&#233;" in a text file is "café"
    text, removed = sniff.remove_controls(text)
    if removed:
        # Terminal escapes and other control characters are never article text, and printed
        # back by search or show they would drive the user's terminal.
        warnings.append(f"{ref.where}: {removed} control character{'s' if removed > 1 else ''} removed")
    if not markdown:  # a report or paper dumped from a PDF: page furniture, hyphenated breaks
        text, notes = pdftext.from_pdf(text)
        warnings.extend(f"{ref.where}: {note}" for note in notes)
    return Document(
        id=ref.id, path=shown(ref.path), where=ref.where, content_hash=digest, text=text, meta=meta, warnings=warnings
    )

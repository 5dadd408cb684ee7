"""Finds the files behind the paths a user gives and hands each to the reader for its format.

Paths may be files, folders (read recursively: files of the known suffixes, hidden ones left
out), glob patterns (quoted, so that autokg expands them: 'news/**/*.html') or `-` for
standard input. Every file is checked before it is read: its size against the limit, that it
is text at all, and its encoding (UTF-8, a BOM, an encoding the page declares, or one
charset-normalizer detects). The format follows the suffix; standard input and unknown
suffixes are sniffed from the first bytes.
"""

import glob
import re
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from loaders.base import Draft, LoadFailure, LoadOptions, SourceItem, finish

SUFFIXES = {
    ".txt": "text", ".text": "text", ".md": "text", ".markdown": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html", ".shtml": "html",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".jsonlines": "jsonl",
    ".json": "json",
    ".csv": "csv", ".tsv": "csv",
    ".rss": "feed", ".atom": "feed", ".xml": "feed",
}  # fmt: skip
FORMATS = ("text", "html", "json", "jsonl", "csv", "feed")
STDIN = "<stdin>"
_GLOB_CHARS = re.compile(r"[*?\[]")
_MAGIC = [
    (b"\x89PNG", "PNG image"), (b"\xff\xd8\xff", "JPEG image"), (b"GIF8", "GIF image"),
    (b"%PDF", "PDF document"), (b"PK\x03\x04", "ZIP archive or Office document"),
    (b"\x1f\x8b", "gzip archive"), (b"\x7fELF", "executable"), (b"SQLite format 3", "SQLite file"),
    (b"\xfd7zXZ", "xz archive"), (b"7z\xbc\xaf", "7-Zip archive"), (b"Rar!", "RAR archive"),
    (b"OggS", "Ogg media"), (b"ID3", "MP3 audio"), (b"\xd0\xcf\x11\xe0", "old Office document"),
]  # fmt: skip
_BOMS = [
    (b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"),
]  # fmt: skip
_DECLARED = re.compile(rb"""(?:charset|encoding)\s*=\s*["']?([A-Za-z0-9_.:-]{2,40})""")


@dataclass(frozen=True)
class Source:
    """One file to read (path None: standard input), or a path that led to nothing."""

    name: str
    path: Path | None
    size: int | None = None
    problem: str | None = None


class UnreadableError(Exception):
    """A file that is not article text: binary, empty, too large, undecodable."""

    def __init__(self, reason: str, line: int | None = None) -> None:
        super().__init__(reason)
        self.reason, self.line = reason, line


def _size(path: Path) -> int | None:
    try:
        return path.stat().st_size
    except OSError:
        return None


def _folder(root: Path) -> tuple[list[Source], str | None]:
    found: list[Source] = []
    skipped: Counter[str] = Counter()
    for child in sorted(root.rglob("*")):
        relative = child.relative_to(root).parts
        if any(part.startswith(".") for part in relative) or not child.is_file():
            continue
        if child.suffix.lower() in SUFFIXES:
            found.append(Source(str(child), child, _size(child)))
        else:
            skipped[child.suffix.lower() or "no suffix"] += 1
    note = None
    if skipped:
        kinds = ", ".join(sorted(skipped))
        note = f"{root}: skipped {sum(skipped.values())} file(s) of other types ({kinds})"
    return found, note


def discover(paths: Iterable[str]) -> tuple[list[Source], list[str]]:
    """The files behind paths, in a stable order, and notes on what folders left out."""
    sources: list[Source] = []
    notes: list[str] = []
    for raw in paths:
        if raw == "-":
            sources.append(Source(STDIN, None))
            continue
        path = Path(raw)
        matches: list[Path]
        if not path.exists() and _GLOB_CHARS.search(raw):
            # glob.glob, not Path.glob: the pattern may be absolute or start with ..
            matches = sorted(Path(p) for p in glob.glob(raw, recursive=True))  # noqa: PTH207
            if not matches:
                sources.append(Source(raw, path, problem="no file matches this pattern"))
                continue
        else:
            matches = [path]
        for match in matches:
            if match.is_dir():
                found, note = _folder(match)
                sources.extend(found)
                if note:
                    notes.append(note)
            elif match.is_file():
                sources.append(Source(str(match), match, _size(match)))
            elif match.exists():
                sources.append(Source(str(match), match, problem="not a regular file"))
            else:
                sources.append(Source(str(match), match, problem="no such file or folder"))
    return sources, notes


def iter_articles(
    paths: Iterable[str], default_date: str | None = None, options: LoadOptions | None = None
) -> Iterator[SourceItem]:
    """Every article (or failure) under paths, in order."""
    if options is None:
        options = LoadOptions(default_date=default_date)
    sources, _ = discover(paths)
    for source in sources:
        yield from read_source(source, options)


def read_source(source: Source, options: LoadOptions) -> list[SourceItem]:
    """The articles of one file; whatever goes wrong becomes a failure naming the file."""
    if source.problem is not None:
        return [LoadFailure(source.name, source.problem)]
    try:
        return list(_read(source, options))
    except UnreadableError as exc:
        return [LoadFailure(source.name, exc.reason, exc.line)]
    except OSError as exc:
        return [LoadFailure(source.name, f"cannot read: {exc.strerror or exc}")]
    except Exception as exc:  # a reader's bug must not stop the batch
        return [LoadFailure(source.name, f"unexpected error: {type(exc).__name__}: {exc}")]


def _megabytes(size: int) -> str:
    return f"{size / 2**20:.1f} MB" if size >= 2**20 else f"{size:,} bytes"


def _read_bytes(source: Source, limit: int) -> tuple[bytes, float | None]:
    if source.path is None:
        data = sys.stdin.buffer.read(limit + 1)
        if len(data) > limit:
            raise UnreadableError(
                f"standard input is over the {_megabytes(limit)} limit (raise it with --max-size)"
            )
        return data, None
    stat = source.path.stat()
    if stat.st_size > limit:
        raise UnreadableError(
            f"file is {_megabytes(stat.st_size)}, over the {_megabytes(limit)} "
            "limit (raise it with --max-size)"
        )
    with source.path.open("rb") as handle:
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise UnreadableError(
            f"file is over the {_megabytes(limit)} limit (raise it with --max-size)"
        )
    return data, stat.st_mtime


def _read(source: Source, options: LoadOptions) -> Iterator[SourceItem]:
    data, mtime = _read_bytes(source, options.max_size)
    if not data.strip():
        raise UnreadableError("empty file" if source.path is not None else "no input")
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            raise UnreadableError(f"binary file ({kind}), not an article")
    suffix = source.path.suffix.lower() if source.path is not None else ""
    fmt = options.input_format or SUFFIXES.get(suffix)
    if fmt == "feed":
        from loaders.feeds import read_feed

        drafts: Iterable[Draft | LoadFailure] = read_feed(_check_text_bytes(data), source.name)
        note = None
    else:
        text, note = decode(data)
        if not text.strip():
            raise UnreadableError("empty file" if source.path is not None else "no input")
        fmt = fmt or sniff(text)
        if fmt == "feed":
            from loaders.feeds import read_feed

            drafts = read_feed(data, source.name)
        else:
            drafts = _drafts(fmt, text, source.name, options, suffix)
    for draft in drafts:
        if isinstance(draft, LoadFailure):
            yield draft
            continue
        if note is not None:
            draft.warnings.insert(0, note)
        yield finish(draft, source.name, options, mtime)


def _drafts(
    fmt: str, text: str, name: str, options: LoadOptions, suffix: str
) -> Iterable[Draft | LoadFailure]:
    fields = options.fields or None
    if fmt == "html":
        from loaders.html import read_html

        return [read_html(text, name)]
    if fmt in ("json", "jsonl", "csv"):
        from loaders import records

        if fmt == "jsonl":
            return records.read_jsonl(text, name, fields)
        if fmt == "json":
            return records.read_json(text, name, fields)
        return records.read_csv(text, name, fields, suffix)
    from loaders.text import read_text

    return read_text(text, name)


def sniff(text: str) -> str:
    """The format of text that came without a telling suffix."""
    head = text[:4096].lstrip("\ufeff \t\r\n").lower()
    if head.startswith("<"):
        if re.search(r"<(?:rss|feed|rdf:rdf)[\s>]", head[:2048]):
            return "feed"
        return "html"
    if head.startswith("["):
        return "json"
    if head.startswith("{"):
        from loaders.records import looks_like_jsonl

        return "jsonl" if looks_like_jsonl(text) else "json"
    return "text"


def _check_text_bytes(data: bytes) -> bytes:
    """Feeds are decoded by feedparser from their XML declaration; only refuse binary here."""
    if not any(data.startswith(bom) for bom, _ in _BOMS) and b"\x00" in data[:8192]:
        raise UnreadableError("binary file, not an article")
    return data


def decode(data: bytes) -> tuple[str, str | None]:
    """The text of a file, and a note when it was not UTF-8."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return _text_only(data.decode(codec)), None
            except UnicodeDecodeError as exc:
                raise UnreadableError(
                    f"not valid {codec.upper()} despite its byte order mark (byte {exc.start})"
                ) from exc
    if b"\x00" in data[:8192]:
        return _detected(data, nul=True)
    try:
        return _text_only(data.decode("utf-8")), None
    except UnicodeDecodeError as exc:
        bad = exc.start
    declared = _DECLARED.search(data[:4096])
    if declared is not None:
        codec = declared.group(1).decode("ascii").lower()
        if codec.replace("-", "").replace("_", "") not in ("utf8", "utf16", "utf32"):
            try:
                return _text_only(data.decode(codec)), f"not UTF-8; read as declared {codec}"
            except (LookupError, UnicodeDecodeError):
                pass
    if _mostly_utf8(data):
        line = data.count(b"\n", 0, bad) + 1
        column = bad - (data.rfind(b"\n", 0, bad) + 1) + 1
        raise UnreadableError(f"invalid UTF-8: byte 0x{data[bad]:02x} at column {column}", line)
    return _detected(data, nul=False)


def _mostly_utf8(data: bytes) -> bool:
    """UTF-8 with a few broken bytes (valid multi-byte characters elsewhere), not another
    encoding: such a file is damaged, and reading it in a legacy encoding would garble it."""
    text = data.decode("utf-8", errors="replace")
    return any(ord(c) > 0x7F and c != "\ufffd" for c in text)


def _detected(data: bytes, nul: bool) -> tuple[str, str | None]:
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data[: 2**20]))
    if not matches:
        raise UnreadableError(
            "binary file, not an article"
            if nul
            else "unknown text encoding: not UTF-8, and no other encoding fits"
        )
    best = matches[0]
    # charset-normalizer ties Western single-byte encodings on short texts; Windows-1252 is
    # by far the most common legacy encoding of news pages, so it wins a tie.
    codec = best.encoding
    for match in matches:
        if match.chaos <= best.chaos and "cp1252" in match.could_be_from_charset:
            codec = "cp1252"
            break
    if nul and not codec.startswith(("utf_16", "utf_32")):
        raise UnreadableError("binary file, not an article")
    try:
        text = data.decode(codec)
    except (UnicodeDecodeError, LookupError) as exc:
        raise UnreadableError(
            "unknown text encoding: not UTF-8, and no other encoding fits"
        ) from exc
    return _text_only(text), f"not UTF-8; read as {codec} (detected)"


def _text_only(text: str) -> str:
    """Refuse text full of control characters: a binary file that happened to decode."""
    sample = text[:65536]
    controls = sum(1 for c in sample if c < " " and c not in "\t\n\r\f\v\x1b")
    if sample and ((controls > 8 and controls > len(sample) // 100) or "\x00" in sample):
        raise UnreadableError("binary file, not an article")
    return text

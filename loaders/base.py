"""What every loader yields: an article, or a failure that names its file and line.

Format readers (text, HTML, records, feeds) produce `Draft`s: the fields they found, as found.
`finish` turns a draft into an `Article` in one place, so that every format settles the
publication date, its fallback and the article id the same way.
"""

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from kg.ids import article_id
from kg.model import Article
from loaders.dates import parse_date

DEFAULT_MAX_SIZE = 50 * 1024 * 1024
_SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass(frozen=True)
class LoadedArticle:
    article: Article
    source: str
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class LoadFailure:
    source: str
    reason: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line is not None else self.source
        return f"{where}: {self.reason}"


SourceItem = LoadedArticle | LoadFailure


@dataclass(frozen=True)
class LoadOptions:
    """How to read sources: date fallbacks, the size limit, field names and a forced format."""

    default_date: str | None = None
    date_from_mtime: bool = False
    max_size: int = DEFAULT_MAX_SIZE
    fields: Mapping[str, str] = field(default_factory=dict)
    input_format: str | None = None

    def __post_init__(self) -> None:
        if self.default_date is not None and self.date_from_mtime:
            raise ValueError("use either --default-date or --date-from-mtime, not both")
        if self.default_date is not None:
            try:
                parsed = parse_date(self.default_date)
            except ValueError as exc:
                raise ValueError(f"--default-date: {exc}") from exc
            object.__setattr__(self, "default_date", parsed)
        if self.max_size <= 0:
            raise ValueError("--max-size must be positive")


@dataclass
class Draft:
    """One article as a format reader found it, before its date and id are settled."""

    text: str
    title: str = ""
    published: object = None
    publisher: str = ""
    url: str = ""
    author: str = ""
    date_origin: str = "metadata"
    line: int | None = None
    entry: int | None = None
    warnings: list[str] = field(default_factory=list)

    def where(self, path: str) -> str:
        """The source name of the article: the file, plus its line or entry when it has one."""
        if self.line is not None:
            return f"{path}:{self.line}"
        if self.entry is not None:
            return f"{path}#{self.entry}"
        return path

    def failure(self, path: str, reason: str) -> LoadFailure:
        if self.line is None and self.entry is not None:
            reason = f"entry {self.entry}: {reason}"
        return LoadFailure(path, reason, self.line)


def _trim(text: str) -> str:
    """Drop trailing whitespace and leading blank lines; keep the first line's indentation."""
    text = text.rstrip()
    start = 0
    for line in text.splitlines(keepends=True):
        if line.strip():
            break
        start += len(line)
    return text[start:]


def finish(draft: Draft, path: str, options: LoadOptions, mtime: float | None = None) -> SourceItem:
    """Settle the date (or its explicit fallback) and the id, and build the Article."""
    warnings = list(draft.warnings)
    fields = [draft.text, draft.title, draft.publisher, draft.url, draft.author]
    if any(_SURROGATE.search(value) for value in fields):
        # JSON escapes such as "\ud800" decode to lone surrogates, which are not text.
        fields = [_SURROGATE.sub("\ufffd", value) for value in fields]
        warnings.append("replaced invalid characters (lone surrogates) with U+FFFD")
    body, title, publisher, url, author = fields
    text = _trim(body)
    if not text:
        return draft.failure(path, "the article has no text")
    try:
        published = parse_date(draft.published)
    except ValueError as exc:
        return draft.failure(path, f"unparseable publication date: {exc}")
    origin = draft.date_origin
    if published is None:
        if options.default_date is not None:
            published, origin = options.default_date, "default"
            warnings.append(f"no publication date; using --default-date {published}")
        elif options.date_from_mtime and mtime is not None:
            day = dt.datetime.fromtimestamp(mtime, tz=dt.UTC).date().isoformat()
            published, origin = day, "mtime"
            warnings.append(f"no publication date; using the file's modification date {day}")
        else:
            hint = "--default-date" if mtime is None else "--default-date or --date-from-mtime"
            return draft.failure(path, f"no publication date (give one in the source, or {hint})")
    source = draft.where(path)
    url = url.strip()
    article = Article(
        id=article_id(text, url),
        title=" ".join(title.split()),
        published=published,
        published_source=origin,
        publisher=" ".join(publisher.split()),
        url=url,
        author=" ".join(author.split()),
        source_path=source,
        text=text,
    )
    return LoadedArticle(article, source, tuple(warnings))

"""Plain-text articles with a `Title:` / `Published:` / `Publisher:` header (also Markdown)."""

import re
from collections.abc import Iterator

from kg.ids import article_id
from kg.model import Article
from kg.model.dates import is_partial_date
from loaders.base import LoadedArticle, LoadFailure, SourceItem

_HEADER_LINE = re.compile(r"^(Title|Published|Publisher|URL|Url|Author|Date):[ \t]*(.*)$")


def parse_text_article(
    text: str, source: str, default_date: str | None = None
) -> Iterator[SourceItem]:
    header: dict[str, str] = {}
    lines = text.splitlines(keepends=True)
    index = 0
    while index < len(lines):
        match = _HEADER_LINE.match(lines[index].rstrip("\r\n"))
        if not match:
            break
        header[match.group(1).lower()] = match.group(2).strip()
        index += 1
    while index < len(lines) and not lines[index].strip():
        index += 1
    body = "".join(lines[index:]).rstrip()
    if not body.strip():
        yield LoadFailure(source, "the article has no text")
        return
    published = header.get("published") or header.get("date") or ""
    warnings: list[str] = []
    published_source = "header"
    if not published:
        if default_date is None:
            yield LoadFailure(
                source, "no publication date (add a 'Published: YYYY-MM-DD' line or --default-date)"
            )
            return
        published, published_source = default_date, "default"
        warnings.append(f"no publication date; using {default_date}")
    elif not (is_partial_date(published) and len(published) == 10):
        yield LoadFailure(source, f"unparseable publication date {published!r} (use YYYY-MM-DD)")
        return
    url = header.get("url", "")
    yield LoadedArticle(
        Article(
            id=article_id(body, url),
            title=header.get("title", ""),
            published=published,
            published_source=published_source,
            publisher=header.get("publisher", ""),
            url=url,
            author=header.get("author", ""),
            source_path=source,
            text=body,
        ),
        source,
        tuple(warnings),
    )

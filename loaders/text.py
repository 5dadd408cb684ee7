"""Plain-text and Markdown articles.

Metadata comes first, in one of two forms:
- a header of `Name: value` lines (Title, Published or Date, Publisher, URL, Author), then a
  blank line, then the body;
- YAML front matter between two `---` lines (read with yaml.safe_load: plain values only, no
  tags or objects), with keys such as title, date or published, publisher or source, url or
  link, author or authors.
In Markdown without a title, a first-level `# Heading` line gives it (the line stays in the text).
"""

import re
from collections.abc import Iterator
from typing import Any

import yaml

from loaders.base import Draft, LoadFailure
from loaders.records import FIELD_NAMES, as_text, field_value

_HEADER_LINE = re.compile(
    r"^(Title|Published|Publisher|URL|Url|Author|Date|Source|Link):[ \t]*(.*)$"
)
_HEADER_KEYS = {"date": "published", "source": "publisher", "link": "url"}
_FRONT_MATTER_END = re.compile(r"^(?:---|\.\.\.)[ \t]*$", re.MULTILINE)
_MARKDOWN_TITLE = re.compile(r"^#[ \t]+(.+?)[ \t#]*$", re.MULTILINE)
MAX_FRONT_MATTER = 64 * 1024


def read_text(text: str, source: str) -> Iterator[Draft | LoadFailure]:
    if text.startswith("---") and text[:4].rstrip("\r\n") == "---":
        yield _front_matter_article(text, source)
    else:
        yield _header_article(text)


def _header_article(text: str) -> Draft:
    header: dict[str, str] = {}
    lines = text.splitlines(keepends=True)
    index = 0
    while index < len(lines):
        match = _HEADER_LINE.match(lines[index].rstrip("\r\n"))
        if not match:
            break
        key = match.group(1).lower()
        header[_HEADER_KEYS.get(key, key)] = match.group(2).strip()
        index += 1
    body = "".join(lines[index:])
    return Draft(
        text=body,
        title=header.get("title", "") or _markdown_title(body),
        published=header.get("published") or None,
        publisher=header.get("publisher", ""),
        url=header.get("url", ""),
        author=header.get("author", ""),
        date_origin="header",
    )


def _front_matter_article(text: str, source: str) -> Draft | LoadFailure:
    first_break = text.find("\n") + 1 if "\n" in text else len(text)
    end = _FRONT_MATTER_END.search(text, first_break)
    if end is None or end.start() - first_break > MAX_FRONT_MATTER:
        return LoadFailure(source, "YAML front matter is not closed by a '---' line", 1)
    block = text[first_break : end.start()]
    try:
        meta = yaml.safe_load(block)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 2 if mark is not None else 1
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        return LoadFailure(source, f"invalid YAML front matter: {problem}", line)
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        return LoadFailure(source, "YAML front matter is not a mapping of names to values", 2)
    body = text[end.end() :]
    record: dict[str, Any] = {str(k): v for k, v in meta.items()}
    values = {name: field_value(record, name, None) for name in FIELD_NAMES if name != "text"}
    return Draft(
        text=body,
        title=as_text(values["title"]) or _markdown_title(body),
        published=values["published"],
        publisher=as_text(values["publisher"]),
        url=as_text(values["url"]),
        author=as_text(values["author"]),
        date_origin="header",
    )


def _markdown_title(body: str) -> str:
    for line in body.splitlines():
        if line.strip():
            match = _MARKDOWN_TITLE.match(line)
            return match.group(1) if match else ""
    return ""

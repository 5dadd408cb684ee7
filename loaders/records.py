"""Articles as records: JSON Lines, JSON documents and CSV (or TSV) exports.

Each record's fields are found by their common names (title, text/body/content,
date/published/publishedAt, url/link, source/publisher, author), compared without case or
punctuation, or named explicitly (`--field text=body`, `--field publisher=source.name`; a dotted
name walks into nested JSON objects). Failures carry the record's line number.
"""

import csv
import io
import json
import re
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from loaders.base import Draft, LoadFailure

FIELD_NAMES: dict[str, tuple[str, ...]] = {
    "text": (
        "text",
        "body",
        "content",
        "articlebody",
        "articletext",
        "fulltext",
        "maintext",
        "bodytext",
        "contenttext",
        "article",
        "story",
    ),
    "title": ("title", "headline", "heading", "articletitle"),
    "published": (
        "published",
        "publishedat",
        "publishedon",
        "publicationdate",
        "pubdate",
        "datepublished",
        "publishdate",
        "publishedtime",
        "date",
        "datetime",
        "created",
        "createdat",
        "timestamp",
        "time",
    ),
    "url": ("url", "link", "canonicalurl", "permalink", "weburl", "articleurl", "uri", "href"),
    "publisher": (
        "publisher",
        "source",
        "sourcename",
        "sitename",
        "site",
        "outlet",
        "publication",
        "newspaper",
        "domain",
    ),
    "author": ("author", "authors", "byline", "creator", "writer"),
}
FIELD_ALIASES = {"date": "published", "source": "publisher", "body": "text", "link": "url"}
_HTML_HINT = re.compile(r"<(?:p|div|br|span|a|em|strong|b|i|li|h[1-6])\b[^>]*>", re.IGNORECASE)
_CONTAINER_KEYS = ("articles", "items", "data", "results", "entries", "records", "docs", "news")
_DELIMITERS = ",;\t|"


def parse_field_map(pairs: Sequence[str]) -> dict[str, str]:
    """`text=body` pairs into {'text': 'body'}; ValueError on an unknown field or a bad pair."""
    mapping: dict[str, str] = {}
    for pair in pairs:
        name, sep, key = pair.partition("=")
        name = FIELD_ALIASES.get(name.strip().lower(), name.strip().lower())
        if not sep or not key.strip():
            raise ValueError(f"expected FIELD=NAME, got {pair!r}")
        if name not in FIELD_NAMES:
            raise ValueError(
                f"unknown field {pair.partition('=')[0]!r} in {pair!r} "
                f"(fields: {', '.join(FIELD_NAMES)})"
            )
        mapping[name] = key.strip()
    return mapping


def _norm(key: str) -> str:
    return re.sub(r"[^0-9a-z]", "", key.casefold())


def _lookup(record: Mapping[str, Any], path: str) -> Any:
    value: Any = record
    for part in path.split("."):
        if not isinstance(value, Mapping):
            return None
        if part in value:
            value = value[part]
            continue
        folded = {str(k).casefold(): k for k in value}
        if part.casefold() not in folded:
            return None
        value = value[folded[part.casefold()]]
    return value


def _empty(value: Any) -> bool:
    return value is None or (isinstance(value, str | list | dict) and not value)


def field_value(record: Mapping[str, Any], name: str, fields: Mapping[str, str] | None) -> Any:
    """The raw value of one article field in a record: mapped explicitly, or found by name."""
    if fields and name in fields:
        return _lookup(record, fields[name])
    by_norm: dict[str, str] = {}
    for key in record:
        by_norm.setdefault(_norm(str(key)), key)
    for candidate in FIELD_NAMES[name]:
        found = by_norm.get(candidate)
        if found is not None and not _empty(record[found]):
            return record[found]
    return None


def as_text(value: Any) -> str:
    """A metadata value as one string: names of nested objects, lists joined with commas."""
    if value is None or isinstance(value, bool):
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, Mapping):
        for key in ("name", "title", "label", "id", "value"):
            if key in value and not _empty(value[key]):
                return as_text(value[key])
        return ""
    if isinstance(value, list):
        return ", ".join(t for t in (as_text(v) for v in value) if t)
    return ""


def body_text(value: str) -> str:
    """Record text that is an HTML fragment goes through the HTML extractor."""
    if _HTML_HINT.search(value[:5000]):
        from loaders.html import fragment_to_text

        return fragment_to_text(value)
    return value


def record_draft(
    record: Mapping[str, Any],
    fields: Mapping[str, str] | None,
    line: int | None = None,
    entry: int | None = None,
) -> Draft | str:
    """A Draft from one record, or the reason there is none."""
    raw_text = field_value(record, "text", fields)
    if _empty(raw_text):
        if fields and "text" in fields:
            return f"no text in field {fields['text']!r} (mapped with --field text=...)"
        by_norm = {_norm(str(key)): str(key) for key in record}
        empty = [by_norm[c] for c in FIELD_NAMES["text"] if c in by_norm]
        if empty:
            return f"the article has no text (field {empty[0]!r} is empty)"
        present = ", ".join(sorted(str(k) for k in record)[:12]) or "none"
        return (
            f"no text field (looked for {', '.join(FIELD_NAMES['text'][:4])}, …; "
            f"fields here: {present}); name it with --field text=NAME"
        )
    if not isinstance(raw_text, str):
        return f"the text field holds a {type(raw_text).__name__}, not a string"
    published = field_value(record, "published", fields)
    if isinstance(published, Mapping | list):
        published = as_text(published) or None
    return Draft(
        text=body_text(raw_text),
        title=as_text(field_value(record, "title", fields)),
        published=published,
        publisher=as_text(field_value(record, "publisher", fields)),
        url=as_text(field_value(record, "url", fields)),
        author=as_text(field_value(record, "author", fields)),
        line=line,
        entry=entry,
    )


def _json_error(exc: json.JSONDecodeError) -> str:
    return f"invalid JSON: {exc.msg} (column {exc.colno})"


def read_jsonl(
    text: str, source: str, fields: Mapping[str, str] | None = None
) -> Iterator[Draft | LoadFailure]:
    """One JSON object per line; a broken line fails alone and the rest goes on."""
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield LoadFailure(source, _json_error(exc), number)
            continue
        except RecursionError:
            yield LoadFailure(source, "invalid JSON: nested too deeply", number)
            continue
        yield from _record_item(record, source, fields, number, None)


def _record_item(
    record: Any,
    source: str,
    fields: Mapping[str, str] | None,
    line: int | None,
    entry: int | None,
) -> Iterator[Draft | LoadFailure]:
    if not isinstance(record, dict):
        reason = f"expected a JSON object, got {type(record).__name__}"
        yield LoadFailure(source, reason if line is not None else f"entry {entry}: {reason}", line)
        return
    draft = record_draft(record, fields, line, entry)
    if isinstance(draft, str):
        yield LoadFailure(source, draft if line is not None else f"entry {entry}: {draft}", line)
    else:
        yield draft


def looks_like_jsonl(text: str) -> bool:
    """A first line that is a whole JSON object, and more lines after it."""
    lines = [line for line in text[:1_000_000].splitlines() if line.strip()]
    if len(lines) < 2:
        return False
    try:
        return isinstance(json.loads(lines[0]), dict)
    except (json.JSONDecodeError, RecursionError):
        return False


def read_json(
    text: str, source: str, fields: Mapping[str, str] | None = None
) -> Iterator[Draft | LoadFailure]:
    """A JSON array of article objects, an object holding such an array, or one article."""
    stripped = text.lstrip()
    if stripped.startswith("["):
        yield from _read_array(text, source, fields)
        return
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        if exc.msg == "Extra data" and looks_like_jsonl(text):
            yield from read_jsonl(text, source, fields)
            return
        yield LoadFailure(source, _json_error(exc), exc.lineno)
        return
    except RecursionError:
        yield LoadFailure(source, "invalid JSON: nested too deeply", 1)
        return
    if not isinstance(document, dict):
        yield LoadFailure(source, f"expected a JSON array or object, got {type(document).__name__}")
        return
    items = _contained_list(document)
    if items is None:
        if field_value(document, "text", fields) is not None:
            yield from _record_item(document, source, fields, 1, None)
            return
        yield LoadFailure(
            source,
            "no articles found (expected an array of objects, or an "
            "object with a list under 'articles', 'items' or 'data')",
        )
        return
    for index, record in enumerate(items, start=1):
        yield from _record_item(record, source, fields, None, index)


def _contained_list(document: Mapping[str, Any]) -> list[Any] | None:
    for key in _CONTAINER_KEYS:
        value = _lookup(document, key)
        if isinstance(value, list):
            return value
    lists = [
        v
        for v in document.values()
        if isinstance(v, list) and v and all(isinstance(x, dict) for x in v)
    ]
    return lists[0] if len(lists) == 1 else None


def _read_array(
    text: str, source: str, fields: Mapping[str, str] | None
) -> Iterator[Draft | LoadFailure]:
    """Walk a top-level array element by element, so that each record knows its line."""
    decoder = json.JSONDecoder()
    ws = re.compile(r"\s*")
    line, counted = 1, 0

    def line_of(pos: int) -> int:
        nonlocal line, counted
        line += text.count("\n", counted, pos)
        counted = pos
        return line

    pos = text.index("[") + 1
    records = 0
    while True:
        pos = ws.match(text, pos).end()  # type: ignore[union-attr]
        if pos >= len(text):
            yield LoadFailure(source, "invalid JSON: the array is not closed", line_of(pos))
            return
        if text[pos] == "]":
            if text[pos + 1 :].strip():
                yield LoadFailure(source, "invalid JSON: extra data after the array", line_of(pos))
            return
        if records:
            if text[pos] != ",":
                yield LoadFailure(
                    source, "invalid JSON: expected ',' or ']' between records", line_of(pos)
                )
                return
            pos = ws.match(text, pos + 1).end()  # type: ignore[union-attr]
        try:
            record, end = decoder.raw_decode(text, pos)
        except json.JSONDecodeError as exc:
            yield LoadFailure(source, _json_error(exc), exc.lineno)
            return
        except RecursionError:
            yield LoadFailure(source, "invalid JSON: nested too deeply", line_of(pos))
            return
        records += 1
        yield from _record_item(record, source, fields, line_of(pos), None)
        pos = end


def _delimiter(header_line: str, suffix: str) -> str:
    if suffix == ".tsv":
        return "\t"
    counts = {d: header_line.count(d) for d in _DELIMITERS}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def read_csv(
    text: str, source: str, fields: Mapping[str, str] | None = None, suffix: str = ".csv"
) -> Iterator[Draft | LoadFailure]:
    """A header row naming the columns, then one article per row."""
    first_line = text.split("\n", 1)[0]
    csv.field_size_limit(max(len(text), 131072))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(first_line, suffix))
    try:
        header = next(reader, None)
    except csv.Error as exc:
        yield LoadFailure(source, f"malformed CSV header: {exc}", 1)
        return
    if not header or not any(h.strip() for h in header):
        yield LoadFailure(source, "no header row naming the columns", 1)
        return
    names = [h.strip() for h in header]
    probe = {name: "x" for name in names if name}
    if field_value(probe, "text", fields) is None:
        wanted = f"column {fields['text']!r}" if fields and "text" in fields else "text column"
        yield LoadFailure(
            source,
            f"no {wanted} (columns: {', '.join(n for n in names if n) or 'none'}); "
            "name it with --field text=COLUMN",
            1,
        )
        return
    last_line = reader.line_num
    while True:
        start = last_line + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield LoadFailure(source, f"malformed CSV: {exc}", start)
            return
        last_line = reader.line_num
        if not any(cell.strip() for cell in row):
            continue
        record = {name: row[i] if i < len(row) else "" for i, name in enumerate(names) if name}
        draft = record_draft(record, fields, start)
        if isinstance(draft, str):
            yield LoadFailure(source, "the article has no text", start)
        else:
            yield draft

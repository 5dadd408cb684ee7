"""RSS and Atom feed files, read with feedparser: one article per entry.

An entry's text is its full content when the feed carries it (content:encoded, Atom content),
else its summary; HTML goes through the HTML extractor. The feed's title is the publisher.
Entries are numbered from 1 in messages (feedparser gives no line numbers).
"""

from collections.abc import Iterator
from typing import Any

from loaders.base import Draft, LoadFailure
from loaders.dates import parse_date
from loaders.records import body_text


def _entry_text(entry: Any) -> str:
    contents = [c for c in entry.get("content", []) if (c.get("value") or "").strip()]
    if contents:
        best = max(contents, key=lambda c: len(c.get("value", "")))
        value, kind = best.get("value", ""), best.get("type", "text/html")
    else:
        detail = entry.get("summary_detail") or {}
        value, kind = entry.get("summary", "") or "", detail.get("type", "text/html")
    text = str(value)
    return text if kind == "text/plain" else body_text(text)


def _entry_date(entry: Any) -> object:
    raw = entry.get("published") or entry.get("updated") or entry.get("created")
    if not raw:
        return None
    try:
        parse_date(raw)
    except ValueError:
        parsed = entry.get("published_parsed") or entry.get("updated_parsed")
        if parsed:
            return f"{parsed.tm_year:04d}-{parsed.tm_mon:02d}-{parsed.tm_mday:02d}"
    return raw


def read_feed(data: bytes, source: str) -> Iterator[Draft | LoadFailure]:
    import feedparser

    try:
        feed = feedparser.parse(data, sanitize_html=True, resolve_relative_uris=False)
    except Exception as exc:  # feedparser is lenient; anything it raises is a broken file
        yield LoadFailure(source, f"cannot parse the feed: {type(exc).__name__}: {exc}")
        return
    entries = list(feed.get("entries", []))
    problem = feed.get("bozo_exception") if feed.get("bozo") else None
    if not entries:
        if problem is not None:
            yield LoadFailure(source, f"not a readable RSS or Atom feed: {problem}")
        else:
            yield LoadFailure(source, "the feed has no entries")
        return
    publisher = str(feed.get("feed", {}).get("title", "") or "")
    notes = []
    if problem is not None and not _only_encoding_note(problem):
        notes.append(f"the feed is not well-formed ({problem}); read its entries anyway")
    for index, entry in enumerate(entries, start=1):
        title = str(entry.get("title", "") or "")
        if "<" in title:
            title = body_text(title) or title
        source_title = (entry.get("source") or {}).get("title")
        draft = Draft(
            text=_entry_text(entry),
            title=title,
            published=_entry_date(entry),
            publisher=str(source_title or publisher),
            url=str(entry.get("link", "") or ""),
            author=str(entry.get("author", "") or ""),
            entry=index,
            warnings=list(notes) if index == 1 else [],
        )
        yield draft


def _only_encoding_note(problem: object) -> bool:
    return type(problem).__name__ in ("CharacterEncodingOverride", "NonXMLContentType")

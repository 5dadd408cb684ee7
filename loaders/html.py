"""HTML pages saved from news sites, read with trafilatura.

trafilatura finds the main text (leaving out navigation, footers and comments) and the
metadata: title, author, site name (the publisher), canonical URL and publication date, from
the page's meta tags, Open Graph properties and JSON-LD (NewsArticle and its kin). The date
comes from the page's markup only: the extensive search that guesses dates from the visible
text (a copyright line, a date in a sidebar) is off, so a page without a dated markup element
has no date and the load's date fallback applies.
"""

import logging
from configparser import ConfigParser
from functools import cache
from typing import Any

from loaders.base import Draft, LoadFailure

_DATE_PARAMS = {"extensive_search": False, "original_date": True}
MIN_WORDS = 5


@cache
def _config() -> ConfigParser:
    from trafilatura.settings import use_config

    for name in ("trafilatura", "htmldate", "courlan", "justext"):
        logging.getLogger(name).setLevel(logging.CRITICAL)
    config = use_config()
    # Short news items are articles too; the size limit is the loader's own (--max-size).
    config.set("DEFAULT", "MIN_EXTRACTED_SIZE", "1")
    config.set("DEFAULT", "MIN_OUTPUT_SIZE", "1")
    config.set("DEFAULT", "MIN_FILE_SIZE", "1")
    config.set("DEFAULT", "MAX_FILE_SIZE", str(2**40))
    config.set("DEFAULT", "EXTENSIVE_DATE_SEARCH", "off")
    return config


def _extract(html: str) -> Any:
    import trafilatura

    return trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        deduplicate=False,
        date_extraction_params=_DATE_PARAMS,
        config=_config(),
    )


def read_html(text: str, source: str) -> Draft | LoadFailure:
    try:
        document = _extract(text)
    except Exception as exc:  # trafilatura and lxml raise many kinds on broken markup
        return LoadFailure(source, f"cannot parse the HTML: {type(exc).__name__}: {exc}")
    blocks = _blocks(document)
    title = (document.title or "").strip() if document is not None else ""
    if title and len(blocks) > 1 and blocks[0] == title:
        blocks = blocks[1:]
    words = sum(len(block.split()) for block in blocks)
    if words < MIN_WORDS:
        found = f" (only {words} word(s) outside navigation and boilerplate)" if words else ""
        return LoadFailure(source, f"no article text found in the HTML page{found}")
    body = "\n\n".join(blocks)
    return Draft(
        text=body,
        title=title,
        published=document.date or None,
        publisher=document.sitename or "",
        url=document.url or "",
        author=document.author or "",
        date_origin="metadata",
    )


def fragment_to_text(fragment: str) -> str:
    """The text of an HTML fragment (a feed entry's content, a record's HTML body)."""
    try:
        document = _extract(f"<html><body><article>{fragment}</article></body></html>")
    except Exception:
        return ""
    return "\n\n".join(_blocks(document))


def _blocks(document: Any) -> list[str]:
    """The text blocks (paragraphs, headings, list items) trafilatura kept, one per line."""
    text = (getattr(document, "text", None) or "") if document is not None else ""
    return [line.strip() for line in text.splitlines() if line.strip()]

"""Finds the files behind the paths a user gives and hands each to the loader for its format."""

import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from loaders.base import LoadFailure, SourceItem
from loaders.text import parse_text_article

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text"}


def _files(paths: Iterable[str]) -> Iterator[tuple[str, Path | None]]:
    for raw in paths:
        if raw == "-":
            yield "-", None
            continue
        path = Path(raw)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                if child.suffix.lower() in TEXT_SUFFIXES:
                    yield str(child), child
        elif path.exists():
            yield str(path), path
        else:
            yield raw, Path(raw)


def iter_articles(paths: Iterable[str], default_date: str | None = None) -> Iterator[SourceItem]:
    for name, path in _files(paths):
        if path is None:
            yield from parse_text_article(sys.stdin.read(), "<stdin>", default_date)
            continue
        if not path.exists():
            yield LoadFailure(name, "no such file or folder")
            continue
        try:
            data = path.read_bytes()
        except OSError as exc:
            yield LoadFailure(name, f"cannot read: {exc.strerror}")
            continue
        if b"\x00" in data[:8192]:
            yield LoadFailure(name, "binary file, not an article")
            continue
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            yield LoadFailure(name, f"not valid UTF-8 (byte {exc.start})")
            continue
        yield from parse_text_article(text, name, default_date)

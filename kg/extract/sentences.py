"""Sentence splitting with character offsets into the article body."""

import re
from dataclasses import dataclass

_ABBREVIATIONS = {
    "co",
    "corp",
    "inc",
    "ltd",
    "mr",
    "mrs",
    "ms",
    "dr",
    "st",
    "jr",
    "sr",
    "vs",
    "no",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "approx",
    "est",
    "dept",
    "gen",
    "gov",
    "u.s",
    "u.k",
    "e.g",
    "i.e",
    "etc",
    "mt",
    "ft",
    "bros",
    "plc",
}
_BOUNDARY = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s)")
_BULLET = re.compile(r"^[ \t]*(?:[•\-*–·]|\d+[.)])[ \t]+", re.MULTILINE)


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str
    paragraph: int


_TOKEN_BEFORE = re.compile(r"([A-Za-z](?:\.[A-Za-z])*|[A-Za-z]+)$")
_TOKEN_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz.")


def _token_start(text: str, dot_at: int) -> int:
    """Where the run of letters and dots that ends at dot_at begins (a line break just before
    the dot is stepped over, as `$` would). Searching from there finds the same token as
    searching the whole text before the dot, without reading it again for every dot."""
    begin = dot_at
    if begin > 0 and text[begin - 1] == "\n":
        begin -= 1
    while begin > 0 and text[begin - 1] in _TOKEN_CHARS:
        begin -= 1
    return begin


def _next_char(text: str, at: int, end: int) -> str:
    """The first character at or after `at` (before `end`) that is not white space, or ''."""
    while at < end and text[at].isspace():
        at += 1
    return text[at] if at < end else ""


def _is_abbreviation(text: str, dot_at: int) -> bool:
    word = _TOKEN_BEFORE.search(text, _token_start(text, dot_at), dot_at)
    if not word:
        return False
    token = word.group(1).lower()
    if token in _ABBREVIATIONS:
        return True
    return len(token) == 1 and token.isalpha() and text[dot_at - 1].isupper()


def _split_line(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    cursor = start
    for match in _BOUNDARY.finditer(text, start, end):
        stop = match.end()
        nxt = _next_char(text, stop, end)
        if (
            match.group(0).startswith(".")
            and _is_abbreviation(text, match.start())
            and (
                not nxt
                or not nxt.isupper()
                or text[match.start() - 2 : match.start()].lower() != "co"
            )
        ):
            continue
        if nxt and nxt.islower():
            continue
        spans.append((cursor, stop))
        cursor = stop
    spans.append((cursor, end))
    return spans


def split_sentences(text: str) -> list[Sentence]:
    """Sentences never cross a line break; bullets lose their marker; offsets stay exact."""
    sentences: list[Sentence] = []
    paragraph = 0
    position = 0
    blank_before = False
    for line in text.splitlines(keepends=True):
        line_start, line_end = position, position + len(line.rstrip("\r\n"))
        position += len(line)
        if not text[line_start:line_end].strip():
            blank_before = True
            continue
        if blank_before and sentences:
            paragraph += 1
        blank_before = False
        bullet = _BULLET.match(text, line_start, line_end)
        content_start = bullet.end() if bullet else line_start
        for s, e in _split_line(text, content_start, line_end):
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            if s < e:
                sentences.append(Sentence(len(sentences), s, e, text[s:e], paragraph))
    return sentences

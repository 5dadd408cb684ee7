"""Tells whether a Cypher statement writes, so that `autokg query` stays read-only by default."""

import re

from kg.store.base import WRITE_KEYWORDS

_STRINGS_AND_COMMENTS = re.compile(
    r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|`[^`]*`|//[^\n]*|/\*.*?\*/", re.DOTALL
)
_WRITE = re.compile(r"\b(?:" + "|".join(WRITE_KEYWORDS) + r")\b", re.IGNORECASE)


def writes(cypher: str) -> bool:
    """True when the statement contains a clause that changes the graph or the schema."""
    code = _STRINGS_AND_COMMENTS.sub(" ", cypher)
    code = re.sub(r"\bON\s+(?:CREATE|MATCH)\b", " ON ", code, flags=re.IGNORECASE)
    return bool(_WRITE.search(code))

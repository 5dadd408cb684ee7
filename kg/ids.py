"""Stable identifiers: the same thing always gets the same id, whichever article names it."""

import hashlib
import re
import unicodedata

_LABEL_FAMILY = {
    "Company": "org",
    "Brand": "org",
    "JointVenture": "org",
    "Person": "person",
    "Vehicle": "vehicle",
    "Place": "place",
    "AutoShow": "show",
    "Publisher": "publisher",
}


def slug(text: str) -> str:
    """Lower-case ASCII words joined by hyphens: 'Škoda Auto' -> 'skoda-auto'."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    words = re.findall(r"[a-z0-9]+", folded.lower().replace("&", " and "))
    return "-".join(words) or _digest(text, 12)


def _digest(text: str, length: int) -> str:
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:length]


def entity_id(label: str, name: str) -> str:
    """Organisations share one id space so that a brand named as a company stays one node."""
    return f"{_LABEL_FAMILY[label]}:{slug(name)}"


def normalise_text(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).split()).casefold()


def normalise_url(url: str) -> str:
    cleaned = url.strip()
    cleaned = re.sub(r"^https?://(www\.)?", "", cleaned, flags=re.IGNORECASE)
    cleaned = cleaned.split("#", 1)[0]
    cleaned = re.sub(r"[?&](utm_[a-z]+|fbclid|gclid)=[^&]*", "", cleaned)
    return cleaned.rstrip("/").lower()


def article_id(text: str, url: str = "") -> str:
    """From the normalised URL when there is one, else from the normalised body text."""
    basis = "url:" + normalise_url(url) if url.strip() else "text:" + normalise_text(text)
    return "article:" + _digest(basis, 16)


def fact_id(kind: str, *parts: object) -> str:
    return f"{kind}:" + _digest("\x1f".join(str(p) for p in parts), 16)

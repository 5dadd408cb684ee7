"""Database values turned into plain JSON-friendly Python values."""

import datetime as dt
from decimal import Decimal
from typing import Any

_INTERNAL_KEYS = {"_ID", "_id", "_LABEL", "_label", "_SRC", "_src", "_DST", "_dst"}


def plain(value: Any) -> Any:
    if isinstance(value, dict):
        if "_LABEL" in value or "_label" in value:
            label = value.get("_LABEL", value.get("_label"))
            props = {k: plain(v) for k, v in value.items() if k not in _INTERNAL_KEYS}
            return {"_label": label, **props}
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, dt.timedelta):
        return str(value)
    if isinstance(value, Decimal):
        return float(value)
    return value

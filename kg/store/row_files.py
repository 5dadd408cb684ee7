"""Rows handed to the embedded database as CSV files, which its `LOAD FROM` reads back exactly.

Why files: a parameter of many rows (`UNWIND $rows`) costs the Python driver a walk over every
value to find the statement's parameter types, plus a new plan whenever a number changes width;
for the rows of a batch of articles that cost more than the database's own work. A CSV file is
written by Python's C `csv` module and parsed by the database, with the column types declared
in the statement.

The format round-trips every string (quotes, commas, line breaks, carriage returns, NUL,
leading spaces, any Unicode) and tells an empty string from a missing value: a missing value is
the bare word NULL (declared as the load's null string), any other value is written as is and
quoted only where CSV needs it (a quoted field parses about six times slower), lines end in
CRLF so that a lone carriage return in a value is quoted too, and a row holding the string
"NULL" itself is written with every string quoted (a quoted "NULL" stays the four letters).
"""

import csv
import shutil
from collections.abc import Iterable
from pathlib import Path

from kg.store.rows import Row


class _Null:
    """None as the csv module writes it unquoted (it quotes only what is not a number)."""

    def __float__(self) -> float:
        return 0.0

    def __str__(self) -> str:
        return "NULL"


NULL = _Null()
NULL_STRING = "NULL"


def write_rows(path: Path, columns: list[str], rows: Iterable[Row]) -> int:
    """Write rows (dicts) to path as CSV with a header of columns; returns how many."""
    count = 0
    with path.open("w", encoding="utf-8", newline="") as handle:
        plain = csv.writer(handle, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        quoted = csv.writer(handle, quoting=csv.QUOTE_NONNUMERIC, lineterminator="\r\n")
        plain.writerow(columns)
        for row in rows:
            values = [NULL if (v := row.get(c)) is None else v for c in columns]
            (quoted if NULL_STRING in values else plain).writerow(values)
            count += 1
    return count


class RowFiles:
    """The folder of one writer's row files, beside its store, reused batch after batch.

    Only the writer holding the store's lock uses it; it is removed on close, and a folder left
    by a writer that was killed is removed by the next one when it opens the store.
    """

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def path(self, name: str) -> Path:
        self.folder.mkdir(exist_ok=True)
        return self.folder / f"{name}.csv"

    def clear(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)

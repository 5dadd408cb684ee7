"""Pictures of query results: an entity's timeline and a sales series, as PNG or SVG.

matplotlib draws them off-screen (the Agg backend); the file's suffix picks the format.
"""

import datetime as dt
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from kg.errors import UsageError
from kg.model.dates import interval_of, is_partial_date

FORMATS = (".png", ".svg")
STATUS_COLOURS = {
    "completed": "#1b7837",
    "announced": "#2166ac",
    "planned": "#67a9cf",
    "reported": "#8c6bb1",
    "rumored": "#e08214",
    "denied": "#b2182b",
    "cancelled": "#636363",
}


def check_target(path: str | Path) -> Path:
    """The file to draw into; a UsageError unless it ends in .png or .svg."""
    target = Path(path)
    if target.suffix.lower() not in FORMATS:
        raise UsageError(f"--plot draws PNG or SVG: name the file *.png or *.svg, not {target}")
    return target


def _day(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def _span(date: str | None) -> tuple[dt.date, dt.date] | None:
    """The days a timeline's `date` covers: a partial date, or 'start..end' for a period."""
    if not date:
        return None
    if ".." in date:
        start, _, end = date.partition("..")
        if is_partial_date(start) and is_partial_date(end):
            return _day(interval_of(start)[0]), _day(interval_of(end)[1])
        return None
    if not is_partial_date(date):
        return None
    first, last = interval_of(date)
    return _day(first), _day(last)


def _pyplot() -> Any:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt


def plot_timeline(records: Sequence[Mapping[str, Any]], path: str | Path, title: str) -> Path:
    """One lane per event type; a dot for a dated event, a bar across a period or a partial
    date; the colour is the status."""
    target = check_target(path)
    plt = _pyplot()
    dated = [(r, _span(r.get("date"))) for r in records]
    events = [(r, span) for r, span in dated if span is not None]
    types = sorted({str(r.get("type")) for r, _ in events})
    lanes = {name: index for index, name in enumerate(types)}
    fig, ax = plt.subplots(figsize=(10, 1.2 + 0.5 * max(len(types), 1)))
    seen_status: set[str] = set()
    for record, (start, end) in events:
        status = str(record.get("status"))
        colour = STATUS_COLOURS.get(status, "#000000")
        lane = lanes[str(record.get("type"))]
        label = status if status not in seen_status else None
        seen_status.add(status)
        if start == end:
            ax.plot([start], [lane], "o", color=colour, label=label, markersize=8)
        else:
            ax.plot(
                [start, end],
                [lane, lane],
                "-",
                color=colour,
                linewidth=6,
                alpha=0.7,
                solid_capstyle="butt",
                label=label,
            )
    ax.set_yticks(range(len(types)), types)
    ax.set_ylim(-0.8, max(len(types), 1) - 0.2)
    ax.xaxis_date()
    ax.set_title(title)
    ax.grid(axis="x", alpha=0.3)
    if seen_status:
        ax.legend(title="status", loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize="small")
    fig.autofmt_xdate()
    fig.tight_layout()
    fig.savefig(target, format=target.suffix.lower().lstrip("."))
    plt.close(fig)
    return target


def plot_series(records: Sequence[Mapping[str, Any]], path: str | Path, title: str) -> Path:
    """Each figure as a bar across the period it covers, at its height; a colour per market
    (and unit), the figure written above it."""
    target = check_target(path)
    plt = _pyplot()
    series: dict[str, list[tuple[dt.date, dt.date, float]]] = {}
    for record in records:
        start, end = record.get("period_start"), record.get("period_end")
        quantity = record.get("quantity")
        if quantity is None or not start or not end:
            continue
        if not (is_partial_date(str(start)) and is_partial_date(str(end))):
            continue
        name = f"{record.get('market') or 'all markets'} ({record.get('unit') or 'units'})"
        series.setdefault(name, []).append(
            (_day(interval_of(str(start))[0]), _day(interval_of(str(end))[1]), float(quantity))
        )
    fig, ax = plt.subplots(figsize=(9, 4.5))
    for index, (name, periods) in enumerate(sorted(series.items())):
        colour = f"C{index % 10}"
        for number, (start_day, end_day, value) in enumerate(sorted(periods)):
            ax.plot(
                [start_day, end_day],
                [value, value],
                "-",
                color=colour,
                linewidth=4,
                solid_capstyle="butt",
                label=name if number == 0 else None,
            )
            middle = start_day + (end_day - start_day) / 2
            ax.annotate(
                f"{value:,.0f}",
                (middle, value),
                textcoords="offset points",
                xytext=(0, 5),
                ha="center",
                fontsize="small",
                color=colour,
            )
    ax.xaxis_date()
    ax.set_title(title)
    ax.set_ylabel("quantity over the period")
    highest = max((v for periods in series.values() for _, _, v in periods), default=1.0)
    ax.set_ylim(0, highest * 1.15)
    ax.grid(alpha=0.3)
    if series:
        ax.legend(fontsize="small")
    fig.autofmt_xdate()
    fig.tight_layout()
    fig.savefig(target, format=target.suffix.lower().lstrip("."))
    plt.close(fig)
    return target

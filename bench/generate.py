"""A deterministic corpus of realistic news articles, built from the reference KB and templates.

Article i depends only on (seed, i): a corpus of 100,000 articles followed by 1,000 more is the
same as one of 101,000, which is what the incremental-load benchmark needs. Each article reports
one main event (the event types take turns, so every type is covered evenly), one or two
secondary events, background facts, quotes and the kind of commentary that states no fact.

    python -m bench.generate --articles 1000 --out bench/.data/corpus-1000
"""

import argparse
import calendar
import datetime as dt
import json
import random
import re
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from bench import templates as t
from kg.kb import KbEntity, catalog

GENERATOR_VERSION = 1
PER_FOLDER = 1000
_FIRST_DAY = dt.date(2016, 1, 1)
_DAYS = (dt.date(2025, 12, 31) - _FIRST_DAY).days
_MONTHS = tuple(calendar.month_name[1:])
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
_ORDINALS = ("second", "third", "fourth", "fifth")
_SLOT = re.compile(r"\{(\w+)\}")


@dataclass(frozen=True)
class Marque:
    """A brand (or a carmaker that sells under its own name), its parent and its models."""

    entity: KbEntity
    maker: KbEntity
    models: tuple[str, ...]


@dataclass(frozen=True)
class Pools:
    """Everything the generator draws names from, taken from the reference KB once."""

    marques: tuple[Marque, ...]
    owned: tuple[Marque, ...]
    people: tuple[tuple[str, str, str], ...]
    people_by_org: dict[str, tuple[tuple[str, str, str], ...]]
    ventures: tuple[tuple[str, str, str, str], ...]
    partners: tuple[str, ...]
    groups: tuple[str, ...]
    countries: tuple[tuple[str, str], ...]
    cities: tuple[str, ...]
    factories: tuple[str, ...]
    shows: tuple[str, ...]
    publishers: tuple[str, ...]


@cache
def pools() -> Pools:
    kb = catalog()
    entities = sorted(kb.entities.values(), key=lambda e: e.id)
    marques: list[Marque] = []
    for entity in entities:
        if not entity.models or len(entity.name) < 3:
            continue
        if entity.label == "Brand":
            owner = kb.owner_of(entity.id)
            if owner is not None and owner.label == "Company":
                marques.append(Marque(entity, owner, entity.models))
        elif entity.label == "Company" and entity.kind == "carmaker":
            marques.append(Marque(entity, entity, entity.models))
    people: list[tuple[str, str, str]] = []
    by_org: dict[str, list[tuple[str, str, str]]] = {}
    for fact in kb.facts:
        if fact.type != "HOLDS_ROLE" or fact.props.get("until"):
            continue
        person, org = kb.entities[fact.subject_id], kb.entities[fact.object_id]
        row = (person.name, str(fact.props.get("title") or "executive"), org.name)
        people.append(row)
        by_org.setdefault(org.id, []).append(row)
    ventures: list[tuple[str, str, str, str]] = []
    for entity in entities:
        if entity.label != "JointVenture":
            continue
        partners = list(dict.fromkeys(p.name for p, _ in kb.partners_of(entity.id)))
        if len(partners) >= 2:
            ventures.append((entity.name, partners[0], partners[1], entity.country or "China"))

    def names(label: str, *kinds: str) -> tuple[str, ...]:
        return tuple(
            e.name for e in entities if e.label == label and (not kinds or e.kind in kinds)
        )

    countries = tuple(
        (e.name, e.demonyms[0])
        for e in entities
        if e.label == "Place" and e.kind == "country" and e.demonyms
    )
    return Pools(
        marques=tuple(marques),
        owned=tuple(m for m in marques if m.entity is not m.maker),
        people=tuple(people),
        people_by_org={k: tuple(v) for k, v in by_org.items()},
        ventures=tuple(ventures),
        partners=names("Company", "tech", "supplier", "battery"),
        groups=names("Company", "carmaker", "group"),
        countries=countries,
        cities=names("Place", "city"),
        factories=names("Place", "factory"),
        shows=names("AutoShow"),
        publishers=names("Publisher"),
    )


def _comma(value: int) -> str:
    return f"{value:,}"


def _ordinal(value: int) -> str:
    suffix = "th" if 10 <= value % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(value % 10, "th")
    return f"{value}{suffix}"


class _Writer:
    """Writes one article: its cast is fixed, figures and dates are drawn per sentence."""

    def __init__(self, seed: int, index: int) -> None:
        self.rng = random.Random(f"autokg-bench:{seed}:{index}")
        self.index = index
        self.pools = pools()
        self.published = _FIRST_DAY + dt.timedelta(days=self.rng.randrange(_DAYS))
        self.cast = self._cast()
        self.used: set[str] = set()

    def _cast(self) -> dict[str, str]:
        rng, p = self.rng, self.pools
        marque = rng.choice(p.marques if rng.random() < 0.6 else p.owned)
        models = list(marque.models)
        model = rng.choice(models)
        model2 = rng.choice([m for m in models if m != model] or models)
        rival = rng.choice(p.marques)
        staff = p.people_by_org.get(marque.maker.id) or p.people_by_org.get(marque.entity.id)
        person, person_title, person_org = rng.choice(
            list(staff) if staff and rng.random() < 0.7 else list(p.people)
        )
        jv, jv_partner1, jv_partner2, jv_country = rng.choice(p.ventures)
        country, country_adj = rng.choice(p.countries)
        group2 = rng.choice([g for g in p.groups if g != marque.maker.name])
        years = rng.choice((10, 20, 25, 30, 40, 50, 60, 70, 75, 100, rng.randint(5, 120)))
        target = marque if marque.entity is not marque.maker else rng.choice(p.owned)
        return {
            "brand": marque.entity.name,
            "maker": marque.maker.name,
            "model": model,
            "model2": model2,
            "vehicle": f"{marque.entity.name} {model}",
            "vehicle2": f"{marque.entity.name} {model2}",
            "rival_vehicle": f"{rival.entity.name} {rng.choice(rival.models)}",
            "target": target.entity.name,
            "person": person,
            "person_title": person_title,
            "person_org": person_org,
            "newcomer": self._name(),
            "newcomer2": self._name(),
            "title": rng.choice(t.TITLES),
            "jv": jv,
            "jv_partner1": jv_partner1,
            "jv_partner2": jv_partner2,
            "jv_country": jv_country,
            "partner": rng.choice(p.partners),
            "group2": group2,
            "country": country,
            "country_adj": country_adj,
            "city": rng.choice(p.cities),
            "factory": rng.choice(p.factories),
            "show": rng.choice(p.shows),
            "outlet": rng.choice(p.publishers),
            "body": rng.choice(t.BODIES),
            "powertrain": rng.choice(t.POWERTRAINS),
            "defect": rng.choice(t.DEFECTS),
            "defect_noun": rng.choice(t.DEFECT_NOUNS),
            "anniversary_years": str(years),
            "anniversary_nth": _ordinal(years),
        }

    def _name(self) -> str:
        return f"{self.rng.choice(t.GIVEN_NAMES)} {self.rng.choice(t.FAMILY_NAMES)}"

    # ------------------------------------------------------------ figures and dates

    def _value(self, slot: str) -> str:
        rng, year = self.rng, self.published.year
        if slot in ("units", "units2"):
            return _comma(rng.choice((rng.randint(800, 9_999), rng.randint(10_000, 480_000))))
        if slot in ("money", "money2"):
            return self._money()
        if slot == "price":
            return rng.choice(
                (
                    f"${_comma(rng.randint(24, 95) * 1000 - 10)}",
                    f"€{_comma(rng.randint(22, 90) * 1000 - 100)}",
                    f"{_comma(rng.randint(99, 399) * 1000 + 800)} yuan",
                    f"£{_comma(rng.randint(21, 80) * 1000 - 5)}",
                )
            )
        if slot == "pct":
            return f"{rng.randint(2, 45)}.{rng.randint(0, 9)}"
        if slot in ("pct_small", "pct_small2"):
            return f"{rng.randint(1, 9)}.{rng.randint(1, 9)}"
        if slot == "pct_major":
            return str(rng.choice((51, 60, 67, 75, 80, 100)))
        if slot == "pct_minor":
            return str(rng.choice((5, 10, 12, 15, 20, 25, 33, 40, 49)))
        if slot == "jobs":
            return _comma(rng.randint(2, 150) * 100)
        if slot == "jobs_small":
            return _comma(rng.randint(3, 50) * 100)
        if slot in ("n_years", "n_months", "n_weeks"):
            return str(rng.randint(2, 12) if slot != "n_years" else rng.randint(2, 40))
        simple: dict[str, Callable[[], str]] = {
            "range_km": lambda: str(rng.randint(30, 75) * 10),
            "range_extra": lambda: str(rng.randint(5, 15) * 10),
            "battery": lambda: str(rng.choice((52, 60, 64, 77, 82, 94, 100, 110))),
            "screen": lambda: str(rng.choice((12.3, 14.6, 15.6, 17, 27, 48))),
            "edition_count": lambda: _comma(rng.choice((50, 99, 250, 500, 1000, 1964))),
            "orders": lambda: _comma(rng.randint(5, 120) * 1000),
            "service_years": lambda: rng.choice(("three", "five", "seven")),
            "colours": lambda: rng.choice(("six", "eight", "ten", "twelve")),
            "kw": lambda: str(rng.choice((150, 180, 250, 270, 350, 400))),
            "ordinal": lambda: rng.choice(_ORDINALS),
            "updown": lambda: rng.choice(("up", "down")),
            "updown_word": lambda: rng.choice(("rise", "fall", "slump", "jump", "slip")),
            "best_worst": lambda: rng.choice(("best", "weakest", "strongest", "worst")),
            "higher_lower": lambda: rng.choice(("higher", "lower")),
            "weekday": lambda: rng.choice(_WEEKDAYS),
            "year_past": lambda: str(year - rng.randint(2, 30)),
            "year_future": lambda: str(year + rng.randint(1, 4)),
            "month_past": lambda: _MONTHS[(self.published.month - rng.randint(2, 5)) % 12],
            "month_future": lambda: _MONTHS[(self.published.month + rng.randint(1, 5)) % 12],
        }
        if slot in simple:
            return simple[slot]()
        if slot == "when":
            return rng.choice(
                (
                    f"on {rng.choice(_WEEKDAYS)}",
                    "last week",
                    "earlier this month",
                    f"in {self._value('month_past')}",
                    f"on {self._day(-rng.randint(2, 20))}",
                    "this week",
                )
            )
        if slot == "when_future":
            return rng.choice(
                (
                    "next year",
                    f"in {self._value('month_future')}",
                    f"at the end of {year + 1}",
                    "later this year",
                )
            )
        if slot == "date_future":
            return self._day(rng.randint(20, 150), with_year=True)
        if slot == "period":
            return rng.choice(
                (
                    "the first quarter",
                    "the second quarter",
                    "the third quarter",
                    "the first half",
                    str(year - 1),
                    f"the first {rng.choice(('six', 'nine', 'ten'))} months of the year",
                    f"the third quarter of {year - 1}",
                    f"the first half of {year - 1}",
                )
            )
        if slot == "period_future":
            return rng.choice(("the first half of next year", str(year + 1), "the coming months"))
        raise KeyError(slot)

    def _money(self) -> str:
        rng = self.rng
        whole, tenth = rng.randint(1, 30), rng.randint(0, 9)
        return rng.choice(
            (
                f"${whole}.{tenth} billion",
                f"€{rng.randint(100, 950)} million",
                f"{whole}.{tenth} billion yuan",
                f"¥{rng.randint(50, 900)} billion",
                f"£{rng.randint(50, 900)} million",
                f"${rng.randint(100, 950)} million",
            )
        )

    def _day(self, offset: int, with_year: bool = False) -> str:
        day = self.published + dt.timedelta(days=offset)
        text = f"{_MONTHS[day.month - 1]} {day.day}"
        return f"{text}, {day.year}" if with_year else text

    # ------------------------------------------------------------ sentences

    def fill(self, template: str) -> str:
        drawn: dict[str, str] = {}

        def value(match: re.Match[str]) -> str:
            slot = match.group(1)
            if slot in self.cast:
                return self.cast[slot]
            if slot not in drawn:
                drawn[slot] = self._value(slot)
            return drawn[slot]

        return _SLOT.sub(value, template)

    def usable(self, template: str) -> bool:
        """Leaves out sentences that would be nonsense for this cast ('Toyota is owned by
        Toyota', 'the X5 replaces the X5') or that the article already used."""
        if template in self.used:
            return False
        cast = self.cast
        if cast["brand"] == cast["maker"] and "{brand}" in template and "{maker}" in template:
            return False
        return not (cast["model"] == cast["model2"] and "{model2}" in template)

    def pick(self, options: tuple[str, ...], count: int = 1) -> list[str]:
        usable = [o for o in options if self.usable(o)] or list(options)
        chosen = self.rng.sample(usable, min(count, len(usable)))
        self.used.update(chosen)
        return [self.fill(o) for o in chosen]

    def article(self) -> tuple[str, str]:
        rng = self.rng
        main = t.EVENT_TYPES[self.index % len(t.EVENT_TYPES)]
        others = rng.sample([e for e in t.EVENT_TYPES if e != main], 3)
        paragraphs = [
            self.pick(t.LEADS[main], 2),
            self.pick(t.DETAILS[main], 3),
            self.pick(t.QUOTES) + self.pick(t.ANALYSIS, 2),
            self.pick(t.BACKGROUND, 2),
            self.pick(t.LEADS[others[0]]) + self.pick(t.DETAILS[others[0]], 2),
            self.pick(t.ANALYSIS, 3),
            self.pick(t.LEADS[others[1]]) + self.pick(t.DETAILS[others[1]]) + self.pick(t.QUOTES),
            self.pick(t.ANALYSIS, 3),
            self.pick(t.BACKGROUND) + self.pick(t.QUOTES),
            self.pick(t.LEADS[others[2]]) + self.pick(t.DETAILS[others[2]], 2),
            self.pick(t.ANALYSIS, 3),
            self.pick(t.ANALYSIS, 2) + self.pick(t.CLOSINGS),
        ]
        title = self.pick(t.HEADLINES[main])[0]
        body = "\n\n".join(" ".join(p) for p in paragraphs)
        return title, body


@dataclass(frozen=True)
class GeneratedArticle:
    index: int
    title: str
    published: str
    publisher: str
    body: str

    def file_text(self) -> str:
        return (
            f"Title: {self.title}\nPublished: {self.published}\nPublisher: {self.publisher}\n\n"
            f"{self.body}\n"
        )


def article(index: int, seed: int = 0) -> GeneratedArticle:
    """Article number `index` of the corpus with this seed (always the same article)."""
    writer = _Writer(seed, index)
    title, body = writer.article()
    title = title[0].upper() + title[1:]
    publisher = writer.cast["outlet"]
    publisher = writer.rng.choice([p for p in writer.pools.publishers if p != publisher])
    return GeneratedArticle(index, title, writer.published.isoformat(), publisher, body)


def articles(count: int, start: int = 0, seed: int = 0) -> Iterator[GeneratedArticle]:
    for index in range(start, start + count):
        yield article(index, seed)


@dataclass(frozen=True)
class Corpus:
    """A corpus written to a folder: PER_FOLDER files per sub-folder, a manifest beside them."""

    root: Path
    articles: int
    start: int
    seed: int
    words: int
    bytes: int
    seconds: float

    @property
    def folder(self) -> Path:
        """The folder of article files (what `autokg load` reads); the manifest is beside it."""
        return self.root / "articles"

    def files(self) -> list[Path]:
        return sorted(self.folder.glob("*/*.txt"))


def _manifest(root: Path) -> dict[str, Any] | None:
    try:
        value = json.loads((root / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return value if isinstance(value, dict) else None


def write_corpus(root: Path, count: int, start: int = 0, seed: int = 0) -> Corpus:
    """Writes articles start..start+count-1 under root, or reuses them if already written."""
    wanted = {"articles": count, "start": start, "seed": seed, "version": GENERATOR_VERSION}
    found = _manifest(root)
    if found is not None and all(found.get(k) == v for k, v in wanted.items()):
        return Corpus(root, count, start, seed, found["words"], found["bytes"], found["seconds"])
    if root.exists():
        _remove_corpus(root)
    began = time.perf_counter()
    words = size = 0
    for item in articles(count, start, seed):
        folder = root / "articles" / f"{item.index // PER_FOLDER:04d}"
        if item.index % PER_FOLDER == 0 or item.index == start:
            folder.mkdir(parents=True, exist_ok=True)
        text = item.file_text()
        data = text.encode("utf-8")
        (folder / f"{item.index:07d}.txt").write_bytes(data)
        words += len(item.body.split())
        size += len(data)
    seconds = time.perf_counter() - began
    manifest = {**wanted, "words": words, "bytes": size, "seconds": round(seconds, 3)}
    (root / "manifest.json").write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")
    return Corpus(root, count, start, seed, words, size, seconds)


def _remove_corpus(root: Path) -> None:
    """Removes a corpus this module wrote (only its own files and folders)."""
    articles_folder = root / "articles"
    if articles_folder.is_dir():
        for path in articles_folder.glob("*/*.txt"):
            path.unlink()
        for folder in articles_folder.iterdir():
            if folder.is_dir() and folder.name.isdigit() and not any(folder.iterdir()):
                folder.rmdir()
        if not any(articles_folder.iterdir()):
            articles_folder.rmdir()
    (root / "manifest.json").unlink(missing_ok=True)


def read_article(path: Path) -> tuple[str, str, str, str]:
    """(title, published, publisher, body) of a corpus file: the header, a blank line, the body.

    The benchmarks read files with this small parser, so extraction is measured apart from
    the loaders (which the end-to-end benchmark exercises).
    """
    text = path.read_text(encoding="utf-8")
    head, _, body = text.partition("\n\n")
    fields = dict(line.split(": ", 1) for line in head.splitlines() if ": " in line)
    return fields.get("Title", ""), fields.get("Published", ""), fields.get("Publisher", ""), body


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--start", type=int, default=0)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    corpus = write_corpus(args.out, args.articles, args.start, args.seed)
    print(
        f"{corpus.articles} articles, {corpus.words:,} words, {corpus.bytes / 2**20:.1f} MiB "
        f"in {corpus.folder} ({corpus.seconds:.1f} s)"
    )


if __name__ == "__main__":
    main()

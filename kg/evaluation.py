"""Scores extracted facts against gold files, as shared/eval-format.md describes."""

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.errors import InputError

SOFT_LABELS = {"Brand", "Company"}


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list[str] = field(default_factory=list)
    false_hits: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Scores:
    entities: Tally = field(default_factory=Tally)
    relations: Tally = field(default_factory=Tally)
    events: Tally = field(default_factory=Tally)
    attributes: dict[str, list[int]] = field(default_factory=dict)
    articles: int = 0

    def attribute(self, name: str, ok: bool) -> None:
        hits = self.attributes.setdefault(name, [0, 0])
        hits[0] += int(ok)
        hits[1] += 1


def _names(entity: dict[str, Any]) -> set[str]:
    return {entity["name"].casefold(), *(a.casefold() for a in entity.get("aliases", []))}


def _labels_fit(a: str, b: str) -> bool:
    return a == b or (a in SOFT_LABELS and b in SOFT_LABELS)


def _match_entities(
    gold: list[dict[str, Any]],
    predicted: list[dict[str, Any]],
) -> dict[str, str]:
    """Maps each matched predicted canonical name to its gold canonical name."""
    mapping: dict[str, str] = {}
    used: set[int] = set()
    for prefer_exact in (True, False):
        for p in predicted:
            if p["name"] in mapping:
                continue
            for index, g in enumerate(gold):
                if index in used or not _labels_fit(g["label"], p["label"]):
                    continue
                fits = (
                    (g["name"].casefold() == p["name"].casefold())
                    if prefer_exact
                    else bool(_names(g) & _names(p))
                )
                if fits:
                    mapping[p["name"]] = g["name"]
                    used.add(index)
                    break
    return mapping


def _resolver(gold: list[dict[str, Any]], mapping: dict[str, str]) -> dict[str, str]:
    names = dict(mapping)
    for g in gold:
        names.setdefault(g["name"], g["name"])
    return names


def _date_fits(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return True
    size = min(len(a), len(b))
    return a[:size] == b[:size]


def _event_key(event: dict[str, Any], names: dict[str, str]) -> tuple[str, frozenset[str]]:
    return event["type"], frozenset(
        names.get(p["name"], "?" + p["name"]) for p in event["participants"]
    )


def _event_fits(g: dict[str, Any], p: dict[str, Any], names: dict[str, str]) -> bool:
    if _event_key(g, names) != _event_key(p, names):
        return False
    if g.get("period_start") and p.get("period_start"):
        return bool(g["period_start"] == p["period_start"] and g["period_end"] == p["period_end"])
    return _date_fits(g.get("date"), p.get("date"))


def _describe_event(event: dict[str, Any]) -> str:
    people = ", ".join(f"{p['name']}:{p['role']}" for p in event["participants"])
    when = event.get("date") or f"{event.get('period_start')}..{event.get('period_end')}"
    figure = f" {event.get('quantity')} {event.get('unit')}" if event.get("quantity") else ""
    return f"{event['type']} [{event.get('status')}] {when} ({people}){figure}"


def score_article(
    gold: dict[str, Any], predicted: dict[str, Any], scores: Scores, label: str = ""
) -> None:
    scores.articles += 1
    mapping = _match_entities(gold["entities"], predicted["entities"])
    matched_gold = set(mapping.values())
    scores.entities.tp += len(mapping)
    for p in predicted["entities"]:
        if p["name"] not in mapping:
            scores.entities.fp += 1
            scores.entities.false_hits.append(f"{label}: {p['name']} ({p['label']})")
    for g in gold["entities"]:
        if g["name"] not in matched_gold:
            scores.entities.fn += 1
            scores.entities.misses.append(f"{label}: {g['name']} ({g['label']})")

    names = _resolver(gold["entities"], mapping)
    gold_rel = {(r["subject"], r["type"], r["object"]): r for r in gold["relations"]}
    pred_rel: dict[tuple[str, str, str], dict[str, Any]] = {}
    for r in predicted["relations"]:
        key = (
            names.get(r["subject"], "?" + r["subject"]),
            r["type"],
            names.get(r["object"], "?" + r["object"]),
        )
        pred_rel.setdefault(key, r)
    for key, r in pred_rel.items():
        if key in gold_rel:
            scores.relations.tp += 1
            g_props = gold_rel[key].get("props", {})
            if "stake" in g_props:
                stake = r.get("props", {}).get("stake")
                scores.attribute(
                    "relation.stake",
                    stake is not None and abs(float(stake) - g_props["stake"]) <= 1.0,
                )
            if "title" in g_props:
                title = str(r.get("props", {}).get("title", "")).lower()
                scores.attribute(
                    "relation.title",
                    bool(title)
                    and (title in g_props["title"].lower() or g_props["title"].lower() in title),
                )
        else:
            scores.relations.fp += 1
            scores.relations.false_hits.append(f"{label}: {' '.join(key)}")
    for key in gold_rel:
        if key not in pred_rel:
            scores.relations.fn += 1
            scores.relations.misses.append(f"{label}: {' '.join(key)}")

    unmatched_pred = list(predicted["events"])
    for g in gold["events"]:
        hit = next((p for p in unmatched_pred if _event_fits(g, p, names)), None)
        if hit is None:
            scores.events.fn += 1
            scores.events.misses.append(f"{label}: {_describe_event(g)}")
            continue
        unmatched_pred.remove(hit)
        scores.events.tp += 1
        scores.attribute("event.status", g.get("status") == hit.get("status"))
        if g.get("quantity") is not None:
            scores.attribute(
                "event.quantity",
                hit.get("quantity") is not None
                and abs(float(hit["quantity"]) - float(g["quantity"]))
                <= 0.005 * abs(float(g["quantity"]))
                and g.get("unit") == hit.get("unit"),
            )
        if g.get("reported_by"):
            scores.attribute("event.reported_by", g.get("reported_by") == hit.get("reported_by"))
        roles_g = {(names.get(p["name"], p["name"]), p["role"]) for p in g["participants"]}
        roles_p = {(names.get(p["name"], p["name"]), p["role"]) for p in hit["participants"]}
        scores.attribute("event.roles", roles_g == roles_p)
    for p in unmatched_pred:
        scores.events.fp += 1
        scores.events.false_hits.append(f"{label}: {_describe_event(p)}")


def load_gold(path: Path) -> dict[str, Any]:
    try:
        data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise InputError(f"{path}: cannot read gold file: {exc}") from exc
    for key in ("entities", "relations", "events"):
        if not isinstance(data.get(key), list):
            raise InputError(f"{path}: gold file lacks a '{key}' list")
    return data


def pair_files(gold_dir: Path, articles_dir: Path | None) -> list[tuple[Path, Path]]:
    """Gold files and their articles: same stem, in articles_dir (or beside, or ../articles)."""
    if not gold_dir.is_dir():
        raise InputError(f"{gold_dir}: not a folder of gold files")
    pairs = []
    for gold in sorted(gold_dir.glob("*.json")):
        candidates = []
        for folder in filter(None, (articles_dir, gold_dir, gold_dir.parent / "articles")):
            candidates += [folder / (gold.stem + ".txt"), folder / (gold.stem + ".md")]
        if gold.stem == "gold":
            candidates.append(gold_dir / "article.txt")
        article = next((c for c in candidates if c.exists()), None)
        if article is None:
            raise InputError(f"{gold}: no article file named {gold.stem}.txt found")
        pairs.append((gold, article))
    if not pairs:
        raise InputError(f"{gold_dir}: no gold files (*.json)")
    return pairs


def evaluate(gold_dir: Path, articles_dir: Path | None = None) -> Scores:
    from kg.extract import extract_article
    from loaders import LoadFailure, iter_articles

    scores = Scores()
    for gold_path, article_path in pair_files(gold_dir, articles_dir):
        gold = load_gold(gold_path)
        items = list(iter_articles([str(article_path)]))
        item = items[0]
        if isinstance(item, LoadFailure):
            raise InputError(str(item))
        facts = extract_article(item.article, item.source).to_eval_json()
        score_article(gold, facts, scores, article_path.stem)
    return scores

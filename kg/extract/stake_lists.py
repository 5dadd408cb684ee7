"""Shareholder lists: several holders and their percentages of one company or venture.

'Beijing Benz, of which BAIC Motor owns 51% and Mercedes-Benz Group 49%'
'It is owned 50% by A, 30% by B and 20% by C'
'X holds 30% and Y the remaining 20%' (the venture named in the sentences before)
"""

import re
from collections.abc import Iterator

from kg.extract.context import ORG_LABELS, SentenceView, Slot
from kg.extract.document import Doc
from kg.extract.facts import RawRelation
from kg.extract.relprops import E

_PCT = r"\d{1,3}(?:\.\d+)?\s*(?:%|percent|per\s+cent)"
_REST = r"(?:the\s+)?(?:remaining\s+|other\s+|rest\s*,?\s*|balance\s*,?\s*)?"
_HOLD_VERB = (
    r"(?:now\s+|still\s+|already\s+|currently\s+)?(?:owns?|holds?|has|controls?|keeps?|retains?|"
    r"owned|held|kept|retained)"
)
# 'E owns 51%[ of E]' followed by ', E 30%' and 'and E the remaining 20%'
_HOLDER_FIRST = re.compile(
    rf"(?P<first>{E})(?:,\s+[^,;]{{3,80}},)?\s+{_HOLD_VERB}\s+(?:a\s+|an\s+)?{_REST}"
    rf"(?P<pct>{_PCT})(?:\s+(?:stake|share|holding|interest))?"
    rf"(?:\s+(?:of|in)\s+(?:the\s+)?(?P<target>{E}))?"
    rf"(?P<more>(?:\s*,\s*{E}\s+{_REST}{_PCT})*\s*,?\s+and\s+{E}\s+{_REST}{_PCT})?"
)
_MORE_ITEM = re.compile(rf"(?P<holder>{E})\s+{_REST}(?P<pct>{_PCT})")
# 'E is owned 50% by A, 30% by B and 20% by C'
_OWNED_FIRST = re.compile(
    rf"(?P<target>{E})\s+(?:is|was|are|were|will\s+be)\s+(?:currently\s+|now\s+|still\s+|jointly\s+)?"
    rf"(?:owned|held|controlled)\s+(?P<list>{_PCT}\s+by\s+{E}"
    rf"(?:\s*,\s*{_PCT}\s+by\s+{E})*(?:\s*,?\s+and\s+{_PCT}\s+by\s+{E})?)"
)
_BY_ITEM = re.compile(rf"(?P<pct>{_PCT})\s+by\s+(?P<holder>{E})")
_OF_WHICH = re.compile(rf"(?P<target>{E}),?\s+(?:of|in)\s+which\s+$")
_MODAL = re.compile(r"\b(?:would|could|might|may|proposed|plans?\s+to|considering)\b")


def _pct(text: str) -> float:
    return float(re.match(r"\d{1,3}(?:\.\d+)?", text).group(0))  # type: ignore[union-attr]


def _recent_venture(doc: Doc, view: SentenceView, holders: list[Slot]) -> str | None:
    """The joint venture of the sentences just before whose KB partners include every holder."""
    from kg.kb import catalog

    kb = catalog()
    index = view.sentence.index
    seen: list[str] = []
    for mention in reversed(doc.mentions):
        in_reach = index - 3 <= mention.sentence <= index
        if in_reach and mention.label == "JointVenture" and mention.key not in seen:
            seen.append(mention.key)
    for key in seen:
        partners = {p.id for p, _ in kb.partners_of(key)}
        if partners and all(h.key in partners for h in holders):
            return key
    return None


def _emit(
    doc: Doc,
    view: SentenceView,
    target: Slot | None,
    holdings: list[tuple[Slot, float]],
    rule: str,
) -> Iterator[RawRelation]:
    holdings = [(h, p) for h, p in holdings if h.label in (*ORG_LABELS, "Person") and 0 < p <= 100]
    if not holdings:
        return
    if target is not None:
        target_key: str | None = target.key
        target_label = target.label
    else:
        target_key = _recent_venture(doc, view, [h for h, _ in holdings])
        target_label = "JointVenture"
    if target_key is None or target_label not in ORG_LABELS:
        return
    index = view.sentence.index
    for holder, pct in holdings:
        if holder.key == target_key:
            continue
        props: dict[str, object] = {"stake": pct}
        if target_label == "JointVenture" and holder.label != "Person":
            yield RawRelation(holder.key, "PARTNER_IN", target_key, index, rule, 0.85, props)
        else:
            yield RawRelation(target_key, "OWNED_BY", holder.key, index, rule, 0.85, props)


def stake_lists(doc: Doc, view: SentenceView) -> Iterator[RawRelation]:
    masked = view.masked
    if "%" not in masked and "per" not in masked:
        return
    if _MODAL.search(masked):
        return
    for match in _OWNED_FIRST.finditer(masked) if "stake-list-by" in view.cues else ():
        holdings = [
            (view.slot(m.group("holder")), _pct(m.group("pct")))
            for m in _BY_ITEM.finditer(match.group("list"))
        ]
        yield from _emit(doc, view, view.slot(match.group("target")), holdings, "stake-list-by")
    for match in _HOLDER_FIRST.finditer(masked) if "stake-list" in view.cues else ():
        holdings = [(view.slot(match.group("first")), _pct(match.group("pct")))]
        for item in _MORE_ITEM.finditer(match.group("more") or ""):
            holdings.append((view.slot(item.group("holder")), _pct(item.group("pct"))))
        target: Slot | None = None
        if match.group("target"):
            target = view.slot(match.group("target"))
        else:
            of_which = _OF_WHICH.search(masked[: match.start()])
            if of_which:
                target = view.slot(of_which.group("target"))
            elif any(
                view.slot(token).label in ORG_LABELS
                for token in re.findall(E, masked[: match.start()] + masked[match.end() :])
            ):
                continue
        if (
            target is None
            and len(holdings) == 1
            and not re.search(r"\b(?:remaining|other|rest|balance)\b", match.group(0))
        ):
            continue
        yield from _emit(doc, view, target, holdings, "stake-list")

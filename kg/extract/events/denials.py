"""Denials of what an earlier sentence reported: one denied event, not a rumour and a denial.

"In January, Bloomberg reported that Brilliance China Automotive might sell its holding ...
Days later, Brilliance Auto Group dismissed the report of a stake sale as untrue." The second
sentence states no event of its own: it denies the rumour before it, which becomes denied."""

import re

from kg.extract.events.base import ORGS, Ctx
from kg.extract.facts import RawEvent
from kg.extract.status import hedged

_DENIAL = re.compile(
    r"\b(?:denied|denies|deny|denying|dismissed|dismisses|rejected|rejects|refuted|refutes|"
    r"rebuffed|played down|ruled out|rules out|(?:has|had|have)\s+no\s+(?:intention|plans?))\b",
    re.IGNORECASE,
)
_NOUNS = {
    "Acquisition": r"(?:stake\s+)?sale|takeover|acquisition|purchase|bid|deal|buy(?:ing|out)?|"
    r"selling|talks",
    "Merger": r"merger|merge|combination|talks",
    "MarketExit": r"exit|withdrawal|leave|leaving|pull(?:ing)?\s+out",
    "PlantClosure": r"clos(?:e|ing|ure)|shut(?:ting)?",
    "Restructuring": r"restructuring|job\s+cuts|layoffs",
    "Partnership": r"partnership|alliance|tie-up|talks",
    "Investment": r"investment|invest(?:ing)?|stake",
}
_OPEN = ("rumored", "reported")


def deny_earlier(ctx: Ctx, found: list[RawEvent]) -> RawEvent | None:
    """'status-denial': the open rumour or report of the last sentences that a sentence stating
    no event of its own denies (by naming one of its parties or the kind of event), marked
    denied; the denied event is returned."""
    denial = _DENIAL.search(ctx.text)
    if found or denial is None or hedged(ctx.text, denial.start()):
        return None
    named = {s.key for s in ctx.slots(*ORGS)}
    index = ctx.view.sentence.index
    for event in reversed(ctx.memory.events[-8:]):
        if event.sentence < index - 3:
            break
        if event.status not in _OPEN or event.type not in _NOUNS:
            continue
        parties = {key for key, _ in event.participants}
        noun = _NOUNS.get(event.type)
        if parties & named or (noun and re.search(rf"\b(?:{noun})\b", ctx.text, re.IGNORECASE)):
            event.status = "denied"
            event.rule += "+status-denial"
            return event
    return None

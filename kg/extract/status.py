"""Event status from the wording of the sentence that states it.

Denials, cancellations, rumours and reports are read in the whole sentence ("X denied reports
that ...", "..., Reuters reported"); whether the event is done, announced or planned is read in
the clause of its trigger when the rule gives it ("formally launched Leapmotor International, the
company that will export ..." is done: the "will" belongs to another clause)."""

import re

_DENIED = re.compile(
    r"\b(?:denied|denies|deny|denying|dismissed|dismisses|rejected|rejects|refuted|refutes|"
    r"rebuffed|rebuffs|played down|ruled out|rules out|no plans to|(?:has|had|have)\s+no\s+"
    r"intention)\b",
    re.IGNORECASE,
)
_HEDGED = re.compile(r"\b(?:whether|if)\b[^.;]{0,80}$", re.IGNORECASE)
_CANCELLED = re.compile(
    r"\b(?:called off|calls off|call off|scrapped|scraps|abandoned|abandons|terminated|"
    r"terminates|collapsed|collapses|cancell?ed|cancels|fell apart|falls apart|fell through|"
    r"broke off|broken off|walked away|pulled the plug|ended talks|ended merger talks|"
    r"ended negotiations)\b",
    re.IGNORECASE,
)
_RUMOURED = re.compile(
    r"\b(?:rumou?rs?|rumou?red|speculation|speculated|is said to|are said to|reportedly\s+"
    r"(?:considering|weighing|mulling|exploring|in talks|planning|preparing)|considering|"
    r"weighing|mulling|exploring (?:a|the) (?:sale|exit|option)|people familiar|"
    r"sources (?:said|say)|"
    r"unconfirmed|could be|may be|might|approached|sounded out|sounding out|in talks)\b",
    re.IGNORECASE,
)
_REPORTED = re.compile(
    r"\b(?:reportedly|allegedly|according to(?!\s+(?:a|an|the)\s+(?:\w+\s+)?(?:filing|document|"
    r"statement|notice|release|notification))|reports? (?:say|said|suggest|suggested|claim)|"
    r"reported that|reports\b|reported\b|citing (?:[A-Z]|people|sources|reports)|cited by)\b",
    re.IGNORECASE,
)
_PLANNED = re.compile(
    r"\b(?:(?<!a\s)(?<!the\s)plans\s+to|plan\s+to\s+(?!cut|trim|reduce)|planning\s+to|"
    r"intends?\s+to|aims?\s+to|(?:is|are|was|were)\s+(?:scheduled|due|set|slated|expected)\s+to|"
    r"(?:scheduled|planned|slated|due)\s+(?:for|in)|will\s+be\s+able\s+to|expects?\s+to)\b",
    re.IGNORECASE,
)
_FUTURE = re.compile(
    r"\b(?<!that\s)(?<!which\s)(?<!who\s)(?:will|would|is\s+to|are\s+to|set\s+to|to\s+be)\b",
    re.IGNORECASE,
)
_ANNOUNCED = re.compile(
    r"\b(?:announced|announces|agreed|agrees|signed|signs|confirmed|confirms|memorandum|"
    r"approved|approves|committed\s+to|commits\s+to|pledged|pledges|unveiled\s+(?:a|an|its|"
    r"their)\s+(?:plan|programme|program|strategy))\b",
    re.IGNORECASE,
)
_UNVEILED_PLAN = re.compile(r"\bunveiled\b", re.IGNORECASE)
_PAST_FACT = re.compile(
    r"\b(?:(?:has|have|had)\s+(?:\w+\s+)?(?:opened|closed|completed|finalized|finalised|launched|"
    r"started|begun|ended|shut|resigned|stepped down|left|quit|retired)|resigned|stepped down|"
    r"completing|took effect|came into effect)\b",
    re.IGNORECASE,
)
_PRODUCTS = ("Debut", "Launch", "Anniversary")


def hedged(text: str, at: int) -> bool:
    """'it is unclear whether Nissan rebuffed the approach': the word at `at` is not asserted."""
    return bool(_HEDGED.search(text[:at]))


def status_of(
    text: str, event_type: str, after_publication: bool = False, clause: str | None = None
) -> str:
    """The status of an event a sentence states; `clause` is the part of the sentence its
    trigger is in, where future and announcement wording count (default: the sentence)."""
    denial = _DENIED.search(text)
    if denial and not hedged(text, denial.start()):
        return "denied"
    if _CANCELLED.search(text):
        return "cancelled"
    if event_type in ("SalesReport", "FinancialResult"):
        return "reported"
    if _RUMOURED.search(text):
        return "rumored"
    if _REPORTED.search(text):
        return "reported"
    own = text if clause is None else clause
    if _PAST_FACT.search(own) and not after_publication:
        return "completed"
    if _PLANNED.search(own):
        return "planned"
    announced = _ANNOUNCED.search(own) or (
        event_type not in _PRODUCTS and _UNVEILED_PLAN.search(own)
    )
    if announced:
        return "announced"
    if _FUTURE.search(own) or after_publication:
        return "announced"
    return "completed"

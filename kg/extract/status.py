"""Event status from the wording of the sentence that states it."""

import re

_DENIED = re.compile(
    r"\b(?:denied|denies|deny|denying|dismissed|dismisses|rejected|rejects|refuted|refutes|"
    r"rebuffed|rebuffs|played down|ruled out|rules out|no plans to|has no intention)\b",
    re.IGNORECASE,
)
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
    r"\b(?:plans? to|planning to|intends? to|aims? to|targets?|is set to|are set to|expects? to|"
    r"is expected to|are expected to|by (?:the end of )?20\d\d|scheduled to|slated to|"
    r"will\b|would\b)",
    re.IGNORECASE,
)
_ANNOUNCED = re.compile(
    r"\b(?:announced|announces|unveiled plans|agreed|agrees|signed|signs|confirmed|confirms|"
    r"memorandum|approved|approves|will\b|is to\b|are to\b|set to)\b",
    re.IGNORECASE,
)
_PAST_FACT = re.compile(
    r"\b(?:(?:has|have|had)\s+(?:\w+\s+)?(?:opened|closed|completed|finalized|finalised|launched|"
    r"started|begun|ended|shut|resigned|stepped down|left|quit|retired)|resigned|stepped down|"
    r"completing|took effect|came into effect)\b",
    re.IGNORECASE,
)


def status_of(text: str, event_type: str, after_publication: bool = False) -> str:
    if _DENIED.search(text):
        return "denied"
    if _CANCELLED.search(text):
        return "cancelled"
    if event_type in ("SalesReport", "FinancialResult"):
        return "reported"
    if _RUMOURED.search(text):
        return "rumored"
    if _REPORTED.search(text):
        return "reported"
    if _PAST_FACT.search(text) and not after_publication:
        return "completed"
    if _ANNOUNCED.search(text) and re.search(
        r"\b(?:announced|agreed|signed|confirmed|memorandum|"
        r"approved)\b",
        text,
        re.IGNORECASE,
    ):
        return "announced"
    if _PLANNED.search(text) or after_publication:
        if re.search(
            r"\b(?:plans? to|planning to|intends? to|aims? to)\b",
            text,
            re.IGNORECASE,
        ):
            return "planned"
        return "announced"
    return "completed"

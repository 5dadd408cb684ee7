"""The project's vocabulary: the names of shared/eval-format.md, in one place."""

from typing import Literal, get_args

EntityLabel = Literal[
    "Company", "Brand", "JointVenture", "Person", "Vehicle", "Place", "AutoShow", "Publisher"
]
RelationType = Literal["OWNED_BY", "PARTNER_IN", "MAKES", "VARIANT_OF", "HOLDS_ROLE"]
EventType = Literal[
    "Debut",
    "Launch",
    "SalesReport",
    "ExecutiveChange",
    "Restructuring",
    "MarketExit",
    "Recall",
    "Acquisition",
    "Merger",
    "Investment",
    "JointVentureFormation",
    "Partnership",
    "PlantOpening",
    "PlantClosure",
    "Anniversary",
    "FinancialResult",
]
EventStatus = Literal[
    "completed", "announced", "planned", "reported", "rumored", "denied", "cancelled"
]
Role = Literal[
    "subject",
    "object",
    "partner",
    "result",
    "from",
    "to",
    "person",
    "predecessor",
    "maker",
    "venue",
    "location",
    "market",
]
Unit = Literal[
    "vehicles",
    "USD",
    "EUR",
    "CNY",
    "JPY",
    "GBP",
    "KRW",
    "INR",
    "RUB",
    "percent",
    "jobs",
    "years",
    "models",
]
DatePrecision = Literal["day", "month", "year"]

ENTITY_LABELS: tuple[str, ...] = get_args(EntityLabel)
RELATION_TYPES: tuple[str, ...] = get_args(RelationType)
EVENT_TYPES: tuple[str, ...] = get_args(EventType)
EVENT_STATUSES: tuple[str, ...] = get_args(EventStatus)
ROLES: tuple[str, ...] = get_args(Role)
UNITS: tuple[str, ...] = get_args(Unit)
ORGANISATION_LABELS: tuple[str, ...] = ("Company", "Brand", "JointVenture")

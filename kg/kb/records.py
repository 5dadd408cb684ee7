"""Pydantic models of the reference knowledge base's files (kg/kb/data/*.json)."""

from pydantic import BaseModel, ConfigDict, Field


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1)
    aliases: list[str] = Field(default_factory=list)
    qid: str | None = Field(default=None, pattern=r"^Q[1-9][0-9]*$")


class Holding(BaseModel):
    model_config = ConfigDict(extra="forbid")

    owner: str
    stake: float | None = Field(default=None, ge=0, le=100)
    since: str | None = None
    until: str | None = None


class CompanyRecord(_Record):
    country: str | None = None
    kind: str | None = None
    owners: list[Holding] = Field(default_factory=list)
    models: list[str] = Field(default_factory=list)
    common_word: bool = False


class BrandRecord(_Record):
    owner: str | None = None
    since: str | None = None
    until: str | None = None
    country: str | None = None
    models: list[str] = Field(default_factory=list)
    common_word: bool = False


class Partner(BaseModel):
    model_config = ConfigDict(extra="forbid")

    partner: str
    stake: float | None = Field(default=None, ge=0, le=100)
    since: str | None = None
    until: str | None = None


class JointVentureRecord(_Record):
    country: str | None = None
    since: str | None = None
    until: str | None = None
    partners: list[Partner] = Field(default_factory=list)
    models: list[str] = Field(default_factory=list)
    brands: list[str] = Field(default_factory=list)


class AutoShowRecord(_Record):
    city: str | None = None


class PlaceRecord(_Record):
    kind: str
    country: str | None = None
    demonyms: list[str] = Field(default_factory=list)


class PublisherRecord(_Record):
    domain: str | None = None
    country: str | None = None


class Role(BaseModel):
    model_config = ConfigDict(extra="forbid")

    org: str
    title: str
    since: str | None = None
    until: str | None = None


class PersonRecord(_Record):
    roles: list[Role] = Field(default_factory=list)

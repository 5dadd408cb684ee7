"""Typed models passed between the pipeline's steps."""

from kg.model.facts import (
    Article,
    ArticleFacts,
    Entity,
    Event,
    Participant,
    Relation,
)

__all__ = ["Article", "ArticleFacts", "Entity", "Event", "Participant", "Relation"]

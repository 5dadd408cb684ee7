"""The shipped reference knowledge base of the automotive world."""

from kg.kb.catalog import Catalog, KbEntity, KbFact, catalog

__all__ = ["Catalog", "KbEntity", "KbFact", "catalog"]

"""Loaders: turn article files of every supported format into kg.model.Article objects."""

from loaders.base import LoadFailure, LoadedArticle, SourceItem
from loaders.registry import iter_articles

__all__ = ["LoadFailure", "LoadedArticle", "SourceItem", "iter_articles"]

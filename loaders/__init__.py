"""Loaders: turn article files of every supported format into kg.model.Article objects."""

from loaders.base import DEFAULT_MAX_SIZE, LoadedArticle, LoadFailure, LoadOptions, SourceItem
from loaders.records import parse_field_map
from loaders.registry import FORMATS, Source, discover, iter_articles, read_source

__all__ = [
    "DEFAULT_MAX_SIZE",
    "FORMATS",
    "LoadFailure",
    "LoadOptions",
    "LoadedArticle",
    "Source",
    "SourceItem",
    "discover",
    "iter_articles",
    "parse_field_map",
    "read_source",
]

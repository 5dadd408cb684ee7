"""The extraction pipeline: article text in, typed facts with evidence out."""

from kg.extract.pipeline import extract_article

__all__ = ["extract_article"]

"""What every loader yields: an article, or a failure that names its file and line."""

from dataclasses import dataclass

from kg.model import Article


@dataclass(frozen=True)
class LoadedArticle:
    article: Article
    source: str
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class LoadFailure:
    source: str
    reason: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line is not None else self.source
        return f"{where}: {self.reason}"


SourceItem = LoadedArticle | LoadFailure

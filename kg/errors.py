"""The one exception hierarchy of autokg: the CLI maps these to clear messages."""


class AutokgError(Exception):
    """Base class of every error autokg raises on purpose."""

    exit_code = 1


class InputError(AutokgError):
    """An input file or value cannot be read or understood."""


class UsageError(AutokgError):
    """The caller asked for something malformed (bad option, bad parameter)."""

    exit_code = 2


class StoreError(AutokgError):
    """The graph store cannot be opened, written or read."""


class StoreLockedError(StoreError):
    """Another process holds the embedded store."""


class QueryError(StoreError):
    """A Cypher statement failed; the message is the database's own."""


class ReadOnlyQueryError(UsageError):
    """A statement that writes was sent without --write."""


class KnowledgeBaseError(AutokgError):
    """The shipped reference knowledge base is invalid."""


class EntityNotFoundError(AutokgError):
    """An entity argument matches nothing in the graph."""


class AmbiguousEntityError(AutokgError):
    """An entity argument matches several entities."""


class ExportError(AutokgError):
    """An export cannot be written."""

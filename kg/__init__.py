"""autokg: an offline knowledge graph of the automotive industry."""

__version__ = "0.1.0"

"""Shared fixtures: paths to the bundled examples and a fresh embedded store per test."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples" / "articles"
GOLD = ROOT / "examples" / "gold"
SEED = ROOT.parent / "shared" / "seed"


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    return tmp_path / "graph.db"


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture(scope="session")
def loaded_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The bundled examples loaded once into an embedded store, shared read-only by tests."""
    from kg.api import load
    from kg.store import open_store

    path = tmp_path_factory.mktemp("examples") / "graph.db"
    store = open_store(str(path))
    report = load([str(EXAMPLES)], store)
    store.close()
    assert report.ok and report.loaded >= 12
    yield path

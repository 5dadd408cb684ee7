"""Golden files pin the deterministic formats, exported from one small fixed graph.

After an intended change, regenerate them with:
    AUTOKG_UPDATE_GOLDEN=1 python3 -m pytest -q tests/test_export_golden.py
and review the diff of tests/golden/.
"""

import os
from pathlib import Path

import pytest

from kg.export import exporter_for, write_graph

from .test_export_graphs import small_graph

GOLDEN = Path(__file__).parent / "golden"
UPDATE = os.environ.get("AUTOKG_UPDATE_GOLDEN") == "1"


def _compare(produced: Path, golden: Path) -> None:
    if UPDATE:
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_bytes(produced.read_bytes())
    assert golden.exists(), f"no golden file {golden}: run with AUTOKG_UPDATE_GOLDEN=1"
    assert produced.read_text(encoding="utf-8") == golden.read_text(encoding="utf-8"), (
        f"{golden.name} changed; if intended, regenerate with AUTOKG_UPDATE_GOLDEN=1"
    )


@pytest.mark.parametrize(
    "fmt,name",
    [
        ("json", "small.json"),
        ("cytoscape", "small.cyjs"),
        ("graphml", "small.graphml"),
        ("dot", "small.dot"),
        ("turtle", "small.ttl"),
        ("nt", "small.nt"),
    ],
)
def test_single_file_formats_match_their_golden_file(fmt: str, name: str, tmp_path: Path) -> None:
    out = tmp_path / name
    write_graph(exporter_for(fmt), small_graph(), str(out))
    _compare(out, GOLDEN / name)


def test_csv_files_match_their_golden_files(tmp_path: Path) -> None:
    out = tmp_path / "csv"
    write_graph(exporter_for("csv"), small_graph(), str(out))
    produced = sorted(p.name for p in out.iterdir())
    if not UPDATE:
        assert produced == sorted(p.name for p in (GOLDEN / "csv").iterdir())
    for name in produced:
        _compare(out / name, GOLDEN / "csv" / name)

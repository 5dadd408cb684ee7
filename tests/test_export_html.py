"""The HTML page: self-contained, and rendered by headless Chromium with the network off."""

import json
import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import networkx as nx
import pytest

from kg.export import exporter_for, select_graph, write_graph
from kg.export.html import page_data, render
from kg.export.select import Selection
from kg.export.snapshot import snapshot
from kg.store import open_store

from .test_export_graphs import small_graph, synthetic_graph

CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
    "--host-resolver-rules=MAP * ~NOTFOUND",
    "--proxy-server=127.0.0.1:9",
    "--window-size=1400,900",
]
#: appended to a copy of the page: writes what the page's own API says into the DOM
PROBE = """<script>
function autokgProbe() {
  var api = window.autokg;
  var notice = document.getElementById("notice");
  document.body.setAttribute("data-probe", JSON.stringify({
    nodes: api.nodeCount(), edges: api.edgeCount(), visible: api.visibleNodeCount(),
    ready: api.ready, fetched: performance.getEntriesByType("resource").length,
    notice: notice.hidden ? "" : notice.textContent
  }));
  if (!api.ready) { setTimeout(autokgProbe, 100); }
}
window.addEventListener("load", autokgProbe);
</script></body>"""


def _install_chromium() -> str | None:
    if os.geteuid() != 0 or not shutil.which("apt-get"):
        return None
    for command in (
        ["apt-get", "install", "-y", "chromium"],
        ["apt-get", "update"],
        ["apt-get", "install", "-y", "chromium"],
    ):
        result = subprocess.run(
            command,
            capture_output=True,
            timeout=900,
            check=False,
            env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"},
        )
        if result.returncode == 0 and command[1] == "install":
            break
    return shutil.which("chromium")


@pytest.fixture(scope="session")
def chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if not found:
        try:
            found = _install_chromium()
        except (OSError, subprocess.SubprocessError) as exc:
            pytest.skip(f"Chromium is not installed and could not be installed: {exc}")
    if not found:
        pytest.skip("Chromium is not installed (apt-get install chromium, as root)")
    return found


def run_chromium(chromium: str, page: Path, *args: str, budget_ms: int = 30000) -> str:
    with tempfile.TemporaryDirectory() as profile:
        result = subprocess.run(
            [
                chromium,
                *CHROMIUM_FLAGS,
                f"--user-data-dir={profile}",
                f"--virtual-time-budget={budget_ms}",
                *args,
                page.as_uri(),
            ],
            capture_output=True,
            text=True,
            timeout=240,
            check=False,
        )
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


def probe(chromium: str, page: Path) -> dict[str, object]:
    probed = page.with_name(page.stem + "-probe.html")
    probed.write_text(page.read_text(encoding="utf-8").replace("</body>", PROBE), encoding="utf-8")
    dom = run_chromium(chromium, probed, "--dump-dom")
    match = re.search(r'data-probe="([^"]*)"', dom)
    assert match, dom[-2000:]
    value: dict[str, object] = json.loads(match.group(1).replace("&quot;", '"'))
    return value


@pytest.fixture(scope="module")
def examples(loaded_store: Path) -> Iterator["nx.MultiDiGraph[str]"]:
    store = open_store(str(loaded_store), read_only=True)
    try:
        yield snapshot(store)
    finally:
        store.close()


def test_the_page_is_self_contained() -> None:
    page = render(small_graph())
    assert re.search(r"<(script|link|img|iframe)\b[^>]*\b(src|href)\s*=", page) is None
    assert "@import" not in page and "url(" not in page.split("<script")[0]
    assert page.count("</script>") == 3
    assert "vis-network" in page and "sourceMappingURL" not in page


def test_page_data_carries_evidence_dates_and_labels() -> None:
    data = page_data(small_graph())
    assert len(data["nodes"]) == 12 and len(data["edges"]) == 13
    assert data["dates"] == {"min": "1989-01-01", "max": "2025-04-01"}
    event = next(n for n in data["nodes"] if n["label"] == "Event")
    assert event["props"]["evidence"].startswith('Infiniti showed the "QX60"')
    assert event["start"] == "2024-11-01"
    assert {e["label"] for e in data["labels"]} == {n["label"] for n in data["nodes"]}
    assert data["dropped"] is None


def test_a_large_graph_is_capped_with_a_notice() -> None:
    graph = select_graph(synthetic_graph(5000), exporter_for("html"))
    data = page_data(graph)
    assert len(data["nodes"]) == 2000
    assert data["dropped"]["total"] == 5000 and data["dropped"]["nodes"] == 3000


def test_a_50_node_subgraph_renders_offline_in_chromium(
    chromium: str, examples: "nx.MultiDiGraph[str]", tmp_path: Path
) -> None:
    exporter = exporter_for("html")
    around = Selection(around="Volvo Cars", depth=2)
    graph = select_graph(examples, exporter, around)
    assert 20 <= graph.number_of_nodes() <= 120
    page = tmp_path / "volvo.html"
    write_graph(exporter, graph, str(page))
    seen = probe(chromium, page)
    assert seen["nodes"] == graph.number_of_nodes()
    assert seen["edges"] == graph.number_of_edges()
    assert seen["visible"] == graph.number_of_nodes()
    assert seen["ready"] is True
    assert seen["fetched"] == 0
    shot = tmp_path / "volvo.png"
    run_chromium(chromium, page, f"--screenshot={shot}")
    assert shot.stat().st_size > 20000
    print(f"screenshot: {shot}")


def test_a_5000_node_graph_shows_2000_and_says_what_it_left_out(
    chromium: str, tmp_path: Path
) -> None:
    exporter = exporter_for("html")
    graph = select_graph(synthetic_graph(5000), exporter)
    page = tmp_path / "large.html"
    write_graph(exporter, graph, str(page))
    seen = probe(chromium, page)
    assert seen["nodes"] == 2000
    assert "Showing the 2,000 most connected of 5,000 nodes" in str(seen["notice"])

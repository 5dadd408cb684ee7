"""Running autokg as a separate process: wall time, peak memory, output."""

import os
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Run:
    args: list[str]
    seconds: float
    peak_rss_mb: float
    returncode: int
    stdout: str
    stderr: str


ROOT = Path(__file__).resolve().parents[1]
"""The checkout whose code the benchmarks run (never an installed `autokg`, which may be older)."""


def autokg_command() -> list[str]:
    """`python -m kg` with the checkout's root first on PYTHONPATH; -P keeps the current
    folder (perhaps another checkout) off the module path."""
    return [sys.executable, "-P", "-m", "kg"]


def _environment() -> dict[str, str]:
    path = os.environ.get("PYTHONPATH")
    return {**os.environ, "PYTHONPATH": str(ROOT) + (os.pathsep + path if path else "")}


def run(args: list[str], cwd: Path | None = None) -> Run:
    """Runs `autokg ARGS` to its end. The peak resident set size is read from wait4, so it is
    this process's own: the largest of autokg and the children it waited for (its extraction
    workers), not a sum."""
    command = autokg_command() + args
    began = time.perf_counter()
    with _Capture() as out, _Capture() as err:
        process = subprocess.Popen(
            command,
            cwd=cwd,
            env=_environment(),
            stdin=subprocess.DEVNULL,
            stdout=out.file,
            stderr=err.file,
        )
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - began
        process.returncode = os.waitstatus_to_exitcode(status)
        stdout, stderr = out.text(), err.text()
    return Run(command, seconds, usage.ru_maxrss / 1024, process.returncode, stdout, stderr)


class _Capture:
    """A temporary file for a child's output (a pipe could fill up while we wait4)."""

    def __enter__(self) -> "_Capture":
        import tempfile

        self.file = tempfile.TemporaryFile()
        return self

    def text(self) -> str:
        self.file.seek(0)
        return self.file.read().decode("utf-8", errors="replace")

    def __exit__(self, *exc: object) -> None:
        self.file.close()


def size_on_disk(path: Path) -> int:
    """Bytes of a store (a file or a folder) and its write-ahead log."""
    total = 0
    for item in (path, path.with_name(path.name + ".wal")):
        if item.is_dir():
            total += sum(p.stat().st_size for p in item.rglob("*") if p.is_file())
        elif item.exists():
            total += item.stat().st_size
    return total


def remove_store(path: Path) -> None:
    """Removes a store and the files Ladybug keeps beside it (log, shadow pages, locks)."""
    for item in (path, *path.parent.glob(path.name + ".*")):
        if item.is_dir():
            shutil.rmtree(item)
        elif item.exists():
            item.unlink()

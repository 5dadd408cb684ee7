"""Where the non-Python folders of the project live: bundled in the wheel, or in a checkout.

An installed wheel carries `schema/` and `queries/` as `kg/_bundled/<name>` (hatch force-include,
see pyproject.toml); an editable install or a source checkout has them at the repository root.
"""

from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def data_dir(name: str) -> Path:
    """The folder `name` ('queries' or 'schema'): the bundled copy first, else the checkout's."""
    bundled = _PACKAGE_DIR / "_bundled" / name
    if bundled.is_dir():
        return bundled
    return _PACKAGE_DIR.parent / name


def queries_dir() -> Path:
    return data_dir("queries")

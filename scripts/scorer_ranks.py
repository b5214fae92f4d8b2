"""Where the gold pairs of the real development stories rank among the sentence-pair scorer's candidate pairs.

    python scripts/scorer_ranks.py [ROOT] [STORY ...]

For each development story (own held-out stories are never looked at here): how many candidate pairs the run
weighs, and for each gold pair whose two sentences are a candidate pair, its rank (0 = the scorer's highest) and
score, by kind. It tells whether the sentence-pair findings could report what no claim frame holds (statements
without figures): they could if the gold conflicts ranked above the compatible pairs, which they do not.
"""

from __future__ import annotations

import contextlib
import io
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import devfolders  # noqa: E402
import realdev  # noqa: E402

import checker.pipeline as pipeline  # noqa: E402
from checker.cli import main as checker_main  # noqa: E402


def ranks(story: Path) -> tuple[int, dict[str, list[tuple[int, float]]]]:
    """(candidate pairs, {kind: [(rank, score)]}) of one story's run."""
    captured: dict = {}
    original = pipeline.build_findings

    def capture(pairs, judgements, sentences, *rest, **kw):
        captured.update(pairs=pairs, judgements=judgements, sentences=sentences)
        return original(pairs, judgements, sentences, *rest, **kw)

    pipeline.build_findings = capture
    try:
        with tempfile.TemporaryDirectory() as out, contextlib.redirect_stdout(io.StringIO()), \
                contextlib.redirect_stderr(io.StringIO()):  # fmt: skip
            with contextlib.suppress(SystemExit):
                checker_main(["check", str(story / "excerpts"), "--json", str(Path(out) / "r.json"), "--quiet"])
    finally:
        pipeline.build_findings = original
    sentences = captured["sentences"]

    def find(article: str, quote: str) -> set[int]:
        q = devfolders.norm(quote)
        return {s.index for s in sentences if s.article == article and (q in devfolders.norm(s.text)
                                                                         or devfolders.norm(s.text) in q)}

    gold: dict[frozenset, str] = {}
    for p in realdev.load_story(story).pairs:
        for x in find(p.article_1, p.quote_1):
            for y in find(p.article_2, p.quote_2):
                gold[frozenset((x, y))] = p.kind
    scored = sorted(((j.score, frozenset((p.a, p.b))) for p, j in zip(captured["pairs"], captured["judgements"])),
                    key=lambda t: -t[0])  # fmt: skip
    out: dict[str, list[tuple[int, float]]] = {}
    for rank, (score, key) in enumerate(scored):
        if key in gold:
            out.setdefault(gold[key], []).append((rank, round(score, 3)))
    return len(scored), out


def main(argv: list[str]) -> int:
    root = Path(argv[0]) if argv else Path("data/realdev")
    wanted = set(argv[1:])
    for story in realdev.stories(root):
        if realdev.manifest(story).get("split", "dev") != "dev" or (wanted and story.name not in wanted):
            continue
        n, found = ranks(story)
        shown = "; ".join(f"{kind}: " + ", ".join(f"#{r} ({s})" for r, s in found[kind]) for kind in sorted(found))
        print(f"{story.name}: {n} candidate pairs; {shown or 'no gold pair among them'}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

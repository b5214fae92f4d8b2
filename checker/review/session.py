"""The interactive review session in the terminal: one finding or point at a time, single keys, every decision written
to the store the moment it is made. Works in a real terminal (raw single keys) and with piped input (one key
per character, a note on its own line), which is how the tests drive it."""

from __future__ import annotations

import sys
from typing import IO, Mapping, Sequence

from rich.console import Console, RenderableType
from rich.text import Text

from ..records import Finding, Point, Report
from ..render import disputed_points, update_points
from ..render.console import finding as finding_panel
from ..render.console import point as point_panel
from .store import ReviewStore, decide

KEYS = {"c": "confirmed", "d": "dismissed", "u": "unsure"}
HELP = "[c]onfirm  [d]ismiss  [u]nsure  [n]ote  [s]kip  [b]ack  [q]uit"


class KeySource:
    """Single key presses from a terminal, or characters from a pipe."""

    def __init__(self, stream: IO[str] | None = None):
        self.stream = stream or sys.stdin
        self.tty = self.stream.isatty()

    def key(self) -> str | None:
        """The next key, lower-cased; None at the end of input."""
        if self.tty:
            import termios
            import tty

            fd = self.stream.fileno()
            old = termios.tcgetattr(fd)
            try:
                tty.setcbreak(fd)
                ch = self.stream.read(1)
            finally:
                termios.tcsetattr(fd, termios.TCSADRAIN, old)
            if ch in ("\x03", "\x04"):  # Ctrl-C / Ctrl-D in cbreak mode
                return None
            return ch.lower() or None
        while True:
            ch = self.stream.read(1)
            if not ch:
                return None
            if not ch.isspace():
                return ch.lower()

    def line(self) -> str:
        """A line of text (a note); '' at the end of input."""
        text = self.stream.readline()
        return text.rstrip("\r\n")


def to_review(report: Report, *, everything: bool = False) -> list[Finding | Point]:
    """What a reviewer is asked to decide, in order: conflicts and disputes, updates, then findings, each
    strongest first as the report orders them (agreements are not asked). Only open ones unless `everything`."""
    items: list[Finding | Point] = [*disputed_points(report), *update_points(report), *report.findings]
    return [x for x in items if everything or x.review is None]


def _panel(rank: int, item: Finding | Point, inferred: Mapping[str, str]) -> RenderableType:
    if isinstance(item, Point):
        return point_panel(rank, item, inferred=inferred)
    return finding_panel(rank, item)


def run_session(
    findings: Sequence[Finding | Point],
    store: ReviewStore,
    *,
    keys: KeySource,
    console: Console,
    reviewer: str | None = None,
    inferred: Mapping[str, str] | None = None,
) -> dict[str, int]:
    """Go through `findings` and points (already ordered); return how many of each verdict were recorded.
    `inferred` maps article names to inferred dates, shown on points' claims."""
    recorded = {"confirmed": 0, "dismissed": 0, "unsure": 0}
    decided: dict[str, str] = {}
    total = len(findings)
    i = 0
    if not total:
        console.print("Nothing to review: every finding and point has a verdict. Use --all to go through them again.",
                      markup=False)  # fmt: skip
        return recorded
    while 0 <= i < total:
        f = findings[i]
        console.print(_panel(i + 1, f, inferred or {}))
        done = len(decided)
        state = f" · now: {decided[f.id]}" if f.id in decided else ""
        console.print(Text(f"reviewed {done} / {total}{state}   {HELP}", style="bold"))
        key = keys.key()
        if key is None or key == "q":
            break
        if key in KEYS:
            decide(store, f, KEYS[key], reviewer=reviewer)
            decided[f.id] = KEYS[key]
            recorded[KEYS[key]] += 1
            i += 1
        elif key == "n":
            console.print("Note (one line, Enter to finish):", markup=False)
            if not keys.tty:
                keys.line()  # the rest of the key's line in piped input
            note = keys.line() if not keys.tty else input()
            console.print(f"Verdict for this note? [c/d/u] (default: {decided.get(f.id, 'unsure')})", markup=False)
            choice = keys.key()
            verdict = KEYS.get(choice or "", decided.get(f.id, "unsure"))
            decide(store, f, verdict, note=note, reviewer=reviewer)
            decided[f.id] = verdict
            recorded[verdict] += 1
            i += 1
        elif key == "s":
            i += 1
        elif key == "b":
            i = max(0, i - 1)
        else:
            console.print(Text(f"unknown key {key!r}; {HELP}", style="red"))
    console.print(Text(f"Recorded: {recorded['confirmed']} confirmed, {recorded['dismissed']} dismissed, "
                       f"{recorded['unsure']} unsure. Saved in {store.path}.", style="green"))  # fmt: skip
    return recorded

"""Spreading a batch of spaCy work over processes: one for small batches (a folder of articles), up to four on a
big corpus, where the sentence split and the parse are most of a cold run. The results are the same whichever
number is used: each chunk goes to one process and the chunks come back in order.

spaCy's own `pipe(n_process=…)` is not used: it sends whole docs back, and decoding each one looks up srsly's
registered decoders among every installed package's entry points (5 s for 5,000 docs, more than the split). The
workers here send back only what the caller keeps (spans, token rows): plain lists between our own processes."""

from __future__ import annotations

import multiprocessing as mp
import os
import sys
from typing import Callable, Sequence, TypeVar

T = TypeVar("T")
R = TypeVar("R")

PARALLEL_FROM = 1000  # texts; below this a second process saves less than a second and costs its start
MAX_PROCESSES = 4  # each holds its own copy of the model's working memory
_CHUNKS_PER_PROCESS = 4  # several chunks a process, so one slow chunk does not leave the others idle


def processes_for(texts: int) -> int:
    if texts < PARALLEL_FROM:
        return 1
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        cores = os.cpu_count() or 1
    return max(1, min(cores, MAX_PROCESSES))


def start_method() -> str:
    """Forked on Linux (the model the parent loaded is shared); elsewhere started afresh (macOS forbids forking a
    process that loaded its system frameworks, Windows cannot fork), each worker then loading the model itself."""
    return "fork" if sys.platform.startswith("linux") else "spawn"


def map_chunks(fn: Callable[[list[T]], list[R]], items: Sequence[T]) -> list[R]:
    """`fn` over consecutive chunks of `items`, results flattened in order; over several processes when the batch
    is big. `fn` must be a module-level function (a spawned worker imports it)."""
    items = list(items)
    processes = processes_for(len(items))
    if processes == 1:
        return fn(items)
    parts = processes * _CHUNKS_PER_PROCESS
    size = -(-len(items) // parts)
    chunks = [items[i : i + size] for i in range(0, len(items), size)]
    with mp.get_context(start_method()).Pool(processes) as pool:
        done = pool.map(fn, chunks, chunksize=1)
    return [r for part in done for r in part]

"""Load a model without the model libraries' chatter on the reviewer's terminal.

Loading a model through transformers draws a "Loading weights" tqdm bar (transformers' core_model_loading), and
sentence-transformers logs "Default prompt name is set to 'query'. ..." at WARNING: the e5 folder sets that
default prompt on purpose (see e5build), so the notice tells a reviewer nothing they can act on.

`quiet_loading()` turns off the transformers / huggingface_hub progress bars, and raises the transformers and
sentence-transformers loggers to ERROR, for the duration of a load only; on the way out every setting is put
back as it was, so a program that imports checker keeps its own choices. Python warnings and every other logger
are left alone. The settings are process-wide while the block runs (the libraries have no per-thread switch).
"""

from __future__ import annotations

import importlib
import logging
import warnings
from contextlib import contextmanager
from typing import Iterator

# The logger the prompt notice goes to is a child of this one (sentence_transformers.base.model in 6.x).
LIBRARY_LOGGERS = ("sentence_transformers",)


def _hub_bar_states() -> dict | None:
    """huggingface_hub's progress-bar switches (transformers' disable_progress_bar also flips them)."""
    try:
        module = importlib.import_module("huggingface_hub.utils.tqdm")
    except ImportError:  # pragma: no cover - a dependency of transformers
        return None
    states = getattr(module, "progress_bar_states", None)
    return states if isinstance(states, dict) else None


@contextmanager
def quiet_loading() -> Iterator[None]:
    """Within the block: no transformers / hub progress bar, transformers and sentence-transformers log errors
    only. Everything is restored afterwards, even when the load raises."""
    try:
        from transformers.utils import logging as hf_logging
    except ImportError:  # pragma: no cover - a dependency
        hf_logging = None
    levels = {name: logging.getLogger(name).level for name in LIBRARY_LOGGERS}
    hub_states = _hub_bar_states()
    hub_saved = dict(hub_states) if hub_states is not None else None
    if hf_logging is not None:
        bar_was_on = hf_logging.is_progress_bar_enabled()
        verbosity = hf_logging.get_verbosity()
        hf_logging.disable_progress_bar()
        hf_logging.set_verbosity_error()
    for name in LIBRARY_LOGGERS:
        logging.getLogger(name).setLevel(logging.ERROR)
    try:
        yield
    finally:
        for name, level in levels.items():
            logging.getLogger(name).setLevel(level)
        if hf_logging is not None:
            hf_logging.set_verbosity(verbosity)
            if bar_was_on:
                with warnings.catch_warnings():  # the hub warns when HF_HUB_DISABLE_PROGRESS_BARS overrides it
                    warnings.simplefilter("ignore")
                    hf_logging.enable_progress_bar()
        if hub_states is not None and hub_saved is not None:
            hub_states.clear()
            hub_states.update(hub_saved)

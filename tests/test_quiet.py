"""A quiet run: `checker check` prints the report and checker's own progress only, and that progress only on a
terminal. No "Loading weights" bar, no sentence-transformers "Default prompt name" notice, no warnings from the
libraries underneath; and silencing the model libraries while a model loads leaves their settings as they were."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT, write

# Two short articles from two outlets that disagree about a (fictional) municipal pool.
ALPHA = (
    "Lyon, 12 mai 2025 - Le conseil municipal a voté mardi la fermeture de la piscine du Rhône pour travaux à "
    "partir du 1er juin.\n"
    "Selon le maire, le chantier coûtera quatre millions d'euros et durera deux ans.\n"
)
BETA = (
    "---\nsource: La Gazette de Gerland\ndate: 2025-05-13\n---\n"
    "L'adjointe aux sports a assuré mercredi que la piscine du Rhône resterait ouverte tout l'été.\n\n"
    "Le chantier coûtera six millions d'euros, affirme l'opposition municipale.\n"
)

# What the model libraries print when left alone (transformers' tqdm bar, sentence-transformers' notice).
THIRD_PARTY = ("Loading weights", "it/s]", "Default prompt name")


def _articles(folder: Path) -> Path:
    write(folder, "alpha.txt", ALPHA)
    write(folder, "beta.md", BETA)
    return folder


def _env(cache: Path) -> dict:
    """The user's environment, minus anything that would silence the libraries for us."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("HF_HUB_DISABLE_PROGRESS_BARS", "TRANSFORMERS_VERBOSITY", "TQDM_DISABLE", "PYTHONWARNINGS")}  # fmt: skip
    return {**env, "CHECKER_CACHE": str(cache), "PYTHONPATH": str(ROOT)}


def _check(argv: list[str], cache: Path) -> subprocess.CompletedProcess:
    # stderr is a pipe here, never a terminal: checker's own progress must stay off too
    return subprocess.run(argv, capture_output=True, text=True, cwd=ROOT, env=_env(cache), timeout=600)


def test_check_piped_prints_the_report_and_nothing_on_stderr(tmp_path):
    folder = _articles(tmp_path / "articles")
    run = _check([sys.executable, str(ROOT / "tests" / "fake_cli.py"), "check", str(folder), "--scorer", "rules"],
                 tmp_path / "cache")  # fmt: skip
    assert run.returncode == 0, run.stderr
    assert run.stderr == "", f"stderr should be empty when it is not a terminal; got:\n{run.stderr}"
    assert "Articles" in run.stdout and "2 used" in run.stdout
    assert not any(s in run.stdout for s in THIRD_PARTY)


def test_quiet_loading_hides_the_weights_bar_and_prompt_notice_then_puts_settings_back(capsys, caplog):
    from huggingface_hub.utils import are_progress_bars_disabled
    from transformers.utils import logging as hf_logging

    from checker.embedding.quiet import quiet_loading

    notice = logging.getLogger("sentence_transformers.base.model")  # where sentence-transformers 6 logs it
    before = (hf_logging.is_progress_bar_enabled(), hf_logging.get_verbosity(), are_progress_bars_disabled(),
              logging.getLogger("sentence_transformers").level)  # fmt: skip

    def load():  # what a model load prints: transformers' bar, then the prompt notice
        for _ in hf_logging.tqdm(range(3), desc="Loading weights"):
            pass
        notice.warning("Default prompt name is set to 'query'.")

    caplog.set_level(logging.WARNING)
    with quiet_loading():
        load()
    assert "Loading weights" not in capsys.readouterr().err
    assert "Default prompt name" not in caplog.text
    after = (hf_logging.is_progress_bar_enabled(), hf_logging.get_verbosity(), are_progress_bars_disabled(),
             logging.getLogger("sentence_transformers").level)  # fmt: skip
    assert after == before, "the libraries' own settings are restored for the code around checker"

    if before[0]:  # outside the block the caller's choices apply again (here: the libraries' defaults)
        load()
        assert "Loading weights" in capsys.readouterr().err
        assert "Default prompt name" in caplog.text


def test_quiet_loading_restores_settings_when_the_load_fails():
    from transformers.utils import logging as hf_logging

    from checker.embedding.quiet import quiet_loading

    before = (hf_logging.is_progress_bar_enabled(), hf_logging.get_verbosity())
    with pytest.raises(OSError):
        with quiet_loading():
            raise OSError("no such model folder")
    assert (hf_logging.is_progress_bar_enabled(), hf_logging.get_verbosity()) == before


@pytest.mark.slow
def test_first_run_with_the_real_model_is_quiet(tmp_path):
    """A fresh cache: the e5 folder is built, loaded by sentence-transformers (fp32) and exported to ONNX (the
    default backend), the three loads that printed the "Loading weights" bar and the prompt notice."""
    folder = _articles(tmp_path / "articles")
    cache = tmp_path / "cache"
    for backend in ("torch", "auto"):
        run = _check([sys.executable, "-m", "checker", "check", str(folder), "--backend", backend], cache)
        assert run.returncode == 0, run.stderr
        assert run.stderr == "", f"--backend {backend}: stderr should be empty off a terminal; got:\n{run.stderr}"
        assert "2 used" in run.stdout and not any(s in run.stdout for s in THIRD_PARTY)

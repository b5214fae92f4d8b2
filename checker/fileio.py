"""Atomic writes: a temporary file in the same folder, then a rename, so an interrupted run never leaves a
half-written file where a good one was."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_text_atomic(path: Path, text: str) -> None:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def build_is_complete(folder: Path, marker: str, version: int, required: str) -> bool:
    """True when `folder` holds a finished build: its marker file names format `version` and `required` exists."""
    import json

    try:
        data = json.loads((Path(folder) / marker).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return data.get("format") == version and (Path(folder) / required).is_file()


def build_folder_atomic(target: Path, fill) -> Path:
    """Create the folder `target` by calling `fill(tmp)` on a temporary sibling folder, then renaming it into
    place: a build interrupted half-way never leaves a folder that looks finished."""
    import shutil

    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=".building-", dir=target.parent))
    try:
        fill(tmp)
        if target.exists():
            shutil.rmtree(target)
        os.replace(tmp, target)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return target

"""`checker train`: rebuild the shipped contradiction scorer from the data in the repo. Runs outside CI; resumable.

    checker train english   # stage 1 (train_english): e5 cross-encoder on English NLI, checkpointed
    checker train french    # stage 2 (train_french): grouped CV on DACCORD-dev, stacking, calibration, final fit
    checker train all       # both
    checker train stack     # refit only the stacker on the saved fold predictions (minutes)
"""

from __future__ import annotations

from .train_english import train_english
from .train_french import restack, train_french


def main(stage: str = "all") -> int:
    if stage in ("english", "all"):
        train_english()
    if stage in ("french", "all"):
        train_french()
    if stage == "stack":
        restack()
    return 0


if __name__ == "__main__":  # pragma: no cover
    import sys

    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "all"))

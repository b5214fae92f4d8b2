"""The cross-encoder is shipped as an int8 difference from the e5 base weights: what loads must be the weights
that were trained, to within half a quantisation step, and an untouched row must come back exactly."""

from __future__ import annotations

import numpy as np

from checker.compare.crossenc import dequantise_rows, quantise_rows


def test_int8_delta_round_trip_is_within_half_a_step():
    rng = np.random.default_rng(0)
    delta = rng.normal(0, 1e-3, size=(6, 384)).astype(np.float32)
    delta[2] = 0.0  # a row training did not move
    delta[4, 7] = 0.05  # an outlier sets its row's scale
    q, scale = quantise_rows(delta)
    assert q.dtype == np.int8 and scale.dtype == np.float16 and scale.shape == (6,)
    back = dequantise_rows(q, scale)
    step = scale.astype(np.float32)[:, None]
    assert np.all(np.abs(back - delta) <= step / 2 + 1e-9)
    assert np.all(back[2] == 0.0)
    assert abs(back[4, 7] - 0.05) < 1e-4

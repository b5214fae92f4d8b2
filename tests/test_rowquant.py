"""The int8 rewrite that quantizes each token's activations with their own scale (checker/embedding/rowquant.py),
on a small matrix product built here: a row's output must not move when other rows of the batch change, and it
must stay near the float product. ONNX Runtime's own dynamic quantization fails the first check: one scale for
the whole batch."""

from __future__ import annotations

import numpy as np
import pytest

onnx = pytest.importorskip("onnx")
ort = pytest.importorskip("onnxruntime")

from onnx import TensorProto, helper, numpy_helper  # noqa: E402

from checker.embedding.rowquant import quantize_rows  # noqa: E402


@pytest.fixture
def models(tmp_path):
    from onnxruntime.quantization import QuantType, quantize_dynamic

    rng = np.random.default_rng(7)
    w1 = rng.normal(size=(16, 24)).astype(np.float32)
    w2 = rng.normal(size=(24, 8)).astype(np.float32)
    graph = helper.make_graph(
        [helper.make_node("MatMul", ["x", "w1"], ["h"]), helper.make_node("Relu", ["h"], ["r"]),
         helper.make_node("MatMul", ["r", "w2"], ["y"])],
        "two_products",
        [helper.make_tensor_value_info("x", TensorProto.FLOAT, ["batch", "tokens", 16])],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, ["batch", "tokens", 8])],
        [numpy_helper.from_array(w1, "w1"), numpy_helper.from_array(w2, "w2")],
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
    model.ir_version = 8
    float_path, dynamic, rows = tmp_path / "float.onnx", tmp_path / "dynamic.onnx", tmp_path / "rows.onnx"
    onnx.save(model, str(float_path))
    quantize_dynamic(str(float_path), str(dynamic), weight_type=QuantType.QInt8, per_channel=True)
    rewritten = onnx.load(str(dynamic))
    assert quantize_rows(rewritten) == 2
    onnx.save(rewritten, str(rows))

    def session(path):
        options = ort.SessionOptions()
        options.log_severity_level = 3
        run = ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"]).run
        return lambda x: run(None, {"x": x})[0]

    return session(float_path), session(dynamic), session(rows)


def test_a_row_reads_the_same_whatever_shares_its_batch(models):
    exact, per_batch, per_row = models
    rng = np.random.default_rng(0)
    mine = rng.normal(size=(1, 5, 16)).astype(np.float32)
    loud = (rng.normal(size=(1, 5, 16)) * 40).astype(np.float32)  # a batch-mate with far larger activations
    batch = np.concatenate([mine, loud])
    alone = per_row(mine)[0]
    assert np.abs(per_row(batch)[0] - alone).max() < 1e-4
    assert np.abs(per_batch(batch)[0] - per_batch(mine)[0]).max() > 0.1  # what the rewrite removes


def test_the_rewritten_product_stays_near_the_float_one(models):
    exact, per_batch, per_row = models
    x = np.random.default_rng(1).normal(size=(3, 6, 16)).astype(np.float32)
    want = exact(x)
    error = np.abs(per_row(x) - want).max() / np.abs(want).max()
    assert error < 0.02


def test_a_graph_it_does_not_know_is_refused():
    graph = helper.make_graph([helper.make_node("Relu", ["x"], ["y"])], "plain",
                              [helper.make_tensor_value_info("x", TensorProto.FLOAT, [2])],
                              [helper.make_tensor_value_info("y", TensorProto.FLOAT, [2])])
    with pytest.raises(ValueError, match="no DynamicQuantizeLinear"):
        quantize_rows(helper.make_model(graph))

"""The encoder's softmax NaN guards come out of the graph (checker/embedding/graphtrim.py) and the outputs do not
change: a small attention-like graph built here, run before and after."""

from __future__ import annotations

import numpy as np
import pytest

onnx = pytest.importorskip("onnx")
ort = pytest.importorskip("onnxruntime")

from onnx import TensorProto, helper, numpy_helper  # noqa: E402

from checker.embedding.graphtrim import drop_softmax_nan_guards  # noqa: E402


def _run(path, x):
    options = ort.SessionOptions()
    options.log_severity_level = 3
    return ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"]).run(None, {"x": x})[0]


def test_the_guard_goes_and_the_softmax_reads_the_same(tmp_path):
    nodes = [
        helper.make_node("Softmax", ["x"], ["p"], axis=-1),
        helper.make_node("IsNaN", ["p"], ["bad"]),
        helper.make_node("Constant", [], ["zero"], value=numpy_helper.from_array(np.array(0.0, np.float32))),
        helper.make_node("Where", ["bad", "zero", "p"], ["guarded"]),
        helper.make_node("Mul", ["guarded", "x"], ["y"]),
    ]
    graph = helper.make_graph(nodes, "attention", [helper.make_tensor_value_info("x", TensorProto.FLOAT, [2, 5])],
                              [helper.make_tensor_value_info("y", TensorProto.FLOAT, [2, 5])])
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
    model.ir_version = 8
    onnx.save(model, str(tmp_path / "in.onnx"))
    assert drop_softmax_nan_guards(model) == 1
    onnx.save(model, str(tmp_path / "out.onnx"))
    assert [n.op_type for n in model.graph.node] == ["Softmax", "Mul"]
    x = np.random.default_rng(3).normal(size=(2, 5)).astype(np.float32)
    assert np.array_equal(_run(tmp_path / "in.onnx", x), _run(tmp_path / "out.onnx", x))


def test_a_where_that_guards_nothing_stays():
    nodes = [helper.make_node("Greater", ["x", "x"], ["never"]), helper.make_node("Where", ["never", "x", "x"], ["y"])]
    graph = helper.make_graph(nodes, "plain", [helper.make_tensor_value_info("x", TensorProto.FLOAT, [3])],
                              [helper.make_tensor_value_info("y", TensorProto.FLOAT, [3])])
    model = helper.make_model(graph)
    assert drop_softmax_nan_guards(model) == 0
    assert [n.op_type for n in model.graph.node] == ["Greater", "Where"]

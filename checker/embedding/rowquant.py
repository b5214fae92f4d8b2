"""Quantize the encoder's activations token by token, so a sentence's vector depends on its own text only.

ONNX Runtime's dynamic quantization (`quantize_dynamic`) turns each activation that enters an int8 matrix product
into uint8 with one scale for the whole tensor: the whole batch. A sentence's vector then depended on the sentences
it was encoded with (cosine up to 0.02 away from itself encoded alone), so two machines with different cache
histories could draw an item differently from the same folder. This rewrite gives every row (one token of one
sentence) its own scale: symmetric, max |x| / 127, stored as uint8 around a fixed zero point of 128, so the
integer product needs no per-row correction. Tokens never share a scale, padding never enters one, and the vectors
come out the same to float rounding (about 1e-7) whatever the batch; they are also nearer fp32 than per-batch
scales (mean cosine 0.9992 against 0.997).

Each integer product, its cast and its scale become one MatMulIntegerToFloat (ONNX Runtime's fused kernel) with
the weights' per-column scale, and the row scale is applied after it, in a multiplication of its own: that
kernel's activation scale is one number or one per column, never one per row (left to the optimizer's own fusion,
a row scale came out wrong: cosine 0.82 to fp32). Speed: about three quarters of the per-batch model's.

Input: the graph `quantize_dynamic` writes, where each DynamicQuantizeLinear feeds MatMulInteger nodes (its
quantized value and zero point), each followed by a Cast and a Mul by its scale times the weights' scale.
Anything else is refused with a ValueError.
"""

from __future__ import annotations

import numpy as np

ZERO_POINT = 128
LEVELS = 127.0


def quantize_rows(model) -> int:
    """Rewrite a loaded model (an onnx ModelProto, changed in place) with per-row activation scales. Returns the
    number of quantized activations rewritten."""
    from onnx import helper, numpy_helper

    graph = model.graph
    users: dict[str, list] = {}
    for node in graph.node:
        for name in node.input:
            users.setdefault(name, []).append(node)

    graph.initializer.extend([
        numpy_helper.from_array(np.array(1e-12, np.float32), "rowq_tiny"),
        numpy_helper.from_array(np.array(LEVELS, np.float32), "rowq_levels"),
        numpy_helper.from_array(np.array(ZERO_POINT, np.uint8), "rowq_zero_point"),
        numpy_helper.from_array(np.array([-1], np.int64), "rowq_minus_one"),
        numpy_helper.from_array(np.array(1.0, np.float32), "rowq_one"),
    ])
    if not any(o.domain == "com.microsoft" for o in model.opset_import):
        model.opset_import.append(helper.make_opsetid("com.microsoft", 1))

    out, dropped, replaced, count = [], set(), {}, 0
    for node in graph.node:
        if node.op_type != "DynamicQuantizeLinear":
            out.append(node)
            continue
        x = node.input[0]
        quantized, scale, _ = node.output  # (its zero point: the fixed one, rowq_zero_point)
        p = f"rowq{count}_"
        count += 1
        if any(u.op_type != "MatMulInteger" for u in users.get(quantized, [])):
            raise ValueError(f"{node.name}: its quantized value feeds something other than MatMulInteger")
        out += [
            # max |x| of each row as max(max x, −min x): the same number as ReduceMax(Abs(x)), without writing |x|
            helper.make_node("ReduceMax", [x], [p + "hi"], axes=[-1], keepdims=1),
            helper.make_node("ReduceMin", [x], [p + "lo"], axes=[-1], keepdims=1),
            helper.make_node("Neg", [p + "lo"], [p + "nlo"]),
            helper.make_node("Max", [p + "hi", p + "nlo"], [p + "max"]),
            helper.make_node("Max", [p + "max", "rowq_tiny"], [p + "max_pos"]),
            helper.make_node("Div", [p + "max_pos", "rowq_levels"], [scale]),
            # QuantizeLinear takes a per-axis scale along one axis: rows of a 2-D view, then the shape back
            helper.make_node("Shape", [x], [p + "shape"]),
            helper.make_node("Gather", [p + "shape", "rowq_minus_one"], [p + "width"], axis=0),
            helper.make_node("Concat", ["rowq_minus_one", p + "width"], [p + "rows_shape"], axis=0),
            helper.make_node("Reshape", [x, p + "rows_shape"], [p + "rows"]),
            helper.make_node("Reshape", [scale, "rowq_minus_one"], [p + "row_scale"]),
            helper.make_node("Shape", [p + "row_scale"], [p + "row_count"]),
            helper.make_node("Expand", ["rowq_zero_point", p + "row_count"], [p + "row_zero_point"]),
            helper.make_node("QuantizeLinear", [p + "rows", p + "row_scale", p + "row_zero_point"],
                             [p + "rows_quantized"], axis=0),
            helper.make_node("Reshape", [p + "rows_quantized", p + "shape"], [quantized]),
        ]
        for product in users.get(scale, []):  # Mul(scale, weights' scale)
            if product.op_type != "Mul":
                raise ValueError(f"{node.name}: its scale feeds {product.op_type}, not Mul")
            dropped.add(id(product))
        for integer in users[quantized]:  # MatMulInteger -> Cast -> Mul(., scale product): one fused product
            cast = users.get(integer.output[0], [None])[0]
            final = users.get(cast.output[0], [None])[0] if cast is not None else None
            if cast is None or cast.op_type != "Cast" or final is None or final.op_type != "Mul":
                raise ValueError(f"{integer.name}: not followed by Cast then Mul")
            product = next((u for u in users.get(scale, []) if u.output[0] in final.input), None)
            if product is None:
                raise ValueError(f"{integer.name}: its product is not scaled by the activation's scale")
            weights_scale = product.input[1] if product.input[0] == scale else product.input[0]
            by_column = final.output[0] + "_by_column"
            dropped.update({id(integer), id(cast)})
            replaced[id(final)] = [
                helper.make_node("MatMulIntegerToFloat", [quantized, integer.input[1], "rowq_one", weights_scale,
                                 "rowq_zero_point", integer.input[3]], [by_column], domain="com.microsoft"),
                helper.make_node("Mul", [by_column, scale], [final.output[0]])]
    if not count:
        raise ValueError(f"{graph.name or 'the model'}: no DynamicQuantizeLinear to rewrite")

    rewritten = []
    for node in out:
        if id(node) in dropped:
            continue
        rewritten += replaced.get(id(node), [node])
    del graph.node[:]
    graph.node.extend(rewritten)
    return count

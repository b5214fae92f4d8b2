"""Take out of the exported encoder the work that cannot change its vectors.

The torch export of BERT's attention guards each softmax against NaN: `Where(IsNaN(p), 0, p)` over every
attention matrix, twelve times per sentence batch, about an eighth of the int8 encoder's time. A softmax row is NaN
only when every key of it is masked, and the encoder never runs such a row: every sentence keeps its own tokens
(the prompt, the text, the separators) unmasked, and padding is masked as a key, never as a whole row. So the guard
returns its input unchanged, and without it the vectors are the same bit for bit (checked on real sentences when it
was written: 600 of 600 equal).
"""

from __future__ import annotations


def drop_softmax_nan_guards(model) -> int:
    """Rewrite a loaded model (an onnx ModelProto, changed in place) without its `Where(IsNaN(x), c, x)` guards
    (their users read `x`), and without the constants only they used. Returns the number of guards dropped."""
    graph = model.graph
    made_by = {name: node for node in graph.node for name in node.output}
    rename: dict[str, str] = {}
    dropped: set[int] = set()
    for node in graph.node:
        if node.op_type != "Where" or len(node.input) != 3:
            continue
        test = made_by.get(node.input[0])
        if test is not None and test.op_type == "IsNaN" and test.input[0] == node.input[2]:
            rename[node.output[0]] = node.input[2]
            dropped.update({id(node), id(test)})
    kept = [node for node in graph.node if id(node) not in dropped]
    for node in kept:
        for k, name in enumerate(node.input):
            if name in rename:
                node.input[k] = rename[name]
    outputs = {o.name for o in graph.output}
    used = {name for node in kept for name in node.input} | outputs
    kept = [node for node in kept if node.op_type != "Constant" or any(o in used for o in node.output)]
    del graph.node[:]
    graph.node.extend(kept)
    return len(dropped) // 2

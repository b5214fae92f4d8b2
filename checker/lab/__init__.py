"""The lab: tooling no user runs at check time. Training the scorer (`train`, `train_english`, `train_french`),
measuring it on labelled pairs (`evaluate`, `labelled`) and the benchmark (`bench`). The runtime never imports
this package; only the CLI's `eval`, `train` and `bench` commands do, lazily.
"""

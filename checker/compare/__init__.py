"""Compare two sentences: the Scorer protocol (`protocol`), the factory that picks a scorer by name
(`factory`), and the scorers: `rules` (explainable signals from `signals`) and `stacked` (the trained
cross-encoder of `crossenc` stacked with the signals).
"""

"""Review: the append-only store of verdicts (`store`), the terminal session (`session`) and the spreadsheet
round trip, CSV and XLSX out, verdicts back in (`sheets`).
"""

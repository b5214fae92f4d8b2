"""`checker eval`: reading labelled files and the metrics, checked against a hand computation."""

import json

import numpy as np
import pytest

from checker.cli import main
from checker.errors import DataError
from checker.lab.evaluate import evaluate
from checker.lab.labelled import expected_calibration_error, metrics, read_labelled
from checker.records import Judgement

from .conftest import FakeEmbedder, write

DACCORD_LIKE = (
    "id\tpremise\thypothesis\tlabel\tlabel_text\turl\tgenre\n"
    "a1\tLe ciel est bleu ce matin.\tLe ciel est gris ce matin.\t1\tcontradiction\tu1\tmeteo\n"
    "a2\tLe ciel est bleu ce matin.\tIl fait beau ce matin.\t0\tcompatibles\tu1\tmeteo\n"
    "a3\tLe train part à midi.\tLe train part à 14 heures.\t1\tcontradiction\tu2\ttransport\n"
    "a4\tLe train part à midi.\tLe train part de Lyon.\t0\tcompatibles\tu2\ttransport\n"
    "a5\tLa ville compte 100 habitants.\tLa ville compte 90 habitants.\t1\tcontradiction\tu3\ttransport\n"
)


class FixedScorer:
    """Returns preset scores in order: lets the test know every prediction."""

    name = "fixed"

    def __init__(self, scores):
        self.scores = scores

    def judge(self, pairs):
        return [Judgement(s) for s in self.scores[: len(pairs)]]


def test_metrics_match_a_hand_computation():
    y = np.array([1, 0, 1, 0, 1])
    p = np.array([0.9, 0.6, 0.4, 0.1, 0.8])
    m = metrics(y, p, 0.5)
    # predicted positive: rows 0, 1, 4 → tp 2, fp 1; fn 1 (row 2); tn 1 (row 3)
    assert (m["tp"], m["fp"], m["fn"], m["tn"]) == (2, 1, 1, 1)
    assert m["precision"] == pytest.approx(2 / 3, abs=1e-4)
    assert m["recall"] == pytest.approx(2 / 3, abs=1e-4)
    assert m["f1"] == pytest.approx(2 / 3, abs=1e-4)
    assert m["accuracy"] == pytest.approx(3 / 5)
    # AUC: of the 6 (positive, negative) pairs, the positive scores higher in 5 (0.4 < 0.6 is the miss)
    assert m["roc_auc"] == pytest.approx(5 / 6, abs=1e-4)
    assert (m["n"], m["positives"]) == (5, 3)


def test_calibration_error_by_hand():
    # two bins: [0.9, 0.9] with outcomes (1, 0) → |0.5 − 0.9|; [0.1, 0.1] with (0, 0) → |0 − 0.1|
    assert expected_calibration_error(np.array([1, 0, 0, 0]), np.array([0.9, 0.9, 0.1, 0.1])) == pytest.approx(0.25)


def test_reads_daccord_and_three_class_layouts(tmp_path):
    d = read_labelled(write(tmp_path, "d.tsv", DACCORD_LIKE))
    assert d.y.tolist() == [1, 0, 1, 0, 1] and d.group[:2] == ("u1", "u1")
    nli = read_labelled(write(tmp_path, "n.tsv", "premise\thypothesis\tlabel\nA b c.\tA b.\t2\nA b c.\tC.\t0\nX.\tY.\t1\n"))
    assert nli.y.tolist() == [1, 0, 0] and nli.label3.tolist() == [2, 0, 1]
    words = read_labelled(write(tmp_path, "w.tsv", "premise\thypothesis\tlabel\nA.\tB.\tcontradiction\nA.\tC.\tneutral\n"))
    assert words.y.tolist() == [1, 0]


def test_bad_labelled_file_is_a_clear_error(tmp_path):
    with pytest.raises(DataError, match="missing column"):
        read_labelled(write(tmp_path, "bad.tsv", "a\tb\n1\t2\n"))


def test_evaluate_uses_every_pair_and_breaks_down_by_genre(tmp_path):
    data = read_labelled(write(tmp_path, "d.tsv", DACCORD_LIKE))
    result = evaluate(data, FixedScorer([0.9, 0.6, 0.4, 0.1, 0.8]), FakeEmbedder(), threshold=0.5)
    assert result["f1"] == pytest.approx(2 / 3, abs=1e-4) and result["n"] == 5
    assert set(result["genres"]) == {"meteo", "transport"}
    assert result["genres"]["meteo"]["n"] == 2


def test_eval_cli_prints_one_json_object(tmp_path, capsys, monkeypatch):
    import checker.embedding.factory as embed_mod

    monkeypatch.setattr(embed_mod, "make_embedder", lambda *a, **k: FakeEmbedder())
    monkeypatch.setenv("CHECKER_CACHE", str(tmp_path / "cache"))
    path = write(tmp_path, "d.tsv", DACCORD_LIKE)
    assert main(["eval", str(path), "--scorer", "rules", "--json"]) == 0
    out = capsys.readouterr().out
    data = json.loads(out)
    assert {"n", "positives", "precision", "recall", "f1", "accuracy", "roc_auc"} <= set(data)
    assert data["n"] == 5 and data["positives"] == 3


def test_eval_sample_scores_the_same_pairs_each_time(tmp_path, capsys, monkeypatch):
    import checker.embedding.factory as embed_mod

    monkeypatch.setattr(embed_mod, "make_embedder", lambda *a, **k: FakeEmbedder())
    monkeypatch.setenv("CHECKER_CACHE", str(tmp_path / "cache"))
    path = write(tmp_path, "d.tsv", DACCORD_LIKE)
    runs = []
    for _ in range(2):
        assert main(["eval", str(path), "--scorer", "rules", "--sample", "3", "--json"]) == 0
        runs.append(json.loads(capsys.readouterr().out))
    assert runs[0]["n"] == 3 and runs[0] == runs[1]
    assert main(["eval", str(path), "--scorer", "rules", "--sample", "0"]) == 2
    assert "--sample" in capsys.readouterr().err


class BudgetScorer:
    """Like the trained scorer: not pairwise, and reads at most `budget` pairs of a batch with its model."""

    name = "budget"
    pairwise = False

    def __init__(self, budget):
        self.budget = budget

    def judge(self, pairs):
        return [Judgement(1.0 if i < self.budget and "gris" in p.b else 0.0) for i, p in enumerate(pairs)]


def test_eval_lets_a_cascading_scorer_read_every_pair(tmp_path):
    from checker.lab.evaluate import EVAL_BATCH

    rows = [("Le ciel est bleu.", "Le ciel est gris.", 1), ("Le ciel est bleu.", "Il fait beau.", 0)] * (EVAL_BATCH + 50)
    body = "".join(f"{a}\t{b}\t{y}\n" for a, b, y in rows)
    data = read_labelled(write(tmp_path, "pairs.tsv", "premise\thypothesis\tlabel\n" + body))
    result = evaluate(data, BudgetScorer(EVAL_BATCH), FakeEmbedder(), threshold=0.5)
    assert result["recall"] == 1.0 and result["precision"] == 1.0

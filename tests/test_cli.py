import subprocess
import sys

from checker.cli import main

from .conftest import write


def test_help_does_not_import_torch():
    code = "import sys; from checker.cli import main\ntry:\n    main(['--help'])\nexcept SystemExit:\n    pass\nprint('torch' in sys.modules, 'sentence_transformers' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip().endswith("False False")


def test_bad_input_is_one_line_and_exit_2(tmp_path, capsys):
    assert main(["check", str(tmp_path / "missing")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no such file or folder" in err and "Traceback" not in err


def test_binary_only_folder_is_one_line(tmp_path, capsys):
    write(tmp_path, "x.txt", b"\x00\x00\x00binary")
    assert main(["check", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "binary" in err


def test_threshold_out_of_range(tmp_path, capsys):
    assert main(["check", str(tmp_path), "--threshold", "3"]) == 2
    assert "between 0 and 1" in capsys.readouterr().err


class _SureScorer:
    """Every pair scored 0.75, with a reason: a scorer whose own threshold (0.8) is above it."""

    name = "sure"
    pairwise = True
    threshold = 0.8

    def judge(self, pairs):
        from checker.records import Judgement, Reason

        return [Judgement(0.75, (Reason("stance", "both sides take a position", 0.75),)) for _ in pairs]


def test_findings_are_reported_at_the_scorer_s_own_threshold_unless_told(small_corpus, tmp_path, monkeypatch):
    import json

    import checker.compare.factory as factory
    import checker.embedding.factory as embed_mod

    from .conftest import FakeEmbedder

    monkeypatch.setattr(embed_mod, "make_embedder", lambda *a, **k: FakeEmbedder())
    monkeypatch.setenv("CHECKER_CACHE", str(tmp_path / "cache"))
    monkeypatch.setattr(factory, "get_scorer", lambda name: _SureScorer())
    out = tmp_path / "r.json"
    assert main(["check", str(small_corpus), "--quiet", "--json", str(out)]) == 0
    quiet = json.loads(out.read_text())
    assert quiet["corpus"]["threshold"] == 0.8 and not quiet["findings"]  # 0.75 is under the scorer's own 0.8
    assert main(["check", str(small_corpus), "--quiet", "--json", str(out), "--threshold", "0.7"]) == 0
    told = json.loads(out.read_text())
    assert told["corpus"]["threshold"] == 0.7 and told["findings"]  # the reviewer's threshold wins

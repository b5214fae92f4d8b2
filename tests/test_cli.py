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

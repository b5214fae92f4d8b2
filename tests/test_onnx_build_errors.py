"""The fast model is built once on the user's machine; when that build cannot finish (most often a full disk,
which cuts the quantizer's copy of the model short), the user gets one line saying what to do, not a traceback,
and no half-built folder is left to look finished."""

from collections import namedtuple

import pytest

from checker.embedding import onnx_backend
from checker.errors import ModelError

Usage = namedtuple("Usage", "total used free")


@pytest.fixture
def model_home(tmp_path, monkeypatch):
    st = tmp_path / "models" / "e5"
    st.mkdir(parents=True)
    monkeypatch.setattr(onnx_backend, "default_model_path", lambda: st)
    return st


def test_a_full_disk_is_said_before_the_build_starts(model_home, monkeypatch):
    started = []
    monkeypatch.setattr("shutil.disk_usage", lambda place: Usage(10**11, 10**11 - 200_000_000, 200_000_000))
    monkeypatch.setattr(onnx_backend, "build_onnx_folder", lambda st, folder: started.append(folder))
    with pytest.raises(ModelError) as err:
        onnx_backend.default_onnx_path()
    said = str(err.value)
    assert "0.2 GB free" in said and "--backend torch" in said and "\n" not in said
    assert started == []
    assert not onnx_backend.onnx_folder(model_home).exists()


def test_a_build_cut_short_is_one_line_naming_the_cause_and_the_fix(model_home, monkeypatch):
    class DecodeError(Exception):  # what protobuf raises on a model file cut short
        pass

    DecodeError.__module__ = "google.protobuf.message"

    def cut_short(st, folder):
        raise DecodeError("Error parsing message with type 'onnx.ModelProto': Wire format was corrupt\nmore")

    monkeypatch.setattr(onnx_backend, "build_onnx_folder", cut_short)
    with pytest.raises(ModelError) as err:
        onnx_backend.default_onnx_path()
    said = str(err.value)
    assert "Wire format was corrupt" in said and "full disk" in said and "--backend torch" in said
    assert "\n" not in said


def test_a_bug_of_our_own_is_not_dressed_as_a_disk_problem(model_home, monkeypatch):
    def bug(st, folder):
        raise KeyError("input_ids")

    monkeypatch.setattr(onnx_backend, "build_onnx_folder", bug)
    with pytest.raises(KeyError):
        onnx_backend.default_onnx_path()

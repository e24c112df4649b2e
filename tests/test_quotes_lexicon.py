"""The quotation layer's word lists: they load, and a bad line is an error naming file and line."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from dateline.quotes import lexicon


def test_package_lexicon_loads():
    lex = lexicon.load()
    assert lex.speech("say") and "ccomp" in lex.cues["say"].frames
    assert lex.cues["tell"].cls == "speech"
    assert lex.phrases["according"] == "to"
    assert "spokesman" in lex.titles and "secretary" in lex.titles
    assert lex.roles["ministry"].kind == "org" and lex.roles["spokeswoman"].gender == "f"
    assert lex.first_names["karine"] == "f" and lex.first_names["dmitry"] == "m"


def copy_data(tmp_path: Path) -> Path:
    src = Path(lexicon._data_dir())
    dst = tmp_path / "data"
    shutil.copytree(src, dst)
    return dst


def test_unknown_frame_names_file_and_line(tmp_path):
    data = copy_data(tmp_path)
    with (data / "cues.tsv").open("a", encoding="utf-8") as fh:
        fh.write("mumble\tspeech\tccomp bogus\n")
    n = len((data / "cues.tsv").read_text(encoding="utf-8").splitlines())
    with pytest.raises(lexicon.LexiconError, match=rf"cues.tsv:{n}: unknown frame"):
        lexicon.load(str(data))


def test_bad_gender_names_file_and_line(tmp_path):
    data = copy_data(tmp_path)
    (data / "roles.tsv").write_text("# roles\nspokesman\tperson\tx\n", encoding="utf-8")
    with pytest.raises(lexicon.LexiconError, match=r"roles.tsv:2:"):
        lexicon.load(str(data))

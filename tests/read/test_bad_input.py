"""Bad input of any kind: one clear ReadError, never a crash or garbage text."""

from __future__ import annotations

import pickle
import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from importers.read import ReadError, ReadResult, read_bytes, read_document
from tests.read.docs import DOCS, read


def test_a_binary_file_named_txt_is_an_error_not_garbage_text():
    with pytest.raises(ReadError) as e:
        read("binary.txt")
    assert str(e.value) == (
        f"{DOCS / 'binary.txt'}: not a text, HTML or PDF document (binary data)"
    )


def test_binary_garbage_with_an_unknown_suffix_is_an_error():
    with pytest.raises(ReadError, match="binary data"):
        read_bytes(bytes(range(256)) * 8, "blob.dat")


@pytest.mark.parametrize("size", [40, 64, 200, 1000, 5000, 50000])
@pytest.mark.parametrize("seed", range(12))
def test_random_bytes_named_txt_are_binary_data_not_a_document(seed, size):
    """charset-normalizer finds some legacy decoding for almost any bytes; random data must
    still be refused rather than imported as a page of rare symbols."""
    data = random.Random(seed * 1000 + size).randbytes(size)
    with pytest.raises(ReadError, match="binary data"):
        read_bytes(data, "download.txt")


@pytest.mark.parametrize("name", ["gb18030.txt", "big5.txt", "utf16le_bom.txt", "crlf.txt"])
def test_real_documents_in_legacy_encodings_are_still_read(name):
    assert read(name).text.strip()


@pytest.mark.parametrize("name", ["empty.txt", "whitespace.txt"])
def test_an_empty_or_whitespace_file_is_an_empty_document(name):
    with pytest.raises(ReadError) as e:
        read(name)
    assert str(e.value) == f"{DOCS / name}: empty document"


def test_a_missing_file_is_reported_as_no_such_file(tmp_path):
    missing = tmp_path / "nope.txt"
    with pytest.raises(ReadError) as e:
        read_document(missing)
    assert str(e.value) == f"{missing}: no such file"
    assert e.value.path == str(missing)
    assert e.value.reason == "no such file"


def test_a_directory_is_not_a_document(tmp_path):
    with pytest.raises(ReadError, match="directory"):
        read_document(tmp_path)


def test_a_read_error_is_one_line_and_survives_pickling():
    err = ReadError("a.pdf", "corrupt or truncated PDF (bad\nxref)")
    assert "\n" not in str(err)
    again = pickle.loads(pickle.dumps(err))
    assert str(again) == str(err)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    data=st.one_of(
        st.binary(max_size=600),
        st.binary(max_size=300).map(lambda b: b"%PDF-1.4\n" + b),
        st.binary(max_size=300).map(lambda b: b"<html><body>" + b),
        st.text(max_size=300).map(lambda s: s.encode("utf-8")),
    ),
    suffix=st.sampled_from([".txt", ".html", ".pdf", ".bin"]),
)
def test_any_bytes_either_read_or_raise_read_error(data, suffix):
    try:
        r = read_bytes(data, "fuzz" + suffix)
    except ReadError as e:
        assert str(e).startswith("fuzz" + suffix + ": ")
        assert "\n" not in str(e)
    else:
        assert isinstance(r, ReadResult)
        assert r.text.strip()
        assert r.lang in ("zh", "en")
        assert r.format in ("text", "html", "pdf")

"""Every kind of bad input gets one clear reason naming it; the rest of the batch goes on."""
import gzip
import os

from consilience.ingest.readers import ReadOptions, read_inputs
from consilience.model import Document, InputFailure


def _read(*paths, **kw):
    items = list(read_inputs([str(p) for p in paths], ReadOptions(**kw)))
    docs = [i for i in items if isinstance(i, Document)]
    fails = [i for i in items if isinstance(i, InputFailure)]
    return docs, fails


def test_type_decided_by_content_not_extension(tmp_path, fixtures_dir):
    disguised = tmp_path / "page.txt"
    disguised.write_bytes((fixtures_dir / "html" / "harbor-fire.html").read_bytes())
    plain = tmp_path / "story.html"
    plain.write_text("A plain sentence about a council vote. Another sentence follows here.\n")
    docs, fails = _read(disguised, plain)
    assert not fails
    assert {d.origin: d.content_type for d in docs} == {str(disguised): "html", str(plain): "text"}


def test_gzip_html(tmp_path, fixtures_dir):
    path = tmp_path / "page.html.gz"
    path.write_bytes(gzip.compress((fixtures_dir / "html" / "harbor-fire.html").read_bytes()))
    docs, fails = _read(path)
    assert not fails and docs[0].content_type == "html"


def test_missing_file_and_empty_directory(tmp_path):
    empty = tmp_path / "empty-dir"
    empty.mkdir()
    docs, fails = _read(tmp_path / "nope.txt", empty)
    assert not docs
    reasons = {f.origin: f.reason for f in fails}
    assert reasons[str(tmp_path / "nope.txt")] == "no such file or directory"
    assert "no readable files" in reasons[str(empty)]


def test_glob_with_no_match(tmp_path):
    docs, fails = _read(tmp_path / "*.html")
    assert fails and fails[0].reason == "glob matches no file"


def test_binary_empty_and_whitespace(tmp_path):
    binary = tmp_path / "image.txt"
    binary.write_bytes(bytes(range(256)) * 10)
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    blank = tmp_path / "blank.txt"
    blank.write_text("  \n\n \t\n")
    docs, fails = _read(binary, empty, blank)
    assert not docs
    reasons = {os.path.basename(f.origin): f.reason for f in fails}
    assert "binary" in reasons["image.txt"]
    assert reasons["empty.txt"] == "empty input"
    assert reasons["blank.txt"] == "empty input"


def test_legacy_and_mixed_encodings_decode(tmp_path):
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Le café a été fermé après l'incendie, a déclaré le maire.".encode("cp1252"))
    mixed = tmp_path / "mixed.txt"
    mixed.write_bytes("First line in UTF-8: naïve café.\n".encode("utf-8") + "Second line in cp1252: résumé.\n".encode("cp1252"))
    docs, fails = _read(latin, mixed)
    assert not fails
    by_name = {os.path.basename(d.origin): d for d in docs}
    assert "café" in by_name["latin.txt"].content and "été" in by_name["latin.txt"].content
    assert "naïve café" in by_name["mixed.txt"].content and "résumé" in by_name["mixed.txt"].content
    assert by_name["mixed.txt"].encoding.startswith("mixed")


def test_oversized_file_is_refused_without_reading_it(tmp_path):
    big = tmp_path / "huge.html"
    with open(big, "wb") as handle:
        handle.truncate(50_000_000)
    docs, fails = _read(big)
    assert not docs
    assert "50.0 MB" in fails[0].reason and "limit" in fails[0].reason


def test_jsonl_bad_line_keeps_the_others(fixtures_dir):
    docs, fails = _read(fixtures_dir / "jsonl" / "two-records-one-bad.jsonl")
    assert len(docs) == 2
    assert len(fails) == 1 and fails[0].origin.endswith(":2") and "not valid JSON" in fails[0].reason
    first = docs[0]
    assert first.hint("title") == "Two hurt in downtown shooting"
    assert first.hint("published") == "2017-05-02"
    assert first.hint("url") == "http://example.com/news/two-hurt"
    assert docs[1].hint("url") == "http://example.org/bridge"


def test_gva_corpus_loads_as_it_is():
    from ..conftest import DATA, need

    path = need(DATA / "gva" / "documents.jsonl")
    import json

    records = [json.loads(line) for line in path.open() if line.strip()]
    docs, fails = _read(path)
    assert len(docs) + len(fails) == len(records)
    # The only records refused are the ones with no text at all, each named by its line.
    for failure in fails:
        line = int(failure.origin.rsplit(":", 1)[1])
        assert "no text" in failure.reason and not records[line - 1]["content"].strip()
    assert all(d.hint("published") and d.hint("url") for d in docs)

"""`consilience ingest | stories | show | export` on both backends: output, errors, exit codes."""
from __future__ import annotations

import csv
import io
import json

import pytest
from typer.testing import CliRunner

from consilience.corpus_cli import standalone
from consilience.store import open_store

from . import corpus_fakes as fakes, samples

runner = CliRunner()
app = standalone()


def invoke(*args: str):
    result = runner.invoke(app, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result


@pytest.fixture
def filled(db_url):
    arts = samples.articles()
    with open_store(db_url) as s:
        s.add_articles(arts, samples.documents(arts))
        s.save_stories([samples.story_report("s1", arts[:2]), samples.story_report("s2", arts[2:], conflict=False)])
    return db_url, arts


def test_ingest_then_list(db_url, tmp_path):
    folder = fakes.write_corpus(tmp_path / "in", 3)
    (folder / "empty.txt").write_text("", encoding="utf-8")
    r = invoke("ingest", str(folder), str(tmp_path / "nope.txt"), "--db", db_url, "--no-annotate")
    assert r.exit_code == 0, r.output
    assert "3 articles added" in r.stderr
    assert f"skipped {tmp_path / 'nope.txt'}: no such file or directory" in r.stderr
    assert "empty.txt" in r.stderr
    assert "Traceback" not in r.output
    again = invoke("ingest", str(folder), "--db", db_url, "--no-annotate")
    assert "0 articles added, 3 already stored" in again.stderr and again.exit_code == 0
    listed = invoke("stories", "--db", db_url, "--format", "json")
    assert listed.exit_code == 0 and len(json.loads(listed.stdout)) >= 1


def test_ingest_nothing_usable_exits_1(db_url, tmp_path):
    r = invoke("ingest", str(tmp_path / "nope.txt"), "--db", db_url, "--no-annotate")
    assert r.exit_code == 1 and "no such file" in r.stderr


def test_ingest_without_annotation_stage_says_so(tmp_path, monkeypatch):
    from consilience import corpus

    def unavailable(options):
        raise corpus.IngestError("annotation is unavailable in this installation (x); run with --no-annotate to store")

    monkeypatch.setattr(corpus, "_annotator", unavailable)
    folder = fakes.write_corpus(tmp_path / "in", 1)
    r = invoke("ingest", str(folder), "--db", str(tmp_path / "c.db"))
    assert r.exit_code == 2 and "--no-annotate" in r.stderr and "Traceback" not in r.output


def test_stories_filters(filled):
    db, _ = filled
    r = invoke("stories", "--db", db, "--format", "json", "--search", "Mumbai")
    assert [s["id"] for s in json.loads(r.stdout)] == ["s2"]
    r = invoke("stories", "--db", db, "--format", "json", "--conflicts")
    assert [s["id"] for s in json.loads(r.stdout)] == ["s1"]
    r = invoke("stories", "--db", db, "--format", "json", "--since", "2010-01-01")
    assert [s["id"] for s in json.loads(r.stdout)] == ["s1"]
    table = invoke("stories", "--db", db)
    assert table.exit_code == 0 and "Peshawar school attack" in table.stdout and "s2" in table.stdout
    none = invoke("stories", "--db", db, "--search", "zebra")
    assert none.exit_code == 0 and "no stories match" in none.stderr


@pytest.mark.parametrize("args,code,message", [
    (("--since", "yesterday"), 2, "not a date"),
    (("--format", "xml"), 2, "unknown format"),
])
def test_stories_bad_options(filled, args, code, message):
    db, _ = filled
    r = invoke("stories", "--db", db, *args)
    assert r.exit_code == code and message in r.stderr


def test_show_formats(filled, tmp_path):
    db, arts = filled
    md = invoke("show", "s1", "--db", db)
    assert md.exit_code == 0 and "Peshawar school attack" in md.stdout
    js = json.loads(invoke("show", "s1", "--db", db, "--format", "json").stdout)
    assert [s["id"] for s in js["stories"]] == ["s1"]
    assert {a["id"] for a in js["articles"]} == {arts[0].id, arts[1].id}
    html = invoke("show", "s1", "--db", db, "--format", "html", "-o", str(tmp_path / "s1.html"))
    assert html.exit_code == 0 and "<html" in (tmp_path / "s1.html").read_text().lower()
    by_article = invoke("show", arts[3].id, "--db", db, "--format", "json")
    assert json.loads(by_article.stdout)["stories"][0]["id"] == "s2"


def test_show_errors(filled, tmp_path):
    db, _ = filled
    r = invoke("show", "no-such-story", "--db", db)
    assert r.exit_code == 1 and "no story 'no-such-story'" in r.stderr and "Traceback" not in r.output
    r = invoke("show", "s1", "--db", db, "--format", "pdf")
    assert r.exit_code == 2 and "unknown format" in r.stderr
    r = invoke("show", "s1", "--db", str(tmp_path / "absent.db"))
    assert r.exit_code == 1 and "no database" in r.stderr
    assert not (tmp_path / "absent.db").exists()


def test_export_csv_and_jsonl(filled, tmp_path):
    db, arts = filled
    r = invoke("export", "--db", db, "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    assert r.exit_code == 0 and len(rows) == 6
    assert rows[0]["verdict"] == "conflict" and rows[0]["article_id"] == arts[0].id
    assert rows[0]["quote"] == arts[0].text[1:5] and rows[1]["high"] == ""
    out = tmp_path / "claims.jsonl"
    r = invoke("export", "--db", db, "--format", "jsonl", "-o", str(out))
    lines = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(lines) == 6 and lines[0]["low"] == 100.0 and lines[1]["high"] is None
    assert "wrote 6 claims" in r.stderr
    bad = invoke("export", "--db", db, "--format", "xlsx")
    assert bad.exit_code == 2 and "unknown format" in bad.stderr


def test_bad_database_urls(tmp_path):
    r = invoke("stories", "--db", "mysql://x/y")
    assert r.exit_code == 1 and "unsupported database URL" in r.stderr
    r = invoke("stories", "--db", "postgresql://nobody@127.0.0.1:1/none")
    assert r.exit_code == 1 and "cannot open PostgreSQL" in r.stderr
    r = invoke("ingest", str(tmp_path), "--db", str(tmp_path / "no" / "dir.db"), "--no-annotate")
    assert r.exit_code == 1 and "does not exist" in r.stderr


def test_env_var_names_the_database(filled, monkeypatch):
    db, _ = filled
    monkeypatch.setenv("CONSILIENCE_DB", db)
    r = invoke("stories", "--format", "json")
    assert len(json.loads(r.stdout)) == 2


def test_database_errors_are_one_line(tmp_path):
    import sqlite3

    db = tmp_path / "c.db"
    open_store(str(db)).close()
    conn = sqlite3.connect(db)
    conn.execute("ALTER TABLE stories RENAME TO gone")
    conn.commit()
    conn.close()
    r = invoke("stories", "--db", str(db))
    assert r.exit_code == 1 and "database error" in r.stderr and "Traceback" not in r.output

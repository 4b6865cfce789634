"""Incremental, idempotent, crash-safe ingest, on SQLite and PostgreSQL."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from consilience.corpus import IngestError, IngestOptions, ingest
from consilience.model import Document
from consilience.store import open_store

from . import corpus_fakes as fakes

ROOT = Path(__file__).resolve().parents[2]
FAKE = IngestOptions(batch_size=4, annotator=fakes.annotate, grouper=fakes.group, reporter=fakes.report)


def test_ingest_stores_articles_documents_and_stories(store, tmp_path):
    folder = fakes.write_corpus(tmp_path / "in", 12)
    failures = []
    result = ingest([str(folder), str(tmp_path / "missing.txt")], store, FAKE, on_failure=failures.append)
    assert len(result.added) == 12 and result.existing == ()
    assert [f.origin for f in failures] == [str(tmp_path / "missing.txt")]
    assert result.failures == tuple(failures) and result.inputs == 13
    assert result.articles_total == 12 and result.stories_total == 6
    assert len(result.stories_saved) == 6 and result.stories_removed == ()
    a = store.article(result.added[0])
    assert a.times and a.language == "en"  # annotated before storing
    assert store.document(a.id).origin == a.origin
    s = store.story(result.stories_saved[0])
    assert s.facts and len(s.story.articles) == 2


def test_same_inputs_again_change_nothing(store, tmp_path):
    folder = fakes.write_corpus(tmp_path / "in", 8)
    ingest([str(folder)], store, FAKE)
    before = store.dump()
    calls = []
    grouped = []
    again = ingest([str(folder)], store, IngestOptions(batch_size=4, annotator=lambda b: calls.append(b) or b,
                                                       grouper=lambda a: grouped.append(a) or fakes.group(a),
                                                       reporter=fakes.report))
    assert again.added == () and len(again.existing) == 8
    assert calls == [] and grouped == []  # nothing annotated or regrouped again
    assert again.stories_saved == () and again.stories_removed == ()
    assert store.dump() == before


def test_new_articles_join_stories_and_only_those_are_reconciled(store, tmp_path):
    folder = fakes.write_corpus(tmp_path / "in", 6)
    first = ingest([str(folder)], store, FAKE)
    assert len(first.stories_saved) == 6
    untouched = {sid: store.story(sid) for sid in first.stories_saved}
    reconciled = []

    def spy(story, members):
        reconciled.append(story.id)
        return fakes.report(story, members)

    more = fakes.write_corpus(tmp_path / "more", 2, start=6)  # topics 0 and 1 again
    second = ingest([str(more)], store, IngestOptions(batch_size=4, annotator=fakes.annotate, grouper=fakes.group,
                                                      reporter=spy))
    assert len(second.added) == 2
    assert sorted(reconciled) == sorted(second.stories_saved) and len(reconciled) == 2
    for sid, old in untouched.items():
        if sid not in reconciled:
            assert store.story(sid) == old
    grown = store.story(reconciled[0])
    assert len(grown.story.articles) == 2


def test_regroup_reconciles_every_story_again(store, tmp_path):
    folder = fakes.write_corpus(tmp_path / "in", 6)
    ingest([str(folder)], store, FAKE)
    before = store.dump()
    seen = []

    def spy(story, members):
        seen.append(story.id)
        return fakes.report(story, members)

    result = ingest([str(folder)], store, IngestOptions(annotator=fakes.annotate, grouper=fakes.group, reporter=spy,
                                                        regroup=True))
    assert sorted(seen) == sorted(result.stories_saved) and len(seen) == 6
    assert store.dump() == before


def test_stories_off_then_on(store, tmp_path):
    folder = fakes.write_corpus(tmp_path / "in", 6)
    first = ingest([str(folder)], store, IngestOptions(annotator=fakes.annotate, stories=False))
    assert first.stories_total == 0 and len(first.added) == 6
    second = ingest([str(folder)], store, FAKE)
    assert second.added == () and second.stories_total == 6


def test_documents_as_inputs(store):
    docs = [Document(origin=f"post-{i}", content=f"Storm hits Elgin {i}\nElgin, March 3: A storm hit Elgin on Tuesday "
                     f"and damaged {i + 3} houses, officials said in a statement to reporters.\n", content_type="text")
            for i in range(3)]
    result = ingest(docs[:1], store, FAKE)
    assert len(result.added) == 1
    result = ingest(docs, store, FAKE)
    assert len(result.added) == 2 and len(result.existing) == 1


def test_missing_annotator_is_a_clear_error(store, tmp_path, monkeypatch):
    import builtins

    real_import = builtins.__import__

    def no_annotate(name, globals=None, locals=None, fromlist=(), level=0):
        if name == "annotate" or name.endswith(".annotate") or (level and fromlist and "annotate_articles" in fromlist):
            raise ImportError("No module named 'consilience.annotate.quantities'")
        return real_import(name, globals, locals, fromlist, level)

    monkeypatch.setattr(builtins, "__import__", no_annotate)
    folder = fakes.write_corpus(tmp_path / "in", 2)
    with pytest.raises(IngestError, match="--no-annotate"):
        ingest([str(folder)], store, IngestOptions(grouper=fakes.group, reporter=fakes.report))
    assert store.article_count() == 0


def test_a_failing_reconciliation_keeps_the_story(store, tmp_path):
    folder = fakes.write_corpus(tmp_path / "in", 3)

    def broken(story, members):
        raise ZeroDivisionError("oops")

    result = ingest([str(folder)], store, IngestOptions(annotate=False, grouper=fakes.group, reporter=broken))
    assert result.stories_total == 3
    assert any("oops" in n for n in result.notes)
    assert store.story(result.stories_saved[0]).facts == ()


def _run(url: str, folder: Path, article_delay: float = 0.0, story_delay: float = 0.0, wait: bool = True):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    args = [sys.executable, "-c", fakes.SCRIPT, url, str(folder), str(article_delay), str(story_delay)]
    proc = subprocess.Popen(args, env=env, cwd=str(ROOT), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if wait:
        out, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err
    return proc


def _kill_when(proc, url: str, ready, timeout: float = 120.0) -> None:
    deadline = time.time() + timeout
    with open_store(url) as probe:
        while not ready(probe):
            if proc.poll() is not None:
                pytest.fail(f"ingest finished before it could be killed: {proc.stderr.read()}")
            if time.time() > deadline:
                proc.kill()
                pytest.fail("ingest made no progress")
            time.sleep(0.02)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)


@pytest.mark.parametrize("stage", ["articles", "stories"])
def test_sigkill_then_rerun_equals_one_clean_run(new_db, tmp_path, stage):
    folder = fakes.write_corpus(tmp_path / "in", 24)
    clean_url, killed_url = new_db(), new_db()
    _run(clean_url, folder)
    if stage == "articles":  # 8 batches of 3, 0.3 s each: kill after a few are committed
        proc = _run(killed_url, folder, article_delay=0.3, wait=False)
        _kill_when(proc, killed_url, lambda s: s.article_count() >= 9)
    else:  # stories saved one per transaction, 0.3 s each
        proc = _run(killed_url, folder, story_delay=0.3, wait=False)
        _kill_when(proc, killed_url, lambda s: s.story_count() >= 2)
    with open_store(killed_url) as s:
        partial = s.dump()
    with open_store(clean_url) as s:
        expected = s.dump()
    assert partial != expected  # the kill really interrupted something
    _run(killed_url, folder)
    with open_store(killed_url) as s:
        assert s.dump() == expected


def test_real_stages_on_the_seeds(tmp_path, seeds_dir):
    """The project's own cleaning, grouping and reconciliation (annotation off: it needs spaCy)."""
    with open_store(str(tmp_path / "c.db")) as store:
        result = ingest([str(seeds_dir)], store, IngestOptions(annotate=False))
        assert len(result.added) == 2 and result.stories_total >= 1
        for summary in store.stories():
            report = store.story(summary.id)
            assert set(report.story.articles) <= {a.id for a in store.articles()}
        again = ingest([str(seeds_dir)], store, IngestOptions(annotate=False))
        assert again.added == () and again.stories_saved == ()


def test_sqlite_and_postgresql_hold_the_same_corpus(tmp_path, pg_databases):
    folder = fakes.write_corpus(tmp_path / "in", 10)
    dumps = []
    for url in (str(tmp_path / "c.db"), pg_databases()):
        with open_store(url) as s:
            ingest([str(folder)], s, FAKE)
            dumps.append(s.dump())
    assert dumps[0] == dumps[1]


def test_real_annotated_seeds_round_trip(store, seeds_dir):
    """Annotated articles and reconciled stories come back from the store exactly as made."""
    try:
        from consilience.annotate import annotate_articles
        from consilience.annotate.nlp import load_nlp

        load_nlp()
    except Exception as exc:  # the spaCy model is installed by `make install`
        pytest.skip(f"annotation unavailable here: {exc}")
    from consilience.pipeline import RunOptions, analyze

    report = analyze([str(seeds_dir)], RunOptions())
    result = ingest([str(seeds_dir)], store)
    assert len(result.added) == len(report.articles)
    stored = {a.id: a for a in store.articles()}
    assert any(a.entities and a.quantities and a.times and a.quotes for a in stored.values())
    assert stored == {a.id: a for a in report.articles}  # same records as `consilience analyze`
    assert [store.story(s.story.id) for s in report.stories] == list(report.stories)
    assert annotate_articles  # imported above


def test_an_article_that_breaks_annotation_is_reported_not_fatal(store, tmp_path):
    folder = fakes.write_corpus(tmp_path / "in", 5)

    def fragile(batch):
        if any("report 2)" in (a.title or "") for a in batch):
            raise ValueError("bad article")
        return fakes.annotate(batch)

    failures = []
    result = ingest([str(folder)], store, IngestOptions(batch_size=4, annotator=fragile, grouper=fakes.group,
                                                        reporter=fakes.report), on_failure=failures.append)
    assert len(result.added) == 4
    assert [f.origin for f in failures] == [str(folder / "002_strike.txt")]
    assert "bad article" in failures[0].reason


def test_sigkill_of_the_real_cli_then_rerun_equals_one_clean_run(new_db, tmp_path):
    """`consilience ingest` with the project's own cleaning, grouping and reconciliation."""
    from tests.conftest import DATA, need

    source = need(DATA / "gva" / "documents.jsonl")
    subset = tmp_path / "gva-200.jsonl"
    with source.open(encoding="utf-8") as f:
        subset.write_text("".join(line for _, line in zip(range(200), f)), encoding="utf-8")
    clean_url, killed_url = new_db(), new_db()
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    cmd = [sys.executable, "-m", "consilience.corpus_cli", "ingest", str(subset), "--no-annotate", "--batch", "10", "--db"]
    done = subprocess.run(cmd + [clean_url], env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    with open_store(clean_url) as s:
        expected = s.dump()
        stories = s.story_count()
    assert stories > 60
    proc = subprocess.Popen(cmd + [killed_url], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    _kill_when(proc, killed_url, lambda s: s.story_count() >= 1, timeout=300)
    with open_store(killed_url) as s:
        assert s.dump() != expected
    again = subprocess.run(cmd + [killed_url], env=env, capture_output=True, text=True, timeout=600)
    assert again.returncode == 0, again.stderr
    with open_store(killed_url) as s:
        assert s.dump() == expected

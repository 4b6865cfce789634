"""The command line: exit codes, one clear line per bad input, never a traceback."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

from consilience.report.render_json import validate

EXE = [sys.executable, "-m", "consilience.cli", "analyze"]


def run(*args, stdin=None):
    return subprocess.run([*EXE, *args], capture_output=True, text=True, input=stdin, timeout=300)


@pytest.fixture
def batch(tmp_path, fixtures_dir):
    good = tmp_path / "council.txt"
    good.write_text((fixtures_dir / "text" / "council-vote.txt").read_text())
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 20)
    (tmp_path / "empty.html").write_bytes(b"")
    (tmp_path / "nav.html").write_text((fixtures_dir / "html" / "navigation-only.html").read_text())
    return tmp_path


def test_bad_inputs_reported_and_batch_goes_on(batch, tmp_path):
    result = run(str(batch), str(tmp_path / "missing.txt"), "--format", "json", "--no-annotate")
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    lines = [l for l in result.stderr.splitlines() if l.strip()]
    for name, reason in [("binary.txt", "binary"), ("empty.html", "empty"), ("nav.html", "no article"), ("missing.txt", "no such file")]:
        assert any(name in l and reason in l.lower() for l in lines), (name, lines)
    report = json.loads(result.stdout)
    validate(report)
    assert len(report["articles"]) == 1
    assert report["articles"][0]["title"] == "City council approves budget after late-night session"
    assert {Path(f["input"]).name for f in report["failures"]} == {"binary.txt", "empty.html", "nav.html", "missing.txt"}


def test_strict_exits_one_on_any_failure(batch):
    assert run(str(batch), "--no-annotate", "--strict", "--format", "json").returncode == 1


def test_nothing_readable_exits_one(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"\x00\x01\x02" * 100)
    result = run(str(tmp_path / "a.txt"), "--no-annotate")
    assert result.returncode == 1
    assert "binary" in result.stderr and "Traceback" not in result.stderr


def test_stdin_and_formats(fixtures_dir, tmp_path):
    text = (fixtures_dir / "text" / "council-vote.txt").read_text()
    md = run("-", "--format", "md", "--no-annotate", stdin=text)
    assert md.returncode == 0 and "City council approves budget" in md.stdout and "<details>" in md.stdout
    out_html, out_json = tmp_path / "r.html", tmp_path / "r.json"
    both = run("-", "-o", str(out_html), "-o", str(out_json), "--no-annotate", stdin=text)
    assert both.returncode == 0, both.stderr
    assert out_html.read_text().startswith("<!doctype html>")
    validate(json.loads(out_json.read_text()))
    assert "1 article ·" in both.stdout  # the terminal summary


def test_unknown_format_is_a_usage_error(fixtures_dir):
    result = run(str(fixtures_dir / "text" / "council-vote.txt"), "--format", "pdf")
    assert result.returncode == 2 and "unknown format" in result.stderr and "Traceback" not in result.stderr


def test_version():
    result = subprocess.run([sys.executable, "-m", "consilience.cli", "--version"], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0 and result.stdout.startswith("consilience ")

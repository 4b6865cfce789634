"""Time expressions against TimeML gold: TempEval-3 training (TBAQ-cleaned) and MEANTIME English.

    .venv/bin/python benchmarks/annotate_times.py [--corpus tbaq|meantime|all] [--limit N]
                                                 [--errors K] [--no-cache]

Data: ../shared/data/temporal/tbaq-cleaned/{TimeBank,AQUAINT}/*.tml (TIMEX3 inline in <TEXT>,
the document creation time in <DCT>) and ../shared/data/temporal/meantime_en/intra-doc_annotation
(CAT XML: tokens, TIMEX3 markables anchored to token ids). MEANTIME's text is rebuilt from its
tokens (title, then the dateline, then the body, one space between tokens except before
punctuation); its creation-time TIMEX3 is the dateline itself. MEANTIME annotates only the
first sentences of each article (title, dateline and four more): the whole text is
processed, and system times after that region are not counted.

What is measured (TempEval-3 conventions):
- the document creation time is the anchor (`Article.published`), not a target: gold TIMEX3s with
  functionInDocument=CREATION_TIME are left out, and so are system times overlapping one;
- extent: strict (same characters, surrounding whitespace ignored) and relaxed (overlap; gold and
  system paired one to one: same extents first, then overlaps greedily in text order)
  precision, recall, F1;
- value: over relaxed pairs, accuracy = same value / pairs; value F1 from value precision
  (same value / system times) and value recall (same value / gold times);
- speed: articles/s of `find_times` on parsed docs, and including spaCy parsing.
Parsed docs are cached under /tmp (a DocBin keyed by the texts) so reruns skip parsing.
"""
from __future__ import annotations

import argparse
import hashlib
import sys
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "temporal"
NO_SPACE_BEFORE = {".", ",", ";", ":", "!", "?", ")", "]", "}", "%", "'s", "n't", "'re", "'ve",
                   "'ll", "'d", "'m", "'", "''"}
ANNOTATED_SENTENCES = 5  # MEANTIME annotates sentences 0..5 of each article (title, date, 4 more)
NO_SPACE_AFTER = {"(", "[", "{", "$", "``", "#"}


@dataclass
class GoldDoc:
    name: str
    text: str
    dct: str | None
    times: list[tuple[int, int, str, str]]  # start, end, value, type
    anchors: list[tuple[int, int]] = field(default_factory=list)  # creation-time extents in the text
    region_end: int | None = None  # annotated part of the text (MEANTIME: title, dateline, 4 sentences)


# ---------------------------------------------------------------- readers


def read_tml(path: Path) -> GoldDoc:
    root = ET.parse(path).getroot()
    dct = None
    for t in root.iter("TIMEX3"):
        if t.get("functionInDocument") == "CREATION_TIME":
            dct = t.get("value")
            break
    text_el = root.find("TEXT")
    parts: list[str] = []
    times: list[tuple[int, int, str, str]] = []
    anchors: list[tuple[int, int]] = []

    def walk(el):
        start = sum(len(p) for p in parts)
        if el.text:
            parts.append(el.text)
        for child in el:
            walk(child)
            if child.tail:
                parts.append(child.tail)
        end = sum(len(p) for p in parts)
        if el.tag == "TIMEX3":
            if el.get("functionInDocument") == "CREATION_TIME":
                anchors.append((start, end))
            else:
                times.append((start, end, el.get("value") or "", el.get("type") or ""))

    if text_el is not None:
        walk(text_el)
    return GoldDoc(path.stem, "".join(parts), dct, times, anchors)


def read_meantime(path: Path) -> GoldDoc:
    root = ET.parse(path).getroot()
    tokens = [(t.get("t_id"), int(t.get("sentence")), t.text or "") for t in root.iter("token")]
    offsets: dict[str, tuple[int, int]] = {}
    out: list[str] = []
    pos = 0
    prev_sent, prev_tok = None, None
    for tid, sent, word in tokens:
        if prev_sent is not None:
            if sent != prev_sent and prev_sent <= 1:
                sep = "\n\n"
            elif sent != prev_sent:
                sep = " "
            elif word in NO_SPACE_BEFORE or prev_tok in NO_SPACE_AFTER:
                sep = ""
            else:
                sep = " "
            out.append(sep)
            pos += len(sep)
        offsets[tid] = (pos, pos + len(word))
        out.append(word)
        pos += len(word)
        prev_sent, prev_tok = sent, word
    text = "".join(out)
    region_end = max((offsets[tid][1] for tid, sent, _ in tokens if sent <= ANNOTATED_SENTENCES), default=None)
    dct = None
    times, anchors = [], []
    for t in root.iter("TIMEX3"):
        ids = [a.get("t_id") for a in t.findall("token_anchor")]
        if not ids or any(i not in offsets for i in ids):
            if t.get("functionInDocument") == "CREATION_TIME":
                dct = t.get("value")
            continue
        start, end = offsets[ids[0]][0], offsets[ids[-1]][1]
        if t.get("functionInDocument") == "CREATION_TIME":
            dct = t.get("value")
            anchors.append((start, end))
        else:
            times.append((start, end, t.get("value") or "", t.get("type") or ""))
    return GoldDoc(path.stem, text, dct, times, anchors, region_end)


def load_corpus(name: str, limit: int | None) -> list[GoldDoc]:
    if name == "tbaq":
        paths = sorted((DATA / "tbaq-cleaned").glob("*/*.tml"))
        paths = [p for p in paths if p.parent.name in ("TimeBank", "AQUAINT")]
        reader = read_tml
    else:
        paths = sorted((DATA / "meantime_en" / "intra-doc_annotation").glob("*/*.xml"))
        reader = read_meantime
    docs = [reader(p) for p in paths[:limit] if p.is_file()]
    return [d for d in docs if d.text.strip()]


# ---------------------------------------------------------------- parsing, cached


def parse_all(texts: list[str], use_cache: bool):
    from spacy.tokens import DocBin

    from consilience.annotate.nlp import load_nlp

    nlp = load_nlp()
    key = hashlib.sha256("\x00".join(texts).encode()).hexdigest()[:16]
    cache = Path("/tmp") / f"consilience_times_{key}.spacy"
    if use_cache and cache.exists():
        return list(DocBin().from_disk(cache).get_docs(nlp.vocab)), None
    t0 = time.perf_counter()
    docs = list(nlp.pipe(texts, batch_size=16))
    elapsed = time.perf_counter() - t0
    if use_cache:
        DocBin(store_user_data=False, docs=docs).to_disk(cache)
    return docs, elapsed


# ---------------------------------------------------------------- scoring


def _strip(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


@dataclass
class Counts:
    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    value: int = 0
    errors: list = field(default_factory=list)

    def prf(self, hits: int) -> tuple[float, float, float]:
        p = hits / self.system if self.system else 0.0
        r = hits / self.gold if self.gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(doc: GoldDoc, system: list[tuple[int, int, str]], counts: Counts) -> None:
    gold = [(*_strip(doc.text, s, e), v, ty) for s, e, v, ty in doc.times]
    system = [(*_strip(doc.text, s, e), v) for s, e, v in system
              if not any(s < ae and as_ < e for as_, ae in doc.anchors)
              and (doc.region_end is None or s < doc.region_end)]
    counts.gold += len(gold)
    counts.system += len(system)
    gold_exact = {(s, e) for s, e, _, _ in gold}
    counts.strict += sum(1 for s, e, _ in system if (s, e) in gold_exact)
    used: set[int] = set()
    exact = {}
    for gi, (gs, ge, _, _) in enumerate(gold):  # exact extents pair first, then overlaps
        for si, (ss, se, _) in enumerate(system):
            if (ss, se) == (gs, ge) and si not in used:
                exact[gi] = si
                used.add(si)
                break
    for gi, (gs, ge, gv, gt) in enumerate(gold):
        match = exact.get(gi)
        if match is None:
            for si, (ss, se, sv) in enumerate(system):
                if si not in used and ss < ge and gs < se:
                    match = si
                    break
        if match is None:
            counts.errors.append(("miss", doc.name, doc.text[gs:ge], gv, gt, doc.dct))
            continue
        used.add(match)
        counts.relaxed += 1
        ss, se, sv = system[match]
        if sv == gv:
            counts.value += 1
        else:
            counts.errors.append(("value", doc.name, f"{doc.text[gs:ge]!r} / {doc.text[ss:se]!r}", gv, sv, doc.dct))
    for si, (ss, se, sv) in enumerate(system):
        if si not in used:
            ctx = doc.text[max(0, ss - 30):se + 30].replace("\n", " ")
            counts.errors.append(("spurious", doc.name, doc.text[ss:se], sv, ctx, doc.dct))


def run_corpus(name: str, args) -> None:
    from consilience.annotate.times import find_times
    from consilience.model import Article

    docs = load_corpus(name, args.limit)
    if not docs:
        print(f"{name}: no documents found under {DATA}")
        return
    parsed, parse_s = parse_all([d.text for d in docs], not args.no_cache)
    if parse_s is None:  # cached: time the parse on a sample to report the end-to-end rate
        from consilience.annotate.nlp import load_nlp

        sample = [d.text for d in docs[:30]]
        t0 = time.perf_counter()
        list(load_nlp().pipe(sample, batch_size=16))
        parse_per_doc = (time.perf_counter() - t0) / len(sample)
    else:
        parse_per_doc = parse_s / len(docs)
    counts = Counts()
    t0 = time.perf_counter()
    outputs = []
    for d, doc in zip(docs, parsed):
        article = Article(id=d.name, origin=d.name, text=d.text, published=d.dct)
        outputs.append(find_times(article, doc))
    find_s = time.perf_counter() - t0
    for d, refs in zip(docs, outputs):
        score(d, [(r.span.start, r.span.end, r.value) for r in refs], counts)
    sp, sr, sf = counts.prf(counts.strict)
    rp, rr, rf = counts.prf(counts.relaxed)
    vp, vr, vf = counts.prf(counts.value)
    acc = counts.value / counts.relaxed if counts.relaxed else 0.0
    print(f"== {name}: {len(docs)} documents, {counts.gold} gold times, {counts.system} system times")
    print(f"extent strict   P {sp:.3f}  R {sr:.3f}  F1 {sf:.3f}")
    print(f"extent relaxed  P {rp:.3f}  R {rr:.3f}  F1 {rf:.3f}")
    print(f"value           accuracy {acc:.3f}  P {vp:.3f}  R {vr:.3f}  F1 {vf:.3f}")
    per_doc = find_s / len(docs)
    print(f"speed           find_times {1 / per_doc:.1f} articles/s on parsed docs; "
          f"{1 / (per_doc + parse_per_doc):.1f} articles/s including spaCy parsing (one process)")
    if args.errors:
        by_kind: dict[str, list] = {}
        for e in counts.errors:
            by_kind.setdefault(e[0], []).append(e)
        for kind, items in by_kind.items():
            print(f"-- {kind}: {len(items)}")
            for e in items[: args.errors]:
                print("   ", " | ".join(str(x) for x in e[1:]))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", choices=["tbaq", "meantime", "all"], default="all")
    parser.add_argument("--limit", type=int, default=None, help="documents per corpus")
    parser.add_argument("--errors", type=int, default=0, help="print K errors of each kind")
    parser.add_argument("--no-cache", action="store_true", help="parse again, do not use /tmp")
    args = parser.parse_args(argv)
    if not DATA.is_dir():
        print(f"skipped: {DATA} is absent (the temporal corpora live in ../shared/data/temporal)")
        return 0
    for name in (["tbaq", "meantime"] if args.corpus == "all" else [args.corpus]):
        run_corpus(name, args)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Quotes and speakers against PolNeAR (political news attribution relations).

    .venv/bin/python benchmarks/annotate_quotes.py [--split dev|train] [--limit N] [--seed S]
        [--scope quotes|attributions|both] [--errors K]

Data: ../shared/data/polnear/<split>/{text,attributions}: brat standoff, one `Source`, `Cue`
and `Content` text-bound annotation per attribution (`E` lines tie them), spans possibly
discontinuous (`start end;start end`). Develop on `train`; `dev` is for the reported figures.
The learned scorer of `quotes_learned` is fitted on `train` only
(`benchmarks/train_quote_classifier.py`), so `dev` stays held out.

Two scopes are scored: "quotes" is what `find_quotes` returns (speech, belief and intention
with clausal or quoted content, plus claims like "accused X of Y"); "attributions" adds the
stances with a noun-phrase content that PolNeAR also annotates ("criticized the plan").
An article annotated by several annotators counts once (its first annotation file).

What is measured, per attribution (a predicted attribution = one `find_attributions` record,
i.e. the `Quote`s of one article that share one `span`; a quotation split by its cue is one
attribution with two content parts):
- content spans are compared as sets of characters after dropping whitespace, quotation marks
  and punctuation (gold content keeps the marks of a direct quote, ours does not);
- exact: the two character sets are equal;
- overlap (the PARC/Pareti "partial match" convention): the two share at least one character
  (so at least one word: punctuation is dropped); gold and predicted are paired one to one,
  greedily by largest shared size, and precision, recall and F1 count the pairs. Greedy pairing
  is not lenient: on train a maximum bipartite matching finds about 0.1% more pairs;
- proportional (BBC citron's "overlap metrics", which weigh boundaries): precision is the share
  of predicted content characters inside some gold content, recall the share of gold content
  characters inside some prediction;
- speaker accuracy over overlap-matched pairs whose gold has a `Source`: correct when the words
  naming the speaker at the quote (the pronoun itself for "he said"), or the resolved speaker
  span, overlap the gold source, or the speaker's name ends with the gold source's last word
  ("Mr. Trump" vs "Donald Trump");
- speed: articles per second for `find_attributions` on a parsed doc, and with parsing.
"""
from __future__ import annotations

import argparse
import random
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "polnear"
DROP = set(" \t\n\r\"'“”‘’«»„,.;:!?()[]—–-…")


@dataclass
class Gold:
    content: list[tuple[int, int]]
    source: list[tuple[int, int]] = field(default_factory=list)
    cue: str = ""


def parse_ann(path: Path) -> list[Gold]:
    spans: dict[str, tuple[str, list[tuple[int, int]], str]] = {}
    events = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if not parts or not parts[0]:
            continue
        if parts[0].startswith("T") and len(parts) >= 2:
            label, _, offsets = parts[1].partition(" ")
            ranges = []
            for chunk in offsets.split(";"):
                a, b = chunk.split()
                ranges.append((int(a), int(b)))
            spans[parts[0]] = (label, ranges, parts[2] if len(parts) > 2 else "")
        elif parts[0].startswith("E") and len(parts) >= 2:
            events.append(dict(arg.split(":", 1) for arg in parts[1].split() if ":" in arg))
    golds = []
    for ev in events:
        content = spans.get(ev.get("Content", ""))
        if content is None:
            continue
        source = spans.get(ev.get("Source", ""))
        cue = spans.get(ev.get("Cue", ""))
        golds.append(Gold(content[1], source[1] if source else [], cue[2] if cue else ""))
    return golds


def charset(text: str, ranges) -> frozenset[int]:
    return frozenset(i for a, b in ranges for i in range(a, min(b, len(text))) if text[i] not in DROP)


def text_for(split_dir: Path, ann: Path) -> Path:
    name = re.sub(r"_[0-9a-f]{4}$", "", ann.stem)
    return split_dir / "text" / f"{name}.txt"


def load(split: str, limit: int | None, seed: int):
    split_dir = DATA / split
    anns = sorted((split_dir / "attributions").glob("*.ann"))
    seen = set()
    items = []
    for ann in anns:  # an article annotated by several people: keep the first annotation
        txt = text_for(split_dir, ann)
        if txt in seen or not txt.exists():
            continue
        seen.add(txt)
        items.append((txt, ann))
    if limit:
        items = random.Random(seed).sample(items, min(limit, len(items)))
    return items


def last_word(s: str) -> str:
    words = re.findall(r"[\w-]+", s.lower())
    words = [w for w in words if w not in ("s",)]
    return words[-1] if words else ""


def parse(items):
    sys.path.insert(0, str(ROOT / "src"))
    from consilience.annotate.nlp import load_nlp

    nlp = load_nlp()
    texts = [t.read_text(encoding="utf-8") for t, _ in items]
    t0 = time.perf_counter()
    docs = list(nlp.pipe(texts, batch_size=16))
    return texts, docs, time.perf_counter() - t0


def evaluate(items, texts, docs, t_parse: float, errors: int = 0, scope: str = "quotes"):
    from consilience.annotate.quotes import find_attributions

    n_gold = n_pred = exact = overlap = spk_n = spk_ok = 0
    chars_pred = chars_gold = chars_pred_in = chars_gold_in = 0
    t_find = 0.0
    shown = 0
    for (txt, ann), text, doc in zip(items, texts, docs):
        golds = parse_ann(ann)
        t1 = time.perf_counter()
        preds = find_attributions(text, doc, scope=scope)
        t_find += time.perf_counter() - t1
        gsets = [charset(text, g.content) for g in golds]
        psets = [charset(text, p.parts) for p in preds]
        n_gold += sum(1 for g in gsets if g)
        gold_all, pred_all = frozenset().union(*gsets), frozenset().union(*psets)
        chars_gold += sum(len(g) for g in gsets)
        chars_pred += sum(len(p) for p in psets)
        chars_gold_in += sum(len(g & pred_all) for g in gsets)
        chars_pred_in += sum(len(p & gold_all) for p in psets)
        n_pred += sum(1 for p in psets if p)
        exact += len({g for g in gsets if g} & {p for p in psets if p})
        pairs = sorted(((len(g & p), gi, pi) for gi, g in enumerate(gsets) for pi, p in enumerate(psets) if g & p), reverse=True)
        used_g, used_p = set(), set()
        for _, gi, pi in pairs:
            if gi in used_g or pi in used_p:
                continue
            used_g.add(gi)
            used_p.add(pi)
            overlap += 1
            g, p = golds[gi], preds[pi]
            if errors and shown < errors and gsets[gi] != psets[pi]:
                shown += 1
                print(f"BOUNDARY {txt.name}: gold {' | '.join(text[a:b] for a, b in g.content)[:150]!r}\n"
                      f"{'':>9}pred {' | '.join(text[a:b] for a, b in p.parts)[:150]!r}")
            if not g.source:
                continue
            spk_n += 1
            gsrc = charset(text, g.source)
            ok = False
            for rng in (p.mention, p.speaker_span):
                if rng and charset(text, [rng]) & gsrc:
                    ok = True
            gname = last_word(" ".join(text[a:b] for a, b in g.source))
            if not ok and p.speaker and gname and last_word(p.speaker) == gname:
                ok = True
            spk_ok += ok
            if not ok and shown < errors:
                shown += 1
                print(f"SPEAKER {txt.name}: gold {' '.join(text[a:b] for a, b in g.source)!r} pred {p.speaker!r}"
                      f" mention {text[p.mention[0]:p.mention[1]] if p.mention else None!r} cue {p.cue!r}"
                      f" content {text[p.parts[0][0]:p.parts[0][1]][:80]!r}")
        if errors and shown < errors:
            for gi, g in enumerate(golds):
                if gi not in used_g and shown < errors:
                    shown += 1
                    print(f"MISSED {txt.name}: [{g.cue}] {' | '.join(text[a:b] for a, b in g.content)[:160]!r}")
            for pi, p in enumerate(preds):
                if pi not in used_p and shown < errors:
                    shown += 1
                    print(f"SPURIOUS {txt.name}: [{p.cue}] {' | '.join(text[a:b] for a, b in p.parts)[:160]!r}")
    return dict(articles=len(items), gold=n_gold, pred=n_pred, exact=exact, overlap=overlap,
                spk_n=spk_n, spk_ok=spk_ok, t_parse=t_parse, t_find=t_find, chars_pred=chars_pred,
                chars_gold=chars_gold, chars_pred_in=chars_pred_in, chars_gold_in=chars_gold_in)


def prf(hit: int, pred: int, gold: int) -> tuple[float, float, float]:
    p = hit / pred if pred else 0.0
    r = hit / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--split", default="dev")
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--errors", type=int, default=0, help="print up to K errors (use on train only)")
    ap.add_argument("--scope", choices=["quotes", "attributions", "both"], default="both",
                    help="quotes: what find_quotes returns (clausal and quoted content); attributions: "
                         "also stances with a noun-phrase content, as PolNeAR annotates them")
    args = ap.parse_args(argv)
    if not (DATA / args.split / "attributions").is_dir():
        print(f"skipped: PolNeAR {args.split} data not found at {DATA / args.split}")
        return 0
    items = load(args.split, args.limit, args.seed)
    texts, docs, t_parse = parse(items)
    print("content: characters less whitespace, quotation marks and punctuation; exact = same set; "
          "overlap = one shared character, pairs matched one to one (PARC partial match); "
          "proportional = shared characters over predicted / gold characters (citron)")
    scopes = ["quotes", "attributions"] if args.scope == "both" else [args.scope]
    for scope in scopes:
        r = evaluate(items, texts, docs, t_parse, args.errors, scope)
        ep, er, ef = prf(r["exact"], r["pred"], r["gold"])
        op, orr, of = prf(r["overlap"], r["pred"], r["gold"])
        print(f"PolNeAR {args.split}, scope {scope}: {r['articles']} articles, {r['gold']} gold attributions, "
              f"{r['pred']} predicted")
        print(f"  content exact   P {ep:.3f}  R {er:.3f}  F1 {ef:.3f}")
        print(f"  content overlap P {op:.3f}  R {orr:.3f}  F1 {of:.3f}")
        cp = r["chars_pred_in"] / r["chars_pred"] if r["chars_pred"] else 0.0
        cr = r["chars_gold_in"] / r["chars_gold"] if r["chars_gold"] else 0.0
        print(f"  proportional    P {cp:.3f}  R {cr:.3f}  F1 {2 * cp * cr / (cp + cr) if cp + cr else 0.0:.3f}")
        acc = r["spk_ok"] / r["spk_n"] if r["spk_n"] else 0.0
        print(f"  speaker accuracy {acc:.3f} over {r['spk_n']} overlap-matched attributions with a gold source")
        n = r["articles"]
        print(f"  speed: find_attributions {n / r['t_find']:.1f} articles/s on parsed docs; "
              f"with the spaCy parse {n / (r['t_find'] + r['t_parse']):.1f} articles/s (one process)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

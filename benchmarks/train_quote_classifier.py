"""Train the scorer of `annotate/quotes_learned.py` on PolNeAR train and write its JSON.

    .venv/bin/python benchmarks/train_quote_classifier.py [--docs train.spacy] [--out PATH]

Every candidate (`quotes_learned.candidates`: a verb or noun with a content and no rule
attribution as its cue) is labelled by what adding it would do to the overlap score of
`annotate_quotes.py`: positive when its content shares a character with a gold content that
the rule attributions (scope "attributions") leave unmatched, and its holder's words share one
with that gold's source (or the gold names none): a hit with a wrong speaker is no gain. A
logistic regression over the candidates' sparse features is fitted; the regularisation and the
threshold are chosen by 5-fold cross-validation over articles (train only), maximising the
overlap F1 the rules plus the kept candidates reach; so are the clausal kinds, whether voiced
candidates count ("said the same of X", 'called the pact "insanity"'), and the threshold of the
quotes scope. Deterministic: articles in file order, folds by index, a fixed
solver. `--docs` reads a spaCy DocBin of the split parsed by `annotate.nlp.load_nlp` (saves
the parse; the result is the same).
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import annotate_quotes as aq  # noqa: E402

OUT = ROOT / "src" / "consilience" / "annotate" / "data" / "quote_cues.json"
MIN_COUNT = 3
THRESHOLDS = [0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6]
CS = [0.1, 0.3, 1.0]
# contents the quotes scope may take, each kept where cross-validation says it pays: clauses,
# a noun's clause, a clause or gerund as a (noun's) prepositional object ("talked about how X",
# "warned against cutting X"), "called for X to do Y"
CLAUSAL = ("ccomp", "xcomp", "nclause", "pclause", "forto", "pger", "npclause", "npger")


def _pairs(gsets, psets):
    pairs = sorted(((len(g & p), gi, pi) for gi, g in enumerate(gsets) for pi, p in enumerate(psets) if g & p),
                   reverse=True)
    used_g, used_p = set(), set()
    for _, gi, pi in pairs:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
    return used_g, used_p


def collect(items, docs, scope: str):
    """Per article: gold content sets, rule prediction sets, and candidates as (features,
    content set, span, kind, label, cue token index)."""
    from consilience.annotate.quotes import rule_attributions
    from consilience.annotate.quotes_learned import candidates
    from consilience.annotate.quotes_speakers import speaker_phrase

    arts = []
    for (txt, ann), doc in zip(items, docs):
        text = txt.read_text(encoding="utf-8")
        golds = [(aq.charset(text, x.content), aq.charset(text, x.source)) for x in aq.parse_ann(ann)]
        golds = [g for g in golds if g[0]]
        gsets = [g for g, _ in golds]
        atts, inside = rule_attributions(text, doc, scope == "attributions")
        atts = [a for a in atts if aq.charset(text, a.parts)]
        psets = [aq.charset(text, a.parts) for a in atts]
        matched = _pairs(gsets, psets)[0]
        free = [g for gi, g in enumerate(golds) if gi not in matched]
        cands = []
        for c in candidates(doc, inside, atts, voiced=True):
            cs = aq.charset(text, [c.span])
            if not cs:
                continue
            who = frozenset()
            if c.owner is not None:
                o = c.owner
                spans = [speaker_phrase(o), (o.idx, o.idx + len(o.text))]
                if o.lower_ in ("who", "that", "which") and o.head.dep_ == "relcl":
                    spans.append(speaker_phrase(o.head.head))  # as the speakers are resolved
                who = aq.charset(text, spans)
            # a hit whose speaker is wrong costs speaker accuracy: not what to learn
            label = int(any(cs & g and (not src or who & src) for g, src in free))
            cands.append((c.feats, cs, c.span, c.kind.split(":")[0], label, c.tok.i, c.voiced, c.quotable))
        arts.append((gsets, psets, cands))
    return arts


def score(arts, probs, threshold: float, kinds=None, voiced: bool = False):
    """Overlap hits, predictions and golds with the candidates at or over `threshold` added,
    best first, none sharing content with another kept one (as at run time); with `kinds`,
    only quotable candidates of those kinds, or voiced ones when `voiced` (the quotes scope)."""
    hits = pred = gold = 0
    for (gsets, psets, cands), pr in zip(arts, probs):
        kept, cues = [], set()
        order = sorted((i for i, p in enumerate(pr) if p >= threshold and (kinds is None or cands[i][7] and (
            cands[i][3] in kinds or voiced and cands[i][6]))), key=lambda i: -pr[i])
        for i in order:
            s, e = cands[i][2]
            if cands[i][5] not in cues and not any(ks < e and s < ke for ks, ke in (cands[j][2] for j in kept)):
                kept.append(i)
                cues.add(cands[i][5])
        allp = psets + [cands[i][1] for i in kept]
        hits += len(_pairs(gsets, allp)[0])
        pred += len(allp)
        gold += len(gsets)
    return aq.prf(hits, pred, gold)


def fit(rows, labels, c: float):
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer()
    x = vec.fit_transform([{f: 1 for f in r} for r in rows]).tocsr()
    x.indices, x.indptr = x.indices.astype("int32"), x.indptr.astype("int32")  # liblinear's index type
    model = LogisticRegression(C=c, solver="liblinear", max_iter=1000, random_state=0)
    model.fit(x, labels)
    return dict(zip(vec.get_feature_names_out(), model.coef_[0])), float(model.intercept_[0])


def _rounded(weights):
    return {k: round(float(v), 3) for k, v in sorted(weights.items()) if abs(v) >= 0.01}


def fit_rows(rows, c: float):
    """A model over (features, label) rows, features seen fewer than MIN_COUNT times dropped."""
    counts = Counter(f for r, _ in rows for f in set(r))
    keep = {f for f, n in counts.items() if n >= MIN_COUNT}
    return fit([[f for f in r if f in keep] for r, _ in rows], [y for _, y in rows], c)


def cross_probs(arts, rows_of, c: float, folds: int, apply_to=None):
    """Out-of-fold probabilities for the rows of every article (folds by article index), or
    for those of `apply_to`, the same articles collected for another scope."""
    target = apply_to or arts
    probs = [None] * len(arts)
    for k in range(folds):
        weights, bias = fit_rows([row for i, a in enumerate(arts) if i % folds != k for row in rows_of(a)], c)
        for i, a in enumerate(target):
            if i % folds == k:
                probs[i] = [prob(weights, bias, f) for f, _ in rows_of(a)]
    return probs


def prob(weights, bias, feats):
    import math

    z = bias + sum(weights.get(f, 0.0) for f in feats)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--docs", type=Path, default=None, help="DocBin of the train split (else it is parsed)")
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--folds", type=int, default=5)
    args = ap.parse_args(argv)
    items = aq.load("train", None, 0)
    if not items:
        print("PolNeAR train not found")
        return 1
    from consilience.annotate.nlp import load_nlp

    nlp = load_nlp()
    if args.docs:
        from spacy.tokens import DocBin

        docs = list(DocBin().from_disk(args.docs).get_docs(nlp.vocab))
    else:
        docs = list(nlp.pipe((t.read_text(encoding="utf-8") for t, _ in items), batch_size=16))
    arts = collect(items, docs, "attributions")
    print(f"{len(arts)} articles, {sum(len(a[2]) for a in arts)} candidates, "
          f"{sum(c[4] for a in arts for c in a[2])} positive")
    none = [[0.0] * len(a[2]) for a in arts]
    base = score(arts, none, 2.0)
    print(f"rules alone: P {base[0]:.3f} R {base[1]:.3f} F1 {base[2]:.4f}")
    rows_of = lambda a: [(x[0], x[4]) for x in a[2]]  # noqa: E731
    probs = {c: cross_probs(arts, rows_of, c, args.folds) for c in CS}
    for c in CS:
        print(f"C {c}: " + ", ".join(f"{t} {score(arts, probs[c], t)[2]:.4f}" for t in THRESHOLDS))
    f, c, t = max((score(arts, probs[c], t)[2], c, t) for c in CS for t in THRESHOLDS)
    p, r, _ = score(arts, probs[c], t)
    print(f"chosen: C {c} threshold {t}: cross-validated P {p:.3f} R {r:.3f} F1 {f:.4f}")
    weights, bias = fit_rows([row for a in arts for row in rows_of(a)], c)
    # the quotes scope takes clausal candidates, and voiced ones (what was said or felt, or
    # holds a quotation: `quotes_learned.candidates`): those that pay off there
    qarts = collect(items, docs, "quotes")
    qprobs = cross_probs(arts, rows_of, c, args.folds, apply_to=qarts)
    qbase = score(qarts, qprobs, 2.0)[2]
    qvoiced = score(qarts, qprobs, t, set(), True)[2] > qbase
    qbase_v = score(qarts, qprobs, t, set(), qvoiced)[2] if qvoiced else qbase
    qkinds = [k for k in CLAUSAL if score(qarts, qprobs, t, {k}, qvoiced)[2] > qbase_v]
    qf, qt = max((score(qarts, qprobs, u, set(qkinds), qvoiced)[2], u) for u in THRESHOLDS)
    print(f"quotes scope (cross-validated): rules {qbase:.4f}, with {qkinds}{' and voiced' if qvoiced else ''} "
          f"at {qt}: {qf:.4f}")
    spec = {"about": "quotes_learned candidates scorer, trained by benchmarks/train_quote_classifier.py",
            "threshold": t, "bias": round(bias, 4), "quotes_kinds": qkinds, "quotes_threshold": qt,
            "quotes_voiced": qvoiced,
            "weights": _rounded(weights)}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(spec, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {args.out} ({len(spec['weights'])} weights)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

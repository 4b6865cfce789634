"""Named entities and their merging, against MEANTIME English (cross-document annotation),
or ECB+ (participants and locations with cross-document coreference).

    .venv/bin/python benchmarks/annotate_entities.py [--data meantime|ecbplus] [--corpus NAME]
        [--limit N] [--errors K]

Data: ../shared/data/temporal/meantime_en/intra_cross-doc_annotation/corpus_*/*.xml: 120
Wikinews articles in 4 topic corpora, token-level XML; `ENTITY_MENTION`s (syntactic_type NAM
for names) linked by `REFERS_TO` to `ENTITY` instances whose `instance_id` is shared across
the documents of a corpus. A corpus is one run: `merge_entities` is applied to its articles.

The text is rebuilt from the tokens (no space before closing punctuation, none after opening
brackets), so offsets are exact. Only NAM mentions of PER, ORG and LOC entities are scored
(MEANTIME's PRO/FIN/MIX are products, financial and mixed entities, outside our types).

What is measured:
- recall: a gold name mention is found when one of our mentions covers its last token (names
  end in their head: "U.S. automaker Chrysler");
- type accuracy over found mentions: PER = PERSON; ORG = ORG, GROUP (or NORP); LOC = GPE, LOC,
  FAC; beside spaCy's raw labels on the same mentions;
- coreference over found mentions, per corpus (cross-document), B-cubed F1 of our canonical
  names against gold instance ids; beside the baseline "same normalised string = same entity";
  and within documents only.

ECB+ (`--data ecbplus`, ../shared/data/ecbplus/topics/<t>/*.xml; a topic is one run): only
some sentences are annotated and names are not marked apart from descriptions, so gold
mentions are the participant (HUMAN_PART_PER/ORG/GPE) and location (LOC_*) mentions whose
words are all capitalised; coreference is scored on those with a `CROSS_DOC_COREF` instance.
"""
from __future__ import annotations

import argparse
import sys
import time
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "temporal" / "meantime_en" / "intra_cross-doc_annotation"
NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", ")", "]", "'s", "’s", "n't", "%", "'", "''"}
NO_SPACE_AFTER = {"(", "[", "$", "``"}
TYPE_OK = {"PER": {"PERSON"}, "ORG": {"ORG", "GROUP", "NORP"}, "LOC": {"GPE", "LOC", "FAC"}}
SPACY_OK = {"PER": {"PERSON"}, "ORG": {"ORG", "NORP"}, "LOC": {"GPE", "LOC", "FAC"}}


def load_doc(path: Path):
    root = ET.parse(path).getroot()
    text, offsets = "", {}
    prev_sentence, prev_tok = None, None
    for tok in root.iter("token"):
        word = tok.text or ""
        sentence = tok.get("sentence")
        if prev_tok is not None:
            if sentence != prev_sentence:
                text += "\n" if prev_sentence == "0" else " "
            elif word not in NO_SPACE_BEFORE and prev_tok not in NO_SPACE_AFTER:
                text += " "
        offsets[tok.get("t_id")] = (len(text), len(text) + len(word))
        text += word
        prev_sentence, prev_tok = sentence, word
    entities = {}
    for ent in root.iter("ENTITY"):
        entities[ent.get("m_id")] = (ent.get("ent_type"), ent.get("instance_id") or ent.get("m_id"))
    targets = {}
    for ref in root.iter("REFERS_TO"):
        target = ref.find("target")
        if target is None:
            continue
        for src in ref.findall("source"):
            targets[src.get("m_id")] = target.get("m_id")
    gold = []
    for men in root.iter("ENTITY_MENTION"):
        if men.get("syntactic_type") != "NAM":
            continue
        toks = [a.get("t_id") for a in men.findall("token_anchor")]
        ent = entities.get(targets.get(men.get("m_id")))
        if not toks or ent is None or ent[0] not in TYPE_OK:
            continue
        start, end = offsets[toks[0]][0], offsets[toks[-1]][1]
        head = offsets[toks[-1]]
        gold.append({"start": start, "end": end, "head": head, "type": ent[0], "instance": ent[1]})
    return root.get("doc_id"), text, gold


ECB = ROOT.parent / "shared" / "data" / "ecbplus" / "topics"
ECB_TYPES = {"HUMAN_PART_PER": "PER", "HUMAN_PART_ORG": "ORG", "HUMAN_PART_GPE": "LOC",
             "LOC_GEO": "LOC", "LOC_FAC": "LOC", "LOC_OTHER": "LOC"}
LOWER_OK = {"of", "the", "and", "de", "for", "'s", "’s", "-", "&", "al", "bin", "van", "von", "."}


def load_ecb(path: Path):
    """An ECB+ document: participants and locations whose words are all capitalised (names;
    ECB+ does not mark names apart from descriptions), keyed by their cross-document
    instance (`CROSS_DOC_COREF` note), else by the document."""
    root = ET.parse(path).getroot()
    text, offsets, prev_sentence, prev_tok = "", {}, None, None
    for tok in root.iter("token"):
        word = tok.text or ""
        sentence = tok.get("sentence")
        if prev_tok is not None:
            if sentence != prev_sentence:
                text += "\n"
            elif word not in NO_SPACE_BEFORE and prev_tok not in NO_SPACE_AFTER:
                text += " "
        offsets[tok.get("t_id")] = (len(text), len(text) + len(word))
        text += word
        prev_sentence, prev_tok = sentence, word
    words = {tok.get("t_id"): tok.text or "" for tok in root.iter("token")}
    instance = {}
    for ref in root.iter("CROSS_DOC_COREF"):
        for src in ref.findall("source"):
            instance[src.get("m_id")] = ref.get("note")
    markables = root.find("Markables")
    gold = []
    for men in (markables if markables is not None else []):
        kind = ECB_TYPES.get(men.tag)
        toks = [a.get("t_id") for a in men.findall("token_anchor")]
        if kind is None or not toks:
            continue
        ws = [words[t] for t in toks]
        if not all(w[:1].isupper() or w.lower() in LOWER_OK or w.isdigit() for w in ws) \
                or not ws[0][:1].isupper():
            continue
        start, end = offsets[toks[0]][0], offsets[toks[-1]][1]
        key = instance.get(men.get("m_id")) or f"{path.name}/{men.get('m_id')}"
        gold.append({"start": start, "end": end, "head": offsets[toks[-1]], "type": kind,
                     "instance": key, "linked": men.get("m_id") in instance})
    return path.stem, text, gold


def b_cubed(pairs: list[tuple[str, str]]) -> tuple[float, float, float]:
    """pairs: (gold cluster, predicted cluster) per mention."""
    if not pairs:
        return 0.0, 0.0, 0.0
    by_gold, by_pred = defaultdict(list), defaultdict(list)
    for i, (g, p) in enumerate(pairs):
        by_gold[g].append(i)
        by_pred[p].append(i)
    precision = recall = 0.0
    for g, p in pairs:
        same = len(set(by_gold[g]) & set(by_pred[p]))
        precision += same / len(by_pred[p])
        recall += same / len(by_gold[g])
    precision, recall = precision / len(pairs), recall / len(pairs)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", choices=("meantime", "ecbplus"), default="meantime")
    parser.add_argument("--corpus", default=None, help="one corpus folder (corpus_gm) or ECB+ topic")
    parser.add_argument("--limit", type=int, default=0, help="documents per corpus")
    parser.add_argument("--errors", type=int, default=0, help="print K type and merge errors")
    args = parser.parse_args(argv)
    base, loader = (DATA, load_doc) if args.data == "meantime" else (ECB, load_ecb)
    if not base.exists():
        print(f"{base} is absent: evaluation data lives in ../shared beside the repository")
        return 0
    from consilience.annotate.entities import find_entities, merge_entities
    from consilience.annotate.entities_rules import norm
    from consilience.annotate.nlp import load_nlp
    from consilience.model import Article

    nlp = load_nlp()
    corpora = sorted((p for p in base.iterdir() if p.is_dir()), key=lambda p: (len(p.name), p.name))
    if args.corpus:
        corpora = [p for p in corpora if p.name == args.corpus]
    totals = Counter()
    coref_all, coref_base, coref_doc = [], [], []
    type_errors, parse_s, entity_s, docs_n = [], 0.0, 0.0, 0
    for corpus in corpora:
        paths = sorted(corpus.glob("*.xml"))
        if args.limit:
            paths = paths[:args.limit]
        loaded = [loader(p) for p in paths]
        articles, spacy_spans = [], []
        for doc_id, text, _ in loaded:
            t0 = time.perf_counter()
            doc = nlp(text)
            t1 = time.perf_counter()
            article = Article(id=f"{corpus.name}/{doc_id}", origin=str(corpus), text=text)
            article = replace(article, entities=find_entities(article, doc))
            entity_s += time.perf_counter() - t1
            parse_s += t1 - t0
            docs_n += 1
            articles.append(article)
            spacy_spans.append([(e.start_char, e.end_char, e.label_) for e in doc.ents])
        t0 = time.perf_counter()
        merged = merge_entities(articles)
        entity_s += time.perf_counter() - t0
        for (doc_id, text, gold), article, raw in zip(loaded, merged, spacy_spans):
            mentions = [(m.start, m.end, e) for e in article.entities for m in e.mentions]
            for g in gold:
                totals["gold"] += 1
                h0, h1 = g["head"]
                hit = [x for x in mentions if x[0] < h1 and h0 < x[1]]
                raw_hit = [x for x in raw if x[0] < h1 and h0 < x[1]]
                if raw_hit:
                    totals["spacy_found"] += 1
                    totals["spacy_type_ok"] += raw_hit[0][2] in SPACY_OK[g["type"]]
                if not hit:
                    continue
                start, end, entity = max(hit, key=lambda x: (min(x[1], g["end"]) - max(x[0], g["start"])))
                totals["found"] += 1
                ok = entity.type in TYPE_OK[g["type"]]
                totals["type_ok"] += ok
                if not ok:
                    type_errors.append((g["type"], entity.type, text[start:end], article.id))
                if not g.get("linked", True):
                    continue  # ECB+: a mention with no cross-document instance is not scored
                key = f"{corpus.name}/{g['instance']}"
                coref_all.append((key, f"{corpus.name}/{entity.canonical}"))
                coref_base.append((key, f"{corpus.name}/{norm(text[start:end])}"))
                coref_doc.append((f"{article.id}/{g['instance']}", f"{article.id}/{entity.canonical}"))
    found = totals["found"]
    label = "MEANTIME English" if args.data == "meantime" else "ECB+"
    print(f"{label}, {docs_n} documents, {len(corpora)} corpora; "
          f"{totals['gold']} gold name mentions (PER/ORG/LOC)")
    print(f"  recall of name mentions     {found / max(1, totals['gold']):.3f}"
          f"   (spaCy alone {totals['spacy_found'] / max(1, totals['gold']):.3f})")
    print(f"  type accuracy (found)       {totals['type_ok'] / max(1, found):.3f}"
          f"   (spaCy labels {totals['spacy_type_ok'] / max(1, totals['spacy_found']):.3f})")
    p, r, f = b_cubed(coref_all)
    bp, br, bf = b_cubed(coref_base)
    dp, dr, df = b_cubed(coref_doc)
    print(f"  cross-doc coreference B3    P {p:.3f} R {r:.3f} F1 {f:.3f}"
          f"   (same-string baseline F1 {bf:.3f}: P {bp:.3f} R {br:.3f})")
    print(f"  within-doc coreference B3   P {dp:.3f} R {dr:.3f} F1 {df:.3f}")
    print(f"  speed: spaCy parse {docs_n / max(parse_s, 1e-9):.1f} docs/s; entities on a parsed doc "
          f"+ run merge {docs_n / max(entity_s, 1e-9):.1f} docs/s")
    if args.errors:
        print("type errors (gold, ours, text, doc):")
        for err in Counter(type_errors).most_common(args.errors):
            print("  ", err)
        merges = defaultdict(set)
        for g, pcanon in coref_all:
            merges[pcanon].add(g)
        print("predicted entities joining several gold instances:")
        shown = 0
        for pcanon, gs in sorted(merges.items(), key=lambda kv: -len(kv[1])):
            if len(gs) > 1 and shown < args.errors:
                print("  ", pcanon, sorted(gs)[:4])
                shown += 1
        splits = defaultdict(set)
        for g, pcanon in coref_all:
            splits[g].add(pcanon)
        print("gold instances split over several predicted entities:")
        shown = 0
        for g, ps in sorted(splits.items(), key=lambda kv: -len(kv[1])):
            if len(ps) > 1 and shown < args.errors:
                print("  ", g, sorted(ps)[:5])
                shown += 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

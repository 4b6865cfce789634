"""Entity mentions of one parsed article: spaCy's entities, trimmed and corrected.

Corrections are general rules (see `entities_rules`): a name followed by a group noun is a
group ("X network"); izafe compounds ("Xxx-e-Yyy") are not people; a name after "operation"
is an event; names listed after "groups like" are groups; organisation/facility labels on a
known place name (packaged gazetteers) become GPE/LOC; a person's preceding title is kept
as its role; an acronym in parentheses brings its long form; credits are dropped.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from . import entities_rules as R
from .entities_context import (countries, demonym_like, descriptor, group_apposition,
                               in_group_enumeration, strip_leading_title, title_before,
                               word_before)
from .entities_rules import QUOTE_CHARS, norm

KEEP_LABELS = ("PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT")
DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those"})
POSSESSIVE = frozenset({"'s", "’s", "'", "’"})


@dataclass
class Mention:
    start: int
    end: int
    form: str
    type: str
    group_evidence: bool = False
    title: Optional[str] = None
    titled_form: Optional[str] = None
    long_form: bool = False
    before: str = ""  # a one-word person's sentence up to the mention, lower-cased


def find_mentions(doc, text: str) -> list[Mention]:
    credits = R.credit_ranges(text)
    caps = [tok for tok in doc if tok.text[:1].isupper()]  # every token scan looks only at these
    demonyms = {norm(e.text) for e in doc.ents if e.label_ == "NORP"}
    out: list[Mention] = []
    title_ranges: list[tuple[int, int]] = []
    for s0, e, label in _candidate_spans(doc, caps, text):
        s, e = _trim(doc, s0, e)
        if s >= e:
            continue
        s, label = strip_leading_title(doc, s, e, label)
        if any(t.like_url or t.like_email or "@" in t.text for t in doc[s:e]):
            continue  # "Twitter @handle", addresses: not names
        if label == "PERSON":
            e = _cut_person(doc, s, e)
            label = _person_head_fix(doc[e - 1].lower_, label)
            if all(t.lower_.rstrip(".") in R.ROLE_HEADS or t.lower_ in R.ROLE_HEADS
                   or t.lower_ in R.ROLE_MODIFIERS or t.is_punct for t in doc[s:e]):
                continue  # "Sgt", "President": a title alone names no one here
        group = False
        # a group's name: "X network", "X Network" (a capitalised "Group" or "Network" ends
        # company names too: those stay organisations unless the words around say more)
        if doc[e - 1].lower_ in R.GROUP_HEADS and e - s > 1:
            if doc[e - 1].is_lower or doc[e - 1].lower_ in R.ARMED_HEADS:
                label, group = "GROUP", True
            elif label in ("FAC", "PERSON", "GPE", "LOC", "NORP"):
                label = "ORG"
        elif e < len(doc) and doc[e].lower_ in R.GROUP_HEADS and not demonym_like(doc[s:e].text):
            e += 1
            label, group = "GROUP", True
        elif e < len(doc) and doc[e].lower_ in R.GROUP_MEMBERS and label in ("ORG", "PERSON", "NORP", "FAC") \
                and not demonym_like(doc[s:e].text):
            label, group = "GROUP", True
        form = doc[s:e].text
        if label == "PERSON" and e - s == 1 and e < len(doc) and doc[e].lower_ in R.ORG_ROLES:
            label = "ORG"  # "Xyz CEO Jane Doe": Xyz is the company
        if label in ("PERSON", "FAC", "ORG", "NORP") and R.IZAFE.match(form.strip(QUOTE_CHARS)):
            if label != "ORG" or not group:
                label = "ORG" if not group else "GROUP"
        if label in ("PERSON", "ORG", "FAC") and (
            doc[s].lower_ in R.EVENT_CUES or word_before(doc, s) in R.EVENT_CUES
        ):
            label = "EVENT"
        if not group and label in ("ORG", "PERSON", "NORP", "FAC") and not demonym_like(form) \
                and (in_group_enumeration(doc, s, e) or group_apposition(doc, e)):
            label, group = "GROUP", True
        if label in ("ORG", "FAC", "PERSON") and not group:
            place = R.place_type(form)
            words = form.split()
            if place and (label != "PERSON" or form.lower() in countries()
                          or (e - s == 1 and _placed(doc, s, e))):
                label = place
            elif label in ("ORG", "FAC") and form.endswith("s") and norm(form[:-1]) in demonyms:
                label = "NORP"
            elif label in ("ORG", "FAC") and len(words) > 1 and words[-1].lower() in R.REGION_WORDS:
                label = "LOC"  # "Northern Coastal Provinces"
            elif label == "PERSON" and len(words) > 1 and demonym_like(words[0]):
                label = "ORG"  # "Kenyan Xyz": a nationality does not begin a person's name
        start, end = doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text)
        m = Mention(start, end, text[start:end], label, group)
        if label == "PERSON":
            title = title_before(doc, s, s0)
            if title is not None:
                t_start, t_end, role = title
                m.title = role
                m.titled_form = text[t_start:end]
                title_ranges.append((t_start, t_end))
        elif label in ("ORG", "GROUP"):
            described = descriptor(doc, s, e)
            if described is not None:
                m.title, m.titled_form = described
        out.append(m)
    out.extend(_parenthesised_long_forms(doc, caps, text, out))
    out.extend(_acronym_tokens(doc, caps, text, out))
    _repair_name_parts(doc, caps, text, out)
    out.sort(key=lambda m: (m.start, m.end))
    _qualify_groups(text, out)
    kept = []
    for m in out:
        if any(a < m.end and m.start < b for a, b in credits):
            continue
        if m.type not in ("PERSON", "GPE", "NORP", "LOC") and any(
            a <= m.start and m.end <= b for a, b in title_ranges
        ):
            continue  # "State" in "Secretary of State", "Police" in "Police Chief"
        kept.append(m)
    # a long form found from "(ACR)" replaces partial entities inside it
    longs = [m for m in kept if m.long_form]
    kept = [m for m in kept if m.long_form
            or not any(lf.start <= m.start and m.end <= lf.end for lf in longs)]
    # mentions never overlap: the longer one stays
    final: list[Mention] = []
    for m in sorted(kept, key=lambda m: (m.start, -(m.end - m.start))):
        if final and m.start < final[-1].end:
            continue
        final.append(m)
    for m in final:
        if m.type == "PERSON" and " " not in m.form:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None:
                m.before = text[span.sent.start_char:m.start].lower()
    return final


def _placed(doc, s: int, e: int) -> bool:
    """The words around a one-word name make it a place: after 'in', 'from', 'near' ... or
    beside another known place ('Multan and Quetta')."""
    if word_before(doc, s) in R.PLACE_PREPOSITIONS - {"of"}:
        return True
    for conj, other in ((e, e + 1), (s - 1, s - 2)):
        if 0 <= min(conj, other) and max(conj, other) < len(doc) \
                and doc[conj].lower_ in ("and", "or", ",") and doc[other].is_title \
                and R.place_type(doc[other].text):
            return True
    return False


def _cut_person(doc, s: int, e: int) -> int:
    """A person's name has no lower-case words but particles ('Giddings shot Sgt' is
    'Giddings'): cut at the first other one."""
    for k in range(s + 1, e):
        tok = doc[k]
        if tok.is_lower and tok.is_alpha and doc[k - 1].whitespace_ \
                and tok.lower_ not in R.NAME_PARTICLES:
            return k
    return e


def _person_head_fix(last: str, label: str) -> str:
    """'Stroger Hospital', 'Wayne County' tagged as people: the last word says what it is."""
    if last in R.FACILITY_WORDS:
        return "FAC"
    if last in R.ADMIN_AREA_WORDS:
        return "GPE"
    if last in R.ORG_WORDS:
        return "ORG"
    return label


def _candidate_spans(doc, caps, text: str) -> list[tuple[int, int, str]]:
    """Token ranges to consider: spaCy's entities, izafe compounds it split or missed
    ("Xxx-ul-Yyy"), and known place names it left untagged after a preposition or beside
    another place ("in X", "X and Quetta")."""
    spans = [(ent.start, ent.end, ent.label_) for ent in doc.ents if ent.label_ in KEEP_LABELS]
    for match in R.IZAFE_IN_TEXT.finditer(text):
        cs = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if cs is None:
            continue
        overlapping = [sp for sp in spans if sp[0] < cs.end and cs.start < sp[1]]
        if any(sp[0] <= cs.start and cs.end <= sp[1] for sp in overlapping):
            continue
        start = min([cs.start] + [sp[0] for sp in overlapping])
        end = max([cs.end] + [sp[1] for sp in overlapping])
        spans = [sp for sp in spans if sp not in overlapping] + [(start, end, "ORG")]
    taken = {i for s, e, _ in spans for i in range(s, e)}
    for tok in caps:
        if tok.i in taken or tok.pos_ != "PROPN" or not tok.is_title:
            continue
        place = R.place_type(tok.text)
        if not place or tok.is_sent_start:
            continue
        prev = doc[tok.i - 1].lower_
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        beside_place = nxt is not None and nxt.lower_ in ("and", "or", ",") and tok.i + 2 < len(doc) \
            and doc[tok.i + 2].ent_type_ in ("GPE", "LOC", "ORG", "FAC") \
            and R.place_type(doc[tok.i + 2].text)
        if prev in R.PLACE_PREPOSITIONS or beside_place:
            spans.append((tok.i, tok.i + 1, place))
    return sorted(spans)


def _acronym_tokens(doc, caps, text: str, found: list[Mention]) -> list[Mention]:
    """Acronyms spaCy left untagged or mislabelled ("JuA" as WORK_OF_ART) whose long form
    is a mention of the article."""
    longs = [m for m in found if " " in m.form or "-" in m.form]
    covered = [(m.start, m.end) for m in found]
    out = []
    for tok in caps:
        if not R.looks_like_acronym(tok.text):
            continue
        start, end = tok.idx, tok.idx + len(tok.text)
        if any(a < end and start < b for a, b in covered):
            continue
        for m in longs:
            if R.is_acronym_of(tok.text, m.form):
                out.append(Mention(start, end, tok.text, m.type, m.group_evidence))
                break
    return out


def _repair_name_parts(doc, caps, text: str, found: list[Mention]) -> None:
    """A person's surname or given name elsewhere in the article is that person, whatever
    label spaCy gave it ('Dar' tagged GPE, 'Later Dar' ORG) or if it left it untagged. A
    one-word 'person' that is no person's name but begins an organisation's name of the
    article ('Ford' beside 'Ford Motor Company') is that organisation."""
    parts = set()
    for m in found:
        if m.type == "PERSON" and 1 < len(m.form.split()) <= 3:
            parts.update(w for w in m.form.split() if w[:1].isupper() and len(w) > 2)
    org_heads = {m.form.split()[0] for m in found
                 if m.type in ("ORG", "GROUP") and len(m.form.split()) > 1}
    for m in found:
        if m.type == "PERSON" and " " not in m.form and m.form not in parts and m.form in org_heads:
            m.type = "ORG"
    if not parts:
        return
    for m in found:
        if m.type == "PERSON" or m.long_form:
            continue
        words = m.form.split()
        if len(words) > 2 or not words or words[-1] not in parts or R.big_place(words[-1]):
            continue
        if len(words) == 1 or _is_adverb(doc, m.start, words[0]):
            last = words[-1]
            m.start = m.end - len(last)
            m.form, m.type, m.group_evidence = last, "PERSON", False
    covered = [(m.start, m.end) for m in found]
    for tok in caps:
        if tok.text not in parts or tok.pos_ != "PROPN":
            continue
        start, end = tok.idx, tok.idx + len(tok.text)
        if any(a < end and start < b for a, b in covered):
            continue
        found.append(Mention(start, end, tok.text, "PERSON"))


def _is_adverb(doc, start: int, word: str) -> bool:
    span = doc.char_span(start, start + len(word), alignment_mode="expand")
    return span is not None and len(span) == 1 and span[0].pos_ in ("ADV", "SCONJ", "CCONJ", "INTJ")


def _qualify_groups(text: str, found: list[Mention]) -> None:
    """A nationality qualifies a group: "Somali and Kenyan Xs" names the Somali Xs
    too; "Somalia's Xs" is the Somali Xs when the article also qualifies X by a
    nationality ("Kenyan Xs"). The mention keeps its span; its form says which group it is."""
    qualified: dict[str, list[Mention]] = {}
    for m in found:
        words = m.form.split()
        if m.type in ("ORG", "GROUP") and len(words) >= 2 and demonym_like(words[0]):
            qualified.setdefault(norm(" ".join(words[1:])), []).append(m)
    if not qualified:
        return
    demonyms = [m.form.split()[0] for m in found
                if m.type in ("NORP", "ORG", "GROUP") and demonym_like(m.form.split()[0])]
    starts = {m.start: m for m in found}
    added: list[Mention] = []
    dropped: set[int] = set()
    for i, m in enumerate(found):
        nxt = found[i + 1] if i + 1 < len(found) else None
        between = text[m.end:nxt.start] if nxt else ""
        rest = " ".join(nxt.form.split()[1:]) if nxt else ""
        # "Afghan" + "Xs" tagged apart, when the article names "Afghan Xs" elsewhere
        if nxt and m.type == "NORP" and demonym_like(m.form) and between == " " \
                and nxt.type in ("ORG", "GROUP") and norm(nxt.form) in qualified:
            added.append(Mention(m.start, nxt.end, text[m.start:nxt.end], nxt.type,
                                 nxt.group_evidence))
            dropped.update((id(m), id(nxt)))
            continue
        # "Somali and Kenyan Xs"
        if nxt and m.type == "NORP" and demonym_like(m.form) and " " not in m.form.strip() \
                and re.fullmatch(r"\s*(?:,\s*)?(?:and|or|,)\s*", between) \
                and any(q is nxt for q in qualified.get(norm(rest), ())):
            m.form = f"{m.form} {rest}"
            m.type, m.group_evidence = nxt.type, nxt.group_evidence
            continue
        if m.type != "GPE":
            continue
        # "Somalia's Xs"
        after = re.match(r"['’]s?\s+([A-Z][\w-]+(?: [A-Z][\w-]+)?)", text[m.end:])
        if not after:
            continue
        x_start = m.end + after.start(1)
        x_form = after.group(1)
        if norm(x_form) not in qualified:
            x_form = x_form.split()[0]
            if norm(x_form) not in qualified:
                continue
        demonym = next((d for d in demonyms if d.lower().startswith(m.form.lower()[:5])), None)
        if demonym is None:
            continue
        kind = qualified[norm(x_form)][0]
        target = starts.get(x_start)
        if target is None:
            target = Mention(x_start, x_start + len(x_form), x_form, kind.type, kind.group_evidence)
            added.append(target)
        elif target.type not in ("ORG", "GROUP"):
            continue
        target.titled_form = text[m.start:target.end]
        target.form = f"{demonym} {x_form}"
    found[:] = [m for m in found if id(m) not in dropped] + added
    found.sort(key=lambda m: (m.start, m.end))


def _trim(doc, s: int, e: int) -> tuple[int, int]:
    while s < e and (doc[s].lower_ in DETERMINERS or doc[s].is_punct or doc[s].is_space):
        s += 1
    while e > s and (doc[e - 1].text in POSSESSIVE or doc[e - 1].is_space
                     or (doc[e - 1].is_punct and doc[e - 1].text != ".")
                     or doc[e - 1].text in QUOTE_CHARS):
        e -= 1
    return s, e


def _parenthesised_long_forms(doc, caps, text: str, found: list[Mention]) -> list[Mention]:
    """'Northern Frontier Agencies (NFA)': the words before an acronym in
    parentheses whose initials spell it form the acronym's long form. Returns the new
    mentions (the long form, and the acronym when spaCy left it untagged)."""
    out = []
    by_span = {(m.start, m.end): m for m in found}
    for tok in caps:
        if not R.looks_like_acronym(tok.text):
            continue
        start, end = tok.idx, tok.idx + len(tok.text)
        before = text[:start].rstrip()
        if not before.endswith("(") or not text[end:].lstrip().startswith(")"):
            continue
        head = before[:-1].rstrip()
        words = list(re.finditer(r"[A-Za-z][\w'’]*(?:-[\w'’]+)*", head[-200:]))
        offset = len(head) - len(head[-200:])
        for k in range(1, min(len(words), len(tok.text) + 4) + 1):
            span_words = words[-k:]
            if not span_words[0].group(0)[0].isupper():
                continue
            long_start = offset + span_words[0].start()
            long_end = offset + span_words[-1].end()
            long_form = text[long_start:long_end]
            if "\n" in long_form or not R.is_acronym_of(tok.text, long_form):
                continue
            inside = [m for m in found if long_start <= m.start and m.end <= long_end]
            acronym = by_span.get((start, end))
            last = long_form.split()[-1].lower()
            type_ = R.place_type(long_form) or ("LOC" if last in R.PLACE_WORDS else None) \
                or next((m.type for m in inside), None) or (acronym.type if acronym else "ORG")
            group = any(m.group_evidence for m in inside) or bool(acronym and acronym.group_evidence)
            if type_ == "GROUP":
                group = True
            lm = Mention(long_start, long_end, long_form, type_, group)
            lm.long_form = True
            lm.titled_form = text[long_start:end + text[end:].index(")") + 1]  # "Long (ACR)"
            out.append(lm)
            if acronym is None:
                out.append(Mention(start, end, tok.text, type_, group))
            else:
                acronym.type, acronym.group_evidence = type_, group
            break
    return out

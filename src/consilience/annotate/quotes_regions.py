"""Quotations joined to attributions: a quotation inside a cue's content makes it direct or
mixed; one outside takes a nearby speech cue, leads a split quotation, or continues the
speaker quoted just before it; scare quotes and quoted titles are left out."""
from __future__ import annotations

import re
from typing import Optional

from .quotes_cues import QUOTE_CHARS, Attribution, QuoteRegion, doc_text, trim, word_count

SCARE_MAX_WORDS = 4  # a cue-less quotation this short is a scare quote
CONTINUE_SENTS = 2  # a cue-less quotation this close after a quoted speaker continues them
_WRITER_GOES_ON = re.compile(r"['\u2019\"\u201d]*\s*(?:(?:[,;\u2014\u2013-]\s*)?(?:but|and yet|yet|although|though|while)\b|[.!?])",
                             re.IGNORECASE)


def attach_regions(doc, text: str, atts: list[Attribution], regions: list[QuoteRegion],
                    inside: set[int]) -> tuple[list[Attribution], list[Attribution]]:
    """Quotations into attributions; returns the attributions and the speech cues left bare."""
    with_content = [a for a in atts if a.parts]
    bare = [a for a in atts if not a.parts]
    used_bare: set[int] = set()
    placed: list[Attribution] = []
    rest = []
    for r in regions:  # first: quotations inside a cue's content
        # the innermost content holding it: '"X noted, his wife whispered: "..."' is the wife's
        found = min(((a, k) for a in with_content for k, (ps, pe) in enumerate(a.parts)
                     if ps < r.end and r.start < pe), key=lambda ak: ak[0].parts[ak[1]][1] - ak[0].parts[ak[1]][0],
                    default=None)
        if found is None:
            rest.append(r)
            continue
        host, k = found
        s, e = host.parts[k]
        if r.start <= s + 2 and r.end >= e - 2:  # the quotation is all of the content
            host.kind = "direct" if host.kind != "mixed" else "mixed"
            host.parts[k] = trim(text, min(s, r.start), max(e, r.end))
        elif r.start <= s + 2 and _WRITER_GOES_ON.match(text, min(len(text), r.close_at + 1)):
            # '"A," but in fact B': the quotation is the content, the rest is the writer's
            host.kind = "direct" if host.kind != "mixed" else "mixed"
            host.parts[k] = trim(text, s, r.end)
        else:  # part of the content is quoted: mixed; a quotation running on widens it
            host.kind = "mixed"
            if r.end > e:
                host.parts[k] = (s, trim(text, s, r.end)[1])
        host.regions.append(r)
    for r in rest:
        words = word_count(text[r.start:r.end])
        if words < 1:
            continue
        part = trim(text, r.start, r.end)
        lead = _leading(text, r, with_content)
        if lead is not None:  # "A," said X, "B": the cue's content is B, A goes with it
            lead.parts.append(part)
            lead.regions.append(r)
            continue
        if _title_like(text, r):  # a quoted title ("Meet the Press") is no quotation
            continue
        short = words <= SCARE_MAX_WORDS and not _sentence_like(text, r)
        cue = _nearest_cue(doc, r, bare, used_bare, inside, text if short else None) or \
            _colon_intro(doc, text, r, bare, used_bare)
        if cue is not None:
            used_bare.add(id(cue))
            cue.parts.append(part)
            cue.regions.append(r)
            placed.append(cue)
            continue
        # a quotation with no cue of its own continues the speaker quoted just before it
        prev = _previous_direct(doc, r, with_content + placed)
        if prev is not None and (words > SCARE_MAX_WORDS or _sentence_like(text, r)):
            later = _later_cue(text, prev, r, with_content)
            if later is not None:  # '"A," he said, adding that B. "C."': C goes on from B
                later.kind = "mixed"
                later.parts.append(part)
                later.regions.append(r)
            elif _adjacent(text, prev, r):
                prev.parts.append(part)
                prev.regions.append(r)
            else:
                placed.append(Attribution(prev.cue, prev.cue_start, prev.cue_end, [part],
                                          kind="direct", regions=[r], follows=prev))
    for att in with_content + placed:
        att.parts.sort()
        att.regions.sort(key=lambda q: q.start)
    return with_content + placed, [a for a in bare if id(a) not in used_bare]


def _leading(text: str, r: QuoteRegion, hosts: list[Attribution]) -> Optional[Attribution]:
    """A direct attribution whose cue and speaker directly follow `r`, then its quotation."""
    for host in hosts:
        if host.kind != "direct" or not host.regions or host.follows is not None:
            continue
        first = min(host.regions, key=lambda q: q.start)
        if not (r.close_at < host.cue_start < first.open_at):
            continue
        between = text[r.close_at:first.open_at].strip("'\u2019\"\u201d ")
        if "\n" in between or len(between) > 300 or any(ch in between for ch in '"\u201c\u201d'):
            continue
        comma = between.startswith(",") or text[r.start:r.end].rstrip().endswith(",")
        if comma and between.rstrip().endswith((",", ":")):
            return host
    return None


def _title_like(text: str, r: QuoteRegion) -> bool:
    """A short quotation in title case: the name of a show, book or film."""
    words = re.findall(r"[A-Za-z][\w'’-]*", text[r.start:r.end])
    if not 1 <= len(words) <= 8:
        return False
    small = {"a", "an", "the", "of", "and", "or", "in", "on", "to", "for", "with", "at", "by", "from"}
    content = [w for w in words if w.lower() not in small or w is words[0]]
    return len(content) >= 2 and all(w[0].isupper() for w in content)


def _sentence_like(text: str, r: QuoteRegion) -> bool:
    """A quotation that is a sentence of its own: capitalised, closed by . ! or ?"""
    inner = text[r.start:r.end].strip().rstrip(",")
    return word_count(inner) >= 2 and inner[:1].isupper() and inner[-1:] in ".!?"


def _sent_range(doc, r: QuoteRegion) -> tuple[int, int]:
    first = doc.char_span(r.open_at, r.open_at + 1, alignment_mode="expand")
    last = doc.char_span(max(r.open_at, r.close_at - 1), min(len(doc_text(doc)), r.close_at + 1),
                         alignment_mode="expand")
    if first is None or last is None:
        return 0, 0
    end = last[-1].sent.end
    # `"... !" Maher replied.` is often split after the quotation: a cue among the first
    # words of the next sentence of the same paragraph still counts
    if end < len(doc) and "\n" not in doc_text(doc)[doc[end - 1].idx:doc[end].idx]:
        end = min(doc[end].sent.end, end + 4)
    return first[0].sent.start, end


def _nearest_cue(doc, r: QuoteRegion, bare: list[Attribution], used: set[int], inside: set[int],
                 short_text: Optional[str] = None) -> Optional[Attribution]:
    """The closest speech cue outside quotation marks in the sentences `r` touches. A short
    quotation (`short_text` given) only takes a cue set off from it by punctuation alone
    (`said: "..."`, `"...," he said`), so a scare quote never does."""
    a, b = _sent_range(doc, r)
    lo, hi = doc[a].idx if a < len(doc) else 0, doc[b - 1].idx + len(doc[b - 1].text) if b > 0 else 0
    best, best_d = None, None
    for cue in bare:
        if id(cue) in used or not cue.speech or not (lo <= cue.cue_start < hi):
            continue
        d = r.open_at - cue.cue_end if cue.cue_end <= r.open_at else cue.cue_start - r.close_at
        if d < 0:
            continue
        text = doc_text(doc)
        gap_text = text[cue.cue_end:r.open_at] if cue.cue_end <= r.open_at else text[r.close_at:cue.cue_start]
        if "\n" in gap_text and not (cue.cue_end <= r.open_at and not gap_text.strip(" \t\n:")
                                     and text[cue.cue_end:r.open_at].strip().startswith(":")):
            continue  # only "He said:" may introduce a quotation on the next line
        if short_text is not None:
            before = cue.cue_end <= r.open_at
            gap = short_text[cue.cue_end:r.open_at] if before else short_text[r.close_at:cue.cue_start]
            set_off = gap.strip().startswith(",") or short_text[r.start:r.end].rstrip().endswith((",", "?", "!"))
            if before and gap.strip(" ,:") or (not before and not set_off):  # '"Never," he said'
                continue
        if best_d is None or d < best_d:
            best, best_d = cue, d
    return best


def _colon_intro(doc, text: str, r: QuoteRegion, bare: list[Attribution], used: set[int]) -> Optional[Attribution]:
    """A quotation opening a paragraph after one that ends in a colon takes the speech cue of
    that colon's sentence ("X said in a statement about Y:" / "\"...\"")."""
    line_start = text.rfind("\n", 0, r.open_at) + 1
    before = text[:line_start].rstrip()
    if text[line_start:r.open_at].strip() or not before.endswith(":"):
        return None
    colon = doc.char_span(len(before) - 1, len(before), alignment_mode="expand")
    if colon is None:
        return None
    sent = colon[0].sent
    cands = [c for c in bare if id(c) not in used and c.speech and sent.start_char <= c.cue_start < sent.end_char]
    return max(cands, key=lambda c: c.cue_start) if cands else None


def _previous_direct(doc, r: QuoteRegion, atts: list[Attribution]) -> Optional[Attribution]:
    before = [a for a in atts if a.kind == "direct" and a.regions and a.end <= r.open_at + 1]
    if not before:
        return None
    prev = max(before, key=lambda a: a.end)
    span = doc.char_span(prev.end - 1, prev.end, alignment_mode="expand")
    here = doc.char_span(r.open_at, r.open_at + 1, alignment_mode="expand")
    if span is None or here is None:
        return None
    sents = list(doc.sents)
    idx = {s.start: n for n, s in enumerate(sents)}
    gap = idx.get(here[0].sent.start, 0) - idx.get(span[-1].sent.start, 0)
    return prev if 0 <= gap <= CONTINUE_SENTS else None


def _later_cue(text: str, prev: Attribution, r: QuoteRegion, atts: list[Attribution]) -> Optional[Attribution]:
    """An attribution of the same speaker whose cue follows `prev`'s in the same paragraph and
    whose content ends the text before `r` ('"A," he said, adding that B. "C."'): the
    quotation continues that one."""
    best = None
    for a in atts:
        if a is prev or a.speaker_tok is None or a.speaker_tok != prev.speaker_tok or a.regions or \
                not (prev.cue_start < a.cue_start < r.open_at) or "\n" in text[prev.cue_start:r.open_at]:
            continue
        between = text[a.parts[-1][1]:r.open_at].strip(" .\t")
        if not between and (best is None or a.cue_start > best.cue_start):
            best = a
    return best


def _adjacent(text: str, prev: Attribution, r: QuoteRegion) -> bool:
    """True when only the previous attribution's own cue and speaker (and the end of their
    sentence) separate it from `r`: `"A," said X, a long description. "B."`"""
    last_end = max(prev.parts[-1][1], prev.regions[-1].close_at + 1 if prev.regions else 0)
    between = text[last_end:r.open_at]
    last = prev.regions[-1] if prev.regions else None
    if last is not None and last.close_at < len(text) and text[last.close_at] not in QUOTE_CHARS \
            and not between.strip():
        return True  # a quotation left open at a paragraph's end goes on in the next one
    if "\n" in between or not (last_end <= prev.cue_start < r.open_at) or len(between) > 400:
        return False
    if any(ch in between for ch in '"\u201c\u201d'):
        return False
    return between.rstrip()[-1:] in ".,:;"

"""Speakers: the words naming who speaks, names made full, pronouns resolved.

- `speaker_phrase` cuts a subject's subtree down to the words that name the speaker (no
  relative clause, no trailing apposition after a comma).
- `NameBook` maps every short form of a PERSON entity of the article ("Marin") to its fullest
  form ("Sofia Marin"), and guesses each person's gender from titles (Mr., Mrs., Ms.) and the
  pronouns that follow their mentions.
- `Salience` resolves "he", "she", "they" (and relative "who") to the most recent salient
  antecedent of matching gender and number: earlier speakers first, then PERSON subjects, then
  any PERSON mention, within a window of preceding sentences.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from .quotes_cues import PRONOUNS_FEMALE, PRONOUNS_MALE, PRONOUNS_PLURAL, doc_text

TITLES_MALE = {"mr", "mr.", "sir", "lord", "king", "prince"}
TITLES_FEMALE = {"mrs", "mrs.", "ms", "ms.", "miss", "madam", "lady", "queen", "princess", "dame"}
HONORIFICS = TITLES_MALE | TITLES_FEMALE | {
    "dr", "dr.", "prof", "prof.", "gen", "gen.", "sen", "sen.", "rep", "rep.", "gov", "gov.",
    "president", "senator",
}
WINDOW_SENTS = 6
SUBJECT_DEPS = {"nsubj", "nsubjpass"}
RANK_COST = {0: 0.0, 1: 0.5, 2: 1.5, 3: 0.5}
CUT_DEPS = {"relcl", "acl", "advcl", "punct", "cc", "prep"}


@dataclass
class Candidate:
    start: int  # characters of the mention in the text
    end: int
    name: str
    gender: Optional[str]  # m | f | None
    plural: bool
    rank: int  # 0 speaker, 1 person subject, 2 person mention, 3 group subject
    sent: int


def speaker_phrase(tok) -> tuple[int, int]:
    """Character range of the words naming the speaker headed by `tok`."""
    left = tok.i
    right = tok.i
    for child in tok.lefts:
        if child.dep_ in ("punct", "cc"):
            continue
        left = min(left, child.left_edge.i)
    for child in tok.rights:
        if child.dep_ in CUT_DEPS or child.dep_ == "appos":
            # keep "of"-phrases that belong to a description ("a spokesman for the army")
            if child.dep_ == "prep" and child.i == right + 1 and child.lower_ in ("of", "for", "at", "with", "from"):
                right = max(right, child.right_edge.i)
                continue
            break
        if child.dep_ in ("compound", "flat", "nummod", "amod", "poss", "npadvmod", "nmod"):
            right = max(right, child.right_edge.i)
        else:
            break
    doc = tok.doc
    left_tok, right_tok = doc[left], doc[right]
    while left < right and doc[left].is_punct:
        left += 1
        left_tok = doc[left]
    while right > left and doc[right].is_punct:
        right -= 1
        right_tok = doc[right]
    start, end = left_tok.idx, right_tok.idx + len(right_tok.text)
    # never across a line break: the parser sometimes joins a headline to the body
    text = doc_text(doc)
    nl = text.rfind("\n", start, tok.idx)
    if nl >= 0:
        start = nl + 1
    nl = text.find("\n", tok.idx, end)
    if nl >= 0:
        end = nl
    return start, end


_HONORIFIC_WORDS = frozenset(h.strip(".") for h in HONORIFICS)


def _name_tokens(words: list[str]) -> list[str]:
    return [w for w in words if w.lower().strip(".") not in _HONORIFIC_WORDS and w not in ("'s", "’s")]


class NameBook:
    """Within-article PERSON names: short form -> fullest form, and a gender guess."""

    def __init__(self, doc):
        self.full: dict[str, str] = {}
        self.gender_votes: dict[str, list[int]] = {}
        people = [e for e in doc.ents if e.label_ == "PERSON"]
        for ent in people:
            words = _name_tokens(ent.text.split())
            if not words:
                continue
            full = " ".join(words)
            for key in {words[-1], full, words[0] if len(words) > 1 else words[-1]}:
                if len(full) > len(self.full.get(key, "")) and (key == words[-1] or key == full):
                    self.full[key] = full
            title = doc[ent.start - 1].lower_ if ent.start > 0 else ""
            first = ent[0].lower_
            for t in (title, first):
                if t in TITLES_MALE:
                    self._vote(words[-1], 5, 0)
                elif t in TITLES_FEMALE:
                    self._vote(words[-1], 0, 5)
        # pronouns vote for the person mentioned most recently before them (same or previous sentence)
        last: Optional[tuple[str, int]] = None
        sent_of = {s.start: n for n, s in enumerate(doc.sents)}
        ents_at = {e.start: e for e in people}
        sent_no = 0
        for tok in doc:
            if tok.i in sent_of:
                sent_no = sent_of[tok.i]
            ent = ents_at.get(tok.i)
            if ent is not None:
                words = _name_tokens(ent.text.split())
                if words:
                    last = (words[-1], sent_no)
            low = tok.lower_
            if last and sent_no - last[1] <= 1 and (low in PRONOUNS_MALE or low in PRONOUNS_FEMALE):
                self._vote(last[0], int(low in PRONOUNS_MALE), int(low in PRONOUNS_FEMALE))

    def _vote(self, surname: str, m: int, f: int) -> None:
        votes = self.gender_votes.setdefault(surname, [0, 0])
        votes[0] += m
        votes[1] += f

    def fullest(self, name: str) -> str:
        words = _name_tokens(name.split())
        if not words:
            return name
        joined = " ".join(words)
        best = self.full.get(joined) or self.full.get(words[-1]) or self._lower().get(words[-1].lower()) or joined
        return best if len(best) >= len(joined) else joined

    def _lower(self) -> dict[str, str]:
        """Short forms in lower case: a transcript writes "RUIZ:" for Ana Ruiz."""
        if getattr(self, "_low", None) is None:
            self._low = {k.lower(): v for k, v in self.full.items()}
        return self._low

    def knows(self, word: str) -> bool:
        return word in self.full or word.isupper() and word.lower() in self._lower()

    def gender(self, name: str) -> Optional[str]:
        words = _name_tokens(name.split())
        if not words:
            return None
        m, f = self.gender_votes.get(words[-1], [0, 0])
        if m > f:
            return "m"
        if f > m:
            return "f"
        return None


def person_name(tok) -> Optional[str]:
    """The PERSON name around `tok`, when `tok` is inside one."""
    if tok.ent_type_ == "PERSON":
        ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
        if ent is not None:
            return ent.text
    return None


_POSSESSIVE = re.compile(r"(?:'s|’s)$")


class Salience:
    """Antecedents seen so far, most recent last."""

    def __init__(self, doc, names: NameBook):
        self.names = names
        self.doc = doc
        self.sent_index = {}
        for n, s in enumerate(doc.sents):
            for t in s:
                self.sent_index[t.i] = n
        self.cands: list[Candidate] = []
        for ent in doc.ents:
            if ent.label_ == "PERSON":
                head = ent.root
                rank = 1 if head.dep_ in SUBJECT_DEPS else 2
                name = _POSSESSIVE.sub("", ent.text)
                self.cands.append(Candidate(ent.start_char, ent.end_char, names.fullest(name), names.gender(name),
                                            False, rank, self.sent_index[ent.start]))
            elif ent.label_ in ("ORG", "NORP", "GPE") and ent.root.dep_ in SUBJECT_DEPS:
                self.cands.append(Candidate(ent.start_char, ent.end_char, ent.text, None, True, 3,
                                            self.sent_index[ent.start]))
        for tok in doc:
            if tok.dep_ in SUBJECT_DEPS and tok.tag_ in ("NNS", "NNPS") and not tok.ent_type_:
                s, e = speaker_phrase(tok)
                self.cands.append(Candidate(s, e, doc_text(doc)[s:e], None, True, 3, self.sent_index[tok.i]))

    def add_speaker(self, start: int, end: int, name: str, plural: bool, tok_i: int) -> None:
        gender = self.names.gender(name) if not plural else None
        self.cands.append(Candidate(start, end, name, gender, plural, 0, self.sent_index.get(tok_i, 0)))

    def resolve(self, pronoun, before: int) -> Optional[Candidate]:
        """Most recent fitting antecedent that starts before character `before`."""
        low = pronoun.lower_
        sent = self.sent_index.get(pronoun.i, 0)
        if low in PRONOUNS_PLURAL or low == "we":
            want_plural, gender = True, None
        elif low in PRONOUNS_MALE:
            want_plural, gender = False, "m"
        elif low in PRONOUNS_FEMALE:
            want_plural, gender = False, "f"
        else:
            return None
        best = None
        best_key = None
        for c in self.cands:
            if c.start >= before or sent - c.sent > WINDOW_SENTS or c.plural != want_plural:
                continue
            if gender and c.gender and c.gender != gender:
                continue
            # recency in sentences, weighed against salience: a speaker or a subject two
            # sentences back beats a name mentioned in passing in the previous sentence
            cost = (sent - c.sent) + RANK_COST[c.rank] - (0.5 if gender and c.gender == gender else 0.0)
            key = (-cost, c.start)
            if best_key is None or key > best_key:
                best, best_key = c, key
        return best

"""A faster stand-in for spaCy's `attribute_ruler`, with the same rules and the same result.

The English pipeline maps fine-grained tags to parts of speech and morphology with ~180
token patterns run by spaCy's general `Matcher`, which tries every pattern at every token:
it costs as much as the whole dependency parse. Almost every pattern names one exact tag, so
indexing the patterns by tag means each token is checked against a handful of them, and
which first tokens a token matches is remembered for its (tag, word, dependency, space) row.

Matching and precedence are spaCy's: all matches are found before any attribute is set, rules
apply in the order they were added (a later rule wins), and attributes are written by spaCy's
own `set_token_attrs`. `tests/annotate/test_fast_attributes.py` compares both on real text.
"""
from __future__ import annotations

import re
from collections import defaultdict

from spacy.language import Language
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

from .pipe_swap import swap_pipe

FIELDS = ("TAG", "LOWER", "DEP", "IS_SPACE")
CACHE_ROWS = 200_000  # distinct token rows remembered before starting over (73k in all of GVA)
Condition = tuple[int, str, object]  # (field index, "eq" | "in" | "not_in" | "regex", value)


class UnsupportedPattern(ValueError):
    pass


def _conditions(spec: dict, strings) -> list[Condition]:
    conditions: list[Condition] = []
    for key, wanted in spec.items():
        if key not in FIELDS:
            raise UnsupportedPattern(key)
        field = FIELDS.index(key)
        as_id = (lambda v: int(v)) if key == "IS_SPACE" else (lambda v: strings.add(v))
        if not isinstance(wanted, dict):
            conditions.append((field, "eq", as_id(wanted)))
            continue
        for op, value in wanted.items():
            if op == "IN":
                conditions.append((field, "in", frozenset(as_id(v) for v in value)))
            elif op == "NOT_IN":
                conditions.append((field, "not_in", frozenset(as_id(v) for v in value)))
            elif op == "REGEX" and key != "IS_SPACE":
                conditions.append((field, "regex", re.compile(value)))
            else:
                raise UnsupportedPattern(f"{key} {op}")
    return conditions


def _holds(conditions: list[Condition], row: tuple, strings) -> bool:
    for field, kind, value in conditions:
        got = row[field]
        if kind == "eq":
            if got != value:
                return False
        elif kind == "in":
            if got not in value:
                return False
        elif kind == "not_in":
            if got in value:
                return False
        elif not value.search(strings[got]):
            return False
    return True


class FastAttributeRuler:
    """The rules of an `AttributeRuler`, indexed by the first token's tag and lowercase form."""

    def __init__(self, ruler) -> None:
        self.strings = ruler.vocab.strings
        self.attrs = list(ruler.attrs)
        # An entry: (rule id, other conditions on the first token, later tokens, target index).
        self.by_tag_and_word: dict[tuple[int, int], list] = defaultdict(list)
        self.by_tag: dict[int, list] = defaultdict(list)
        self.by_word: dict[int, list] = defaultdict(list)
        self.anywhere: list = []
        for rule_id in range(len(ruler.attrs)):
            _, alternatives = ruler.matcher.get(str(rule_id))
            index = ruler.indices[rule_id]
            for pattern in alternatives:
                first, *rest = [_conditions(tok, self.strings) for tok in pattern]
                target = index if index >= 0 else len(pattern) + index
                exact = {field: value for field, kind, value in first if kind == "eq"}
                if 0 in exact and 1 in exact:
                    others = [c for c in first if not (c[1] == "eq" and c[0] in (0, 1))]
                    self.by_tag_and_word[(exact[0], exact[1])].append((rule_id, others, rest, target))
                elif 0 in exact:
                    others = [c for c in first if not (c[1] == "eq" and c[0] == 0)]
                    self.by_tag[exact[0]].append((rule_id, others, rest, target))
                elif 1 in exact:
                    others = [c for c in first if not (c[1] == "eq" and c[0] == 1)]
                    self.by_word[exact[1]].append((rule_id, others, rest, target))
                else:
                    self.anywhere.append((rule_id, first, rest, target))
        self.first_tokens: dict[tuple, tuple[tuple, tuple]] = {}

    def _first_token(self, row: tuple) -> tuple[tuple, tuple]:
        """The rules whose first token matches a token with these four values: those matched
        outright (one-token patterns) and the longer ones, whose later tokens are still to check."""
        outright, longer = [], []
        for entries in (self.by_tag_and_word.get((row[0], row[1]), ()), self.by_tag.get(row[0], ()),
                        self.by_word.get(row[1], ()), self.anywhere):
            for rule_id, others, rest, target in entries:
                if others and not _holds(others, row, self.strings):
                    continue
                if rest:
                    longer.append((rule_id, rest, target))
                else:
                    outright.append((rule_id, target))
        return tuple(outright), tuple(longer)

    def __call__(self, doc: Doc) -> Doc:
        rows = [tuple(r) for r in doc.to_array(list(FIELDS)).tolist()]
        hits: list[tuple[int, int]] = []  # (rule id, token index); later rules win
        # A token's four values decide which first tokens it matches, and rows recur (73k
        # distinct among GVA's 2.1M tokens), so each row is worked out once.
        first_tokens = self.first_tokens
        if len(first_tokens) > CACHE_ROWS:
            first_tokens.clear()
        for i, row in enumerate(rows):
            first = first_tokens.get(row)
            if first is None:
                first = first_tokens[row] = self._first_token(row)
            outright, longer = first
            for rule_id, target in outright:
                hits.append((rule_id, i + target))
            for rule_id, rest, target in longer:
                if i + len(rest) >= len(rows) or not all(
                        _holds(c, rows[i + 1 + k], self.strings) for k, c in enumerate(rest)):
                    continue
                hits.append((rule_id, i + target))
        hits.sort()
        for rule_id, i in hits:
            set_token_attrs(doc[i], self.attrs[rule_id])
        return doc

    def pipe(self, docs, batch_size: int = 128):
        for doc in docs:
            yield self(doc)


def speed_up_attributes(nlp: Language) -> Language:
    """Swap the pipeline's `attribute_ruler` for the indexed one when its rules allow it."""
    if "attribute_ruler" not in nlp.pipe_names:
        return nlp
    try:
        fast = FastAttributeRuler(nlp.get_pipe("attribute_ruler"))
    except UnsupportedPattern:
        return nlp
    return swap_pipe(nlp, "attribute_ruler", fast)

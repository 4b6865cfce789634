"""Cue words and quote marks: the pieces `quotes.py` assembles into attributions.

Everything here is general English: reporting verbs, verbs of belief and intention that news
attributes to people, and the typography of quotation marks. Nothing is tied to one article.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Optional

# Verbs that report speech or writing: their subject is a speaker and their clausal
# complement (or an adjacent quotation) is what was said.
SPEECH_VERBS = frozenset("""
say tell add note write report announce suggest argue explain declare claim state insist
warn accuse deny reassure assure acknowledge admit confirm contend maintain assert stress
emphasize emphasise point predict promise pledge vow recall respond reply answer ask tweet
post complain concede conclude allege charge counter observe remark comment mention continue
urge caution testify inform brief advise signal hint imply demand propose recommend threaten
boast joke quip muse wonder question retort shout cry yell whisper scream exclaim proclaim
reiterate repeat underscore highlight disclose reveal announce estimate agree disagree
criticize criticise blame praise describe lament insinuate speculate theorize guess
acknowledge affirm swear tout brag grumble object protest plead apologize apologise
volunteer recount relate narrate reason summarize summarise clarify specify read chant rule
""".split()) | frozenset("""
interject chime scoff sneer snap gush marvel chuckle laugh sigh groan moan gasp mutter murmur
mumble stammer stutter blurt tease vent fume rage thunder bellow roar howl holler shriek wail whine
snarl growl hiss bark grunt intone gloat crow rant rave rebut rejoin riposte opine posit aver avow
attest text email message recite pronounce lecture preach
""".split())  # manner of speaking: '"...," she scoffed' reports speech as "said" does
# Of those, the verbs whose object is a sound or a gesture, never what was said ("roared its
# approval", "sighed a long sigh", "laughed the question off").
MANNER_VERBS = frozenset("""
chime scoff sneer snap gush marvel chuckle laugh sigh groan moan gasp mutter murmur mumble stammer
stutter blurt tease vent fume rage thunder bellow roar howl holler shriek wail whine snarl growl
hiss bark grunt intone gloat crow rant rave
""".split())

# Verbs of belief, knowledge, perception and intention: PARC-style attribution counts them
# too ("officials believe that ...", "the poll shows ...").
BELIEF_VERBS = frozenset("""
believe think know feel fear hope expect want worry doubt understand learn hear find show
indicate suspect assume presume reckon figure imagine sense realize realise recognize
recognise consider judge decide determine predict anticipate wish intend plan seek
calculate notice conclude surmise posit pretend bemoan
""".split())

# Verbs whose infinitival complement is the attributed content ("promised to ...").
XCOMP_VERBS = frozenset("""
promise pledge vow threaten want hope plan intend expect seek refuse decline agree offer
urge call vow swear propose demand wish decide aim choose pretend ask tell order encourage
like love prefer vote
""".split())

CUE_LEMMAS = SPEECH_VERBS | BELIEF_VERBS

# The broad, PARC-style scope also counts stances taken toward a thing: "criticized the
# plan", "talked about the economy", "endorsed her rival". Their content is the object.
STANCE_VERBS = frozenset("""
support endorse oppose back praise criticize criticise attack slam blast denounce condemn decry
reject dismiss defend welcome applaud blame question challenge dispute mock ridicule cite
mention describe announce propose demand seek want favor favour prefer recommend discuss
address debate express voice highlight tout invoke echo talk speak rail advocate like love
hate respect thank congratulate fault knock lambaste rebuke scold eviscerate embrace portray
envision deny accuse reveal report confirm acknowledge admit predict promise call repeat
reiterate tweet post predict concede
see view regard consider interpret perceive frame characterize characterise paint label brand
refute rebut contradict agree disagree cheer boo defend reaffirm recognize recognise remember
cite list name pressure push press encourage champion focus refer warm vote trust distrust
doubt fear resent dislike admire applaud hail tout target single dub nominate choose pick
approve veto sign block embrace adopt abandon renounce disavow distance
""".split())

# Speech acts whose object (with its "of"/"for"/"as" phrase) is what was claimed: kept in the
# quotes scope too ("accused the agency of supporting the network", "called the plan a
# disaster", "denied the charge", "announced a $250 million aid package").
CLAIM_OBJECT_VERBS = frozenset("""
accuse blame deny announce describe call label brand criticize criticise condemn denounce
reject dismiss confirm admit acknowledge predict promise pledge mention cite note discuss
detail outline reveal disclose reiterate
""".split())

# Verbs whose object is the words or the feeling voiced ("said the same of her rival", "echoed
# his warnings", "expressed concern about the levy"): an indirect quote in the quotes scope too,
# the object being what was said.
SAID_OBJECT_VERBS = frozenset("say express voice echo repeat reiterate".split())

# Verbs whose direct object is the hearer, not what was said ("told reporters").
HEARER_VERBS = frozenset("""
tell ask inform assure reassure brief advise remind warn urge convince thank caution
""".split())

OBJECT_PREPS = frozenset({"about", "of", "for", "against", "over", "on", "to"})

# Reporting verbs whose object is not what was said ("said little", "added weight").
NO_OBJECT_VERBS = frozenset("say add continue respond reply answer read chant rule".split()) | MANNER_VERBS

# Nouns that head an attribution when followed by a that-clause or a colon ("a statement
# that ...", "in a statement, ...").
CUE_NOUNS = frozenset("""
statement claim assertion warning announcement remark comment report accusation allegation
suggestion insistence argument belief view opinion fear hope criticism support opposition
praise attack endorsement promise pledge call demand denial proposal plan decision concern
complaint praise threat vow insistence admission acknowledgment acknowledgement prediction
objection appeal request
""".split())

# Lemmas the small English model gets wrong for cue words ("hopes" -> "hop").
_LEMMA_FIXES = {("hop", "hope"): "hope", ("scar", "scare"): "scare", ("hat", "hate"): "hate", ("rag", "rage"): "rage"}
_LEMMA_WRONG = frozenset(w for w, _ in _LEMMA_FIXES)


# "put it" said of words ("as X put it", 'X put it this way: "..."'), but not "put it into
# play", "put it off": a particle or a preposition of place makes it a plain verb.
_PUT_AWAY = frozenset("into onto on to under behind over back up down off aside forward out away".split())


def cue_lemma(tok) -> str:
    """`tok`'s lemma, lower case, with the model's known slips on cue words mended, and "put it"
    read as the "say" it means there."""
    lemma = tok.lemma_.lower()
    if lemma == "put" and any(c.dep_ == "dobj" and c.lower_ == "it" for c in tok.children) and \
            not any(c.dep_ == "prt" or c.dep_ == "prep" and c.lower_ in _PUT_AWAY for c in tok.children):
        return "say"
    if lemma in _LEMMA_WRONG:
        for (wrong, stem), right in _LEMMA_FIXES.items():
            # "hopes", "hoped", and "hoping" (the stem's e dropped), but not "hopping"
            if lemma == wrong and (tok.lower_.startswith(stem) or tok.lower_ == stem[:-1] + "ing"):
                return right
    return lemma


PRONOUNS_MALE = frozenset({"he", "him", "his", "himself"})
PRONOUNS_FEMALE = frozenset({"she", "her", "hers", "herself"})
PRONOUNS_PLURAL = frozenset({"they", "them", "their", "themselves"})
SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "i", "we", "it", "you"})

OPEN_MARKS = "\u201c\u201e\u00ab"  # “ „ «
CLOSE_MARKS = "\u201d\u00bb"  # ” »
STRAIGHT = '"'
QUOTE_CHARS = OPEN_MARKS + CLOSE_MARKS + STRAIGHT + "'\u2018\u2019"
EDGE_STRIP = QUOTE_CHARS + " \t\n,;:"


@dataclass(frozen=True)
class QuoteRegion:
    """Characters between a pair of quotation marks: [start, end) excludes the marks."""

    start: int
    end: int
    open_at: int
    close_at: int  # index of the closing mark, or the paragraph end when left open


_PARA = re.compile(r"\n\s*")  # any line break ends a paragraph: quotes do not cross one


def quote_regions(text: str) -> list[QuoteRegion]:
    """Pair double quotation marks paragraph by paragraph.

    Curly marks pair by direction; straight marks alternate. A quotation left open at the end
    of a paragraph runs to that paragraph's end (news style continues a quotation into the next
    paragraph by opening it again there).
    """
    regions: list[QuoteRegion] = []
    for p_start, p_end in paragraphs(text):
        open_at = None
        i = p_start
        while i < p_end:
            ch = text[i]
            width = 1
            if ch in "'\u2019" and text[i + 1:i + 2] == ch:  # '' typed for a double mark
                ch, width = STRAIGHT, 2
            if open_at is None:
                # a closing mark set before a word opens too (”We ...” typed wrongly)
                if ch in OPEN_MARKS or ch == STRAIGHT or ch in CLOSE_MARKS and _opens(text, i, width, p_start, p_end):
                    open_at, open_w = i, width
            elif ch in CLOSE_MARKS or ch == STRAIGHT or (ch in OPEN_MARKS and _closes(text, i + width, p_end)):
                # an opening mark that ends a word run closes too (“...,“ typed wrongly)
                if i > open_at + open_w:
                    regions.append(QuoteRegion(open_at + open_w, i, open_at, i))
                open_at = None
            elif ch in OPEN_MARKS:
                open_at, open_w = i, width
            i += width
        if open_at is not None and p_end - open_at > 2:
            regions.append(QuoteRegion(open_at + open_w, p_end, open_at, p_end))
    return regions


def _opens(text: str, i: int, width: int, start: int, end: int) -> bool:
    nxt = text[i + width:i + width + 1]
    return (i == start or text[i - 1].isspace()) and i + width < end and (nxt.isalnum() or nxt in "'\u2018")


def _closes(text: str, after: int, end: int) -> bool:
    nxt = text[after:after + 1]
    return after >= end or nxt.isspace() or nxt in ",.;:!?)"


def paragraphs(text: str) -> list[tuple[int, int]]:
    """[start, end) of each paragraph (lines; clean text separates paragraphs by a blank line,
    but a single line break never sits inside a quoted sentence either)."""
    starts = [0] + [m.end() for m in _PARA.finditer(text)]
    ends = [m.start() for m in _PARA.finditer(text)] + [len(text)]
    return list(zip(starts, ends))


class ParagraphIndex:
    """The paragraph holding a character offset, by bisection."""

    def __init__(self, text: str):
        self.bounds = paragraphs(text)
        self.starts = [a for a, _ in self.bounds]

    def of(self, pos: int) -> tuple[int, int]:
        return self.bounds[max(0, bisect_right(self.starts, pos) - 1)]


def cue_text(tok) -> str:
    """A cue verb with its particle ("lays out")."""
    words = [tok] + [c for c in tok.children if c.dep_ == "prt"]
    return " ".join(w.text for w in sorted(words, key=lambda w: w.i))


def trim(text: str, start: int, end: int, strip: str = EDGE_STRIP) -> tuple[int, int]:
    """Narrow [start, end) past whitespace, quote marks and separators at both edges."""
    while start < end and text[start] in strip:
        start += 1
    while end > start and text[end - 1] in strip:
        end -= 1
    # a closing period stays only when it ends a sentence inside a quotation
    return start, end


_LAST_TOKENS: list = [(None, None, {})]


def tokens_with_pos(doc, tags: frozenset[str], inside: set[int]):
    """The tokens of `doc` whose coarse tag is in `tags`, outside quotation marks (read off
    one array, so the other tokens are never built; kept for the doc and `inside` last asked
    about, as the cue rules and `quotes_learned` ask for the same)."""
    from spacy.symbols import IDS

    last = _LAST_TOKENS[0]  # one tuple, swapped whole, so that threads never mix two docs
    if last[0] is not doc or last[1] is not inside:
        last = _LAST_TOKENS[0] = (doc, inside, {})
    cached = last[2].get(tags)
    if cached is None:
        wanted = {IDS[t] for t in tags}
        pos = doc.to_array("POS")
        cached = last[2][tags] = [doc[i] for i in range(len(doc)) if pos[i] in wanted and i not in inside]
    return cached


def open_parenthesis(tok) -> Optional[int]:
    """Index of the "(" left open before `tok` in its sentence and closed after it, or None."""
    doc, depth = tok.doc, 0
    for t in reversed(doc[tok.sent.start:tok.i]):
        if t.text == ")":
            depth += 1
        elif t.text == "(":
            if depth == 0:
                closed = any(u.text == ")" for u in doc[tok.i:tok.sent.end])
                return t.i if closed else None
            depth -= 1
    return None


_LAST_DOC: list = [None, ""]


def doc_text(doc) -> str:
    """`doc.text`, which spaCy rebuilds from the tokens on every access, kept for the doc
    last asked about (held by reference, so identity cannot be confused)."""
    if _LAST_DOC[0] is not doc:
        _LAST_DOC[0], _LAST_DOC[1] = doc, doc.text
    return _LAST_DOC[1]


def word_count(text: str) -> int:
    return len(re.findall(r"\w+", text))


@dataclass
class Attribution:
    """One attribution as found; `find_quotes` turns each content part into a `Quote`."""

    cue: Optional[str]
    cue_start: int
    cue_end: int
    parts: list[tuple[int, int]]
    kind: str = "indirect"
    speaker_tok: Optional[int] = None  # token index of the speaker's head word
    mention: Optional[tuple[int, int]] = None  # the words naming the speaker here
    speaker: Optional[str] = None
    speaker_span: Optional[tuple[int, int]] = None
    regions: list[QuoteRegion] = field(default_factory=list)
    follows: Optional["Attribution"] = None  # a cue-less quotation continuing this speaker
    fallback: Optional[tuple[int, int]] = None  # object content, used in the broad scope
    speech: bool = True  # a speech verb: may govern an adjacent quotation

    def _points(self) -> list[int]:
        points = [p for part in self.parts for p in part]
        if self.follows is None:
            points += [self.cue_start, self.cue_end] + (list(self.mention) if self.mention else [])
        return points

    @property
    def start(self) -> int:
        return min(self._points())

    @property
    def end(self) -> int:
        return max(self._points())

"""The field pass: lift title, stamp, dateline, credits and captions out of labelled lines.

Input is the line labelling of `clean.text` (or paragraphs from the HTML extractor labelled
"body"); output is the article's fields, its body paragraphs, and every line that is not
body as a `Removed` block with its kind, so a reader can see what was cut and why.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional, Protocol, Sequence

from ..model import Credit, Dateline, Removed
from .patterns import (
    DATELINE, agency_name, is_stamp_line, parse_credit_line, parse_date, parse_stamp,
    photo_credit, title_without_site,
)


class LabelledLine(Protocol):
    number: int
    text: str
    label: str
    reason: str


@dataclass
class Fields:
    title: Optional[str] = None
    published: Optional[str] = None
    published_basis: Optional[str] = None
    dateline: Optional[Dateline] = None
    agency: Optional[str] = None
    site: Optional[str] = None
    authors: list[Credit] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    paragraphs: list[str] = field(default_factory=list)
    removed: list[Removed] = field(default_factory=list)


@dataclass
class _Cut:
    number: Optional[int]
    text: str
    kind: str
    reason: str


def extract_fields(
    lines: Sequence[LabelledLine],
    title_hint: Optional[str] = None,
    numbered: bool = True,
) -> Fields:
    """Run the field pass. `numbered` says whether line numbers refer to the input text."""
    out = Fields()
    cuts: list[_Cut] = []
    body_idx = [i for i, line in enumerate(lines) if line.label == "body"]
    first = body_idx[0] if body_idx else len(lines)
    last = body_idx[-1] if body_idx else -1

    if title_hint:
        out.title, out.site = title_without_site(title_hint)
    _pre_body(lines[:first], out, cuts)
    body_lines = [line for line in lines[first:last + 1]]
    _body(body_lines, out, cuts)
    _post_body(lines[last + 1:] if last >= 0 else [], out, cuts)

    out.removed = _merge_cuts(cuts, numbered)
    return out


def _pre_body(lines: Sequence[LabelledLine], out: Fields, cuts: list[_Cut]) -> None:
    title_index = None
    if out.title is None:
        # The headline nearest above the body is the title; earlier ones are page furniture.
        for i in range(len(lines) - 1, -1, -1):
            text = lines[i].text.strip()
            if lines[i].label in ("headline", "boilerplate", "related-headlines") and _headline_shaped(text):
                title_index = i
                out.title = title_without_site(text)[0]
                break
    for i, line in enumerate(lines):
        text = line.text.strip()
        if not text:
            cuts.append(_Cut(line.number, line.text, "blank", "empty line"))
        elif i == title_index or (out.title and _same_text(text, out.title)):
            cuts.append(_Cut(line.number, text, "title", "headline above the body: the article's title"))
        elif is_stamp_line(text) or (line.label == "timestamp" and parse_stamp(text)[0]):
            _take_stamp(line, out, cuts)
        elif credits := parse_credit_line(text):
            out.authors.extend(Credit(name=n, role=r) for n, r in credits)
            cuts.append(_Cut(line.number, text, "credit", "byline above the body"))
        else:
            cuts.append(_Cut(line.number, text, line.label, line.reason))


def _take_stamp(line: LabelledLine, out: Fields, cuts: list[_Cut]) -> None:
    text = line.text.strip()
    iso, relative = parse_stamp(text)
    if iso and out.published is None:
        out.published, out.published_basis = iso, "text"
    kept = text
    for part in relative:
        cuts.append(_Cut(line.number, part, "relative-timestamp",
                         "relative time of the page's rendering, not of the story"))
        kept = re.sub(r"\s*[/|•·]?\s*" + re.escape(part), "", kept).strip()
    if kept:
        cuts.append(_Cut(line.number, kept, "timestamp", "publication stamp, read into `published`"))


def _body(lines: Sequence[LabelledLine], out: Fields, cuts: list[_Cut]) -> None:
    first_prose = True
    for line in lines:
        text = line.text.strip()
        if line.label != "body" or not text:
            kind = "blank" if not text else line.label
            if kind != "blank":
                cuts.append(_Cut(line.number, text, kind, line.reason))
            continue
        if first_prose and out.title and _same_text(text, out.title):
            cuts.append(_Cut(line.number, text, "title", "the headline repeated at the top of the body"))
            continue
        credit = photo_credit(text)
        if credit is not None and len(text.split()) >= 4:
            out.captions.append(text)
            if credit:
                name = credit.split("/")[-1].strip()
                out.authors.append(Credit(name=name, role="photo"))
            cuts.append(_Cut(line.number, text, "caption", "photo caption (ends in a photo credit)"))
            continue
        credits = parse_credit_line(text)
        if credits:
            out.authors.extend(Credit(name=n, role=r) for n, r in credits)
            cuts.append(_Cut(line.number, text, "credit", "byline or credit line"))
            continue
        if first_prose:
            text = _take_dateline(line, text, out, cuts)
            first_prose = False
        if text:
            out.paragraphs.append(text)


def _take_dateline(line: LabelledLine, text: str, out: Fields, cuts: list[_Cut]) -> str:
    match = DATELINE.match(text)
    if not match:
        return text
    place, date, agency = match.group("place"), match.group("date"), match.group("agency")
    place_is_caps = bool(place) and place.upper() == place and len(place) > 1
    dash = match.group("sep") in ("—", "–", "--")
    if not (date or agency or (place_is_caps and not place.endswith(".")) or (not place and dash)):
        return text
    if match.group("sep") == ":" and not date:
        return text  # "DEAR READER:" and "UPDATE:" are no datelines; "Islamabad, Jan 13:" is
    if place and len(place.split()) > 5:
        return text
    if agency and not agency_name(agency):
        return text
    out.dateline = Dateline(place=place.strip(" ,") if place else None, date_text=date)
    if agency:
        out.agency = agency_name(agency)
    if date and out.published is None:
        iso = parse_date(date)
        if iso:
            out.published, out.published_basis = iso, "text"
    lead = match.group("lead")
    cuts.append(_Cut(line.number, lead.strip(), "dateline", "dateline at the start of the body"))
    return text[len(lead):].strip()


def _post_body(lines: Sequence[LabelledLine], out: Fields, cuts: list[_Cut]) -> None:
    for line in lines:
        text = line.text.strip()
        if not text:
            cuts.append(_Cut(line.number, line.text, "blank", "empty line"))
            continue
        agency = agency_name(text)
        credits = parse_credit_line(text)
        if agency:
            out.agency = out.agency or agency
            cuts.append(_Cut(line.number, text, "credit", "agency credit line after the body"))
        elif credits:
            out.authors.extend(Credit(name=n, role=r) for n, r in credits)
            cuts.append(_Cut(line.number, text, "credit", "byline or credit line after the body"))
        else:
            cuts.append(_Cut(line.number, text, line.label, line.reason))


def _merge_cuts(cuts: list[_Cut], numbered: bool) -> list[Removed]:
    """Adjacent lines of one kind form one block; blocks keep their input line range."""
    blocks: list[Removed] = []
    for cut in cuts:
        number = cut.number if numbered else None
        prev = blocks[-1] if blocks else None
        if (
            prev is not None and prev.kind == cut.kind and cut.kind not in ("title", "caption", "credit")
            and prev.lines is not None and number is not None and number == prev.lines[1] + 1
        ):
            blocks[-1] = Removed(prev.kind, prev.text + "\n" + cut.text, prev.reason, (prev.lines[0], number))
        else:
            blocks.append(Removed(cut.kind, cut.text, cut.reason, (number, number) if number is not None else None))
    return blocks


def _headline_shaped(text: str) -> bool:
    words = text.split()
    return 2 <= len(words) <= 30 and not text.endswith((".", "?\"", ".\"", ".”")) and len(text) <= 250


def _same_text(a: str, b: str) -> bool:
    norm = lambda s: re.sub(r"\W+", " ", s).strip().lower()  # noqa: E731
    na, nb = norm(a), norm(b)
    # A paragraph that merely opens with the headline is body, not a repeated title.
    return na == nb or (len(nb) > 20 and na.startswith(nb) and len(na) <= len(nb) + 30)

"""Small presentation helpers shared by the renderers."""
from __future__ import annotations

from collections import Counter, defaultdict

from ..model import Article

ROLE_LABELS = {
    "author": "by", "writing": "writing", "reporting": "reporting",
    "additional-reporting": "additional reporting", "editing": "editing", "photo": "photo",
}


def credit_lines(article: Article) -> list[str]:
    by_role: dict[str, list[str]] = defaultdict(list)
    for credit in article.authors:
        by_role[credit.role].append(credit.name)
    return [f"{ROLE_LABELS.get(role, role)}: {', '.join(names)}" for role, names in by_role.items()]


def removed_summary(article: Article) -> str:
    counts = Counter(r.kind for r in article.removed if r.kind != "blank")
    return ", ".join(f"{kind} ×{n}" if n > 1 else kind for kind, n in sorted(counts.items())) or "blank lines"

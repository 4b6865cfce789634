"""Disjoint sets over 0..n-1, for stages that merge items pairwise (entity forms, wire copies,
stories). A group's root is always its smallest member, so results do not depend on the
order in which pairs are merged."""
from __future__ import annotations

from typing import Optional


class DisjointSets:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, x: int) -> int:
        parent = self.parent
        while parent[x] != x:
            parent[x] = parent[parent[x]]  # path halving
            x = parent[x]
        return x

    def union(self, x: int, y: int) -> Optional[tuple[int, int]]:
        """Merge the groups of x and y; return (kept root, absorbed root), or None if already one."""
        rx, ry = self.find(x), self.find(y)
        if rx == ry:
            return None
        keep, gone = min(rx, ry), max(rx, ry)
        self.parent[gone] = keep
        return keep, gone

"""Word lists as regex alternations factored into a trie: the matches of a longest-first '|' join, without trying
every word at every position (the eligibility rules scan a page for thousands of place and applicant names)."""
from __future__ import annotations

import re
from collections.abc import Iterable

_END = ""  # the key that marks a word ending at a trie node


def alternation(words: Iterable[str]) -> str:
    """Regex source for any of `words` (plain text, escaped here) that matches exactly as
    '|'.join(longest first) does, backtracking included: each word that fits is tried longest first."""
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[_END] = {}
    return _source(trie)


def _source(node: dict[str, dict]) -> str:
    """One node: the longer words through it before the word that ends at it, as the longest-first join tries them."""
    branches = [re.escape(char) + _source(child) for char, child in sorted(node.items()) if char != _END]
    if not branches:
        return ""
    if len(branches) == 1 and _END not in node:
        return branches[0]
    group = "(?:" + "|".join(branches) + ")"
    return group + "?" if _END in node else group

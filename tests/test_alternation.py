"""The trie-factored word alternation must match exactly as the longest-first '|' join it replaces."""
import random
import re

from models.alternation import alternation

WORDS = ["municipio", "municipios", "municipios de", "mun", "ciudad", "ciudades", "u.s.", "u.s. cities", "sur-sur",
         "(keeling)", "a", "ab", "abc", "abd", "b"]


def _join(words):
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def test_same_matches_as_the_longest_first_join_even_when_the_context_backtracks():
    rng = random.Random(7)
    pieces = WORDS + [" ", "s", "x", "-", ".", "de ", "cities"]
    texts = ["".join(rng.choice(pieces) for _ in range(30)) for _ in range(300)]
    for context in (r"(?<![\w-])({})(?![\w-])", r"\b(?:{})\s+de\b", r"({})(?:s|es)?(?![a-z])", r"(?:{})"):
        old, new = re.compile(context.format(_join(WORDS))), re.compile(context.format(alternation(WORDS)))
        for text in texts:
            assert [(m.span(), m.groups()) for m in old.finditer(text)] == \
                [(m.span(), m.groups()) for m in new.finditer(text)], (context, text)


def test_an_empty_list_gives_the_empty_alternation_the_join_gives():
    assert alternation([]) == _join([]) == ""

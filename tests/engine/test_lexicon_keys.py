"""The engine's word-keyed pattern tables ("a|b|c": pattern) give each word one entry: a word in two keys of one dict
literal, or a key written twice, lets the later entry hide the earlier without a word (stop 71: h1239's
"credit|credited|…" and h1251's "credited|credits|…" in `lexicon._COMPLEMENTS`; "admonish|…" written by two helpers).
Read from the source with `ast`, since Python keeps a repeated key only once."""

import ast
import re
from pathlib import Path

import readout_tui.engine as engine

_WORD_KEY = re.compile(r"^[\w’' -]+(?:\|[\w’' -]+)*$")


def _words_in_two_keys(source: str) -> list[str]:
    """Each word that stands twice among the keys of one dict literal of word keys in `source` (one at least with "|")."""
    shared = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Dict):
            continue
        keys = [(k.value, k.lineno) for k in node.keys if isinstance(k, ast.Constant) and isinstance(k.value, str)]
        if len(keys) < 2 or not all(_WORD_KEY.match(k) for k, _ in keys) or not any("|" in k for k, _ in keys):
            continue
        seen: dict[str, list[int]] = {}
        for key, line in keys:
            for word in key.split("|"):
                seen.setdefault(word.strip(), []).append(line)
        shared += [f"{word!r} at lines {lines}" for word, lines in seen.items() if len(lines) > 1]
    return shared


def test_no_word_stands_in_two_keys_of_an_engine_table():
    folder = Path(engine.__file__).parent
    found = {path.name: _words_in_two_keys(path.read_text(encoding="utf-8")) for path in sorted(folder.glob("*.py"))}
    assert {name: words for name, words in found.items() if words} == {}


def test_the_check_sees_a_word_in_two_keys_and_a_key_written_twice():
    source = 'T = {"credit|credited": "a", "credited|credits": "b", "hail|hailed": "c", "hail|hailed": "d"}\n'
    assert _words_in_two_keys(source) == [
        "'credited' at lines [1, 1]", "'hail' at lines [1, 1]", "'hailed' at lines [1, 1]",
    ]

"""Words as a reader searches for them: case and accents ignored, and a
typewriter's apostrophe or quotation mark the same as a typesetter's.

Readouts are typeset ("don’t", “sovereignty”) and keyboards type "don't": a
search for the words typed must find them as printed. Names keep their accents
in readouts ("Sébastien Lecornu", "Andrzej Duda of Poland, Radosław Sikorski")
and an analyst types them without: "sebastien" must find "Sébastien", and
"Sébastien" the readout that printed "Sebastien". Pure Python, no Textual: the
speaker filter, the list's narrowing, the find box, the search across readouts
and the cache's quick test agree.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_MARKS = str.maketrans({"‘": "'", "’": "'", "ʼ": "'", "′": "'", "“": '"', "”": '"', "„": '"', "″": '"'})
_MARK_PAIRS = [(chr(code), plain) for code, plain in _MARKS.items()]
_ANY_MARK = {"'": "['‘’ʼ′]", '"': '["“”„″]'}
_ACCENTS = re.compile("[\u0300-\u036f]+")
"""The combining accents of Latin, Greek and Cyrillic letters (what NFD splits off
"é"); marks of other scripts, often whole vowels, are kept."""
_STROKED = [("ø", "o"), ("ł", "l"), ("đ", "d"), ("ħ", "h"), ("ı", "i"), ("ŧ", "t")]
"""Latin letters with a stroke, which Unicode does not split into a letter and an accent."""
_LATIN_WITH_ACCENTS = [*range(0x00C0, 0x0250), *range(0x1E00, 0x1F00)]
"""Latin-1 Supplement, Latin Extended-A and -B, Latin Extended Additional (Vietnamese)."""


def fold(text: str, *, marks: bool = True) -> str:
    """`text` to compare: casefolded, accents off, every apostrophe and quotation
    mark the plain one (unless not `marks`: where no word looked for has one).
    Lengths may change: for `in` tests, not for offsets."""
    text = text.casefold()
    if text.isascii():
        return text
    if marks:  # (`in` and `replace` per mark: str.translate is several times slower on a readout)
        for typeset, plain in _MARK_PAIRS:
            if typeset in text:
                text = text.replace(typeset, plain)
    text = unicodedata.normalize("NFD", text)
    if not text.isascii():
        text = _ACCENTS.sub("", text)
        for stroked, plain in _STROKED:
            if stroked in text:
                text = text.replace(stroked, plain)
    return text


def words_pattern(text: str) -> re.Pattern[str]:
    """A pattern finding `text` as it is (never as a pattern), ignoring case and
    accents, any apostrophe or quotation mark standing for any other; each match is
    as long as what it matched in the text."""
    return re.compile("".join(map(_character_pattern, text)), re.IGNORECASE)


@lru_cache(maxsize=512)
def _character_pattern(character: str) -> str:
    """What one typed character finds: itself, any of its apostrophes or quotation
    marks, or its letter with any accent (precomposed, or followed by combining ones)."""
    mark = _ANY_MARK.get(character.translate(_MARKS))
    if mark is not None:
        return mark
    folded = fold(character)
    if not folded:
        return ""  # an accent typed on its own ("e" then U+0301): the letter's pattern takes any
    variants = _variants().get(folded)
    if variants is None:
        return re.escape(character)
    return "[" + "".join(variants) + "][\u0300-\u036f]*"


@lru_cache(maxsize=1)
def _variants() -> dict[str, str]:
    """Each plain Latin letter, with every letter that folds to it ("e": "eéèêë…")."""
    letters: dict[str, list[str]] = {chr(code): [chr(code)] for code in range(ord("a"), ord("z") + 1)}
    for code in _LATIN_WITH_ACCENTS:
        character = chr(code)
        base = fold(character)
        if base in letters and character.casefold() not in letters[base]:
            letters[base].append(character.casefold())
    return {base: "".join(forms) for base, forms in letters.items()}

"""Stop 55, the lead: `name_registry._lone_names_then_the`, a scan from each ", the " back to the word before it,
finds what the pattern it replaced found (a look-behind the regex engine tried at every character); and "In an
official statement, the Ministry said …" names a body's text as "In a statement" does."""
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from readout_tui.engine.name_registry import _lone_names_then_the

from .test_patterns import assert_statements

_REFERENCE = re.compile(r"(?<=[a-z] )([A-Z][a-z]{3,}), the (?=[a-z])")

_PIECES = st.sampled_from(["led by ", "Porozhanov", ", the ", "ambassador", "Ab", "Abcd", "X", " ", ",", "the ",
                           "a", "Z", "é", "Ébc", "\n", "Mr", ", The ", "ok "])


def _reference(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    return [m.span(1) for m in _REFERENCE.finditer(text, lo, hi)]


def test_the_lone_name_before_its_office_is_found():
    text = "The delegation leaded by Porozhanov, the ambassador of Bulgaria to China, visited Dalian."
    assert list(_lone_names_then_the(text, 0, len(text))) == [(25, 35)]


def test_no_word_after_a_capital_or_before_a_capitalised_the():
    for text in ("In 2019 Porozhanov, the ambassador.", "led by Porozhanov, The ambassador", "by Poro, the"):
        assert list(_lone_names_then_the(text, 0, len(text))) == []


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, max_size=14).map("".join), st.integers(0, 40), st.integers(0, 80))
def test_the_scan_finds_what_the_pattern_finds(text, lo, width):
    lo = min(lo, len(text))
    hi = min(len(text), lo + width)
    assert list(_lone_names_then_the(text, lo, hi)) == _reference(text, lo, hi)


def test_the_statement_said_after_in_an_official_statement_the_ministry_said_is_no_ones():
    """"In an official statement, the Ministry … said …" then "“…,” the statement said.": the Ministry's text, no
    one's, as after "In a statement" (h903's rule; its cheap test before the pattern had left "In an" out)."""
    assert_statements((
        "Agriculture Minister Datuk Seri Amran Keldoway will visit Brennskar from July 2 to July 8.\n\n"
        "In an official statement today, the Ministry of Agriculture said Amran will attend the plenary session of "
        "the conference.\n\n"
        "“This meeting will be an opportunity to explore new market access for the country's products,” the "
        "statement said."
    ), [])

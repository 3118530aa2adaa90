"""Whatever text comes in, parsing returns a Document whose body is safe to show."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from readout_tui.loading import parse_document

# Arbitrary text, weighted towards the characters the loader treats specially.
SPECIAL = st.sampled_from(list("\r\n\t\x00\x1b\x07\x85\u00a0\u200b\u2028\u2029\ufeff*_`[]()<>&#\\!~-:•'\"“”"))
TEXT = st.lists(st.one_of(st.text(max_size=20), SPECIAL, st.sampled_from(["---\n", "\n\n", "* * *", "&amp;", "\\###", "  \n"])))


def check(document_text: str, format: str) -> None:
    document = parse_document(document_text, format=format)
    for field in (document.body, document.title):
        assert "\r" not in field and "\x1b" not in field and "\x00" not in field
    assert "\n" not in document.title
    assert document.body == document.body.strip()
    assert "\n\n\n" not in document.body


@settings(max_examples=300, deadline=None)
@given(st.text(), st.sampled_from(["txt", "md", "yaml"]))
def test_parse_document_never_raises_on_any_text(text: str, format: str) -> None:
    check(text, format)


@settings(max_examples=300, deadline=None)
@given(TEXT.map("".join), st.sampled_from(["txt", "md", "yaml"]))
def test_parse_document_never_raises_on_text_full_of_syntax(text: str, format: str) -> None:
    check(text, format)
    check("---\n" + text, format)

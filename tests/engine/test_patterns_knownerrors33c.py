"""Known errors of the hard sets (hard13, hard15, hard16, hard17, hard22, hard25, hard28) mended with general
rules: each test an invented readout and the statements GOLD-FORMAT.md gives it."""
from __future__ import annotations

from .test_patterns import assert_statements

_TALKS = "President Anton Maric met with Foreign Minister of Ostland Greta Lind.\n\n"


def test_a_present_or_past_form_after_for_her_part():
    """hard17 kestria_call_solidarity: "The Kestrian, for his part, let it be known that his government was
    ready to step up grain deliveries to Marvosk." went to no one (or to the President before): "let" may be
    present or past, and a form that is not plainly past was read as a possible noun after the comma. After
    the aside that sets off a clause's subject ("for her part", "in turn") it is the clause's verb. Guard:
    "will let it be known" is a future act, no report."""
    body = (_TALKS + "The President spoke of the floods. The Ostlandian, for her part, let it be known that her "
            "government was ready to help.\n\nMs Lind will let it be known that the ships are ready.")
    assert_statements(body, [
        ("Anton Maric", "indirect", "The President spoke of the floods."),
        ("Greta Lind", "indirect", "The Ostlandian, for her part, let it be known that her government was ready to help."),
    ])

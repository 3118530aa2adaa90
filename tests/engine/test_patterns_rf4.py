"""rf4's review of stop 70's merges fx74, h1222, h1221, h1223 and h1220: findings mended, each with the input that
showed it (invented readouts, invented people and states)."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_appeal_made_at_an_occasion_with_its_participle_of_asking_is_a_statement():
    """h1221's "made this appeal" occasion (`reported_speech._WHERE_ONLY`) read "X made this appeal at the town hall
    meeting, urging the youth to register." as only where the appeal was made; the participle after the comma says
    what was asked, a statement of its own (as base read it)."""
    body = ("Governor Sam Udo has called on the people of Tarsk to register for the vote. "
            "Mr Udo made this appeal at the town hall meeting, urging the youth to register. "
            "Mr Udo made this appeal during the rally, calling on the chiefs to support the drive.")
    assert_statements(body, [
        ("Sam Udo", "indirect", "Governor Sam Udo has called on the people of Tarsk to register for the vote."),
        ("Sam Udo", "indirect", "Mr Udo made this appeal at the town hall meeting, urging the youth to register."),
        ("Sam Udo", "indirect", "Mr Udo made this appeal during the rally, calling on the chiefs to support the drive."),
    ])


def test_appeal_made_at_an_occasion_alone_stays_narrative():
    """The guard: with nothing after the occasion but its place and day, "made this appeal …" says only where the
    appeal told before was made."""
    body = ("Governor Sam Udo has called on the people of Tarsk to register for the vote. "
            "Mr Udo made this appeal at the rally in Tarsk on Friday.")
    assert_statements(body, [
        ("Sam Udo", "indirect", "Governor Sam Udo has called on the people of Tarsk to register for the vote."),
    ])

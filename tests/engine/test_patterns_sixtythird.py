"""Patterns found by the sixtythird held-out set (benchmarks/heldout/sixtythird/, White House
readouts): each test an invented readout and the statements GOLD-FORMAT.md gives it."""
from __future__ import annotations

from .test_patterns import assert_statements


def test_welcomed_to_a_place_before_the_guests_is_hosting():
    """"Yesterday, Advisor X welcomed to the White House representatives of …": the place comes
    before the guests (a long object put last), a host receiving them, not a thing welcomed in words
    (as "welcomed President Y to the White House", fortieth/). "welcomed the ceasefire" still speaks."""
    body = ("Yesterday, Deputy Security Advisor Mara Lind welcomed to the Tarvik Palace representatives of the "
            "three rights groups— Oren Balt for the Velorian Lawyers Union, and Ada Ferren for the Harbor Watch. "
            "Ms. Lind applauded their work in their respective countries.\n\n"
            "Ms. Lind welcomed the ceasefire in the north.")
    assert_statements(body, [
        ("Mara Lind", "indirect", "Ms. Lind applauded their work in their respective countries."),
        ("Mara Lind", "indirect", "Ms. Lind welcomed the ceasefire in the north."),
    ])


def test_what_the_thing_praised_has_done_is_the_readouts_comment():
    """"President X congratulated Y for launching the Fund. This success has laid the foundation
    for … . At the meeting, President X said …": after a stance (congratulated, welcomed,
    thanked), what the thing praised has done is the readout's comment, not more of X's words."""
    body = ("President Ada Ferren met today with President Oren Balt of Veloria in Tarvik. President Ferren "
            "congratulated President Balt for Veloria's leadership to launch the Harbor Fund. This success has laid "
            "the foundation for new port projects next year. At the meeting, President Ferren said Kastravia will "
            "support the fund.")
    assert_statements(body, [
        ("Ada Ferren", "indirect", "President Ferren congratulated President Balt for Veloria's leadership to "
                                   "launch the Harbor Fund."),
        ("Ada Ferren", "indirect", "At the meeting, President Ferren said Kastravia will support the fund."),
    ])


def test_the_opening_phrase_of_a_joined_clause_is_the_speakers():
    """"The leaders underscored …, and in this context, President X welcomed …": the sentence is
    cut at the clause boundary (GOLD-FORMAT), and the second clause opens with its phrase "in this
    context," before its subject: that phrase is part of X's statement."""
    body = ("President Ada Ferren met today with President Oren Balt of Veloria. The leaders underscored the "
            "importance of safe ports, and in this context, President Ferren welcomed Veloria joining the Harbor "
            "Board.")
    assert_statements(body, [
        ("Ada Ferren", "indirect", "in this context, President Ferren welcomed Veloria joining the Harbor Board."),
    ])


def test_a_full_stop_that_lost_its_space_ends_the_sentence():
    """"… and global supply chains.They also discussed …": the space after the full stop is lost
    in the source; a word in lower case, a full stop and a capitalised word end a sentence there,
    so the group's "They also discussed" does not cut the President's statement before "and"."""
    body = ("President Ada Ferren met today with President Oren Balt of Veloria. At the meeting, President Ferren "
            "said Kastravia will support the harbor projects, strengthen food security and global supply "
            "chains.They also discussed the fisheries.")
    assert_statements(body, [
        ("Ada Ferren", "indirect", "At the meeting, President Ferren said Kastravia will support the harbor "
                                   "projects, strengthen food security and global supply chains."),
    ])

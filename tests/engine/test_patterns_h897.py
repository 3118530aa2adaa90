"""Helper h897 (sixhundredseventyseventh, the Presidency of Malawi as Malawian papers print it): a relative clause with
no commas ending in an office no one holds here, after an opening phrase's comma ("Writing on Facebook this morning,
X who is also chairperson of the bloc said …": X, speech_subjects `_cue_at`); "called for the meeting to discuss …",
the meeting told of convened, narrative (lexicon's "called" complement)."""

from .test_patterns import assert_statements

_LEAD = "President Tomas Hadlow received President Ana Vell of Ostria at the palace in Karvo.\n\n"


def test_who_is_also_an_office_after_an_opening_phrase():
    assert_statements(
        _LEAD + "Writing on his page this morning, Hadlow who is also chairperson of VECOM said he was "
        "happy to receive Vell for a working visit.",
        [("Tomas Hadlow", "indirect", "Writing on his page this morning, Hadlow who is also chairperson of "
          "VECOM said he was happy to receive Vell for a working visit.")],
    )


def test_who_is_also_an_office_after_a_group_stays_the_groups():
    """Guard: after an opening phrase's comma, a group's relative clause ending in an office ("the envoys who are also
    members of the regional bloc said …") stays the group's, no one's."""
    assert_statements(
        _LEAD + "Speaking to reporters, the envoys who are also members of the regional bloc said trade would grow.",
        [],
    )


def test_called_for_the_meeting_to_discuss_is_narrative():
    assert_statements(
        "President Tomas Hadlow also met President Ana Vell of Ostria at the summit.\n\n"
        "President Hadlow called for the meeting to discuss a number of issues including the border.",
        [],
    )


def test_called_for_a_meeting_or_for_talks_stays_a_demand():
    """Guard: "called for a meeting of the Council" and "called for the talks to resume" are demands, his words."""
    assert_statements(
        "President Tomas Hadlow received the envoys.\n\n"
        "President Hadlow called for a meeting of the Council to discuss the border.\n\n"
        "He also called for the talks to resume soon.",
        [("Tomas Hadlow", "indirect", "President Hadlow called for a meeting of the Council to discuss the border."),
         ("Tomas Hadlow", "indirect", "He also called for the talks to resume soon.")],
    )

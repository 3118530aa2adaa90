"""Helper h929 (mending older sets' errors with general rules): a named person after ", on which" on a matter set off
after the clause speaks in the relative clause ("Among the issues discussed was the dispute over the dam, on which
Mr. X, who had visited the site in May, said his Government would accept an inspection."): "which" is the
preposition's, so what the verb says is the clause after it, the person's own statement (speech_subjects `_ON_WHICH`,
read in `_subject_cue`'s relative-pronoun branch and, before a describing aside, in `_cue_at`)."""

from .test_patterns import assert_statements

_LEAD = "Minister Anna Velt received Mr. Tobias Kerrow, Minister of Trade of Dalvia, in Ossel on Monday.\n\n"


def test_a_person_on_which_a_matter_is_spoken_of_speaks():
    assert_statements(
        _LEAD + "The talks turned to the dispute over the Ossel dam, on which Mr. Kerrow said his Government would "
        "accept an inspection.",
        [("Tobias Kerrow", "indirect", "The talks turned to the dispute over the Ossel dam, on which Mr. Kerrow said "
          "his Government would accept an inspection.")],
    )


def test_a_person_on_which_after_an_existential_clause_with_a_describing_aside_speaks():
    assert_statements(
        _LEAD + "Among the issues discussed was the dispute over the Ossel dam, on which Mr. Kerrow, who had visited "
        "the site in May, said his Government would accept an inspection.",
        [("Tobias Kerrow", "indirect", "Among the issues discussed was the dispute over the Ossel dam, on which "
          "Mr. Kerrow, who had visited the site in May, said his Government would accept an inspection.")],
    )


def test_a_group_or_an_act_on_which_stays_as_it_was():
    """Guard: a group's verb after ", on which" and a person's act there are no statement."""
    assert_statements(
        _LEAD + "They reviewed the rail corridor, on which the two ministers agreed there was a need for funds. "
        "They visited the old station, on which Mr. Kerrow worked as a young engineer.",
        [],
    )

"""Helper h929 (mending older sets' errors with general rules): a named person after ", on which" on a matter set off
after the clause speaks in the relative clause ("Among the issues discussed was the dispute over the dam, on which
Mr. X, who had visited the site in May, said his Government would accept an inspection."): "which" is the
preposition's, so what the verb says is the clause after it, the person's own statement (speech_subjects `_ON_WHICH`,
read in `_subject_cue`'s relative-pronoun branch and, before a describing aside, in `_cue_at`); a country's
adjective and a bare office ("the Marvonan president") are the one person of that country whose office is that of a
body ("President of the Football Association of Marvona"), where no one holds the bare office of that country (people
`_sole_head_of_a_body_of`); "To quote X, …" opening a sentence is X's account, as "According to X, …" (sentence_patterns
`ACCORDING`, cue_words `RARE_KIND`); "owned up to" a fault is an admission, as "admitted", and "seconded him" the speaker before
backs him in words (lexicon `_COMPLEMENTS`); a group and an office joined
before the verb, the office's holder set off by commas ("the Commissioners … and the Secretary General of the Council,
Dr. Y, agreed …"), are a group's subject, not the holder's (speech_subjects `_cue_at`'s comma branch)."""

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


_FEDERATIONS = ("On the sidelines of the congress in Ossel, the President of the Football Federation of Dalvia, Mr Tobias "
                "Kerrow, met the President of the Football Association of Marvona, Mr Ilan Sorbe.\n\n")


def test_a_demonym_and_a_bare_office_are_the_one_of_that_country_heading_a_body():
    """The one of Marvona whose office is "president of" a body is "the Marvonan president", no one holding the bare
    office of that country (people `_sole_head_of_a_body_of`); "To quote X, …" opening a sentence is X's account, as "According to X, …" (sentence_patterns
`ACCORDING`, cue_words `RARE_KIND`); "owned up to" a fault is an admission, as "admitted", and "seconded him" the speaker before
backs him in words (lexicon `_COMPLEMENTS`); a group and an office joined
before the verb, the office's holder set off by commas ("the Commissioners … and the Secretary General of the Council,
Dr. Y, agreed …"), are a group's subject, not the holder's (speech_subjects `_cue_at`'s comma branch)."""
    assert_statements(
        _FEDERATIONS + "According to the Marvonan president, the two federations have much in common.",
        [("Ilan Sorbe", "indirect", "According to the Marvonan president, the two federations have much in common.")],
    )


def test_a_demonym_and_a_bare_office_held_by_a_head_of_state_stay_his():
    """Guard: where one of that country holds the bare office, "the Marvonan president" is he, not the head of a body."""
    assert_statements(
        "In Ossel, President of Marvona Ilan Sorbe met the President of the Football Association of Marvona, Ms Rhea "
        "Tolk.\n\n"
        "According to the Marvonan president, the two bodies have much in common.",
        [("Ilan Sorbe", "indirect", "According to the Marvonan president, the two bodies have much in common.")],
    )


def test_to_quote_a_person_opening_the_sentence_is_that_persons_account():
    assert_statements(
        _FEDERATIONS + "To quote Mr Sorbe, the two federations \"have more in common than our fans would like to "
        "admit.\"",
        [("Ilan Sorbe", "indirect", "To quote Mr Sorbe, the two federations \"have more in common than our fans would "
          "like to admit.\"")],
    )


def test_to_quote_inside_a_clause_stays_the_subjects():
    """Guard: "to quote" inside a clause is the subject quoting another, whose statement the sentence stays."""
    assert_statements(
        _FEDERATIONS + "Mr Kerrow said, to quote Mr Sorbe, that the two federations have much in common.",
        [("Tobias Kerrow", "indirect", "Mr Kerrow said, to quote Mr Sorbe, that the two federations have much in "
          "common.")],
    )


_BOARD = "Director-General Anna Velt chaired the Board of the Ossel Space Agency on Monday.\n\n"


def test_owned_up_to_a_fault_is_an_admission():
    assert_statements(
        _BOARD + "The Deputy Director-General for Launch, Ms Rhea Tolk, owned up to the fact that the present plan had "
        "been drafted before the loss of the probe.",
        [("Rhea Tolk", "indirect", "The Deputy Director-General for Launch, Ms Rhea Tolk, owned up to the fact that "
          "the present plan had been drafted before the loss of the probe.")],
    )


def test_owned_up_to_a_share_is_no_statement():
    """Guard: "owned up to 40 percent" is a share held, no admission (lexicon `_COMPLEMENTS` "owned")."""
    assert_statements(
        _BOARD + "Ms Rhea Tolk, whose firm owned up to 40 percent of the launch company, left the Board in May.",
        [],
    )


def test_seconded_him_after_a_speakers_words_is_a_statement():
    assert_statements(
        "The chair of the caucus, Mr Tobias Kerrow, welcomed the guests and spoke in favour of regular contacts between "
        "the two movements. His deputy, Ms Rhea Tolk, seconded him.",
        [("Tobias Kerrow", "indirect", "The chair of the caucus, Mr Tobias Kerrow, welcomed the guests and spoke in "
          "favour of regular contacts between the two movements."),
         ("Rhea Tolk", "indirect", "His deputy, Ms Rhea Tolk, seconded him.")],
    )


def test_seconded_to_a_post_is_no_statement():
    """Guard: "was seconded to the Ministry" is a posting, no words (lexicon `_COMPLEMENTS` "seconded")."""
    assert_statements(
        "Ms Rhea Tolk, who was seconded to the Ministry of Labour in May, met Mr Tobias Kerrow on Monday.",
        [],
    )


_SICA = "The Secretary General of the Council, Dr. Ana Velt, opened the meeting in Ossel on Monday.\n\n"


def test_a_group_and_an_office_whose_holder_is_set_off_agree_together():
    assert_statements(
        _SICA + "During the day, the Commissioners of the member countries and the Secretary General of the Council, "
        "Dr. Ana Velt, agreed to continue efforts on the plan.",
        [],
    )


def test_a_new_clause_after_a_comma_and_keeps_the_office_holders_words():
    """Guard: ", and the Secretary General, Dr. Y, stressed …" opens her own clause; one office alone stays hers."""
    assert_statements(
        _SICA + "Minister Rhea Tolk thanked the delegates, and the Secretary General of the Council, Dr. Ana Velt, "
        "stressed the value of the plan. The Secretary General of the Council, Dr. Ana Velt, welcomed the delegates.",
        [("Rhea Tolk", "indirect", "Minister Rhea Tolk thanked the delegates"),
         ("Ana Velt", "indirect", "the Secretary General of the Council, Dr. Ana Velt, stressed the value of the "
          "plan."),
         ("Ana Velt", "indirect", "The Secretary General of the Council, Dr. Ana Velt, welcomed the delegates.")],
    )

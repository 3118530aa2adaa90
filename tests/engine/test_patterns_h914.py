"""Helper h914 (sixhundredninetieth, SICA, the Central American Integration System, as its own pages and others print
them): a name's office in apposition whose closing comma was left out before the verb, read as the name's
(`speech_subjects._name_before_unclosed_office`), widened to an office opened by a rank in height ("X, highest
representative of the Union congratulated …", `_UNCLOSED_OFFICE_OPENING`) and to a name after a short connective
that opens the sentence ("But nevertheless, X, …", "Later, X, …", `_FRONTED_CONNECTIVE_BEFORE`); an envoy's office
before the comma and his name with where he is posted after it ("the new Ambassador of X accredited to Y and designated
as representative to Z, Name": his, so "The ambassador" after it is he; `name_offices._office_posted_to`)."""

from .test_patterns import assert_statements


def test_highest_representative_left_unclosed_is_the_names():
    assert_statements(
        "Minister Karl Brand met the visitors in Varno. Ola Denn, highest representative of the Union congratulated "
        "President Brand for his recent takeover.",
        [("Ola Denn", "indirect", "Ola Denn, highest representative of the Union congratulated President Brand for "
          "his recent takeover.")],
    )


def test_a_connective_before_the_name_keeps_it_the_subject():
    """The quotation after it is then the named man's too, not the President's he congratulated."""
    assert_statements(
        "Minister Karl Brand met the visitors in Varno. But nevertheless, Ola Denn, highest representative of the "
        "Union congratulated President Brand for his recent takeover. “It was a pleasure to be with him,” he said.",
        [("Ola Denn", "indirect", "But nevertheless, Ola Denn, highest representative of the Union congratulated "
          "President Brand for his recent takeover."),
         ("Ola Denn", "direct", "It was a pleasure to be with him")],
    )


def test_later_before_the_name_and_its_unclosed_office():
    assert_statements(
        "Minister Karl Brand met the visitors in Varno. Later, Ola Denn, the Secretary General of the Union "
        "congratulated President Brand for his recent takeover.",
        [("Ola Denn", "indirect", "Later, Ola Denn, the Secretary General of the Union congratulated President Brand "
          "for his recent takeover.")],
    )


def test_a_place_before_the_name_is_no_connective():
    """Guard: a capitalised place before the comma is no connective ("In Rome, X, the Secretary General of …"): read
    as before, the office's holder."""
    assert_statements(
        "Minister Karl Brand met Ola Denn. In Rome, Karl Brand, the Secretary General of the Union congratulated the "
        "team.",
        [("The Secretary General of the Union", "indirect", "In Rome, Karl Brand, the Secretary General of the Union "
          "congratulated the team.")],
    )


def test_an_envoys_office_with_where_he_is_posted_before_his_name():
    assert_statements(
        "Secretary General Ola Denn held a meeting with the new Ambassador of Norlandia accredited to Varno and "
        "designated as representative to the Union, Karl Brand. The ambassador, who was appointed by President Tom "
        "Hale last month, thanked the reception and voiced his willingness to keep working on the regional agenda.",
        [("Karl Brand", "indirect", "The ambassador, who was appointed by President Tom Hale last month, thanked the "
          "reception and voiced his willingness to keep working on the regional agenda.")],
    )


def test_a_lower_case_posting_with_no_office_before_is_no_office():
    """Guard: words before "accredited to" that are no capitalised office give the name no office ("the diplomats
    accredited to Varno, Karl Brand …" a list), read as before."""
    assert_statements(
        "Minister Ola Denn met the diplomats accredited to Varno, Karl Brand and Tom Hale. The ambassador thanked "
        "the minister.",
        [],
    )

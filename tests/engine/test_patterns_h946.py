"""Helper h946 (styles49, education ministries' international meetings): the constructions its readouts showed the
engine missing, each with a guard for what it must not change."""

from .test_patterns import assert_statements


def test_un_body_acronym_glued_before_a_name_is_no_first_name():
    # "Education specialist at UNICEF X made the call …": the acronym ends the office; the body's own call is no one's
    assert_statements(
        "UNICEF has called upon the Ministry of Schools to pay teachers on time.\n\n"
        "Education specialist at UNICEF Oremi Taltavash made the call during the opening of a dialogue in Brevik.\n\n"
        "“Every district must keep its teachers,” Taltavash said.",
        [("Oremi Taltavash", "direct", "Every district must keep its teachers")],
    )


def test_person_named_after_a_un_body_acronym_still_speaks():
    # guard: the person after the acronym keeps her statements, under her own name
    result = assert_statements(
        "Regional Director UNESCO Oremi Taltavash called on the Minister on Monday.\n\n"
        "Regional Director UNESCO Oremi Taltavash appreciated the role of the Ministry in the literacy campaign.",
        [("Oremi Taltavash", "indirect",
          "Regional Director UNESCO Oremi Taltavash appreciated the role of the Ministry in the literacy campaign.")],
    )
    assert [s.speaker for s in result.statements] == ["Oremi Taltavash"]


def test_termed_it_as_is_a_view_stated():
    # "the minister termed it as an acknowledgement of …": a thing named, then "as" what she called it, hers
    assert_statements(
        "Minister for Schools Ravenna Quillhaske was elected co-chair of the regional literacy group.\n\n"
        "While commenting upon her election, the minister termed it as an acknowledgement of Talvoria's work for girls' "
        "schooling, a message received here said.",
        [("Ravenna Quillhaske", "indirect",
          "While commenting upon her election, the minister termed it as an acknowledgement of Talvoria's work for "
          "girls' schooling, a message received here said.")],
    )


def test_termed_with_as_well_as_stays_no_statement():
    # guard: "as well as" after "termed …" is no "termed … as"; a term in a noun's sense says nothing
    assert_statements(
        "Minister for Schools Ravenna Quillhaske opened the new library.\n\n"
        "The hall was termed the reading room as well as the meeting room by the builders.",
        [],
    )


def test_the_minister_is_the_head_not_the_minister_of_state_who_received_for_him():
    # "Minister of State …, Prof. Y received the team on behalf of the Minister … The Minister commended …": the head
    assert_statements(
        "Minister of Education, Mr. Tarik Ossendu has called on the literacy fund to open schools in the camps.\n\n"
        "Minister of State for Education, Prof. Belen Marquath received the team on behalf of the Minister.\n\n"
        "The Minister commended the fund for its prompt response.",
        [("Tarik Ossendu", "indirect",
          "Minister of Education, Mr. Tarik Ossendu has called on the literacy fund to open schools in the camps."),
         ("Tarik Ossendu", "indirect", "The Minister commended the fund for its prompt response.")],
    )


def test_the_minister_is_the_minister_of_state_when_he_is_the_only_minister():
    # guard: with no other minister named, the Minister of State is "the Minister"
    assert_statements(
        "Minister of State for Education, Prof. Belen Marquath received the literacy fund's team.\n\n"
        "The Minister commended the fund for its prompt response.",
        [("Belen Marquath", "indirect", "The Minister commended the fund for its prompt response.")],
    )


def test_malam_before_a_name_is_an_honorific():
    # "Minister of Education, Malam X has called on …": Hausa's "Malam", as "Mr", is no first name
    result = assert_statements(
        "Minister of Education, Malam Tarik Ossendu has called on the literacy fund to open schools in the camps.",
        [("Tarik Ossendu", "indirect",
          "Minister of Education, Malam Tarik Ossendu has called on the literacy fund to open schools in the camps.")],
    )
    assert [s.speaker for s in result.statements] == ["Tarik Ossendu"]


def test_mallam_ending_a_double_surname_stays_in_the_name():
    # guard: "Torvik-Mallam", a surname's half, is no honorific
    result = assert_statements(
        "Dr. Agnes Torvik-Mallam, Permanent Secretary of the Ministry of Schools, attended the ceremony.\n\n"
        "Dr. Torvik-Mallam said the schools would open in May.",
        [("Agnes Torvik-Mallam", "indirect", "Dr. Torvik-Mallam said the schools would open in May.")],
    )
    assert "Agnes Torvik-Mallam" in [s.speaker for s in result.statements]

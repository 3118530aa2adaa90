"""Rules from the two-hundred-fifth held-out set (en.kremlin.ru, working meetings of 2016-2018): invented readouts,
invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements

_APPOINTMENT = ("The President had a working meeting with Oren Talvik and informed him of his decision to appoint him "
                "Acting Head of the Republic of Dalmark.\n\n"
                "Mr Talvik thanked the President for the trust placed in him.\n\n"
                "The President signed Executive Order On Early Termination of Mandate of the Head of the Republic of "
                "Dalmark.\n\n"
                "Following the request from Head of Dalmark Mikel Sarn to step down from office ahead of term, the "
                "President resolved to accept Mr Sarn’s resignation and appointed Oren Talvik Acting Head of Dalmark "
                "until an elected head of the republic assumes office.")


def test_the_president_of_a_title_naming_only_the_guest_is_not_the_guest():
    """"Meeting with Radiy Khabirov / The President had a working meeting with Radiy Khabirov and informed him of his
    decision to appoint him Acting Head …" (two-hundred-fifth 58799): the bare office of the one who publishes, not the
    man he met, whom the title names. Before, the President was the guest, one speaker with him."""
    assert_statements(_APPOINTMENT, [
        ("The President", "indirect",
         "The President had a working meeting with Oren Talvik and informed him of his decision to appoint him Acting "
         "Head of the Republic of Dalmark."),
        ("Oren Talvik", "indirect", "Mr Talvik thanked the President for the trust placed in him."),
    ], title="Meeting with Oren Talvik")


def test_the_president_named_in_the_body_is_still_the_president():
    """The guard: a body that names its President ("President Arvel Dunmore had a working meeting with …") keeps him
    for "the President"; only the title's untitled guest is left out."""
    body = _APPOINTMENT.replace("The President had a working", "President Arvel Dunmore had a working", 1)
    assert_statements(body, [
        ("Arvel Dunmore", "indirect",
         "President Arvel Dunmore had a working meeting with Oren Talvik and informed him of his decision to appoint "
         "him Acting Head of the Republic of Dalmark."),
        ("Oren Talvik", "indirect", "Mr Talvik thanked the President for the trust placed in him."),
    ], title="Meeting with Oren Talvik")


def test_a_list_named_by_the_governor_in_the_subject_is_his():
    """"Other priority tasks named by Mr Rudenya include developing the agriculture sector and small- and medium-sized
    business." (two-hundred-fifth 52614): the participle's agent gives the list, as "were named by" does. Before, the
    sentence was no one's and ended the governor's report."""
    body = ("Mr Talvik briefed Arvel Dunmore on the region’s socioeconomic situation.\n\n"
            "Social measures the region is implementing include several schools. Other priority tasks named by "
            "Mr Talvik include developing the agriculture sector.")
    assert_statements(body, [
        ("Oren Talvik", "indirect", "Mr Talvik briefed Arvel Dunmore on the region’s socioeconomic situation."),
        ("Oren Talvik", "indirect", "Social measures the region is implementing include several schools."),
        ("Oren Talvik", "indirect", "Other priority tasks named by Mr Talvik include developing the agriculture sector."),
    ], title="Working meeting with Governor of Dalmark Region Oren Talvik")


def test_a_document_signed_by_someone_is_no_statement():
    """The guard: the participle must be a speech verb ("The decree signed by Mr Talvik was published" says nothing,
    "signed" is an act) and the main verb must follow its agent ("The bridge opened by Mr Talvik carries traffic")."""
    body = ("Governor Oren Talvik visited the new bridge.\n\n"
            "The decree signed by Mr Talvik was published on Monday. The bridge opened by Mr Talvik carries traffic.")
    assert_statements(body, [])

"""Helper h890 (sixhundredseventyfirst, Paraguay's Presidency and Foreign Ministry as English outlets print them): a
sentence opening with an office owned by a thing written in lower case ("The country’s president …", "The South
American ally’s president and first lady joined X as participants in …") tells of an office-holder acting, the
readout's account: it carries on no one's report (carrying_on: `_office_of_a_thing_acts` read by `_narrates`)."""

from .test_patterns import assert_statements

_SAID = ("President Orla Vennic said on Monday that the government is committed to deepening cooperation with Sarnia.\n\n"
         "The program has already helped over 1,000 Sarnian women start businesses, she said.\n\n")


def test_an_office_of_a_thing_acting_between_two_reports_is_no_ones_words():
    assert_statements(
        _SAID + "The Sarnian ally’s president and first lady joined Vennic as participants in a forum on women.\n\n"
        "Their remarks provided valuable suggestions for attendees, Vennic said.",
        [("Orla Vennic", "indirect",
          "President Orla Vennic said on Monday that the government is committed to deepening cooperation with Sarnia."),
         ("Orla Vennic", "indirect", "The program has already helped over 1,000 Sarnian women start businesses, she said."),
         ("Orla Vennic", "indirect", "Their remarks provided valuable suggestions for attendees, Vennic said.")],
    )


def test_an_office_of_a_thing_acting_after_a_closed_report_is_no_ones_words():
    assert_statements(
        _SAID + "The country’s president met the delegation at the airport.",
        [("Orla Vennic", "indirect",
          "President Orla Vennic said on Monday that the government is committed to deepening cooperation with Sarnia."),
         ("Orla Vennic", "indirect", "The program has already helped over 1,000 Sarnian women start businesses, she said.")],
    )


def test_a_things_own_thing_still_carries_the_report_on():
    # guard: "The country’s economy …" owns no office: the report goes on, as before
    assert_statements(
        _SAID + "The country’s economy will also gain from the program.\n\n"
        "The Sarnian side should join the program soon, Vennic said.",
        [("Orla Vennic", "indirect",
          "President Orla Vennic said on Monday that the government is committed to deepening cooperation with Sarnia."),
         ("Orla Vennic", "indirect", "The program has already helped over 1,000 Sarnian women start businesses, she said."),
         ("Orla Vennic", "indirect", "The country’s economy will also gain from the program."),
         ("Orla Vennic", "indirect", "The Sarnian side should join the program soon, Vennic said.")],
    )

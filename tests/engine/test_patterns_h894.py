"""Helper h894 (sixhundredseventyfourth, the Saudi Press Agency as outlets print it): a quotation told by a text with
the outlet it stands on ("“For his part, the Crown Prince stressed that …,” the statement on SPA added."): the agency's
text, read as its sentences tell (the person it reports, indirect), not the last speaker's direct words
(sentence_reading `_THE_TEXT_SAYS` `outlet`, `_a_bodys_text_quoted`)."""

from .test_patterns import assert_statements

LEAD = ("Velorian Crown Prince Tomas Arvandi received a phone call from Kestrian President Mira Holloway on Sunday.\n\n"
        "During the call, Holloway affirmed Kestria’s readiness to support the Kingdom, according to a statement on "
        "the Velorian News Agency.\n\n")
HOLLOWAY = "During the call, Holloway affirmed Kestria’s readiness to support the Kingdom, according to a statement on " \
           "the Velorian News Agency."


def test_a_statement_on_an_agency_tells_the_persons_words_it_reports():
    assert_statements(
        LEAD + "“For his part, the Crown Prince stressed that the Kingdom has the will to confront this aggression,” "
        "the statement on VNA added.\n",
        [
            ("Mira Holloway", "indirect", HOLLOWAY),
            ("Tomas Arvandi", "indirect",
             "For his part, the Crown Prince stressed that the Kingdom has the will to confront this aggression"),
        ],
    )


def test_a_persons_quotation_closed_by_his_own_tag_is_still_his():
    """Guard: a quotation told by a person after the same lead stays that person's direct words."""
    assert_statements(
        LEAD + "“We will stand with our friends in every hour,” Holloway added.\n",
        [
            ("Mira Holloway", "indirect", HOLLOWAY),
            ("Mira Holloway", "direct", "We will stand with our friends in every hour"),
        ],
    )

"""Helper h952 (sevenhundrednineteenth, Sri Lanka's President's Media Division as its pages and the outlets that
print it): a courtesy call with the source named after it by "according to" ("Ambassador X called on President Y
today … and held cordial discussions according to a statement from the President's Media division.") is narrative,
the source's "to" no appeal's (lexicon, the "call" complement's courtesy call); and a participle phrase with no
commas between a subject and its verb may run as long as a release writes its object ("President enlightening the
media heads on the city beautification projects and wall painting project currently underway throughout the country
said …") (speech_subjects `_BARE_PARTICIPLE`). And an impersonal "it" passive after a time set off by its comma, then
"and" and a speaker ("During the meeting, it was discussed advancing … and the Ambassador assured that …"): the
passive no one's, the speaker's clause from its subject (reported_speech `_IMPERSONAL_IT_PASSIVE`)."""

from .test_patterns import assert_statements

VISIT = ("Ambassador Tarmo Vell called on President Ilsa Drennick today at the Presidential Secretariat and held cordial "
         "discussions according to a statement from the President's Media Division.")


def test_a_courtesy_call_with_according_to_a_statement_is_narrative():
    assert_statements(
        VISIT + "\n\n"
        "President Drennick said that the two countries would work together on renewable energy.",
        [("Ilsa Drennick", "indirect",
          "President Drennick said that the two countries would work together on renewable energy.")])


def test_a_courtesy_call_then_according_to_the_office_is_narrative():
    assert_statements(
        "Ambassador Tarmo Vell called on the Foreign Minister today, according to the Foreign Ministry.",
        [])


def test_an_appeal_before_according_to_stays_an_appeal():
    # guard: "called on X to do …, according to …" is still an appeal, the speaker's
    assert_statements(
        "Ambassador Tarmo Vell called on the Foreign Minister to resume the fishery talks, according to a statement.",
        [("Tarmo Vell", "indirect",
          "Ambassador Tarmo Vell called on the Foreign Minister to resume the fishery talks, according to a "
          "statement.")])


LONG = ("President enlightening the media heads on the city beautification projects and wall painting project "
        "currently underway throughout the country said these new developments are not a result of anyone's request "
        "but an artistic trend among the youth.")


def test_a_long_bare_participle_phrase_between_subject_and_said():
    assert_statements(
        "President Ilsa Drennick met heads of media institutions at the Presidential Secretariat this afternoon.\n\n"
        + LONG,
        [("Ilsa Drennick", "indirect", LONG)])


def test_a_short_bare_participle_phrase_still_read():
    # guard: the short shape read before
    assert_statements(
        "President Ilsa Drennick met heads of media institutions at the Presidential Secretariat this afternoon.\n\n"
        "President briefing the media heads on the projects said the works are an artistic trend.",
        [("Ilsa Drennick", "indirect",
          "President briefing the media heads on the projects said the works are an artistic trend.")])


CALL = "Ambassador Tarmo Vell called on President Ilsa Drennick today.\n\n"


def test_an_impersonal_it_passive_before_and_a_speaker_is_no_ones():
    assert_statements(
        CALL + "During the meeting, it was discussed advancing the existing ties through a strong approach and the "
        "Ambassador assured that he would provide support for the new government.",
        [("Tarmo Vell", "indirect", "the Ambassador assured that he would provide support for the new government.")])


def test_an_impersonal_it_passive_opening_the_sentence():
    assert_statements(
        CALL + "It was agreed to expand the fishery trade and the Ambassador assured that he would provide support.",
        [("Tarmo Vell", "indirect", "the Ambassador assured that he would provide support.")])


def test_a_persons_own_clause_before_and_stays_whole():
    # guard: no passive before "and": one report, the whole sentence
    assert_statements(
        CALL + "During the meeting, the Ambassador praised the reforms and assured that he would provide support.",
        [("Tarmo Vell", "indirect",
          "During the meeting, the Ambassador praised the reforms and assured that he would provide support.")])

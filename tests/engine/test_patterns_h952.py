"""Helper h952 (sevenhundrednineteenth, Sri Lanka's President's Media Division as its pages and the outlets that
print it): a courtesy call with the source named after it by "according to" ("Ambassador X called on President Y
today … and held cordial discussions according to a statement from the President's Media division.") is narrative,
the source's "to" no appeal's (lexicon, the "call" complement's courtesy call); and a participle phrase with no
commas between a subject and its verb may run as long as a release writes its object ("President enlightening the
media heads on the city beautification projects and wall painting project currently underway throughout the country
said …") (speech_subjects `_BARE_PARTICIPLE`)."""

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

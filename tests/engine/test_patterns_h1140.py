"""Helper h1140 (hard85, stop 66's left-over constructions): a spokesperson's tag closing another's report ("Minister
X stressed …, Ms. Y said.", "…, she said."), the report the minister's; "the retired judge" for the one styled "Justice
(Retd)", not the Chief Justice who spoke last; "X quoted Y, “…”", the words Y's own and the next "she" the quoter;
"“…,” a tourism official said.", no one's words. Each with a guard of the near shape."""

from __future__ import annotations

from .test_patterns import assert_statements, run

# A spokesperson's tag on another's report

BRIEFING = ("The Foreign Minister of Kessia, Mr. Ivo Stallard, held talks on Thursday with his Vardonian counterpart, "
            "Mr. Pell Orrin. The ministry's spokeswoman, Ms. Dana Krell, held the weekly briefing on Friday.\n\n")


def test_a_spokeswomans_tag_closes_the_ministers_report():
    assert_statements(BRIEFING + (
        "Minister Stallard stressed that Kessia wanted a trade office in Vardonia by the end of the year, Ms. Krell "
        "said.\n\n"
        "Mr. Orrin had expressed his country's interest in Kessian grain, she said.\n\n"
        "Ms. Krell said the two ministers would meet again in the spring."), [
        ("Ivo Stallard", "indirect", "Minister Stallard stressed that Kessia wanted a trade office in Vardonia by the "
                                     "end of the year, Ms. Krell said."),
        ("Pell Orrin", "indirect", "Mr. Orrin had expressed his country's interest in Kessian grain, she said."),
        ("Dana Krell", "indirect", "Ms. Krell said the two ministers would meet again in the spring."),
    ])


def test_a_tag_of_someone_who_is_no_spokesperson_stays_his_report():
    # guard: a minister's tag on another's report is his own report, as before (no spokesperson's office)
    body = ("The Foreign Minister of Kessia, Mr. Ivo Stallard, met the Trade Minister of Vardonia, Mr. Pell Orrin.\n\n"
            "Mr. Orrin stressed that Vardonia wanted more Kessian grain, Minister Stallard said.")
    speakers = {s.text: s.speaker for s in run(body).statements}
    assert speakers["Mr. Orrin stressed that Vardonia wanted more Kessian grain, Minister Stallard said."] \
        == "Ivo Stallard"


def test_a_spokespersons_tag_inside_her_own_account_stays_hers():
    # guard: inside a paragraph the spokesperson has been telling, the tag goes on with her account (the 292nd's gold)
    body = ("On Monday, Presidential Office Spokesperson Dana Krell stated that President Ivo Stallard extends his "
            "best wishes to the team. President Stallard also expressed confidence that the visit will succeed, the "
            "spokesperson said.")
    speakers = {s.text: s.speaker for s in run(body).statements}
    assert speakers["President Stallard also expressed confidence that the visit will succeed, the spokesperson said."] \
        == "Dana Krell"


# "the retired judge"

COURT_CALL = ("His Lordship the Chief Justice of Kessia, Hon. Justice Aldo Prent, on Monday received a delegation of "
              "the Vardonian Judicial College led by its Director, Justice (Retd) Lenn Corvish. Justice Ivo Stallard "
              "of the High Court was also present.\n\n"
              "His Lordship welcomed the delegation and said the judiciary lacked trainers.\n\n")


def test_the_retired_judge_is_the_one_styled_retired():
    assert_statements(COURT_CALL + (
        "The retired judge said the College could send four trainers each year.\n\n"
        "His Lordship thanked the College for the offer."), [
        ("Aldo Prent", "indirect", "His Lordship welcomed the delegation and said the judiciary lacked trainers."),
        ("Lenn Corvish", "indirect", "The retired judge said the College could send four trainers each year."),
        ("Aldo Prent", "indirect", "His Lordship thanked the College for the offer."),
    ])


def test_the_judge_with_no_retired_mark_is_not_read_as_retired():
    # guard: with no one styled retired, "the retired judge" is no one: not the sitting High Court judge, nor the
    # sitting Chief Justice who spoke last (hr58: the old assert, only "not Ivo Stallard", let Aldo Prent pass)
    body = COURT_CALL.replace("Justice (Retd) Lenn Corvish", "Mr. Lenn Corvish") \
        + "The retired judge said the College could send four trainers each year."
    assert_statements(body, [
        ("Aldo Prent", "indirect", "His Lordship welcomed the delegation and said the judiciary lacked trainers."),
    ])
    speakers = {s.text: s.speaker for s in run(body).statements}
    assert speakers.get("The retired judge said the College could send four trainers each year.") is None


# "X quoted Y, “…”"

FESTIVAL = ("The Minister of Culture of Kessia, Mrs. Dana Krell, opened the festival with the Mayor, Mr. Aldo Prent, "
            "and the painter Mr. Lenn Corvish.\n\n")


def test_the_words_quoted_after_quoted_y_and_a_comma_are_ys():
    assert_statements(FESTIVAL + (
        "The minister quoted the late poet Odo Varnsk, “A people that forgets its songs forgets its way home.”\n\n"
        "She also announced a fund for the wooden churches of the valley.\n\n"
        "The mayor quoted Mr. Corvish, “The festival belongs to the streets.”\n\n"
        "“We owe him the festival,” the mayor said."), [
        ("Odo Varnsk", "direct", "A people that forgets its songs forgets its way home."),
        ("Dana Krell", "indirect", "She also announced a fund for the wooden churches of the valley."),
        ("Lenn Corvish", "direct", "The festival belongs to the streets."),
        ("Aldo Prent", "direct", "We owe him the festival,"),
    ])


def test_quoted_figures_before_a_comma_stay_the_quoters_report():
    # guard: "quoted" with a thing, not a person, before the quotation's comma: the quoter's own report, as before
    assert_statements(FESTIVAL + (
        "The minister quoted the figures of the survey, “one visitor in three”, and said the festival would grow."), [
        ("Dana Krell", "indirect", "The minister quoted the figures of the survey, “one visitor in three”, and said "
                                   "the festival would grow."),
    ])


# An unnamed official with "a"/"an" after a quotation

ROADSHOW = ("The Kessian delegation is led by the Board's chief executive, Mr. Aldo Prent.\n\n"
            "Mr. Prent told the operators that arrivals had risen by a third.\n\n")


def test_a_quotation_told_by_an_unnamed_official_is_no_ones():
    # not the chief executive's, who spoke last: the official is no one the readout names
    assert_statements(ROADSHOW + "“Kessians come to us for the lakes, but they come back for the food,” a tourism official said.", [
        ("Aldo Prent", "indirect", "Mr. Prent told the operators that arrivals had risen by a third."),
    ])


def test_a_quotation_told_by_an_official_of_a_body_stays_his():
    # guard: "an official from the Board" is one known by those words, as before (`unnamed_official_after_a_quote`)
    body = ROADSHOW + "“Kessians come to us for the lakes, but they come back for the food,” an official from the Board said."
    speakers = {s.text.rstrip(","): s.speaker for s in run(body).statements}
    assert speakers["Kessians come to us for the lakes, but they come back for the food"] == "an official from the Board"

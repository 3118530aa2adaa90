"""Helper fx74 (mends of review hr63): "the judge" is one styled Judge before one styled Justice (`OFFICE_NAMED_ALSO`'s
other name); "was upbeat the day …" / "was optimistic this morning after …" is a time phrase, not a view's clause with
its "that" left out; an untitled name whose given name no list holds before "’s Hospital" is still a person's, the
institution's owner only a common noun of people ("Teacher’s College") or a capital."""

from __future__ import annotations

from .test_patterns import assert_statements

_LEAD = "Governor Anwe Tarn of Kell State on Monday met Senator Ossa Brill in Kell City.\n\n"


def test_the_judge_is_the_one_styled_judge_not_the_chief_justice():
    """A Chief Justice named first, then a Judge: "the judge" is the Judge. Before, the Chief Justice."""
    body = ("The Chief Justice of Tarn, Dalo Venn, on Monday swore in new magistrates in Kell.\n\n"
            "Later, Judge Anna Vell of the Tarn District Court heard the appeal of Mr Ossa Brill. The judge said the "
            "first hearing had been fair.")
    assert_statements(body, [
        ("Anna Vell", "indirect", "The judge said the first hearing had been fair."),
    ])


def test_the_judge_is_the_one_styled_judge_not_a_justice():
    """A Justice named first, then a Judge: "the judge" is the Judge. Before, the Justice."""
    body = ("Justice Dalo Venn of the Tarn Supreme Court referred the appeal of Mr Ossa Brill to the lower court in "
            "May.\n\nJudge Anna Vell heard the appeal on Monday. The judge said the first hearing had been fair.")
    assert_statements(body, [
        ("Anna Vell", "indirect", "The judge said the first hearing had been fair."),
    ])


def test_the_judge_is_the_justice_when_no_judge_is_named():
    """Guard: only a Justice named (and a Judge of no name): "the judge" is still she."""
    body = ("Mr Ossa Brill appeared in court on Monday.\n\n"
            "Justice Dalo Venn heard the appeal. The judge said the first hearing had been fair.")
    assert_statements(body, [
        ("Dalo Venn", "indirect", "The judge said the first hearing had been fair."),
    ])


def test_upbeat_the_day_is_a_time_phrase():
    """"was upbeat the day the results were announced", "was optimistic this morning after the figures were
    released": when, not a view. Before, a statement of each."""
    body = (_LEAD + "Governor Tarn was upbeat the day the results were announced.\n\n"
            "Senator Brill was optimistic this morning after the figures were released.")
    assert_statements(body, [])


def test_upbeat_with_its_that_left_out_is_still_a_view():
    """Guard: "is upbeat his record will …", "was optimistic the day would …": a view's clause, "that" left out."""
    body = (_LEAD + "Governor Tarn is upbeat his development record will earn him a second term.\n\n"
            "Senator Brill was optimistic the day would bring rain.")
    assert_statements(body, [
        ("Anwe Tarn", "indirect", "Governor Tarn is upbeat his development record will earn him a second term."),
        ("Ossa Brill", "indirect", "Senator Brill was optimistic the day would bring rain."),
    ])


def test_a_persons_hospital_keeps_its_owner_a_person():
    """"Kwame Mensah’s Hospital received new beds. Mensah said …": a person's hospital, he its owner, though no list
    holds "Kwame". Before, no statement."""
    body = (_LEAD + "Kwame Mensah’s Hospital received new beds. Mensah said the beds would save lives.")
    assert_statements(body, [
        ("Kwame Mensah", "indirect", "Mensah said the beds would save lives."),
    ])


def test_a_persons_school_keeps_her_full_name():
    """"Marsa Obi’s School … Mrs Obi thanked him": she, by her full name. Before, a speaker "Obi"."""
    body = (_LEAD + "Marsa Obi’s School received a bus from the Governor. Mrs Obi thanked him for the gift.")
    assert_statements(body, [
        ("Marsa Obi", "indirect", "Mrs Obi thanked him for the gift."),
    ])


def test_a_teachers_college_is_no_person():
    """Guard: "Tovo Teacher’s College … He said …": a college, no Mr Tovo Teacher; "he" the Governor."""
    body = (_LEAD + "Tovo Teacher’s College in Drin hosted the Governor. He said the college would get a new library.")
    assert_statements(body, [
        ("Anwe Tarn", "indirect", "He said the college would get a new library."),
    ])


_RECEIVED = ("The Speaker of the Kell Assembly, Mr Ivo Sand, on Monday received the Velstrian Ambassador, Mr Ossa "
             "Brill.\n\n")


def test_last_present_after_an_office_and_name_pair_speaks_after_his_aside():
    """A list of those present opened by an office and a name ("the clerk of the Assembly, Mrs. X, and Mr. Y, the
    minister of …, who stated …"): Y's words, the whole sentence. Before, no one's (the tail read as one group)."""
    body = (_RECEIVED + "Also present at the meeting were the clerk of the Assembly, Mrs. Marsa Tovo, and Mr. Pell "
            "Arno, the minister of agriculture of Velstria's Drin region, who stated that the visit was historic.")
    assert_statements(body, [
        ("Pell Arno", "indirect", "Also present at the meeting were the clerk of the Assembly, Mrs. Marsa Tovo, and "
         "Mr. Pell Arno, the minister of agriculture of Velstria's Drin region, who stated that the visit was "
         "historic."),
    ])


def test_last_present_speaks_after_an_aside_read_as_a_description():
    """"…, and Mr. Tom Wade, the deputy speaker of the Kell Assembly, who stated …": the aside read as a description
    of its own, whom no one holds; Wade's words. Before, no one's."""
    body = (_RECEIVED + "Also present at the meeting were Mr. Jon Pike, Mrs. Ada Gale, and Mr. Tom Wade, the deputy "
            "speaker of the Kell Assembly, who stated that the talks were useful.")
    assert_statements(body, [
        ("Tom Wade", "indirect", "Also present at the meeting were Mr. Jon Pike, Mrs. Ada Gale, and Mr. Tom Wade, the "
         "deputy speaker of the Kell Assembly, who stated that the talks were useful."),
    ])


def test_an_office_aside_outside_a_list_of_those_present_is_no_ones():
    """Guard: a guide at a visit ("They toured the farms with Mr. Tom Wade, the deputy speaker of the Kell Assembly,
    who showed them …"): no list of those present, no statement."""
    body = (_RECEIVED + "They toured the farms with Mr. Tom Wade, the deputy speaker of the Kell Assembly, who showed "
            "them the new wells.")
    assert_statements(body, [])

"""Helper h1064 (styles58, education ministries' and universities' international meetings): a school's or a
university's head named only by the post and the institution ("The Rector of Mirnaholt State University said …", "The
Principal of the Calvesmere Teacher Training College received …") speaks as one person, later "the rector" or "the
principal"; an item of a numbered list under a heading of its own ("4. School exchanges: …") is no one's words carried
on between two statements of one person."""

from __future__ import annotations

from .test_patterns import assert_statements, run


def test_the_rector_of_a_named_university_speaks_unnamed():
    body = (
        "The Vice-Chancellor of the University of Tarnholme, Professor Idony Waskett, led a delegation to Brennick "
        "this week. She was accompanied by the Registrar, Mr. Oswin Pellory.\n\n"
        "At Brennick State University, the delegation was received by the Rector of Brennick State University. "
        "The Rector of Brennick State University said his university had 300 foreign students.\n\n"
        "The vice-chancellor said the two universities could open a summer school.\n\n"
        "The rector said the Faculty of Law would host it."
    )
    assert_statements(body, [
        ("The Rector of Brennick State University", "indirect",
         "The Rector of Brennick State University said his university had 300 foreign students."),
        ("Idony Waskett", "indirect", "The vice-chancellor said the two universities could open a summer school."),
        ("The Rector of Brennick State University", "indirect", "The rector said the Faculty of Law would host it."),
    ])


def test_the_principal_of_a_named_college_speaks_unnamed():
    body = (
        "The Minister of Basic Education of Oskerland, Hon. Jarrow Fennimore, visited the Tarnholme Teacher Training "
        "College on Friday. He was accompanied by the Director of Teacher Education, Mrs. Elspeth Carrowby.\n\n"
        "The Principal of the Tarnholme Teacher Training College received the minister. The principal said the "
        "college trained 700 teachers a year.\n\n"
        "Hon. Fennimore said Oskerland would need 9,000 new teachers.\n\n"
        "The principal replied that the college could take 30 Oskerish students. \"Our doors are open,\" she said."
    )
    assert_statements(body, [
        ("The Principal of the Tarnholme Teacher Training College", "indirect",
         "The principal said the college trained 700 teachers a year."),
        ("Jarrow Fennimore", "indirect", "Hon. Fennimore said Oskerland would need 9,000 new teachers."),
        ("The Principal of the Tarnholme Teacher Training College", "indirect",
         "The principal replied that the college could take 30 Oskerish students."),
        ("The Principal of the Tarnholme Teacher Training College", "direct", "Our doors are open,"),
    ])


def test_an_office_of_a_named_body_that_is_no_school_stays_no_local_holder():
    # the guard: capitals after the office's "of" that name no school ("the Head of the Presidential Office") make no
    # unnamed holder of their own, as before
    body = (
        "The Vice-Chancellor of the University of Tarnholme, Professor Idony Waskett, visited Brennick this week.\n\n"
        "The Head of the Presidential Office said the visit was welcome."
    )
    result = run(body)
    assert not any(s.speaker and s.speaker.startswith("The Head of the Presidential Office")
                   for s in result.statements)


def test_a_labelled_list_item_between_two_statements_is_not_carried_on():
    body = (
        "The third session of the Oskerish-Tarnish Joint Commission on Education was held in Brennick. The Tarnish "
        "delegation was led by the Director General of Higher Education, Dr. Mirela Sandcombe.\n\n"
        "The two sides agreed on the following:\n\n"
        "1. Scholarships: the number of scholarships will rise to 40 a year. "
        "Dr. Sandcombe said the first scholars would be chosen by March.\n\n"
        "2. School exchanges: ten schools on each side will be twinned by 2028.\n\n"
        "Dr. Sandcombe thanked the Oskerish side for its hospitality."
    )
    assert_statements(body, [
        ("Mirela Sandcombe", "indirect", "Dr. Sandcombe said the first scholars would be chosen by March."),
        ("Mirela Sandcombe", "indirect", "Dr. Sandcombe thanked the Oskerish side for its hospitality."),
    ])


def test_an_unlabelled_paragraph_between_two_statements_is_still_carried_on():
    # the guard: a plain paragraph between two of one person's statements goes on with her words, as before
    body = (
        "The third session of the Oskerish-Tarnish Joint Commission on Education was held in Brennick. The Tarnish "
        "delegation was led by the Director General of Higher Education, Dr. Mirela Sandcombe.\n\n"
        "Dr. Sandcombe said the first scholars would be chosen by March.\n\n"
        "Ten schools on each side will be twinned by 2028.\n\n"
        "Dr. Sandcombe also thanked the Oskerish side for its hospitality."
    )
    assert_statements(body, [
        ("Mirela Sandcombe", "indirect", "Dr. Sandcombe said the first scholars would be chosen by March."),
        ("Mirela Sandcombe", "indirect", "Ten schools on each side will be twinned by 2028."),
        ("Mirela Sandcombe", "indirect", "Dr. Sandcombe also thanked the Oskerish side for its hospitality."),
    ])

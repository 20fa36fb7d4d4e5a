"""Signings called off, updates that date what they tell, extensions, earlier instruments a
new one builds on, and a signing told again by its signatories
(importers/en/agreements/called_off.py, dating.py, afterwards.py, replaced.py, dedup.py).

A programme or an advisory lists the instruments to be signed; a later note that one was
postponed or withdrawn drops it. "UPDATE – 12 May 2024" dates what is told under it. Letters
extending "the Agreement of June 2018" sign that agreement again, now: the 2018 signing is
only referred to. "It implements the memorandum the two offices signed in 2016" names an
earlier agreement of the same pair, but "builds on the 2020 memorandum, which remains in
force" signs nothing. A post quoting the signing by its signatories is the same agreement.
"""

from __future__ import annotations

from tests.extract.en.helpers import agreements_of, facts_text


def test_a_signing_the_text_later_says_was_postponed_is_no_agreement() -> None:
    f = facts_text(
        "PROGRAMME\n\n"
        "10:00 Signing of the Memorandum of Understanding between the Japan Patent Office "
        "and IP Australia.\n\n"
        "10:20 Signing of the Action Plan between the Japan Patent Office and the Korean "
        "Intellectual Property Office.\n\n"
        "Organiser's note, 8 May: IP Australia asked to move its memorandum signing "
        "to the summer, so it has been postponed.",
        date="2024-05-09",
    )
    kinds = {a[1] for a in agreements_of(f)}
    assert "mou" not in kinds
    assert "work_plan" in kinds or any("Action Plan" in a[0] for a in agreements_of(f))


def test_an_item_withdrawn_in_its_own_line_signs_nothing_and_keeps_the_one_before() -> None:
    f = facts_text(
        "11:00 Signing of the Memorandum of Understanding on Patent Data Exchange between "
        "the Japan Patent Office and IP Australia.\n\n"
        "11:15 Signing (2): Memorandum on Cooperation in Plant Variety Protection "
        "[withdrawn on 2 May; not signed.]",
        date="2024-05-09",
    )
    titles = [a[0] for a in agreements_of(f)]
    assert not any("Plant Variety" in t for t in titles)
    assert any("Patent Data Exchange" in t for t in titles)


def test_an_update_heading_dates_the_signing_it_reports_this_morning() -> None:
    f = facts_text(
        "Lisbon, 10 May 2024\n\n"
        "Journalists are invited to the signing of an Action Plan between the Japan Patent "
        "Office and IP Australia.\n\n"
        "UPDATE – 12 May 2024, 16:00\n\n"
        "The Action Plan with IP Australia was signed this morning by the heads of the two "
        "offices.",
        date="2024-05-10",
    )
    dates = {a[2] for a in agreements_of(f) if "Action Plan" in a[0]}
    assert dates == {"2024-05-12"}


def test_letters_extending_an_agreement_sign_it_again_and_only_now() -> None:
    f = facts_text(
        "UPDATE – 3 October 2024\n\n"
        "Instead, the two directors exchanged letters extending the Cooperation Agreement of "
        "June 2018 between the Japan Patent Office and IP Australia for three more years.",
        date="2024-10-03",
    )
    found = [a for a in agreements_of(f) if "Cooperation Agreement" in a[0]]
    assert [(a[0], a[2]) for a in found] == [("Cooperation Agreement", "2024-10-03")]


def test_the_instrument_a_new_plan_implements_is_an_earlier_agreement_of_the_pair() -> None:
    f = facts_text(
        "On 1 March 2024 the Japan Patent Office signed a Memorandum of Understanding with "
        "the Korean Intellectual Property Office.\n\n"
        "The Japan Patent Office and IP Australia signed a Work Plan on examiner training on "
        "5 March 2024. It implements a Memorandum of Understanding the agencies had "
        "signed in 2015.",
        date="2024-03-06",
    )
    got = {(a[1], a[2], a[3]) for a in agreements_of(f)}
    pair = frozenset({"Japan Patent Office", "IP Australia"})
    assert ("mou", "2015", pair) in got
    assert ("work_plan", "2024-03-05", pair) in got


def test_an_instrument_only_said_to_be_in_force_is_not_signed_again() -> None:
    f = facts_text(
        "The Japan Patent Office and IP Australia signed a Work Plan on examiner training on "
        "5 March 2024. Our work builds on the 2019 memorandum between the two offices, which "
        "remains in force.",
        date="2024-03-06",
    )
    assert [a[1] for a in agreements_of(f)] == ["work_plan"]


def test_a_thread_post_counter_does_not_hide_a_definite_re_mention() -> None:
    f = facts_text(
        "1/3 Big day: this morning our Commissioner Jane Porter and Kenji Sato, "
        "Commissioner of the Japan Patent Office, signed a renewed Memorandum of "
        "Understanding on Design Examination.\n\n"
        "2/3 Today's text builds on the memorandum both agencies originally signed in "
        "May 2017.",
        date="2024-06-20",
    )
    titles = {(a[0], a[2]) for a in agreements_of(f)}
    assert ("memorandum", "2017-05") in titles
    assert not any(t.startswith("renewed MoU") for t, _ in titles)


def test_a_post_telling_the_signing_again_by_its_signatories_is_the_same_agreement() -> None:
    f = facts_text(
        "1/2 Today our Commissioner Jane Porter and Kenji Sato, Commissioner of the Japan "
        "Patent Office, signed a renewed Memorandum of Understanding on Design Examination."
        "\n\n2/2 Quoted post: CEO Sato and Commissioner Porter renewed our MoU, and "
        "colleagues at the Korean Intellectual Property Office will run a joint clinic in May.",
        date="2024-06-20",
    )
    assert [(a[1], a[2]) for a in agreements_of(f)] == [("mou", "2024-06-20")]


def test_talks_on_extending_a_highway_that_are_on_the_agenda_sign_nothing() -> None:
    f = facts_text(
        "Next week our team flies on to Seoul; a wider Patent Prosecution Highway with the "
        "Korean Intellectual Property Office is on the agenda there.",
        date="2024-06-20",
    )
    assert agreements_of(f) == []

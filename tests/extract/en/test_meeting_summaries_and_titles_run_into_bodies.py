"""A meeting's signed summary is an agreement, a second verb after it takes its own object,
a title written straight before a country's body is its holder's, and an event's title-case
name after a title word is no person."""

from __future__ import annotations

from tests.extract.en.helpers import agreements_of, facts_text, org_set, people_names, roles


def test_a_signed_meeting_summary_is_an_agreement_of_the_signers_offices() -> None:
    f = facts_text(
        "On 9 May 2019 the heads of two offices met in Lisbon. Ms. Ana Sousa, President of "
        "the Portuguese Institute of Industrial Property, and Mr. Lars Berg, Director General "
        "of the Swedish Patent and Registration Office, led their delegations. "
        "At the end of the talks the two offices signed the meeting summary.\n"
    )
    ((title, kind, _, parties),) = agreements_of(f)
    assert title == "meeting summary"
    assert kind == "record_of_discussion"
    assert len(parties) == 2


def test_a_summary_of_a_report_is_no_agreement() -> None:
    f = facts_text("The office published a summary of its annual report in June 2020.\n")
    assert agreements_of(f) == []


def test_a_verb_of_its_own_after_a_signed_agreement_takes_the_next_noun() -> None:
    f = facts_text(
        "The Danish Patent and Trademark Office and the Norwegian Industrial Property Office "
        "sign the minutes of the meeting, and discuss a new agreement on examiner training.\n"
    )
    assert [kind for _, kind, _, _ in agreements_of(f)] == ["record_of_discussion"]


def test_two_verbs_with_one_object_share_it() -> None:
    f = facts_text(
        "The Danish Patent and Trademark Office and the Norwegian Industrial Property Office "
        "signed and ratified the agreement on examiner training in 2021.\n"
    )
    assert len(agreements_of(f)) == 1


def test_a_title_run_into_a_body_named_with_its_country_is_the_holders() -> None:
    f = facts_text(
        "Mr. Pedro Alves, Director General Brazil Customs Service, and Ms. Joan Reyes, "
        "President of the Philippine Statistics Authority, met in Manila on 3 March 2022.\n"
    )
    assert "Brazil Customs Service" in org_set(f)
    assert not any(n.startswith("Director") for n in org_set(f))
    assert ("Pedro Alves", "Director General", "Brazil Customs Service") in roles(f)


def test_an_event_named_after_a_title_word_is_no_person() -> None:
    f = facts_text(
        "The Third Regional Patent Commissioner Policy Dialogue was opened by Mr. Omar Haddad, "
        "Director of the Jordan Industrial Property Protection Directorate.\n\n"
        "The Second Trademark Commissioner Forum Opened in Amman\n"
    )
    names = people_names(f)
    assert "Omar Haddad" in names
    assert not names & {"Policy Dialogue", "Forum Opened"}


def test_a_remit_written_straight_after_a_title_is_no_person() -> None:
    f = facts_text(
        "Panellists:\n"
        "- Ms. Ingrid Halvorsen, Vice-President Legal Affairs, European Patent Office (EPO)\n"
        "- Mr. Tomas Lind, Director General, Swedish Patent and Registration Office (PRV)\n"
    )
    names = people_names(f)
    assert "Ingrid Halvorsen" in names
    assert "Legal Affairs" not in names
    assert any(p == "Ingrid Halvorsen" and o == "European Patent Office" for p, _, o in roles(f))


def test_a_remit_ending_in_affairs_or_operations_stays_in_the_title_at_the_body() -> None:
    f = facts_text(
        "Co-organized by the Danish Patent and Trademark Office (DKPTO).\n\n"
        "Speakers:\n"
        "- Mr. Tomas Lind, Director Corporate Operations, Swedish Patent and Registration "
        "Office (PRV)\n"
        "- Ms. Ingrid Halvorsen, Vice-President Legal and International Affairs, European "
        "Patent Office (EPO)\n"
    )
    got = roles(f)
    assert (
        "Tomas Lind",
        "Director Corporate Operations",
        "Swedish Patent and Registration Office",
    ) in got
    assert (
        "Ingrid Halvorsen",
        "Vice-President Legal and International Affairs",
        "European Patent Office",
    ) in got

"""An agreement the text calls again "the first of its kind", a year the text only plans
for, a joint declaration named in a subheading, a work plan signed beside a memorandum, the
instrument a signed one implements, signers for another body, a signing announced "today"
in the perfect, and memoranda for two purposes. Sentences written for these tests."""

from __future__ import annotations

from tests.extract.en.helpers import agreements_of, facts_text

NORDIC = frozenset({"Norwegian Industrial Property Office", "Swedish Intellectual Property Office"})


def test_an_agreement_said_again_to_be_the_first_of_its_kind_is_no_second_signing() -> None:
    text = (
        "Oslo and Santiago sign a design memorandum\n\n"
        "On 3 March 2022, Ms Kari Holm, Director General of the Norwegian Industrial Property "
        "Office, met Mr Pablo Soto, Director of the National Institute of Industrial Property of "
        "Chile. They signed a Memorandum of Understanding on Design Protection between the two "
        "offices.\n\n"
        "While Norway has long been extending training across Latin America, this MOU is the "
        "first memorandum of understanding on designs for Norway to conclude with a South "
        "American office.\n"
    )
    found = agreements_of(facts_text(text, date="2022-03-05"))
    assert len(found) == 1
    assert found[0][2] == "2022-03-03"


def test_a_paragraph_that_plans_the_coming_year_does_not_date_the_renewal() -> None:
    text = (
        "DKPTO and ISIPO renew their agreement\n\n"
        "The Danish Patent and Trademark Office (DKPTO) and the Icelandic Intellectual Property "
        "Office (ISIPO) have deepened their ties with the renewal of a Memorandum of "
        "Understanding on examiner exchanges.\n\n"
        "The two offices had worked together on search quality since the signing of a "
        "Memorandum of Understanding in June 2016.\n\n"
        "During 2025, the DKPTO and the ISIPO will hold joint seminars for applicants.\n"
    )
    found = agreements_of(facts_text(text))
    assert found
    assert all(date != "2025" for _, _, date, _ in found)


def test_a_joint_declaration_named_only_in_a_subheading_with_one_side_is_no_agreement() -> None:
    text = (
        "DKPTO hosts a regional forum of patent offices\n\n"
        "- Joint Declaration on Patent Information Services in the Nordic Region -\n\n"
        "The DKPTO held a regional forum of patent offices in Copenhagen from 8 to 10 May 2023, "
        "together with the World Intellectual Property Organization (WIPO).\n\n"
        "Heads of offices from nine countries took part, and the forum discussed search tools "
        "for small firms.\n"
    )
    assert agreements_of(facts_text(text)) == []


def test_a_work_plan_signed_beside_a_memorandum_between_two_offices_is_its_own() -> None:
    text = (
        "On 5 June 2024 the Directors General of the Norwegian Industrial Property Office (NIPO), "
        "Ms Kari Holm, and of the Swedish Intellectual Property Office (PRV), Ms Anna Berg, met "
        "in Stockholm.\n\n"
        "There the two heads signed a Memorandum of Understanding on Mutual "
        "Co-operation between NIPO and PRV for the coming four years and the Annual Work Plan "
        "under that Memorandum for 2025.\n"
    )
    found = agreements_of(facts_text(text))
    assert sorted(kind for _, kind, _, _ in found) == ["mou", "work_plan"]
    plan = next(a for a in found if a[1] == "work_plan")
    assert plan[0] == "Annual Work Plan"
    assert plan[3] == NORDIC


def test_a_pilot_that_a_signed_memorandum_implements_is_not_signed_there() -> None:
    text = (
        "NIPO opens PPH pilot with PRV\n\n"
        "The Norwegian Industrial Property Office now accepts requests under the NIPO-PRV PPH "
        "Pilot Programme.\n\n"
        "It may be recalled that NIPO, through its Director General Kari Holm, signed a "
        "Memorandum of Understanding with PRV Director General Anna Berg in Oslo on 2 March "
        "2023 for the implementation of a NIPO-PRV PPH Pilot Programme.\n"
    )
    found = agreements_of(facts_text(text, date="2024-02-01"))
    assert [(kind, date) for _, kind, date, _ in found] == [("mou", "2023-03-02")]


def test_a_signer_for_another_body_adds_no_party_of_their_own_office() -> None:
    text = (
        "The Secretariat of the Nordic Council and the World Intellectual Property Organization "
        "(WIPO) signed a Memorandum of Understanding on mediation services in Geneva.\n\n"
        "For the Secretariat the Memorandum of Understanding bears the signature of Mr Lars "
        "Dahl, Director General of the Nordic Patent Institute, and on behalf of WIPO by Ms "
        "Rita Moreno, Assistant Director General of WIPO.\n"
    )
    found = agreements_of(facts_text(text))
    assert len(found) == 1
    assert "Nordic Patent Institute" not in found[0][3]


def test_a_signing_announced_today_in_the_perfect_takes_the_day_told_later() -> None:
    text = (
        "The patent offices of Norway and Sweden today announced they have signed a "
        "cooperation agreement on search quality.\n"
        "The agreement was signed on 2 May, during the annual meeting of the two offices.\n"
    )
    found = agreements_of(facts_text(text, date="2024-05-10"))
    assert [date for _, _, date, _ in found] == ["2024-05-02"]


def test_memoranda_for_two_purposes_are_two_agreements() -> None:
    text = (
        "NIPO and PRV met in Bergen on 4 April 2024. The two offices also signed MOUs to "
        "extend examiner exchanges through joint training and for electronic transfer of "
        "search reports.\n"
    )
    titles = sorted(t for t, *_ in agreements_of(facts_text(text)))
    assert titles == [
        "MOUs for electronic transfer of search reports",
        "MOUs to extend examiner exchanges through joint training",
    ]


def test_a_memorandum_that_renews_one_first_signed_years_before_leaves_both() -> None:
    text = (
        "NIPO and PRV separately signed in April 2024 the Memorandum of Understanding on "
        "Examination Practice, which renews the MoU first signed in 2017.\n"
    )
    found = agreements_of(facts_text(text, date="2024-05-20"))
    assert sorted(date or "" for _, _, date, _ in found) == ["2017", "2024-04"]

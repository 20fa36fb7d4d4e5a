"""Who an agreement is between, when the sentence around it says more than its parties: a
title that lists them, a minister signing on an agency's behalf, a wire agency in the
dateline, a body described through its owner, a generic mention of the agreement named in
full later, and statements only promised."""

from __future__ import annotations

from tests.extract.en.helpers import agreements_of, facts_text, org_set, parties


def test_a_title_lists_its_parties_even_when_a_name_holds_for() -> None:
    f = facts_text(
        "i. Memorandum of Understanding on Cooperation in the Field of Intellectual Property "
        "between the Intellectual Property Corporation of Malaysia (MyIPO) and the Saudi "
        "Authority for Intellectual Property (SAIP), signed by Datuk Aziz Rahman, Minister of "
        "Domestic Trade and Cost of Living, on behalf of MyIPO, and Dr. Faris Al-Qahtani, "
        "Chief Executive Officer of SAIP;"
    )
    assert parties(f, 0) == {
        "Intellectual Property Corporation of Malaysia",
        "Saudi Authority for Intellectual Property",
    }


def test_an_executive_programme_is_a_programme() -> None:
    f = facts_text(
        "The ministers exchanged an Executive Programme for Cooperation in Culture between "
        "the Ministry of Culture of Jordan and the Ministry of Culture of Egypt, signed in "
        "Amman on 4 March 2024."
    )
    assert [(kind, date) for _, kind, date, _ in agreements_of(f)] == [("programme", "2024-03-04")]


def test_the_wire_agency_of_a_dateline_is_no_party() -> None:
    f = facts_text(
        "Muscat, March 3, 2025, ONA -- The Saudi Authority for Intellectual Property (SAIP) "
        "and the Egyptian Intellectual Property Authority (EGIPA) signed a memorandum of "
        "understanding on patent examination.\n\n"
        "ONA also reported that both sides will meet again in May.\n"
    )
    assert parties(f, 0) == {
        "Saudi Authority for Intellectual Property",
        "Egyptian Intellectual Property Authority",
    }


def test_ip_written_short_and_in_full_is_one_body() -> None:
    f = facts_text(
        "SAIP, Egyptian IP Authority sign MoU on enforcement\n\n"
        "Riyadh, 2 June 2025 -- The Saudi Authority for Intellectual Property (SAIP) and the "
        "Egyptian Intellectual Property Authority signed a memorandum of understanding on "
        "enforcement.\n"
    )
    assert len(f.agreements) == 1
    egypt = [o for o in f.orgs if o.name.startswith("Egyptian")]
    assert len(egypt) == 1


def test_a_body_described_through_its_owner_is_not_the_owner() -> None:
    f = facts_text(
        "The EU's trade mark and design office and its Canadian counterpart have renewed "
        "their cooperation agreement for another five years.\n\n"
        "Maria Rossi, executive director of the European Union Intellectual Property Office "
        "(EUIPO), and Paul Martin, Commissioner of the Canadian Intellectual Property Office "
        "(CIPO), renewed the memorandum of understanding on 3 February 2026 in Alicante.\n"
    )
    assert len(f.agreements) == 1
    assert parties(f, 0) == {
        "European Union Intellectual Property Office",
        "Canadian Intellectual Property Office",
    }


def test_a_statement_the_offices_would_publish_is_not_issued() -> None:
    f = facts_text(
        "The offices said they would publish a joint statement on machine translation before "
        "the summer, and that they will issue a declaration on design searches next year."
    )
    assert f.agreements == []
    assert "European Union" not in org_set(f)


def test_a_body_still_to_be_opened_is_no_party() -> None:
    f = facts_text(
        "The World Intellectual Property Organization (WIPO) and the Government of Colombia "
        "signed a host country agreement on 22 April 2024 for the opening of a WIPO External "
        "Office in Bogota."
    )
    assert parties(f, 0) == {"World Intellectual Property Organization", "Government of Colombia"}


def test_the_parents_listed_after_an_office_do_not_sign() -> None:
    f = facts_text(
        "The Office of the Controller General of Patents, Designs and Trade Marks (CGPDTM), "
        "Department for Promotion of Industry and Internal Trade (DPIIT), Ministry of "
        "Commerce and Industry, and IP Australia signed a memorandum of understanding on "
        "9 August 2023."
    )
    assert parties(f, 0) == {
        "Office of the Controller General of Patents, Designs and Trade Marks",
        "IP Australia",
    }


def test_a_headline_naming_a_country_is_the_story_of_that_countrys_ministry() -> None:
    f = facts_text(
        "Vietnam, Korea sign MoU on IP enforcement\n\n"
        "Hanoi (VNA) – The Ministry of Science and Technology (MoST) of Vietnam and the Korean "
        "Intellectual Property Office (KIPO) signed a memorandum of understanding on "
        "enforcement on May 20. The Intellectual Property Office of Vietnam, a unit of MoST, "
        "will implement it.\n"
    )
    assert len(f.agreements) == 1
    assert parties(f, 0) == {
        "Ministry of Science and Technology of Vietnam",
        "Korean Intellectual Property Office",
    }


def test_a_country_that_has_earlier_signed_is_its_named_office() -> None:
    f = facts_text(
        "The Office of the Controller General of Patents, Designs and Trade Marks (CGPDTM) "
        "hosted the talks. India has earlier signed an MoU with the Danish Patent and "
        "Trademark Office."
    )
    assert parties(f, 0) == {
        "Office of the Controller General of Patents, Designs and Trade Marks",
        "Danish Patent and Trademark Office",
    }


def test_agreement_reached_as_consensus_or_a_signing_agreed_for_later_is_no_document() -> None:
    f = facts_text(
        "The Japan Patent Office and the Korean Intellectual Property Office met in Busan on "
        "5 May 2024. The two sides reached agreement on expanding examiner exchanges, and "
        "agreed to sign a memorandum on design examination at their next meeting."
    )
    assert f.agreements == []


def test_an_agreement_reached_with_an_article_is_a_document() -> None:
    f = facts_text(
        "On 5 May 2024 the Japan Patent Office reached an agreement with the Korean "
        "Intellectual Property Office on the exchange of priority documents."
    )
    assert [kind for _, kind, _, _ in agreements_of(f)] == ["agreement"]


def test_the_owner_an_apposition_names_after_the_counterpart_is_no_party() -> None:
    f = facts_text(
        "The University of Tartu has signed a research agreement with the Baltic Patent "
        "Academy (BPA), the training arm of the Estonian Patent Office (EPA), opening courses "
        "for law students.",
        "2025-03-01",
    )
    assert parties(f, 0) == {"University of Tartu", "Baltic Patent Academy"}


def test_the_body_whose_team_a_new_appointee_led_signs_not_the_new_employer() -> None:
    f = facts_text(
        "The Japan Patent Office has appointed Maria Costa as Director of International "
        "Affairs. Ms Costa led the Intellectual Property Office of Singapore delegation that "
        "concluded an MoU with the Korean Intellectual Property Office in May 2023.",
        "2025-01-01",
    )
    assert parties(f, 0) == {
        "Intellectual Property Office of Singapore",
        "Korean Intellectual Property Office",
    }


def test_a_counterpart_named_as_a_unit_of_a_ministry_signs_without_the_ministry() -> None:
    f = facts_text(
        "The Japan Patent Office signed a memorandum of understanding with the Trademark "
        "Department of Kenya's Ministry of Trade and Industry on 4 April 2024.",
        date="2024-04-06",
    )
    names = [p for _t, _k, _d, p in agreements_of(f)]
    assert len(names) == 1
    assert not any(n.startswith("Ministry") for n in names[0])
    assert "Japan Patent Office" in names[0]


def test_the_body_an_agreement_sets_up_is_no_party_and_its_signers_offices_are() -> None:
    f = facts_text(
        "In Riga on 12 March 2021 four offices signed the Agreement on the Baltic Design "
        "Institute. The Agreement on the Baltic Design Institute was signed by Anna "
        "Ozola (Director of the Patent Office of the Republic of Latvia) and Tomas Kazlas "
        "(Director of the State Patent Bureau of the Republic of Lithuania)."
    )
    [(title, _, date, signed_by)] = agreements_of(f)
    assert title == "Agreement on the Baltic Design Institute" and date == "2021-03-12"
    assert "Baltic Design Institute" not in signed_by
    assert "Patent Office of the Republic of Latvia" in signed_by


def test_the_body_whose_meeting_hosts_a_signing_on_its_sidelines_signs_nothing() -> None:
    f = facts_text(
        "The Kenya Industrial Property Institute (KIPI) signed agreements with the African "
        "Union and the European Union on the sidelines of the World Customs Organization "
        "(WCO) General Assembly in Brussels, Belgium."
    )
    got = agreements_of(f)
    signed_with = {n for *_, ps in got for n in ps}
    assert {"African Union", "European Union"} <= signed_with
    assert not any("Customs" in n or "Belgium" in n for n in signed_with)
    assert not any("sidelines" in title for title, *_ in got)

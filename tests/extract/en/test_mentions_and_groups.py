"""People and bodies named again another way: a surname alone or after a title is the
person named in full before; a group of offices ("the Five IP Offices (IP5)", "both
offices") is a named group or the known bodies, never a new organisation; a sub-body named
with its parent is one body; a name the text describes as a company is one."""

from __future__ import annotations

from tests.extract.en.helpers import agreements_of, facts_text, org_set, people_names, roles


def test_a_surname_alone_or_after_a_title_is_the_person_named_before() -> None:
    f = facts_text(
        "Ingrid Halvorsen, President of the Nordic Patent Institute, met Commissioner Wei "
        "Lanfang of the CNIPA. Halvorsen warmly praised the results. Later, President "
        "Halvorsen and her delegation toured a laboratory, and Ms Wei thanked the guests. "
        "Wei also stressed training."
    )
    assert people_names(f) == {"Ingrid Halvorsen", "Wei Lanfang"}
    halvorsen = next(p for p in f.people if p.name == "Ingrid Halvorsen")
    wei = next(p for p in f.people if p.name == "Wei Lanfang")
    assert "Halvorsen" in halvorsen.aliases
    assert "President Halvorsen" not in halvorsen.aliases  # a title is no part of a name
    assert "Ms Wei" in wei.aliases
    assert len(wei.spans) >= 3


def test_a_word_of_a_longer_name_is_not_a_re_mention() -> None:
    f = facts_text(
        "H.E. Mr Tran Van Hai, Minister of Justice of Viet Nam, spoke first. Mr Tran Van Hai "
        "expressed thanks, and Ms Rosa Lim, Director General of the office, agreed."
    )
    hai = next(p for p in f.people if p.name == "Tran Van Hai")
    assert not any(a in ("Mr Tran", "Hai", "Tran") for a in hai.aliases)


def test_a_surname_two_people_share_stays_unattached() -> None:
    f = facts_text(
        "Director General Daniel Kim of the KIPO met Commissioner Kim Yuna of the Korea "
        "Customs Service. Kim said the talks went well."
    )
    assert not any("Kim" in a for p in f.people for a in p.aliases)


def test_the_five_ip_offices_are_one_named_group() -> None:
    f = facts_text(
        "The President of the EPO discussed work sharing among the Five IP Offices (IP5) "
        "and a common search tool for the five IP offices."
    )
    (ip5,) = [o for o in f.orgs if o.ref == "ip5"]
    assert not any(
        n.casefold() == "offices" or n.endswith(" Offices") and n != ip5.name
        for n in org_set(f)
        if n not in [ip5.name, *ip5.aliases]
    )


def test_both_offices_are_the_two_bodies_of_the_text() -> None:
    f = facts_text(
        "On 3 May, the heads of the Japan Patent Office (JPO) and the Korean Intellectual "
        "Property Office (KIPO) met in Busan, where both offices chose to issue a Joint "
        "Statement on 4 May on design examination."
    )
    (statement,) = [a for a in agreements_of(f) if a[1] == "joint_statement"]
    assert statement[3] == frozenset({"Japan Patent Office", "Korean Intellectual Property Office"})


def test_signatories_named_by_title_are_the_named_heads_of_the_text() -> None:
    f = facts_text(
        "Mr Omar Haddad, Director General of the Moroccan Office of Industrial and Commercial "
        "Property (OMPIC), received Ms Clara Vidal, Director General of the Spanish Patent "
        "and Trademark Office (OEPM), in Rabat. The two Directors General signed a "
        "memorandum of understanding on trademark data."
    )
    (mou,) = [a for a in f.agreements if a.kind == "mou"]
    people = {p.key: p.name for p in f.people}
    assert {people[k] for k in mou.signatories} == {"Omar Haddad", "Clara Vidal"}


def test_a_later_signed_by_names_the_signatories_and_their_bodies() -> None:
    f = facts_text(
        "On 12 June 2019, a delegation of the Intellectual Property Office of Mongolia came "
        "to Singapore to sign the 2020 Action Plan with IPOS.\n\n"
        "The plan was signed by Ms Grace Lee, Chief Executive of IPOS, and Mr Bat-Erdene "
        "Dorj, Director General of the Intellectual Property Office of Mongolia, in the "
        "presence of the Minister.\n"
    )
    (plan,) = f.agreements
    people = {p.key: p.name for p in f.people}
    assert {people[k] for k in plan.signatories} == {"Grace Lee", "Bat-Erdene Dorj"}
    assert len(plan.parties) == 2
    assert plan.date == "2019-06-12"


def test_a_board_named_with_its_parent_is_one_body_and_an_organ_is_none() -> None:
    f = facts_text(
        "The State Intellectual Property Office (SIPO) hosted the talks. The Trademark "
        "Review and Adjudication Board of SIPO signed a memorandum with the Japan Patent "
        "Office. The Administrative Council of the EPO approved the budget."
    )
    names = org_set(f)
    assert "Trademark Review and Adjudication Board of SIPO" in names
    (board,) = [o for o in f.orgs if "Board" in o.name]  # one body, going by its own name too
    assert "Trademark Review and Adjudication Board" in board.aliases
    assert not any(n.startswith("Administrative Council") for n in names)
    (mou,) = agreements_of(f)
    assert "Trademark Review and Adjudication Board of SIPO" in mou[3]


def test_a_name_described_as_a_company_or_defined_with_an_acronym_is_a_body() -> None:
    f = facts_text(
        "The Director General visited Kasih Medika, a company specialising in hearing aids, "
        "the Universiti Sains Malaysia (USM) and Penang Development Finance Berhad (PDFB). "
        "He also addressed the ASEAN Trade Ministers' (ATM) session. Lee Wen, a company "
        "director, joined."
    )
    names = org_set(f)
    assert {"Kasih Medika", "Universiti Sains Malaysia", "Penang Development Finance Berhad"} <= (
        names
    )
    assert "ASEAN Trade Ministers" in names and "ASEAN" not in names
    assert "Lee Wen" not in names


def test_a_status_a_body_obtains_is_not_a_body() -> None:
    f = facts_text(
        "The head of the Eurasian Patent Office (EAPO) welcomed its new status of "
        "International Searching Authority and the role of International Depositary "
        "Authority."
    )
    assert not any("Authority" in n for n in org_set(f))
    assert not roles(f)


def test_signed_by_a_title_and_a_name_gives_both_and_their_offices() -> None:
    f = facts_text(
        "Commissioner Lee Ji-hoon of the Korean Intellectual Property Office (KIPO) received "
        "Director General Lars Nilsson of the Swedish Intellectual Property Office (PRV). "
        "A PPH agreement was signed by the Commissioner and Mr Nilsson."
    )
    (pph,) = agreements_of(f)
    assert pph[3] == {"Korean Intellectual Property Office", "Swedish Intellectual Property Office"}
    people = {p.key: p.name for p in f.people}
    assert {people[k] for k in f.agreements[0].signatories} == {"Lee Ji-hoon", "Lars Nilsson"}


def test_two_titled_names_before_one_organisation_both_belong_to_it() -> None:
    f = facts_text(
        "The Korean Intellectual Property Office (KIPO) welcomed Deputy Director General "
        "Anna Berg and Director General Lars Nilsson of the Swedish Intellectual Property "
        "Office (PRV)."
    )
    got = roles(f)
    assert ("Anna Berg", "Deputy Director General", "Swedish Intellectual Property Office") in got
    assert ("Lars Nilsson", "Director General", "Swedish Intellectual Property Office") in got


def test_a_body_name_running_into_an_event_noun_names_the_event() -> None:
    f = facts_text(
        "The office co-hosted the Andes-Nordic Group Joint Workshop on Design Law and the "
        "Pacific Patent Association Annual Conference in Lima."
    )
    assert not any(n.endswith(("Group", "Association")) for n in org_set(f))


def test_a_unions_ministers_named_as_a_noun_are_a_body_and_the_union_is_not_spoken_of() -> None:
    f = facts_text(
        "The Director General spoke at the ASEAN Trade Ministers in Jakarta and stayed for the "
        "40th ASEAN Trade Ministers' Meeting the next day."
    )
    names = org_set(f)
    assert "ASEAN Trade Ministers" in names
    assert not {"ASEAN", "Association of Southeast Asian Nations"} & names


def test_a_unions_ministers_meeting_alone_is_an_event_of_no_body() -> None:
    f = facts_text("The Director General attended the 40th ASEAN Trade Ministers' Meeting.")
    assert "ASEAN Trade Ministers" not in org_set(f)

"""Roles in statements and signing reports (importers/en/roles/): a body set after a titled
name by a comma alone, "under Secretary NAME", a bracketed function in a title, and the side
a bare title's holder signs for."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, people_names, roles


def test_a_body_after_a_comma_that_closes_the_line_is_the_titled_persons() -> None:
    f = facts_text(
        "Annual Meeting of the Member States of the Ruritanian Union\n"
        "Remarks by Commissioner Olga Berzina, Latvian Patent Board (LPB)\n\n"
        "Colleagues, I thank the Union for its hospitality."
    )
    assert ("Olga Berzina", "Commissioner", "Latvian Patent Board") in roles(f)


def test_a_preposition_under_before_a_title_is_no_under_secretary() -> None:
    f = facts_text(
        "The Ghana Ministry of Trade and Industry, under Minister Kofi Mensah, backed the plan."
    )
    assert any(p == "Kofi Mensah" and t == "Minister" for p, t, _ in roles(f))


def test_a_body_under_a_titled_head_is_the_heads_body() -> None:
    f = facts_text(
        "Back home, the Zambian Patents and Companies Registration Agency, under Registrar "
        "Chanda Mwale, cut its backlog."
    )
    assert (
        "Chanda Mwale",
        "Registrar",
        "Zambian Patents and Companies Registration Agency",
    ) in roles(f)


def test_a_function_in_brackets_stays_in_an_office_title() -> None:
    f = facts_text(
        "The Egyptian Patent Office sent its team. The Assistant Director (Enforcement), "
        "Mrs Hoda Fahmy, spoke for the Egyptian Patent Office at the forum."
    )
    got = {(p, t) for p, t, _ in roles(f)}
    assert ("Hoda Fahmy", "Assistant Director (Enforcement)") in got


def test_a_bare_head_who_signs_with_the_speaker_heads_the_other_party() -> None:
    f = facts_text(
        "Statement by the Head of the Zambian Patents and Companies Registration Agency\n\n"
        "In June, the Agency and the Botswana Companies and Intellectual Property Authority "
        "adopted a Work Plan; Registrar General Kagiso Dube and I signed it in Gaborone."
    )
    assert (
        "Kagiso Dube",
        "Registrar General",
        "Botswana Companies and Intellectual Property Authority",
    ) in roles(f)


def test_a_bare_head_who_signs_beside_a_placed_cosignatory_heads_the_other_party() -> None:
    f = facts_text(
        "The Commissioner of the Latvian Patent Board, Mr Janis Ozols, hosted talks. "
        "The Board and the Estonian Patent Office (EPA) renewed their agreement. "
        "It was signed in Riga by Mr Ozols and by Director General Kadri Tamm."
    )
    assert ("Kadri Tamm", "Director General", "Estonian Patent Office") in roles(f)


def test_a_bare_head_who_signs_alone_keeps_the_documents_body() -> None:
    f = facts_text(
        "The Latvian Patent Board (LPB) reports on its year. The memorandum with the Estonian "
        "Patent Office was signed in Riga by Director General Kadri Tamm."
    )
    assert ("Kadri Tamm", "Director General", "Estonian Patent Office") not in roles(f)


def test_a_malaysian_engineers_honorific_is_not_part_of_the_name() -> None:
    f = facts_text(
        "The deal was signed by UTM Vice-Chancellor Prof. Datuk Ir. Dr. Ahmad Fauzi Abu Bakar "
        "at the Universiti Teknologi Malaysia (UTM) campus."
    )
    assert "Ahmad Fauzi Abu Bakar" in people_names(f)


def test_a_witness_from_a_third_body_does_not_make_a_bare_signer_the_partners() -> None:
    f = facts_text(
        "The Latvian Patent Board (LPB) reports on its year. The Minister of Economics, "
        "Ms Ilze Kalnina, attended. The memorandum with the Estonian Patent Office was "
        "signed by Director General Kadri Tamm in the presence of Ms Kalnina."
    )
    assert ("Kadri Tamm", "Director General", "Estonian Patent Office") not in roles(f)

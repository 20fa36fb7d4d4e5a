"""Parliamentary hearings and the posts named with no body of their own: a hearing's record
is no body, its turn labels are people, "our" in a turn is the speaker's body; a post named
without its field heads the office named after it; a minister and an envoy with no body
named sit in the government the text names (importers/en/)."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, org_names, org_set, roles

HEARING = """PARLIAMENT OF CANADA
Provisional Committee Hansard
STANDING COMMITTEE ON INDUSTRY AND TECHNOLOGY
TUESDAY, 11 FEBRUARY 2025

Witness: Dr Amara Okafor, Commissioner of Patents at the Canadian Intellectual Property Office.

CHAIR (Senator Marchetti): We turn now to the patent office. Dr Okafor, welcome back.

Senator PETRAKIS: What has the office concluded with partners abroad this year?

Dr Okafor: Two things, Senator. On 4 February in Ottawa I signed a renewal of our \
cooperation memorandum with the Hungarian Intellectual Property Office.

Senator O'DWYER: Was there any cost to the renewal?

Dr Okafor: None beyond staff time. Each office pays its own way.

Senator PETRAKIS: Thank you, Dr Okafor. Senator O'DWYER, anything further?
"""


def test_a_committees_printed_record_is_no_organisation() -> None:
    names = org_set(facts_text(HEARING, "2025-02-12"))
    assert not any("Hansard" in n or n == "Provisional Committee" for n in names)


def test_a_senators_turn_label_in_capitals_is_no_organisation() -> None:
    names = org_set(facts_text(HEARING, "2025-02-12"))
    assert not {"PETRAKIS", "DWYER", "O'DWYER"} & names


def test_our_in_a_witnesss_turn_is_the_witnesss_own_body() -> None:
    f = facts_text(HEARING, "2025-02-12")
    names = org_names(f)
    parties = [{names[k] for k in a.parties} for a in f.agreements]
    assert {
        "Canadian Intellectual Property Office",
        "Hungarian Intellectual Property Office",
    } in parties
    assert not any(any("COMMITTEE" in n for n in p) for p in parties)


def test_a_post_written_without_its_field_heads_the_office_named_after_it() -> None:
    text = (
        "The Nordic Patent Institute signed a training plan with the Office of the Comptroller "
        "General of Industrial Property in Lisbon. For the Nordic Patent Institute, Director "
        "Lars Holm signed; the Comptroller General, Ms Ines Duarte, signed on the Portuguese "
        "side. The Nordic Patent Institute will host the first course."
    )
    assert (
        "Ines Duarte",
        "Comptroller General",
        "Office of the Comptroller General of Industrial Property",
    ) in roles(facts_text(text))


def test_a_minister_with_no_ministry_named_sits_in_the_one_government_named() -> None:
    text = (
        "Also present: Ms Harriet Vance, Minister for Enterprise and Skills.\n\n"
        "Ms Vance said the Irish Government regards the patent office's new partnerships "
        "as a cheap way to help Irish firms selling abroad. Dublin hopes Ireland's exporters "
        "will benefit, and Irish universities are invited to join."
    )
    held = {(p, t, o) for p, t, o in roles(facts_text(text)) if p == "Harriet Vance"}
    assert held == {("Harriet Vance", "Minister for Enterprise and Skills", "Irish Government")}


def test_ministers_signing_for_several_governments_keep_no_body() -> None:
    text = (
        "The ministers adopted the statement in Oslo.\n\n"
        "For the Government of Norway\nMs Kari Solberg, Minister for Trade and Industry\n\n"
        "For the Government of Iceland\nMr Gunnar Olafsson, Minister of Culture and Business\n"
    )
    assert not {p for p, _, _ in roles(facts_text(text))} & {"Kari Solberg", "Gunnar Olafsson"}


def test_an_envoy_of_a_state_whose_government_is_named_represents_that_government() -> None:
    text = (
        "The Government of the Kingdom of Sweden deposited its instrument of ratification on "
        "2 May 2025. Ambassador Tomas Lindgren, Permanent Representative of the Kingdom of "
        "Sweden to the United Nations Office at Geneva, handed it to the depositary."
    )
    held = [o for p, _, o in roles(facts_text(text)) if p == "Tomas Lindgren"]
    assert held == ["Government of the Kingdom of Sweden"]


def test_an_envoy_whose_government_the_text_never_names_keeps_no_body() -> None:
    text = (
        "Ambassador Tomas Lindgren, Permanent Representative of the Kingdom of Sweden to the "
        "United Nations Office at Geneva, attended the opening of the design exhibition."
    )
    assert not [o for p, _, o in roles(facts_text(text)) if p == "Tomas Lindgren"]

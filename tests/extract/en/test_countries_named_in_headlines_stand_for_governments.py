"""A country a headline names as a party stands for the body that signed for it: its IP
office when the story names one, else its government when the story names that, not another
ministry of it that only attended ("in the presence of" its foreign ministry's official).
The headline's memorandum is then the one the story tells, not a second one."""

from __future__ import annotations

from tests.extract.en.helpers import agreements_of, facts_text

_STORY = (
    "UNESCO and Peru sign MoU on a training centre\n\n"
    "The March 2015 bulletin of the agency reports that UNESCO will help the government of "
    "Peru to set up a training centre.\n\n"
    "A memorandum of understanding (MoU) was signed on November 12, 2014, by Ambassador "
    "Carlos Mendoza, Permanent Representative of Peru to the United Nations office in Geneva, "
    "and UNESCO Director General Irina Bokova. The MoU was signed in the presence of "
    "Ambassador Luis Torres, Deputy Minister of the Peruvian Ministry of Foreign Affairs.\n"
)


def test_a_country_in_the_headline_is_its_government_not_a_ministry_that_attended() -> None:
    got = agreements_of(facts_text(_STORY, "2015-03-20"))
    assert len(got) == 1
    _, kind, date, parties = got[0]
    assert (kind, date) == ("mou", "2014-11-12")
    assert parties == {"UNESCO", "government of Peru"}


def test_a_country_in_the_headline_is_still_its_ip_office_when_the_story_names_one() -> None:
    got = agreements_of(
        facts_text(
            "UNESCO and Peru sign MoU on a training centre\n\n"
            "UNESCO will help the government of Peru to set up a training centre, the agency "
            "said on 3 March 2015.\n\n"
            "A memorandum of understanding was signed on 2 March 2015 by UNESCO Director "
            "General Irina Bokova and Ana Vega, President of the National Institute for the "
            "Defence of Competition and the Protection of Intellectual Property (INDECOPI).\n",
            "2015-03-03",
        )
    )
    assert [p for *_, p in got] == [
        {
            "UNESCO",
            "National Institute for the Defence of Competition and the Protection of "
            "Intellectual Property",
        }
    ]

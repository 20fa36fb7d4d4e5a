"""Earlier or other signings a Chinese story tells in a background clause (此前, 早在…年):
a completed signing stays one though talks about a next document follow it; a clause that
says what the story's signing is (这是甲首次与乙签署…) adds none; a headline segment that
joins its own pair (甲与乙签署) takes no party from the slogan before it."""

from __future__ import annotations

from tests.extract.zh.helpers import agreements, run


def test_an_earlier_completed_signing_followed_by_talks_on_a_next_document_is_kept() -> None:
    text = (
        "6月4日，广州市知识产权局与葡萄牙工业产权局签署合作备忘录。"
        "早在2023年5月，广州市知识产权局已与西班牙专利商标局签订了合作意向书，"
        "两局目前正就正式合作协议进行磋商。"
    )
    found = agreements(run(text, "2025-06-05", repaired=True))
    assert ("合作意向书", "2023-05", {"广州市知识产权局", "西班牙专利商标局"}) in [
        (t, d, p) for t, _k, d, p in found
    ]


def test_talks_on_signing_a_document_are_still_no_signing() -> None:
    text = "6月4日，广州市知识产权局与葡萄牙工业产权局就签署合作协议进行了磋商。"
    assert agreements(run(text, "2025-06-05", repaired=True)) == []


def test_a_clause_saying_the_signing_is_a_first_adds_no_agreement() -> None:
    text = (
        "6月3日，深圳市知识产权局与瑞士联邦知识产权局在深圳签署《知识产权合作备忘录》。"
        "双方介绍了各自的工作情况，并就下一步交流作了安排，商定每年举行一次工作会晤，"
        "轮流在两地举办，并由双方国际合作部门负责具体联络工作，推动合作取得更多实际成果。"
        "会谈中，瑞方代表介绍了该局在商标审查、外观设计注册和知识产权宣传方面的做法，"
        "深方代表介绍了本市专利快速预审、海外维权援助和知识产权金融服务的进展情况。"
        "双方还参观了本市知识产权保护中心，了解了快速维权和纠纷调解工作的流程和成效，"
        "并就中小企业知识产权服务、人才培养和信息共享等议题进行了深入的交流和讨论。"
        "瑞方代表表示，深圳创新主体众多，瑞士企业在深圳的研发和生产活动日益增多，"
        "希望双方在企业服务和人员往来方面不断拓展合作空间，为两地企业创造更好的环境。"
        "这也是深圳市知识产权局第一次与欧洲国家知识产权机构签署合作备忘录。"
    )
    found = agreements(run(text, "2025-06-04", repaired=True))
    assert len(found) == 1


def test_a_headline_segment_that_joins_its_own_pair_takes_no_party_from_the_slogan() -> None:
    text = (
        "国家知识产权局支持地方开放合作 云南与越南签署知识产权合作备忘录\n\n"
        "6月9日，云南省知识产权局与越南知识产权局在昆明签署《知识产权合作备忘录》。"
    )
    found = agreements(run(text, "2025-06-10", repaired=True))
    assert all("国家知识产权局" not in p for _t, _k, _d, p in found)


def test_an_ordinal_before_the_document_ranks_one_signing_and_counts_none() -> None:
    """第一个协议 (the first agreement) is one document; 三个协议 (three agreements) sums up."""
    ranked = run("日本特许厅与韩国特许厅举行会谈。两局的合作始于1998年签署的第一份合作备忘录。")
    assert len(agreements(ranked)) == 1
    counted = run("日本特许厅与韩国特许厅今年共签订了三个合作协议。")
    assert not agreements(counted)


def test_a_document_ranked_after_a_copula_places_the_signing_just_told_in_a_series() -> None:
    """是…签署的第二份同类备忘录 says where the signing the story told stands among its kind:
    no signing of its own, unlike a ranked document dated as its own signing."""
    facts = run(
        "日本特许厅与韩国特许厅签署了合作备忘录。局长表示,本次备忘录是日本特许厅近年签署的"
        "第二份同类备忘录。"
    )
    assert len(agreements(facts)) == 1

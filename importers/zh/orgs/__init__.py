"""Organisations in Chinese text: the gazetteer, names built from a place and a suffix, aliases.

A Chinese organisation name is mostly [place][words][suffix]: 新加坡金融科技协会,
广州开发区知识产权局. jieba tags places (ns) and many full names (nt); a name is grown from
such a start over jieba words until a word that cannot be part of a name (a preposition, a
title, a predicate verb), and the longest stretch that ends in an organisation suffix wins.
Names without a place are accepted when the text itself marks them as names: an acronym or
English name in brackets after them (人工智能验证基金会(AI Verify Foundation)), or an
abbreviation introduced with 简称.

The modules, in the order `index.OrgIndex` uses them:

* `mention`: a stretch of text that names an organisation, and the choice among overlaps;
* `shape`: what an organisation's name looks like (a suffix, a head, not a description);
* `gazetteer`: reference names, and names the document has already given;
* `grown`: names grown from a place or a jieba organisation word to a suffix;
* `latin`: English names inside Chinese text;
* `aliases`: other names of one organisation (acronyms, 简称, second name plates, short forms);
* `formal`: a body named with its state's or region's long form (大韩民国特许厅);
* `ministries`: the ministry a foreign agency is named with (乌兹别克斯坦共和国司法部 + 知识产权局);
* `units`: units inside an organisation, and the body an organ or unit belongs to;
* `contracted`: a name with its short form in brackets inside it (X大学（X大）Y中心), and
  names made of a short form and a unit or a place;
* `offices`: offices of a body in another place (branches, 驻X办事处);
* `members`: members of a list of organisations;
* `index`: all of the above for one document; `groups`: its mentions as organisation facts.
"""

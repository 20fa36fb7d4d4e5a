"""The GraphML export: entities as nodes; roles, agreement parties, signatories, witnesses
and parents as edges, for graph tools (Gephi, yEd, NetworkX)."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from xml.etree import ElementTree as ET

_NS = "http://graphml.graphdrawing.org/xmlns"
_KEYS = [
    ("label", "node", "string"),
    ("type", "node", "string"),
    ("country", "node", "string"),
    ("date", "node", "string"),
    ("kind", "node", "string"),
    ("aliases", "node", "string"),
    ("relation", "edge", "string"),
    ("title", "edge", "string"),
    ("start", "edge", "string"),
    ("end", "edge", "string"),
]
_RELATION = {"parties": "party", "signatories": "signatory", "witnesses": "witness"}


class _Graph:
    def __init__(self) -> None:
        ET.register_namespace("", _NS)
        self.root = ET.Element(f"{{{_NS}}}graphml")
        for k, domain, typ in _KEYS:
            ET.SubElement(
                self.root,
                f"{{{_NS}}}key",
                id=k,
                attrib={"for": domain, "attr.name": k, "attr.type": typ},
            )
        self.graph = ET.SubElement(self.root, f"{{{_NS}}}graph", id="ipx", edgedefault="directed")
        self.edges = 0

    def node(self, id: str, **attrs: Any) -> None:
        el = ET.SubElement(self.graph, f"{{{_NS}}}node", id=id)
        for k, v in attrs.items():
            if v not in (None, "", []):
                d = ET.SubElement(el, f"{{{_NS}}}data", key=k)
                d.text = " | ".join(v) if isinstance(v, list) else str(v)

    def edge(self, src: str, dst: str, **attrs: Any) -> None:
        self.edges += 1
        el = ET.SubElement(
            self.graph, f"{{{_NS}}}edge", id=f"e{self.edges}", source=src, target=dst
        )
        for k, v in attrs.items():
            if v not in (None, ""):
                ET.SubElement(el, f"{{{_NS}}}data", key=k).text = str(v)


def write_graphml(data: dict[str, Any], path: Path) -> None:
    """Entities as nodes; roles, agreement parties, signatories, witnesses and parents as edges."""
    g = _Graph()
    for o in data["organisations"]:
        g.node(
            o["id"],
            label=o["name"],
            type="organisation",
            country=o.get("country"),
            kind=o.get("kind"),
            aliases=o.get("aliases"),
        )
    for p in data["people"]:
        g.node(p["id"], label=p["name"], type="person", aliases=p.get("aliases"))
    for a in data["agreements"]:
        g.node(a["id"], label=a["title"], type="agreement", kind=a.get("kind"), date=a.get("date"))
    for o in data["organisations"]:
        if o.get("parent"):
            g.edge(o["id"], o["parent"], relation="part_of")
    for p in data["people"]:
        for r in p.get("roles", []):
            if r.get("organisation") and not r.get("statement_of"):  # one edge per role
                g.edge(
                    p["id"],
                    r["organisation"],
                    relation="role",
                    title=r.get("title"),
                    start=r.get("start"),
                    end=r.get("end"),
                )
    for a in data["agreements"]:
        for rel, relation in _RELATION.items():
            for x in a.get(rel, []):
                g.edge(x, a["id"], relation=relation)
    ET.ElementTree(g.root).write(path, encoding="utf-8", xml_declaration=True)

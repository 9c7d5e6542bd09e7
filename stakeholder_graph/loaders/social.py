"""The social domain: UWV, Werkgeversservicepunt and mobility team per labour-market region.

Every Dutch labour-market region (arbeidsmarktregio) has a UWV regional office and a
Werkgeversservicepunt (WSP) in which UWV and the municipalities serve employers together;
since 2021 each also has a regional mobility team (regionaal mobiliteitsteam) for
work-to-work moves. This loader derives all three from the CBS division, with a SERVES
relationship to the region.
The names are descriptive ("UWV Groot Amsterdam"), not the bodies' own brand names.
"""

from __future__ import annotations

from ..graph.model import Batch, Provenance, build_edge, build_node, slugify
from .cbs import DATA, geography, municipality_batch

__all__ = ["load_social_domain"]

SOCIAL_SOURCE = ("afgeleid uit de CBS-indeling in arbeidsmarktregio's: elke arbeidsmarktregio "
                 "heeft een UWV-regio en een Werkgeversservicepunt")

RMT_SOURCE = ("Brief GS Noord-Holland, 12 mei 2021: regionale mobiliteitsteams per "
              "arbeidsmarktregio, in opdracht van het ministerie SZW")
_BODIES = (
    ("UWV", "uwv", "UWV", SOCIAL_SOURCE),
    ("WSP", "wsp", "Werkgeversservicepunt", SOCIAL_SOURCE),
    ("mobiliteitsteam", "rmt", "Regionaal mobiliteitsteam", RMT_SOURCE),
)


def load_social_domain(province: str | None = None) -> Batch:
    """Return UWV, a Werkgeversservicepunt and a mobility team for each labour-market region.

    Parameters
    ----------
    province : str, optional
        Only the labour-market regions with a municipality in this province.

    Returns
    -------
    Batch
        PublicBody nodes (``slug:uwv-…``, ``slug:wsp-…``, ``slug:rmt-…``) with SERVES
        relationships to their Region, plus the municipalities and regions themselves.

    Examples
    --------
    >>> b = load_social_domain("Noord-Holland")
    >>> sorted(n.name for n in b.nodes if n.props.get("subtype") == "WSP")[:2]
    ['Werkgeversservicepunt Gooi en Vechtstreek', 'Werkgeversservicepunt Groot Amsterdam']
    """
    munis = geography().in_province(province)
    regions = {m.region_code: m.region for m in munis if m.region_code}
    origin = Provenance(f"{DATA}/municipalities.csv")
    batch = municipality_batch([m.code for m in munis])
    for code, name in sorted(regions.items()):
        for subtype, prefix, label, source in _BODIES:
            body = build_node(f"slug:{prefix}-{slugify(name)}", "PublicBody",
                              {"name": f"{label} {name}", "subtype": subtype,
                               "source": source}, origin)
            batch.add_node(body)
            batch.add_edge(build_edge("SERVES", body.id, f"cbs:{code}",
                                      {"source": source}, origin))
    batch.files.append(origin.file)
    return batch

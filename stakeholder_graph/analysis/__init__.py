"""Network analysis on a store's NetworkX projection: pure functions, DataFrames out.

- :mod:`.network`: the organisation network, links and ecosystems all analyses share;
- :mod:`.centrality`: degree, betweenness, PageRank, eigenvector, closeness;
- :mod:`.communities`: communities (Louvain; Leiden at scale) against the ecosystems;
- :mod:`.brokers`: Burt's constraint, Gould–Fernandez roles, betweenness between ecosystems;
- :mod:`.gaps`: links between ecosystems against the links one would expect;
- :mod:`.suggest`: ranked, explained introductions and campus memberships;
- :mod:`.evaluate`: the suggestions against link-prediction baselines on held-out links.
"""

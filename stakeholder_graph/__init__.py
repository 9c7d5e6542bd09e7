"""stakeholder-graph: who works with whom in a region's labour market and education, and whom
to connect next."""

__version__ = "0.1.0"

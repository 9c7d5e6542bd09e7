"""``python -m stakeholder_graph`` runs the CLI."""

from .cli import main

main()

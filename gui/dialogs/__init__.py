"""Dialogs that belong to no single pane (shortcuts; later import, export, settings)."""

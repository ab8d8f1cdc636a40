"""Dialogs that belong to no single pane (shortcuts, export, settings, backup, the yes-or-no question and the message box of `messages`)."""

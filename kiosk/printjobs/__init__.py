"""Issuing and printing as one recorded job: a ticket is never lost to a printer fault.

The ticket is committed (print state ``pending``) before a byte goes to the printer, so a
crash, a jam or a pulled cable can only leave a ticket that is *known* not to be in anyone's
hand — never a number that silently vanished or one that was counted but never printed.
"""

from kiosk.printjobs.jobs import (
    IssueOutcome,
    issue_and_print,
    print_missing_documents,
    recover_interrupted,
    reprint,
)
from kiosk.printjobs.protocol import DocumentPrinter, PrintOutcome

__all__ = [
    "DocumentPrinter",
    "IssueOutcome",
    "PrintOutcome",
    "issue_and_print",
    "print_missing_documents",
    "recover_interrupted",
    "reprint",
]

"""Service requests accepted at the desk as complete, with the due date the office is bound to."""

from kiosk.files.due import DueDateError, due_date
from kiosk.files.records import (
    FILE_STATUSES,
    OPEN_STATUSES,
    AcceptedFile,
    FileError,
    Risk,
    accept_file,
    find_file,
    list_files,
    risk_of,
    set_file_status,
)
from kiosk.files.tracking import next_tracking_number

__all__ = [
    "FILE_STATUSES",
    "OPEN_STATUSES",
    "AcceptedFile",
    "DueDateError",
    "FileError",
    "Risk",
    "accept_file",
    "due_date",
    "find_file",
    "list_files",
    "next_tracking_number",
    "risk_of",
    "set_file_status",
]

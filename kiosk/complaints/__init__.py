"""Complaints (*pengaduan*) and suggestions (*saran*) as the service standard requires them."""

from kiosk.complaints.channels import CHANNEL_LABELS, CHANNELS, channel_label
from kiosk.complaints.records import (
    COMPLAINT_STATUSES,
    LATE_AFTER_DAYS,
    RESPONSE_WORKING_DAYS,
    ComplaintError,
    ComplaintView,
    classify,
    find_complaint,
    list_complaints,
    record_complaint,
    update_complaint,
)

__all__ = [
    "CHANNELS",
    "CHANNEL_LABELS",
    "COMPLAINT_STATUSES",
    "LATE_AFTER_DAYS",
    "RESPONSE_WORKING_DAYS",
    "ComplaintError",
    "ComplaintView",
    "channel_label",
    "classify",
    "find_complaint",
    "list_complaints",
    "record_complaint",
    "update_complaint",
]

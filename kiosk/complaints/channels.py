"""Where a complaint came in, with the words the desk and reports use for each."""

from __future__ import annotations

CHANNEL_LABELS: dict[str, tuple[str, str]] = {
    "counter": ("Loket", "Counter"),
    "kiosk": ("Anjungan (kios)", "Kiosk"),
    "phone": ("Telepon", "Phone"),
    "whatsapp": ("WhatsApp", "WhatsApp"),
    "email": ("Surel", "Email"),
    "letter": ("Surat", "Letter"),
    "box": ("Kotak pengaduan", "Complaint box"),
    "web": ("Halaman web (ponsel)", "Web page (phone)"),
}
CHANNELS: tuple[str, ...] = tuple(CHANNEL_LABELS)


def channel_label(channel: str, language: str = "id") -> str:
    labels = CHANNEL_LABELS.get(channel)
    if labels is None:
        return channel
    return labels[1] if language == "en" else labels[0]


# Where an officer can say a complaint came from: the hall's page records its own.
DESK_CHANNELS: tuple[str, ...] = tuple(c for c in CHANNELS if c != "web")

# Forms nobody signs in to (the walk-in kiosk, the hall's page for phones): they may record only
# what they collected, on their own channel.
UNATTENDED_CHANNELS = frozenset({"kiosk", "web"})

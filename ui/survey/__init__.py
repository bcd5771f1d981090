"""The SKM survey terminal (``mpp-kiosk run --role survey``): a served ticket's QR opens the
nine questions; answers are stored once, when the respondent sends them."""

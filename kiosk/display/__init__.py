"""What the queue display shows and says, as settings (Qt-free, so `config check` can validate them)."""

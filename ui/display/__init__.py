"""The queue display (TV in the hall): the board, its feed from the event table, and the voice."""

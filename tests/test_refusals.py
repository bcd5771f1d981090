"""A refusal of the rules reads the same everywhere: a stable code, the sentence in Indonesian
and in English, exit status 2 on the command line and the error object with --json."""

from __future__ import annotations

import json

from tests.support.cli import Cli


def test_refusals_from_every_part_of_the_core_carry_a_code_and_both_languages(initialised_cli: Cli) -> None:
    cli = initialised_cli
    cli.now = "2026-11-24T09:00"
    cases = {
        ("files", "status", "BRK-20261124-999", "processing"): ("unknown_file", "tidak ada", "There is no file"),
        ("complaint", "update", "ADU-20261124-999", "--status", "handling"): ("unknown_complaint", "tidak ada",
                                                                  "There is no complaint"),
        ("queue", "cancel", "A-001"): ("unknown_ticket", "tidak ditemukan", "was not found"),
        ("staff", "unlock", "NOBODY"): ("unknown_officer", "tidak ada", "There is no officer"),
        ("report", "ikm", "--period", "2026-13"): ("bad_period", "bulan harus 01-12", "month must be 01-12"),
    }
    for args, (code, words_id, words_en) in cases.items():
        result = cli(*args, "--json")
        assert result.status == 2, (args, result.err)
        assert "Traceback" not in result.err
        error = json.loads(result.out)["error"]
        assert error["code"] == code, (args, error)
        assert error["status"] == 2
        assert words_id in error["message_id"] and words_en in error["message_en"], (args, error)
        assert error["message_id"] != error["message_en"]
        assert words_id in result.err and words_en in result.err  # the line people read has both

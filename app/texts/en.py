"""English texts of every code. Same keys as `vi.py`."""

from __future__ import annotations

TEXTS: dict[str, str] = {
    # --- general ---------------------------------------------------------------------------------------------
    "internal": "The program met an internal fault and stopped this command; no data was changed.",
    #
    #
    # --- the election file (app/fileformat) ------------------------------------------------------------------
    #
    #
    # --- storage: opening, locks, damaged files, backups (app/storage) ---------------------------------------
    #
    #
    # --- the record: events, verify (app/record) -------------------------------------------------------------
    #
    #
    # --- services: congress, elections, rounds, entry, stacks, hand-over -------------------------------------
    #
    #
    # --- lists from spreadsheets (app/candidates_import) -----------------------------------------------------
    #
    #
    # --- minutes and results export (app/minutes, app/results) -----------------------------------------------
    "minutes.no_election": "No election with id {election} (the ids are: {known}).",
    "minutes.no_rounds": "Election {election} has no rounds yet.",
    "minutes.no_round": "Election {election} has no round {round} (it has {rounds}).",
    "minutes.source": "Give exactly one source: an election file or --db.",
    "minutes.log_needs_db": "The entry log is only in a database: use --db.",
    "minutes.summary_or_log": "Choose one of --summary and --log.",
    "minutes.election_required": "Say which election: --election ID.",
    "minutes.output_suffix": "The output must end in {first} or {second} (given: {output}).",
    "minutes.write.no_folder": "Cannot write {path}: the folder does not exist.",
    "minutes.write.is_folder": "Cannot write {path}: it is a folder.",
    "minutes.write.no_permission": "Cannot write {path}: no permission to write there.",
    "minutes.write.failed": "Cannot write {path}: the disk write failed ({reason}).",
    #
    #
    # --- printed and scanned ballots (app/scan) --------------------------------------------------------------
    #
    #
}

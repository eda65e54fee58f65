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
    #
    #
    # --- printed and scanned ballots (app/scan) --------------------------------------------------------------
    "scan.too_many_names": "The list has {n} names: too many to print on one ballot sheet (about 90 at most).",
    "scan.blank_page": "Blank page.",
    "scan.corners_missing": "The ballot's four corner marks are not all there (a corner torn, folded or not scanned).",
    "scan.qr_unreadable": "The ballot's QR code cannot be read.",
    "scan.not_a_ballot": "The QR code is not that of a ballot printed by the program.",
    "scan.other_congress": "A ballot of another congress.",
    "scan.other_election": "A ballot of election {election}; election {expected} is being read.",
    "scan.other_round": "A ballot of round {round}; round {expected} is being read.",
    "scan.layout_changed": "A ballot printed before the list of election {election} (round {round}) changed.",
    "scan.misaligned": "The scan does not match the ballot's layout (only {match}% of the print in place).",
    "scan.upside_down": "The page was scanned upside down and turned back 180°.",
    "scan.rows_doubtful": "A person must look at rows: {rows}.",
    "scan.marks_outside": "Writing or marks beside the printed names ({area} mm²): for the committee to rule.",
    "scan.no_stamp": "No stamp of the counting committee is seen.",
    "scan.not_images": "These files cannot be read (not PNG, JPEG, TIFF, BMP or PDF): {files}.",
    "scan.no_files": "There are no files to read.",
    "scan.unreadable_file": "The image file cannot be decoded.",
    "scan.bad_copies": "The number of copies must be 1 to 2000 ({copies} given).",
    "scan.round_needs_election": "--round needs --election (a round of which election).",
    #
    #
}

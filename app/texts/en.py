"""English texts of every code. Same keys as `vi.py`."""

from __future__ import annotations

TEXTS: dict[str, str] = {
    # --- general ---------------------------------------------------------------------------------------------
    "internal": "The program met an internal fault and stopped this command; no data was changed.",
    #
    #
    # --- the election file (app/fileformat) ------------------------------------------------------------------
    "file.invalid": "The election file is not valid: {fault}",
    "file.invalid_at": "The election file is not valid at {path}: {fault}",
    "file.not_found": "file not found: {file}",
    "file.is_folder": "{file} is a folder, not a file",
    "file.unreadable": "cannot read {file}: {reason}",
    "file.too_big": "the file is {size} MB, above the limit of {limit} MB for an election file",
    "file.wrong_encoding": "the file is {encoding} text; save it as UTF-8",
    "file.not_utf8": "the file is not UTF-8 text (byte {byte})",
    "file.not_json": "not valid JSON ({reason}); the file may be cut short or edited by hand",
    "file.too_deep": "the data is nested too deeply to be an election file",
    "file.number_too_long": "a number has thousands of digits",
    "file.duplicate_key": "the key {key} appears twice in one object",
    "file.not_format": "{value} is not a kiemphieu election file ({format})",
    "file.unknown_ruleset": "unknown rule set {value}; known: {allowed}",
    "file.not_object": "{value} must be an object",
    "file.not_list": "{value} must be a list",
    "file.too_many": "has {count} entries, more than the limit of {limit}",
    "file.too_many_ballots": "the file has more than {limit} ballot entries, above the limit for an election file",
    "file.too_many_numbers": "the ballots hold more than {limit} candidate numbers, above the limit for an election file",
    "file.missing": "is missing",
    "file.not_integer": "{value} is not a whole number",
    "file.below_minimum": "{value} is below the minimum {minimum}",
    "file.above_maximum": "{value} is above the maximum {maximum}",
    "file.not_text": "{value} is not text",
    "file.empty_text": "must not be empty",
    "file.text_too_long": "is {length} characters long, above the limit of {limit}",
    "file.bad_character": "holds a control or broken character ({char})",
    "file.not_choice": "{value} is not one of {allowed}",
    "file.not_flag": "{value} must be true or false",
    "file.not_share": "{value} is not a share (e.g. 0.3 or 3/10)",
    "file.share_range": "{value} must be between 0 and 1",
    "file.no_one_left": "the exclusions ({excluded}) leave no one of the {summoned} summoned",
    "file.number_repeated": "candidate number {no} appears twice",
    "file.number_twice": "a candidate number is given twice",
    "file.election_id_twice": "election id {id} appears twice",
    "file.round_order": "round {given} is out of order; expected {expected}",
    "file.not_in_election": "{no} is not a candidate of this election",
    "file.listed_twice": "{no} is on the ballot twice",
    "file.not_candidate": "{no} is not a candidate of this round",
    "file.ballot_keys": "a ballot needs exactly one of {keys}",
    "file.use_struck": "this round's ballot is the strike-out form: use struck",
    "file.use_marks": "this round's ballot is the agree/disagree form: use marks",
    "file.use_names": "this is a nomination ballot: use names (the numbers of the names written)",
    "file.reason_not_for_form": "this reason does not apply to this round's ballot form",
    "file.choice_not_nomination": "the head's choice is recorded for nomination ballots only",
    "file.propose_not_nomination": "the number to propose is for nomination ballots only",
    "file.withdrawal_twice": "candidate {no} has two withdrawal requests for the same round",
    "file.pool_not_election": "{id} is not another election of this file",
    "file.pool_not_nomination": "{id} is not a nomination ballot, so it proposes no one",
    "file.pool_cycle": "candidate pools refer to each other in a circle",
    "file.not_among_elected": "candidate {no} is not among the elected of election {id}",
    "file.not_among_not_elected": "candidate {no} is not among the not elected of election {id}",
    "file.not_yet_storable": "The election file has {field} (at {path}), which the congress database cannot hold yet, so it cannot be imported; check its result with kiemphieu tally.",
    "file.not_among_proposed": "candidate {no} is not among the proposed of nomination ballot {id}",
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
    "minutes.does_not_fit": "{title} cannot be laid out: one item (a name, title, note or list) is longer than a page. Shorten it and print again.",
    "minutes.nomination_not_ready": "The minutes of nomination ballot {election} cannot be printed yet; see its result with kiemphieu tally.",
    #
    #
    # --- printed and scanned ballots (app/scan) --------------------------------------------------------------
    #
    #
}

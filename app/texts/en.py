"""English texts of every code. Same keys as `vi.py`."""

from __future__ import annotations

TEXTS: dict[str, str] = {
    # --- general ---------------------------------------------------------------------------------------------
    "internal": "The program met an internal fault and stopped this command; no data was changed.",
    "list.separator": ", ",
    "words.yes": "yes",
    "words.no": "no",
    "words.none": "none",
    "words.round": "{election}, round {round}",
    "write.no_folder": "the folder does not exist",
    "write.is_folder": "that is a folder",
    "write.no_permission": "no permission to write there",
    "write.other": "a disk write error",
    # ballots, marks and invalid reasons, in words (the window, the log, the minutes)
    "invalid.not_issued": "not issued by the counting committee",
    "invalid.over_limit": "keeps more names than the seats",
    "invalid.none_kept": "every name struck",
    "invalid.single_no_choice": "neither or both boxes marked",
    "invalid.write_in": "a name written in",
    "invalid.marked": "identifying marks",
    "mark.agree": "no. {no} agree",
    "mark.disagree": "no. {no} disagree",
    "mark.both": "no. {no} both boxes",
    "mark.none": "no. {no} blank",
    "ballot.struck": "struck no. {nos}",
    "ballot.struck_none": "no name struck",
    "ballot.marks": "{marks}",
    "ballot.marks_none": "no row marked",
    "ballot.invalid": "invalid ({reason})",
    "ballot.count": "{ballot} × {count} ballots",
    "ballot.team": "{ballot}, team {team}",
    "subtotal.words": "team {team}: {ballots} ballots, {invalid} invalid; votes per candidate: {votes}",
    "status.elected": "elected",
    "status.tied": "tied",
    "status.not_elected": "",
    "outcome.complete": "All {seats} seats filled.",
    "outcome.admitted": "Admitted to the list: {count}.",
    "outcome.tie": (
        "TIE: {count} candidates ({tied}) have equal votes for {seats} remaining seat(s). "
        "The presidium must hold a further ballot among them."
    ),
    "outcome.shortfall": (
        "SHORTFALL: only {elected} elected, {left} seat(s) left. "
        "The congress decides whether to hold another round (its list and seats) or to stop with fewer."
    ),
    "outcome.short.complete": "complete",
    "outcome.short.tie": "tie",
    "outcome.short.shortfall": "shortfall",
    "outcome.short.admitted": "admitted",
    "purpose.election": "election",
    "purpose.tie_break": "ballot among tied candidates",
    "entry_mode.1": "single entry",
    "entry_mode.2": "independent double entry",
    "entry_mode.3": "independent triple entry",
    "stack_state.awaiting": "awaiting the next entry",
    "stack_state.differ": "the entries differ",
    "stack_state.differ.at": "the entries differ at ballot(s) {seqs}",
    "stack_state.definitive": "definitive",
    "hand_vote.seats": "number of seats: {agree} agree, {disagree} disagree, {abstain} abstain",
    "hand_vote.list": "election list: {agree} agree, {disagree} disagree, {abstain} abstain",
    "rounding.floor": "rounded down",
    "rounding.half_up": "rounded",
    "rounding.ceil": "rounded up",
    "ruleset.qd190-2024": "Party election regulation (Decision 190-QĐ/TW, 2024)",
    "ruleset.qd244-2014": "Party election regulation (Decision 244-QĐ/TW, 2014)",
    # the terminal's result table (kiemphieu tally)
    "tally.heading": "{title} — round {round} ({election})",
    "tally.seats": "Seats: {seats}",
    "tally.base": "Summoned: {summoned}, excluded {excluded}, base: {base}; at least {needed} votes needed",
    "tally.ballots": "Ballots issued {issued}, collected {collected}, counted {counted}, valid {valid}, invalid {invalid}",
    "tally.column.no": "No.",
    "tally.column.name": "Full name",
    "tally.column.votes": "Votes",
    "tally.column.percent": "Share",
    "tally.column.status": "Result",
    #
    #
    # --- the election file (app/fileformat) ------------------------------------------------------------------
    #
    #
    # --- storage: opening, locks, damaged files, backups (app/storage) ---------------------------------------
    "storage.not_found": "No database at {path}.",
    "storage.not_kiemphieu": "{path} is not a vote-counting database.",
    "storage.no_congress": "The database holds no congress.",
    "storage.exists": "{path} exists already; choose another name for a new congress.",
    "storage.not_empty": "The database {path} already holds counting data.",
    "storage.newer_schema": (
        "This database was made by a newer version of the program ({found}; this one knows {known}). "
        "Update the program, then open it again; nothing was changed."
    ),
    "storage.disk_full": (
        "The disk is full ({where}). Free some space and try again. "
        "The last action was not saved; everything saved before is intact."
    ),
    "storage.read_only": (
        "Cannot write to the database ({where}): the disk or file is read-only. Copy it to a writable disk. "
        "The last action was not saved; everything saved before is intact."
    ),
    "storage.locked": (
        "The database ({where}) is held by another program. Close that program and try again. "
        "The last action was not saved; everything saved before is intact."
    ),
    "storage.damaged": "The file ({where}) is not a vote-counting database or is damaged. Open a backup copy.",
    "storage.cannot_open": "Cannot open the database ({where}): the folder is not writable or does not exist.",
    "storage.no_server": "Cannot reach the database server ({where}). Check the network and the address.",
    "storage.backup_failed": (
        "The round is finalized and safely stored on this computer, but the backup to {folder} FAILED: {detail} "
        "Check the backup drive, then back up again."
    ),
    #
    #
    # --- the record: events, verify (app/record) -------------------------------------------------------------
    # each event's action in words (the entry-log viewer and the printed log)
    "event.create": "Congress data created",
    "event.record.converted": "Converted to the new log format",
    "event.congress.update": "Congress details changed",
    "event.parameters": "Congress's own parameters set",
    "event.pin": "Head's PIN set",
    "event.backup.folder": "Backup folder set",
    "event.entry.mode": "Independent entries chosen",
    "event.operator.chosen": "Operator at the station",
    "event.election.add": "Election added",
    "event.election.update": "Election changed",
    "event.election.remove": "Election removed",
    "event.election.hand_votes": "Show-of-hands votes recorded",
    "event.round.start": "Further round opened",
    "event.round.counts": "Ballots issued and collected",
    "event.round.finalize": "Round finalized",
    "event.round.reopen": "Round reopened",
    "event.ballot": "Ballot entered",
    "event.ballot.correct": "Ballot corrected",
    "event.ballot.void": "Ballot voided",
    "event.subtotal": "Team's hand count entered",
    "event.subtotal.void": "Team's count voided",
    "event.team.add": "Counting team formed",
    "event.team.members": "Team members changed",
    "event.stack.open": "Team's stack opened",
    "event.pass.item": "Stack ballot entered (not yet counted)",
    "event.pass.complete": "Entry pass completed",
    "event.pass.merge": "Entry pass received from another station",
    "event.stack.resolve": "Head decided a difference",
    "event.entries.export": "Hand-over file exported",
    "event.unreadable": "(the record cannot be read — run the integrity check)",
    # each event's content in words
    "event.create.words": "{title}; {ruleset}; summoned {summoned}, excluded {excluded}, attending {attending}",
    "event.record.converted.words": "Schema {schema}; congress id {uid} and hand-over key recorded as stored",
    "event.congress.update.words": "{title}; summoned {summoned}, excluded {excluded}, attending {attending}",
    "event.parameters.words": (
        "Surplus at most {cap} of the seats ({rounding}), small bodies at most {small_cap}; "
        "nomination threshold {opinion}; a tie ballot needs a majority: {tie}"
    ),
    "event.parameters.words.default": "Back to the rule set's parameters",
    "event.pin.words": "New PIN (only its hash is stored)",
    "event.backup.folder.words": "Copied after each finalize to {folder}",
    "event.backup.folder.words.none": "No copies",
    "event.entry.mode.words": "Stacks opened from now on: {mode}",
    "event.operator.chosen.words": "{name}",
    "event.election.add.words": "{title}: {seats} of {candidates} candidates",
    "event.election.update.words": "{title}: {seats} of {candidates} candidates",
    "event.election.remove.words": "{title}; reason: {reason}",
    "event.election.hand_votes.words": "{title}: {votes}",
    "event.round.start.words": "{where}: {purpose}, {seats} of {candidates} candidates",
    "event.round.start.words.decided": "{where}: {purpose}, {seats} of {candidates} candidates; decided by {by}: {note}",
    "event.round.counts.words": "{where}: issued {issued}, collected {collected}, present {present}",
    "event.round.finalize.words": (
        "{where}: finalized by {by}; {counted} ballots counted, {valid} valid, {invalid} invalid; "
        "{outcome}, elected no. {elected}; fingerprint {fingerprint}"
    ),
    "event.round.reopen.words": "{where}; reason: {reason}",
    "event.ballot.words": "{where}, ballot {seq}: {ballot}",
    "event.ballot.words.stack": "{where}, ballot {seq}: {ballot} (from stack no. {stack})",
    "event.ballot.correct.words": "Ballot no. {ballot} corrected to: {replacement}; reason: {reason}",
    "event.ballot.void.words": "Ballot no. {ballot}; reason: {reason}",
    "event.subtotal.words": "{where}: {subtotal}",
    "event.subtotal.void.words": "Team count no. {subtotal}; reason: {reason}",
    "event.team.add.words": "{team}: {members}",
    "event.team.members.words": "{team}: {members}",
    "event.stack.open.words.ballots": "{where}, team {team}: {collected} ballots, {required}",
    "event.stack.open.words.subtotal": "{where}, team {team}: hand-count sheet of {collected} ballots, {required}",
    "event.pass.item.words": "Stack no. {stack}, ballot {seq}: {item}",
    "event.pass.complete.words": "Stack no. {stack}: {state}",
    "event.pass.merge.words": "Stack no. {stack}: {operator}'s entry at station {station}, {items} ballots; {state}",
    "event.stack.resolve.words": "Stack no. {stack}, ballot {seq}: entry {entry} kept ({item}); {state}",
    "event.stack.resolve.words.own": "Stack no. {stack}, ballot {seq}: as the paper reads ({item}); {state}",
    "event.entries.export.words": "{passes} entry passes to file {file} (SHA-256 {sha256})",
    # a record that cannot be read as its event (verify, with the field's place)
    "record.missing": "this field is missing",
    "record.type": "wrong type (expected {expected}, found {found})",
    "record.range": "the value {value} is below {minimum}",
    "record.enum": "the value {value} is not one of the allowed values",
    "record.extra": "a field that does not belong to the record",
    "record.json": "not valid JSON",
    "record.action": "the action {action} is not in the catalogue",
    "record.ballot_text": "the ballot {value} cannot be read",
    "record.fraction": "{value} is not a share",
    "record.pair": "needs exactly two values",
    # a record the projection cannot apply (verify)
    "projection.no_row": "table {table} has no row {key}",
    "projection.congress_exists": "the congress exists already",
    "projection.election_exists": "election {election} exists already",
    "projection.round_number": "election {election} must start with round 1, not round {round}",
    "projection.removed": "election {election} was removed",
    "projection.round_open": "round {round} of {election} is not finalized",
    "projection.round_final": "round {round} of {election} is finalized",
    "projection.round_exists": "round {round} of {election} exists already",
    "projection.candidate": "candidate no. {no} of {election} differs from the list",
    "projection.round_header": "round {round} of {election}: {column} differs from the stored round",
    "projection.ballot_seq": "ballot {seq}, where ballot {expected} was due",
    "projection.stack_not_definitive": "stack no. {stack} is not definitive",
    "projection.stack_team": "the ballot is not of stack no. {stack}'s team",
    "projection.not_promoting": "stack no. {stack} has no ballot waiting to count",
    "projection.promoted_item": "stack no. {stack}: ballot {stored} differs from the definitive {expected}",
    "projection.promotion_incomplete": "stack no. {stack} is definitive but {left} of its ballots were not counted",
    "projection.not_current": "row {id} of table {table} no longer counts",
    "projection.team_exists": "team {team} exists already",
    "projection.no_team": "no team {team}",
    "projection.stack_exists": "team {team} has a stack in this round already",
    "projection.entry_mode": "{required} entries differs from the congress's entry mode",
    "projection.stack_definitive": "stack no. {stack} is definitive",
    "projection.item_position": "stack no. {stack} has no ballot {seq}",
    "projection.item_kind": "the content does not fit stack no. {stack}'s kind",
    "projection.pass_number": "stack no. {stack}: entry number {number} is wrong",
    "projection.not_my_pass": "entry no. {pass_id} is not this operator's open entry",
    "projection.merged_twice": "entry {origin} was received before",
    "projection.pass_incomplete": "stack no. {stack}: the entry lacks ballots",
    "projection.stack_state": "stack no. {stack}: the record says {stored}, comparing again gives {expected}",
    "projection.resolved_item": "stack no. {stack}, ballot {seq}: the reading kept differs from the entry chosen",
    "projection.refusal.same_operator": "stack no. {stack}: two entries by one person",
    "projection.refusal.not_head": "stack no. {stack}: not decided by the head",
    "projection.refusal.wrong_length": "stack no. {stack}: the entry's length differs from the stack",
    "projection.refusal.already_definitive": "stack no. {stack} is definitive",
    "projection.refusal.nothing_to_resolve": "stack no. {stack} has no difference",
    "projection.refusal.unknown_position": "stack no. {stack}: that ballot is not among the differences",
    "projection.refusal.not_a_choice": "stack no. {stack}: the choice is not one of the entries",
    "projection.unknown": "no projection for the action {action}",
    # what verify finds
    "verify.seq": "Log: position {position} must hold record {position}, found {found} (a record missing, added or renumbered).",
    "verify.field": "Log, record {seq}: column {column} was changed to a value that is not text.",
    "verify.data_hash": "Log, record {seq}: its content was changed (the data hash does not match).",
    "verify.prev_hash": "Log, record {seq}: the hash chain is broken (an earlier record was changed or deleted).",
    "verify.hash": "Log, record {seq}: its time, station, operator, action or hash was changed.",
    "verify.undecodable": "Log, record {seq}: its content cannot be read at {field}: {problem}.",
    "verify.projection": "Log, record {seq}: it cannot be applied to the data: {problem}.",
    "verify.row_changed": (
        "Table {table}, row {key}, column {column}: stored {stored}, the log says {expected} (record {seq})."
    ),
    "verify.row_missing": "Table {table}: row {key}, written by log record {seq}, is missing.",
    "verify.row_after_log": (
        "Table {table}: row {key} was written by no log record; it bears record number {seq}, after the log's last "
        "record ({last}): either it was added outside the program, or the log's newest records were deleted."
    ),
    "verify.row_extra": "Table {table}: row {key} was written by no log record.",
    "verify.schema": "Table {table}: cannot be read (a table or column is missing).",
    "verify.seal_fingerprint": (
        "Election {election}, round {round}: re-counting the data gives another fingerprint than the seal (record {seq})."
    ),
    "verify.seal_votes": (
        "Election {election}, round {round}: re-counting the ballots gives another result than the one sealed "
        "(record {seq})."
    ),
    "verify.round.open": "{election} round {round}: not finalized — fingerprint {fingerprint}",
    "verify.round.ok": "{election} round {round}: matches — {fingerprint}",
    "verify.round.sealed_changed": "{election} round {round}: DOES NOT MATCH its seal — re-counted {fingerprint}",
    "verify.round.changed": (
        "{election} round {round}: DOES NOT MATCH — the data changed after finalizing (sealed {sealed}, "
        "re-counted {fingerprint})"
    ),
    "verify.db.ok": "Log: {records} records, hash chain intact; every table matches the log; last hash {hash}",
    "verify.db.changed": "DOES NOT MATCH — {finding} The data was changed outside the program.",
    "verify.db.more": "And {count} more.",
    # the printed entry log
    "entrylog.title": "BALLOT-ENTRY LOG",
    "entrylog.label": "Ballot-entry log · {records} records",
    "entrylog.intro": (
        "{records} records, in the order written; times by the station's clock. Each record carries a hash chained to "
        "the one before (its first 12 characters printed); the last record's hash seals the whole log: {hash}."
    ),
    "entrylog.column.seq": "No.",
    "entrylog.column.at": "Time",
    "entrylog.column.who": "Operator (station)",
    "entrylog.column.action": "Action",
    "entrylog.column.content": "Content",
    "entrylog.column.hash": "Hash",
    #
    #
    # --- services: congress, elections, rounds, entry, stacks, hand-over -------------------------------------
    "input.summoned_min": "At least 1 must be summoned.",
    "input.negative": "Counts cannot be negative.",
    "input.base_empty": "The exclusions leave no one of those summoned.",
    "input.election_id": "An election needs an id.",
    "input.seats_min": "At least 1 seat.",
    "input.list_empty": "The list cannot be empty.",
    "input.numbers": "The candidates' numbers must differ and start at 1.",
    "input.pool_self": "An election cannot take its list from itself.",
    "input.team_empty": "Give the counting team's name.",
    "input.invalid_over_ballots": "More invalid ballots than the team's ballots.",
    "input.reason": "A reason is required.",
    "ballot.not_a_ballot": "Not a kind of ballot ({kind}).",
    "ballot.count_min": "A stack of identical ballots needs at least 1 (entered {count}).",
    "ballot.not_on_paper": "No. {no} is not on this round's ballot.",
    "ballot.form.strike_out": "This round uses the strike-out ballot.",
    "ballot.form.agree_disagree": "This round uses the agree/disagree ballot.",
    "ballot.reason_form": "That reason does not apply to this round's ballot.",
    "ballot.not_found": "No ballot no. {ballot}.",
    "ballot.not_current": "Ballot no. {ballot} was corrected or voided before.",
    "subtotal.not_found": "No team count no. {subtotal} that still counts.",
    "pin.too_short": "The PIN needs at least {min} characters.",
    "pin.not_set": "The head of the counting committee has no PIN yet.",
    "pin.wrong": "Wrong PIN of the head.",
    "pin.wrong_old": "The head's old PIN is wrong.",
    "congress.ruleset": "No rule set '{ruleset}'.",
    "congress.electorate_locked": (
        "A round is finalized: the numbers summoned, excluded and attending cannot change. Reopen that round first."
    ),
    "congress.parameters_locked": "A round is finalized: the parameters cannot change.",
    "congress.entry_mode": "Choose single, double or triple entry (chosen: {mode}).",
    "operator.empty": "Give the operator's name.",
    "election.exists": "Election '{election}' exists already.",
    "election.not_found": "No election '{election}'.",
    "election.has_ballots": "Election '{election}' has ballots: its list and seats cannot change, nor can it be removed.",
    "election.used_as_pool": "Election {users} takes its list from election {election}: it cannot be removed.",
    "election.hand_vote_twice": "One result per show-of-hands vote.",
    "election.finalized": "Election '{election}' has a finalized round: its show-of-hands votes cannot change.",
    "round.not_found": "Election '{election}' has no round {round}.",
    "round.finalized": "Round {round} is finalized: the head must reopen it with the PIN to change it.",
    "round.last_not_final": "Round {round} is not finalized: finalize it before another round.",
    "round.candidate_exists": "No. {no} is on the list already.",
    "round.candidate_twice": "A candidate is on the list twice.",
    "round.unknown_candidate": "No. {no} is not on the election's list.",
    "round.has_errors": "Cannot finalize yet: {problems}",
    "round.not_final": "Round {round} is not finalized.",
    "round.later_exists": "A round after round {round} exists: it cannot be reopened.",
    "entry.use_stacks": "This congress enters ballots independently more than once: enter them by the team's stacks.",
    "entry.undo_reason": "Last ballot taken back",
    "entry.stack_count": "After * type the number of identical ballots, e.g. *5.",
    "entry.stack_bad": "After * type a number only; '{typed}' is not one.",
    "entry.stack_range": "A stack of identical ballots is 1 to {max}.",
    "entry.ruled_key": "Invalid ballot: type /1 not issued by the committee, /2 a name written in, /3 identifying marks.",
    "entry.ruled_unknown": (
        "No reason {key}. Invalid ballot: type /1 not issued by the committee, /2 a name written in, "
        "/3 identifying marks."
    ),
    "entry.struck_char": "Unexpected character '{char}': type the rows' numbers, separated by spaces or dots.",
    "entry.no_row": "No row {row} on the ballot (it has {rows} names).",
    "entry.row_twice": "Row {row} typed twice.",
    "entry.zero_alone": "0 means no name struck; type it alone.",
    "entry.type_kept": "Type the rows kept (or 0 if every name is struck).",
    "entry.type_struck": "Type the rows struck (or 0 if none is).",
    "entry.plus_last": "'+' must end the line.",
    "entry.mark_key": "Unexpected key '{char}': type 1 agree, 2 disagree, 0 blank, 3 both boxes.",
    "entry.too_many_marks": "The ballot has only {rows} rows; too many typed.",
    "entry.rows_left": "{left} rows not entered yet (the ballot has {rows}).",
    "team.name_empty": "The team needs a name.",
    "team.exists": "Team {team} exists already.",
    "team.not_found": "No team {team}: form the team first.",
    "stack.not_found": "No stack no. {stack}.",
    "stack.size_min": "A stack has at least 1 ballot.",
    "stack.exists": "Team {team} has a stack in this round already.",
    "stack.position": "The stack has {size} ballots: there is no ballot {seq}.",
    "stack.one_by_one": "In a stack each ballot is entered on its own.",
    "stack.not_ballots": "This stack is the team's tally sheet, not ballots one by one.",
    "stack.not_sheet": "This stack is entered ballot by ballot, not as a tally sheet.",
    "stack.no_open_pass": "You have entered no ballot of this stack yet.",
    "stack.missing": "Ballots {seqs} of the stack are missing.",
    "stack.sheet_needed": "Enter the team's tally sheet.",
    "stack.ballot_needed": "Enter one ballot.",
    "stack.refusal.same_operator": "This entry must be made by someone else (one person per independent entry).",
    "stack.refusal.not_head": "Only the head of the counting committee decides differences.",
    "stack.refusal.wrong_length": "The entry does not have every ballot of the stack.",
    "stack.refusal.already_definitive": "The stack is definitive: no further entry is taken.",
    "stack.refusal.nothing_to_resolve": "The stack has no difference to decide.",
    "stack.refusal.unknown_position": "That ballot is not among the differences.",
    "stack.refusal.not_a_choice": "Choose one of the entries.",
    "handover.shared_server": "The stations share a PostgreSQL server: no copy is needed.",
    "handover.copy_exists": "{path} exists already; choose another name.",
    "handover.unreadable": "The hand-over file {file} cannot be read.",
    "handover.not_handover": "{file} is not a ballot hand-over file of this program.",
    "handover.other_congress": "This hand-over file belongs to another congress: not merged.",
    "handover.altered": "The hand-over file was changed after export (its signature does not match): not merged.",
    "handover.malformed": "The hand-over file is malformed at {field}: not merged.",
    "handover.incomplete": "{operator}'s entry (team {team}, election {election} round {round}) lacks ballots.",
    "handover.refusal": "Team {team}, election {election} round {round}, operator {operator}: {problem}",
    "handover.stack_size": "Team {team}: the stack's size ({file}) differs from the head's station ({here}).",
    "handover.round_closed": "Round {round} of {election} is not open for entry.",
    "handover.bad_item": "Team {team}, election {election} round {round}: ballot {seq} in the file does not fit the round.",
    "transfer.seal_mismatch": (
        "The file marks round {round} of election {election} as finalized, but its data does not match the sealed "
        "fingerprint: the file was changed after finalizing. Not imported."
    ),
    "transfer.cannot_write": "Cannot write {path}: {why}",
    "minutes.no_election": "No election '{election}' (ids: {known}).",
    "minutes.no_rounds": "Election '{election}' has no round yet.",
    "minutes.no_round": "Election '{election}' has no round {round} (it has {rounds}).",
    # the command line
    "cli.file_or_db": "Give exactly one source: an election file or --db.",
    "cli.log_needs_db": "The ballot-entry log is only in a database: use --db.",
    "cli.summary_or_log": "Choose one of --summary and --log.",
    "cli.election_needed": "Name the election: --election ID.",
    "cli.output_suffix": "The output must end in .pdf or .docx (given: {path}).",
    "cli.cannot_write": "Cannot write {path}: {why}.",
    "cli.no_round": "No round {round}.",
    "cli.exported": "Exported {path}",
    "cli.imported": "Imported {elections} elections, {ballots} ballot entries into {db}.",
    "cli.last_hash": "The log's last hash: {hash}",
    "cli.no_pin": "The head has no PIN yet: set it with `kiemphieu pin --db …`.",
    "cli.pin_prompt": "The head's PIN (leave empty to set it later): ",
    "cli.pin_current": "Current PIN: ",
    "cli.pin_new": "New PIN: ",
    "cli.pin_again": "New PIN again: ",
    "cli.pin_missing": "A new PIN is needed.",
    "cli.pin_differs": "The two new PINs differ.",
    "cli.pin_set": "The head's PIN is set.",
    "cli.interrupted": "Stopped on request.",
    "cli.written.log": "Ballot-entry log ({records} records): written {path}\nLast record's hash: {hash}",
    "cli.written.summary": "Summary of results: written {path}{draft}\nData code (SHA-256): {fingerprint}",
    "cli.written.minutes": "Counting minutes {election}, round {round}: written {path}{draft}\nData code (SHA-256): {fingerprint}",
    "cli.draft": " — DRAFT (not the official result)",
    "crash.saved": "Technical details were written to {path}.",
    #
    #
    # --- lists from spreadsheets (app/candidates_import) -----------------------------------------------------
    "list.file_type": "Cannot read {file}: only Excel (.xlsx) or CSV (.csv) files.",
    "list.xlsx_damaged": "Cannot open the Excel file {file}: it is damaged or not .xlsx.",
    "list.csv_encoding": "The CSV file is not UTF-8. In Excel choose Save as “CSV UTF-8”, then import again.",
    "list.row.no_name": "row {line}: no full name",
    "list.row.digits": "row {line}: the name “{name}” has digits",
    "list.row.short": "row {line}: “{name}” is not a full name",
    "list.more": "; …",
    "list.none_more": "",
    "list.bad_rows": "{count} rows of the list cannot be read ({rows}{more}). Correct them in the file and import again.",
    "list.no_names": "The file has no names. The “Họ và tên” column needs at least one person.",
    #
    #
    # --- minutes and results export (app/minutes, app/results) -----------------------------------------------
    #
    #
    # --- printed and scanned ballots (app/scan) --------------------------------------------------------------
    #
    #
}

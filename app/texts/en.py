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
    "storage.disk_full": "The disk is full{place}. Free some space and try again. "
    "The last action was not saved; everything saved before is intact.",
    "storage.read_only": "Cannot write to the database{place}: the disk or the file is read-only. "
    "Copy it to a writable disk. The last action was not saved; everything saved before is intact.",
    "storage.locked": "The database{place} is held by another program. Close that program and try again. "
    "The last action was not saved; everything saved before is intact.",
    "storage.not_database": "The file{place} is not a vote-counting database or it is damaged. Open the backup.",
    "storage.cannot_open": "Cannot open the database{place}: the folder cannot be written or does not exist.",
    "storage.connection_failed": "Cannot reach the database server{place}. Check the network and the address.",
    "storage.held": "The congress in {path} is open in {program} (user {user}, computer {host}, process {pid}, "
    "since {since}). Close it there and try again; no data was changed.",
    "storage.cannot_lock": "Cannot work on {path}: its folder cannot be written ({reason}). On read-only media "
    "(a CD, a write-protected USB stick) copy the file to a writable disk; viewing, verifying and printing the "
    "minutes work read-only.",
    "storage.read_only_media": "The file {path} is on a read-only disk or folder: the program writes nothing there. "
    "It can be verified (kiemphieu verify --db), tallied and printed read-only; to go on entering ballots, copy the "
    "congress to a writable disk and open the copy.",
    "storage.damaged": "The file {path} is damaged (SQLite says: {problem}): the program does not open it, so that nothing more "
    "is written into damaged data. The latest backup of this congress: {backup} (at {backup_at}). Open that "
    "backup, keep the damaged file for comparison, and enter again the ballots after the backup.",
    "storage.damaged_no_backup": "The file {path} is damaged (SQLite says: {problem}): the program does not open it, so that "
    "nothing more is written into damaged data. No backup of this congress was found; look for one on the USB "
    "stick, or for an exported election file, and keep the damaged file for the technical staff.",
    "storage.in_use": "The file {path} is the open congress's data (or one of its side files): the program does "
    "not read or overwrite it this way. Choose another file.",
    "storage.exists": "{path} already exists; choose another name for a new congress.",
    "storage.backup_failed": "The round IS FINALIZED and saved on this computer ({database}). Only the backup "
    "copy to {folder} could NOT be made: {reason} Check the backup disk (plugged in, space left, writable) or "
    "choose another folder, then press “Back up now” under File → Backup folder.",
    "storage.backup_now_failed": "The congress could not be copied to the backup folder {folder}: {reason} The "
    "data on this computer ({database}) is unchanged. Check the backup disk and try again.",
    "storage.reason.disk_full": "the backup disk is full.",
    "storage.reason.read_only": "that folder cannot be written (read-only disk or no permission).",
    "storage.reason.not_folder": "that is not a folder.",
    "storage.reason.not_found": "that folder cannot be found (USB stick pulled out?).",
    "storage.reason.check_failed": "the copy did not pass its check ({detail}), so it was removed.",
    "storage.reason.other": "a fault while writing ({detail}).",
    "storage.import_check_failed": "the new file did not pass its check ({problem})",
    #
    #
    # --- the record: events, verify (app/record) -------------------------------------------------------------
    #
    #
    # --- keys, signatures, anchors, the head's PIN (app/keys, app/anchors, app/filesig, app/people) -----------
    "key.missing": "This computer has no signing key yet ({path}).",
    "key.unreadable": "Cannot read the key file {path}: {reason}.",
    "key.damaged": "The key file {path} is damaged or is not a key this program made; it cannot be used. The head must register a new key for this computer.",
    "key.not_ed25519": "The key file {path} is not an Ed25519 key of this program; it cannot be used.",
    "key.exposed": "Other users can read the key file {path} (mode {mode}), so the program will not use it. Only its owner may read it: run chmod 600 {path}.",
    "key.not_owner": "The key file {path} belongs to another account; the program will not use it.",
    "key.bad_fingerprint": "“{value}” is not a key fingerprint: 16 hex digits are needed, e.g. A1B2-C3D4-E5F6-0718.",
    "key.bad_public": "“{value}” is not an Ed25519 public key (43 base64url characters).",
    "key.fingerprint_mismatch": "The fingerprint {fingerprint} does not match the key given with it.",
    "keyfile.unreadable": "Cannot read the station key file {path}: {reason}.",
    "keyfile.private": "The file {path} holds a PRIVATE KEY: a private key must never go to another computer. Save the “station key file” (public key only) from the station's start page.",
    "keyfile.damaged": "The file {path} is not a valid station key file.",
    "signed.malformed": "A signed value is malformed at {field}.",
    "anchor.bad_congress": "“{congress}” is not a valid congress id.",
    "pin.too_short": "The PIN needs at least {min} digits.",
    "pin.not_digits": "The PIN is digits only, at least {min} of them.",
    "pin.not_set": "This computer keeps no PIN of the counting committee's head for this congress.",
    "pin.wait": "Too many wrong PINs: wait {seconds} seconds, then try again.",
    "pin.wrong": "The head's PIN is wrong ({failures} wrong in a row).",
    "pin.wrong_wait": "The head's PIN is wrong ({failures} wrong in a row): wait {seconds} seconds, then try again.",
    "pin.store_damaged": "The PIN file {path} is damaged; the program will not use it.",
    "pin.none_given": "A new PIN is needed (set KIEMPHIEU_PIN or run the command at a terminal).",
    "pin.differ": "The two new PINs differ.",
    "pin.set": "The head's PIN is set.",
    "log.unsigned": "Record #{seq} is not signed, after the log began to be signed.",
    "log.unknown_key": "Record #{seq} is signed by key {key}, not registered at this point of the log.",
    "log.key_retired": "Record #{seq} is signed by key {key}, retired before it.",
    "log.bad_signature": "The signature of record #{seq} is not valid (key {key}).",
    "log.needs_head_key": "Record #{seq} needs the head's key but is signed by key {key}.",
    "log.bad_registration": "Record #{seq} registers a key that is not valid.",
    "log.second_root": "Record #{seq} registers a head a second time.",
    "verify.file.valid": "File signature: valid — signed by key {fingerprint}{name} at {at}.",
    "verify.file.invalid": "THE FILE SIGNATURE IS NOT VALID — the file was changed after it was signed, or the signature is not by the key the file names (key {fingerprint}).",
    "verify.file.removed": "THE FILE SIGNATURE WAS REMOVED — the file bears the marks of a signed export but carries no signature.",
    "verify.file.unsigned": "The file is not signed (e.g. written by hand): only its figures and fingerprints can be checked.",
    "verify.file.other_signer": "THE FILE IS NOT SIGNED BY KEY {expected} as required.",
    "verify.head.valid": "Signed head of the log: record #{seq}, key {fingerprint}.",
    "verify.head.invalid": "THE SIGNATURE OF THE LOG HEAD (log_head) IS NOT VALID.",
    "verify.round.none": "{election} round {round}: not finalized — fingerprint {fingerprint}",
    "verify.round.match": "{election} round {round}: matches — {fingerprint}",
    "verify.round.mismatch": "{election} round {round}: MISMATCH — the data changed after finalizing (recorded {recorded}…, recomputed {short}…)",
    "verify.seal.valid": "    seal signed by key {fingerprint}{name}: valid",
    "verify.seal.invalid": "    THE SEAL SIGNATURE OF {election} ROUND {round} IS NOT VALID (key {fingerprint})",
    "verify.seal.unsigned": "    the seal carries no signature (written by an older version)",
    "verify.congress_code": "The congress code (SHA-256 of the rounds' codes, printed on the summary): {code}",
    "verify.ok": "Verdict: the signatures hold and the data matches every seal.",
    "verify.ok_unsigned": "Verdict: the data matches every seal; the file is not signed, so nothing proves who made it.",
    "verify.failed": "Verdict: THE FILE IS NOT INTACT — see the lines in capitals above.",
    #
    #
    # --- services: congress, elections, rounds, entry, stacks, hand-over -------------------------------------
    #
    #
    # --- lists from spreadsheets (app/candidates_import) -----------------------------------------------------
    "lists.unsupported": "Cannot read {file}: only Excel (.xlsx) or CSV (.csv) files are accepted.",
    "lists.empty": "{file} is empty: nothing to import.",
    "lists.old_excel": "{file} is an old Excel file (.xls) or is password-protected: the program cannot read it. "
    "Open it in Excel, remove any password, Save As “Excel Workbook (.xlsx)”, then import again.",
    "lists.bad_xlsx": "Cannot open the Excel file {file}: it is damaged or not .xlsx ({detail}).",
    "lists.several_sheets": "{file} has lists on several sheets ({sheets}): which to import is unclear. "
    "Keep each election list in a file of its own, then import again.",
    "lists.no_names": "{file} has no names. The “Họ và tên” column needs at least one person.",
    "lists.not_unicode": "The CSV file {file} is not in Unicode (UTF-8 or UTF-16): it may be Windows-1258, TCVN3 "
    "or VNI, which cannot be told apart safely, so the program does not guess. In Excel Save As “CSV UTF-8”, "
    "or import the .xlsx file itself.",
    "lists.bad_rows": "{count} rows of the list cannot be read ({rows}). Correct them in the file and import "
    "again; no name was added.",
    "lists.too_many": "{file} holds {names} names, more than an election list can have ({max}). Check the file "
    "(is it the party members' list rather than the election list?).",
    "lists.row.no_name": "row {row}: no full name",
    "lists.row.digits": "row {row}: the name “{name}” has digits",
    "lists.row.one_word": "row {row}: “{name}” is not a full name",
    "lists.row.too_long": "row {row}: the name cell is longer than {max} characters",
    "lists.row.formula": "row {row}: cell {cell} is a formula never calculated (the file was saved by a program "
    "that does not calculate formulas: open it in Excel and save it again)",
    "lists.row.error_value": "row {row}: cell {cell} is a formula error ({value})",
    "lists.row.merged": "row {row}: the name cell is inside the merged cells {cells} (one name over several rows)",
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

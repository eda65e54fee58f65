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
    #
    #
    # --- printed and scanned ballots (app/scan) --------------------------------------------------------------
    #
    #
}

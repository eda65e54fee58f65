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
    "verify.ok": "Verdict: the signatures hold and the data matches every seal.",
    "verify.ok_unsigned": "Verdict: the data matches every seal; the file is not signed, so nothing proves who made it.",
    "verify.failed": "Verdict: THE FILE IS NOT INTACT — see the lines in capitals above.",
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
    #
    #
}

"""Vietnamese texts of every code (the default language). Keep the sections; `en.py` has the same keys."""

from __future__ import annotations

TEXTS: dict[str, str] = {
    # --- general ---------------------------------------------------------------------------------------------
    "internal": "Chương trình gặp lỗi nội bộ và đã dừng lệnh này; dữ liệu không bị thay đổi.",
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
    "minutes.no_election": "Không có cuộc bầu mã {election} (các mã có: {known}).",
    "minutes.no_rounds": "Cuộc bầu {election} chưa có lần bầu nào.",
    "minutes.no_round": "Cuộc bầu {election} không có lần bầu thứ {round} (có {rounds} lần).",
    "minutes.source": "Cần chỉ ra đúng một nguồn dữ liệu: tệp bầu cử hoặc --db.",
    "minutes.log_needs_db": "Nhật ký nhập phiếu chỉ có trong cơ sở dữ liệu: dùng --db.",
    "minutes.summary_or_log": "Chọn một trong --summary và --log.",
    "minutes.election_required": "Cần chỉ ra cuộc bầu: --election MÃ.",
    "minutes.output_suffix": "Tệp ra phải có đuôi {first} hoặc {second} (đã cho: {output}).",
    "minutes.write.no_folder": "Không ghi được tệp {path}: thư mục không tồn tại.",
    "minutes.write.is_folder": "Không ghi được tệp {path}: đó là một thư mục.",
    "minutes.write.no_permission": "Không ghi được tệp {path}: không có quyền ghi vào đó.",
    "minutes.write.failed": "Không ghi được tệp {path}: lỗi khi ghi đĩa ({reason}).",
    #
    #
    # --- printed and scanned ballots (app/scan) --------------------------------------------------------------
    #
    #
}

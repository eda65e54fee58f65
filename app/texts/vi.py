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
    #
    #
    # --- printed and scanned ballots (app/scan) --------------------------------------------------------------
    "scan.too_many_names": "Danh sách có {n} người: quá nhiều để in trên một tờ phiếu (tối đa khoảng 90 tên).",
    "scan.blank_page": "Trang trắng.",
    "scan.corners_missing": "Không thấy đủ bốn dấu góc của phiếu (góc bị rách, gấp hoặc quét thiếu).",
    "scan.qr_unreadable": "Không đọc được mã QR của phiếu.",
    "scan.not_a_ballot": "Mã QR không phải của phiếu bầu do chương trình in.",
    "scan.other_congress": "Phiếu của đại hội khác.",
    "scan.other_election": "Phiếu của cuộc bầu {election}, đang đọc cuộc bầu {expected}.",
    "scan.other_round": "Phiếu của lần bầu thứ {round}, đang đọc lần bầu thứ {expected}.",
    "scan.layout_changed": "Phiếu in trước khi danh sách cuộc bầu {election} (lần {round}) thay đổi.",
    "scan.misaligned": "Không khớp được trang quét với mẫu phiếu (chỉ {match}% nét in đúng chỗ).",
    "scan.upside_down": "Trang bị quét ngược, đã xoay lại 180°.",
    "scan.rows_doubtful": "Cần người xem các dòng: {rows}.",
    "scan.marks_outside": "Có chữ hoặc dấu ngoài các tên in trên phiếu ({area} mm²): Ban kiểm phiếu xem xét.",
    "scan.no_stamp": "Không thấy dấu của Ban kiểm phiếu.",
    "scan.not_images": "Không đọc được các tệp sau (không phải ảnh PNG, JPEG, TIFF, BMP hay PDF): {files}.",
    "scan.no_files": "Không có tệp nào để đọc.",
    "scan.unreadable_file": "Không giải mã được tệp ảnh.",
    "scan.bad_copies": "Số bản in phải từ 1 đến 2000 (đã cho {copies}).",
    "scan.round_needs_election": "--round cần đi kèm --election (lần bầu nào của cuộc bầu nào).",
    #
    #
}

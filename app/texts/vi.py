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
    # --- keys, signatures, anchors, the head's PIN (app/keys, app/anchors, app/filesig, app/people) -----------
    "key.missing": "Máy này chưa có khóa ký ({path}).",
    "key.unreadable": "Không đọc được tệp khóa {path}: {reason}.",
    "key.damaged": "Tệp khóa {path} bị hỏng hoặc không phải khóa do chương trình tạo; không dùng được. Trưởng ban cần đăng ký khóa mới cho máy này.",
    "key.not_ed25519": "Tệp khóa {path} không phải khóa Ed25519 của chương trình; không dùng được.",
    "key.exposed": "Tệp khóa {path} để người khác đọc được (quyền {mode}), nên chương trình không dùng khóa này. Chỉ chủ tài khoản được đọc: chạy chmod 600 {path}.",
    "key.not_owner": "Tệp khóa {path} thuộc một tài khoản khác; chương trình không dùng khóa này.",
    "key.bad_fingerprint": "“{value}” không phải mã khóa: cần 16 chữ số hệ mười sáu, ví dụ A1B2-C3D4-E5F6-0718.",
    "key.bad_public": "“{value}” không phải khóa công khai Ed25519 (43 ký tự base64url).",
    "key.fingerprint_mismatch": "Mã khóa {fingerprint} không khớp với khóa đi kèm.",
    "keyfile.unreadable": "Không đọc được tệp khóa máy trạm {path}: {reason}.",
    "keyfile.private": "Tệp {path} chứa KHÓA BÍ MẬT: không bao giờ chuyển khóa bí mật sang máy khác. Hãy lưu “tệp khóa máy trạm” (chỉ có khóa công khai) ở trang đầu của máy trạm.",
    "keyfile.damaged": "Tệp {path} không phải tệp khóa máy trạm hợp lệ.",
    "signed.malformed": "Giá trị đã ký sai dạng tại {field}.",
    "anchor.bad_congress": "Mã đại hội “{congress}” không hợp lệ.",
    "pin.too_short": "Mã PIN cần ít nhất {min} chữ số.",
    "pin.not_digits": "Mã PIN chỉ gồm chữ số, ít nhất {min} chữ số.",
    "pin.not_set": "Máy này chưa lưu mã PIN của trưởng ban kiểm phiếu cho đại hội này.",
    "pin.wait": "Đã nhập sai mã PIN nhiều lần: chờ {seconds} giây rồi thử lại.",
    "pin.wrong": "Mã PIN của trưởng ban không đúng (sai {failures} lần liên tiếp).",
    "pin.wrong_wait": "Mã PIN của trưởng ban không đúng (sai {failures} lần liên tiếp): chờ {seconds} giây rồi thử lại.",
    "pin.store_damaged": "Tệp lưu mã PIN {path} bị hỏng; chương trình không dùng nó.",
    "pin.none_given": "Cần nhập mã PIN mới (đặt biến KIEMPHIEU_PIN hoặc chạy lệnh ở cửa sổ dòng lệnh).",
    "pin.differ": "Hai lần nhập mã PIN mới không giống nhau.",
    "pin.set": "Đã đặt mã PIN của trưởng ban.",
    "log.unsigned": "Bản ghi #{seq} không có chữ ký, sau khi nhật ký đã bắt đầu được ký.",
    "log.unknown_key": "Bản ghi #{seq} được ký bởi khóa {key} chưa được đăng ký tại điểm này của nhật ký.",
    "log.key_retired": "Bản ghi #{seq} được ký bởi khóa {key} đã bị thu hồi trước đó.",
    "log.bad_signature": "Chữ ký của bản ghi #{seq} không đúng (khóa {key}).",
    "log.needs_head_key": "Bản ghi #{seq} là việc cần khóa của trưởng ban, nhưng được ký bởi khóa {key}.",
    "log.bad_registration": "Bản ghi #{seq} đăng ký khóa không hợp lệ.",
    "log.second_root": "Bản ghi #{seq} đăng ký trưởng ban lần thứ hai.",
    "verify.file.valid": "Chữ ký của tệp: đúng — ký bởi khóa {fingerprint}{name} lúc {at}.",
    "verify.file.invalid": "CHỮ KÝ CỦA TỆP KHÔNG ĐÚNG — tệp đã bị sửa sau khi ký, hoặc chữ ký không phải của khóa ghi trong tệp (khóa {fingerprint}).",
    "verify.file.removed": "CHỮ KÝ CỦA TỆP ĐÃ BỊ GỠ — tệp mang dấu của một bản xuất đã ký nhưng không còn chữ ký.",
    "verify.file.unsigned": "Tệp không có chữ ký (ví dụ tệp soạn tay): chỉ kiểm lại được số liệu và dấu vân tay.",
    "verify.file.other_signer": "TỆP KHÔNG ĐƯỢC KÝ BỞI KHÓA {expected} như yêu cầu.",
    "verify.head.valid": "Đầu nhật ký đã ký: bản ghi #{seq}, khóa {fingerprint}.",
    "verify.head.invalid": "CHỮ KÝ CỦA ĐẦU NHẬT KÝ (log_head) KHÔNG ĐÚNG.",
    "verify.round.none": "{election} lần {round}: chưa chốt — dấu vân tay {fingerprint}",
    "verify.round.match": "{election} lần {round}: khớp — {fingerprint}",
    "verify.round.mismatch": "{election} lần {round}: KHÔNG KHỚP — dữ liệu đã bị thay đổi sau khi chốt (đã ghi {recorded}…, tính lại {short}…)",
    "verify.seal.valid": "    dấu chốt ký bởi khóa {fingerprint}{name}: đúng",
    "verify.seal.invalid": "    CHỮ KÝ CỦA DẤU CHỐT {election} lần {round} KHÔNG ĐÚNG (khóa {fingerprint})",
    "verify.seal.unsigned": "    dấu chốt không có chữ ký (ghi bởi phiên bản cũ)",
    "verify.ok": "Kết luận: chữ ký đúng, số liệu khớp với mọi dấu chốt.",
    "verify.ok_unsigned": "Kết luận: số liệu khớp với mọi dấu chốt; tệp không có chữ ký nên không chứng minh được ai đã lập ra nó.",
    "verify.failed": "Kết luận: TỆP KHÔNG NGUYÊN VẸN — xem các dòng viết hoa ở trên.",
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

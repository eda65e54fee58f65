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
    "storage.disk_full": "Ổ đĩa đã đầy{place}. Giải phóng chỗ trống rồi làm lại. "
    "Thao tác vừa rồi chưa được ghi; dữ liệu đã lưu trước đó vẫn nguyên vẹn.",
    "storage.read_only": "Không ghi được vào cơ sở dữ liệu{place}: ổ đĩa hoặc tệp chỉ cho phép đọc. "
    "Hãy chép sang ổ ghi được. Thao tác vừa rồi chưa được ghi; dữ liệu đã lưu trước đó vẫn nguyên vẹn.",
    "storage.locked": "Cơ sở dữ liệu{place} đang bị một chương trình khác giữ. Đóng chương trình đó rồi làm lại. "
    "Thao tác vừa rồi chưa được ghi; dữ liệu đã lưu trước đó vẫn nguyên vẹn.",
    "storage.not_database": "Tệp{place} không phải cơ sở dữ liệu kiểm phiếu hoặc đã bị hỏng. Hãy mở bản sao lưu.",
    "storage.cannot_open": "Không mở được cơ sở dữ liệu{place}: thư mục không ghi được hoặc không tồn tại.",
    "storage.connection_failed": "Không kết nối được máy chủ cơ sở dữ liệu{place}. Kiểm tra mạng và địa chỉ.",
    "storage.held": "Đại hội trong tệp {path} đang được mở ở {program} (người dùng {user}, máy {host}, "
    "tiến trình {pid}, từ {since}). Hãy đóng đại hội ở chương trình đó rồi làm lại; dữ liệu không bị thay đổi.",
    "storage.cannot_lock": "Không làm việc được với {path}: thư mục chứa tệp không ghi được ({reason}). "
    "Nếu đây là ổ chỉ đọc (đĩa CD, USB khóa ghi), hãy chép tệp sang ổ ghi được; xem, kiểm tra và in biên bản "
    "vẫn làm được ở chế độ chỉ đọc.",
    "storage.read_only_media": "Tệp {path} nằm trên ổ hoặc trong thư mục chỉ cho phép đọc: chương trình không "
    "ghi gì vào đó. Có thể kiểm tra (kiemphieu verify --db), kiểm lại kết quả và in biên bản ở chế độ chỉ đọc; "
    "muốn tiếp tục nhập phiếu, hãy chép đại hội sang ổ ghi được rồi mở bản chép.",
    "storage.damaged": "Tệp {path} đã bị hỏng (SQLite báo: {problem}): chương trình không mở nó, để không ghi thêm vào dữ liệu "
    "hỏng. Bản sao lưu gần nhất của đại hội này: {backup} (lúc {backup_at}). Hãy mở bản sao lưu đó, giữ nguyên "
    "tệp hỏng để đối chiếu, rồi nhập lại các phiếu sau thời điểm sao lưu.",
    "storage.damaged_no_backup": "Tệp {path} đã bị hỏng (SQLite báo: {problem}): chương trình không mở nó, để không ghi thêm "
    "vào dữ liệu hỏng. Không tìm thấy bản sao lưu nào của đại hội này; hãy tìm bản sao lưu trên ổ USB, hoặc "
    "tệp bầu cử đã xuất, và giữ nguyên tệp hỏng để người phụ trách kỹ thuật xem.",
    "storage.in_use": "Tệp {path} là dữ liệu của đại hội đang mở (hoặc tệp đi kèm của nó): chương trình không đọc "
    "hay ghi đè nó theo cách này. Hãy chọn tệp khác.",
    "storage.exists": "Đã có tệp {path}; chọn tên khác để tạo đại hội mới.",
    "storage.backup_failed": "Lần bầu ĐÃ ĐƯỢC CHỐT và đã lưu trên máy này ({database}). Chỉ có bản sao lưu sang "
    "thư mục {folder} là CHƯA chép được: {reason} Hãy kiểm tra ổ sao lưu (còn cắm, còn chỗ trống, được phép ghi) "
    "hoặc chọn thư mục khác, rồi bấm “Sao lưu ngay” ở Tệp → Thư mục sao lưu.",
    "storage.backup_now_failed": "Chưa chép được đại hội sang thư mục sao lưu {folder}: {reason} Dữ liệu trên máy "
    "này ({database}) không thay đổi. Hãy kiểm tra ổ sao lưu rồi làm lại.",
    "storage.reason.disk_full": "ổ sao lưu đã đầy.",
    "storage.reason.read_only": "không được phép ghi vào thư mục đó (ổ chỉ đọc hoặc thiếu quyền).",
    "storage.reason.not_folder": "đó không phải là một thư mục.",
    "storage.reason.not_found": "không tìm thấy thư mục đó (ổ USB đã rút ra?).",
    "storage.reason.check_failed": "bản chép không qua được bước kiểm tra ({detail}), nên đã bị xóa.",
    "storage.reason.other": "lỗi khi ghi ({detail}).",
    "storage.import_check_failed": "tệp vừa tạo không qua được bước kiểm tra ({problem})",
    #
    #
    # --- the record: events, verify (app/record) -------------------------------------------------------------
    #
    #
    # --- services: congress, elections, rounds, entry, stacks, hand-over -------------------------------------
    #
    #
    # --- lists from spreadsheets (app/candidates_import) -----------------------------------------------------
    "lists.unsupported": "Không đọc được tệp {file}: chỉ nhận tệp Excel (.xlsx) hoặc CSV (.csv).",
    "lists.empty": "Tệp {file} trống: không có gì để nhập.",
    "lists.old_excel": "Tệp {file} là tệp Excel đời cũ (.xls) hoặc có đặt mật khẩu: chương trình không đọc được. "
    "Mở tệp trong Excel, bỏ mật khẩu nếu có, chọn Lưu thành “Sổ làm việc Excel (.xlsx)”, rồi nhập lại.",
    "lists.bad_xlsx": "Không mở được tệp Excel {file}: tệp hỏng hoặc không phải .xlsx ({detail}).",
    "lists.several_sheets": "Tệp {file} có danh sách ở nhiều trang tính ({sheets}): không biết nhập trang nào. "
    "Hãy để mỗi danh sách bầu cử trong một tệp riêng, rồi nhập lại.",
    "lists.no_names": "Tệp {file} không có tên nào. Cột “Họ và tên” cần có ít nhất một người.",
    "lists.not_unicode": "Tệp CSV {file} không ở bảng mã Unicode (UTF-8 hoặc UTF-16): có thể là Windows-1258, "
    "TCVN3 hay VNI, không phân biệt chắc chắn được nên chương trình không đoán. Trong Excel chọn Lưu thành "
    "“CSV UTF-8”, hoặc nhập thẳng tệp .xlsx.",
    "lists.bad_rows": "Danh sách có {count} dòng không đọc được ({rows}). Sửa các dòng này trong tệp rồi nhập lại; "
    "chưa có tên nào được thêm.",
    "lists.too_many": "Tệp {file} có {names} tên, nhiều hơn mức một danh sách bầu cử có thể có ({max}). "
    "Kiểm tra lại tệp (có phải danh sách đảng viên, không phải danh sách bầu cử?).",
    "lists.row.no_name": "dòng {row}: thiếu họ và tên",
    "lists.row.digits": "dòng {row}: họ và tên “{name}” có chữ số",
    "lists.row.one_word": "dòng {row}: “{name}” chưa đủ họ và tên",
    "lists.row.too_long": "dòng {row}: ô họ và tên dài hơn {max} ký tự",
    "lists.row.formula": "dòng {row}: ô {cell} là công thức chưa được tính (tệp lưu bằng chương trình không tính "
    "công thức: mở bằng Excel rồi lưu lại)",
    "lists.row.error_value": "dòng {row}: ô {cell} là công thức lỗi ({value})",
    "lists.row.merged": "dòng {row}: ô họ và tên nằm trong vùng gộp ô {cells} (một tên trải trên nhiều dòng)",
    #
    #
    # --- minutes and results export (app/minutes, app/results) -----------------------------------------------
    #
    #
    # --- printed and scanned ballots (app/scan) --------------------------------------------------------------
    #
    #
}

"""Vietnamese texts of every code (the default language). Keep the sections; `en.py` has the same keys."""

from __future__ import annotations

TEXTS: dict[str, str] = {
    # --- general ---------------------------------------------------------------------------------------------
    "internal": "Chương trình gặp lỗi nội bộ và đã dừng lệnh này; dữ liệu không bị thay đổi.",
    #
    #
    # --- the election file (app/fileformat) ------------------------------------------------------------------
    "file.invalid": "Tệp bầu cử không hợp lệ: {fault}",
    "file.invalid_at": "Tệp bầu cử không hợp lệ tại {path}: {fault}",
    "file.not_found": "không tìm thấy tệp {file}",
    "file.is_folder": "{file} là thư mục, không phải tệp",
    "file.unreadable": "không đọc được tệp {file}: {reason}",
    "file.too_big": "tệp lớn {size} MB, vượt giới hạn {limit} MB của một tệp bầu cử",
    "file.wrong_encoding": "tệp được lưu theo mã {encoding}; hãy lưu lại theo mã UTF-8",
    "file.not_utf8": "tệp không phải văn bản UTF-8 (byte thứ {byte})",
    "file.not_json": "không phải JSON hợp lệ ({reason}); tệp có thể bị cắt cụt hoặc bị sửa tay",
    "file.too_deep": "dữ liệu lồng nhau quá nhiều tầng, không phải một tệp bầu cử",
    "file.number_too_long": "có một con số dài hàng nghìn chữ số",
    "file.duplicate_key": "mục {key} xuất hiện hai lần trong cùng một đối tượng",
    "file.not_format": "{value} không phải tệp bầu cử kiemphieu ({format})",
    "file.unknown_ruleset": "không có quy chế {value}; chỉ có: {allowed}",
    "file.not_object": "{value} phải là một đối tượng JSON {{…}}",
    "file.not_list": "{value} phải là một danh sách […]",
    "file.too_many": "có {count} mục, nhiều hơn giới hạn {limit}",
    "file.too_many_ballots": "tệp có nhiều hơn {limit} mục phiếu, vượt giới hạn của một tệp bầu cử",
    "file.too_many_numbers": "các phiếu ghi nhiều hơn {limit} số thứ tự, vượt giới hạn của một tệp bầu cử",
    "file.missing": "bị thiếu",
    "file.not_integer": "{value} không phải là số nguyên",
    "file.below_minimum": "{value} nhỏ hơn mức tối thiểu {minimum}",
    "file.above_maximum": "{value} lớn hơn mức tối đa {maximum}",
    "file.not_text": "{value} không phải là chuỗi ký tự",
    "file.empty_text": "không được để trống",
    "file.text_too_long": "dài {length} ký tự, vượt giới hạn {limit}",
    "file.bad_character": "có ký tự điều khiển hoặc ký tự hỏng ({char})",
    "file.not_choice": "{value} không thuộc các giá trị {allowed}",
    "file.not_flag": "{value} phải là true hoặc false",
    "file.not_share": "{value} không phải là một tỷ lệ (ví dụ 0.3 hoặc 3/10)",
    "file.share_range": "{value} phải nằm trong khoảng 0 đến 1",
    "file.no_one_left": "số trừ ra ({excluded}) không để lại ai trong {summoned} người được triệu tập",
    "file.number_repeated": "số thứ tự {no} bị trùng",
    "file.number_twice": "một số thứ tự được ghi hai lần",
    "file.election_id_twice": "mã cuộc bầu {id} bị trùng",
    "file.round_order": "lần bầu {given} sai thứ tự; phải là {expected}",
    "file.not_in_election": "số {no} không có trong danh sách của cuộc bầu",
    "file.listed_twice": "số {no} có hai lần trên phiếu",
    "file.not_candidate": "số {no} không có trên phiếu của lần bầu này",
    "file.ballot_keys": "mỗi phiếu phải có đúng một trong các mục {keys}",
    "file.use_struck": "lần bầu này dùng mẫu phiếu gạch tên: ghi các tên bị gạch trong struck",
    "file.use_marks": "lần bầu này dùng mẫu phiếu đồng ý/không đồng ý: ghi trong marks",
    "file.use_names": "đây là phiếu giới thiệu: ghi số thứ tự các tên được viết trong names",
    "file.reason_not_for_form": "lý do này không áp dụng cho mẫu phiếu của lần bầu",
    "file.choice_not_nomination": "lựa chọn của trưởng ban chỉ ghi cho phiếu giới thiệu",
    "file.propose_not_nomination": "số người được giới thiệu chỉ ghi cho phiếu giới thiệu",
    "file.withdrawal_twice": "người số {no} có hai đơn xin rút cho cùng một lần bầu",
    "file.pool_not_election": "{id} không phải một cuộc bầu khác trong tệp",
    "file.pool_not_nomination": "{id} không phải phiếu giới thiệu, nên không có người được giới thiệu",
    "file.pool_cycle": "các danh sách nguồn tham chiếu vòng tròn",
    "file.not_among_elected": "người số {no} không thuộc danh sách trúng cử của cuộc bầu {id}",
    "file.not_among_not_elected": "người số {no} không thuộc danh sách không trúng cử của cuộc bầu {id}",
    "file.not_yet_storable": "Tệp bầu cử có mục {field} (tại {path}) mà cơ sở dữ liệu đại hội chưa lưu được, nên chưa nhập được tệp này; kiểm lại kết quả bằng lệnh kiemphieu tally.",
    "file.not_among_proposed": "người số {no} không thuộc những người được giới thiệu ở phiếu giới thiệu {id}",
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
    "verify.congress_code": "Mã tổng hợp của đại hội (SHA-256 của mã các lần bầu, in trên bản tổng hợp): {code}",
    "verify.ok": "Kết luận: chữ ký đúng, số liệu khớp với mọi dấu chốt.",
    "verify.ok_unsigned": "Kết luận: số liệu khớp với mọi dấu chốt; tệp không có chữ ký nên không chứng minh được ai đã lập ra nó.",
    "verify.failed": "Kết luận: TỆP KHÔNG NGUYÊN VẸN — xem các dòng viết hoa ở trên.",
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
    "minutes.does_not_fit": "Không dàn trang được {title}: có một nội dung (tên, tiêu đề, ghi chú hoặc danh sách) dài quá một trang giấy. Hãy rút gọn nội dung đó rồi in lại.",
    "minutes.nomination_not_ready": "Chưa in được biên bản của phiếu giới thiệu {election}; xem kết quả bằng lệnh kiemphieu tally.",
    #
    #
    # --- printed and scanned ballots (app/scan) --------------------------------------------------------------
    #
    #
}

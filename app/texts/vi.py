"""Vietnamese texts of every code (the default language). Keep the sections; `en.py` has the same keys."""

from __future__ import annotations

TEXTS: dict[str, str] = {
    # --- general ---------------------------------------------------------------------------------------------
    "internal": "Chương trình gặp lỗi nội bộ và đã dừng lệnh này; dữ liệu không bị thay đổi.",
    "list.separator": ", ",
    "words.yes": "có",
    "words.no": "không",
    "words.none": "không có",
    "words.round": "{election}, lần {round}",
    "write.no_folder": "thư mục không tồn tại",
    "write.is_folder": "đó là một thư mục",
    "write.no_permission": "không có quyền ghi vào đó",
    "write.other": "lỗi khi ghi đĩa",
    # ballots, marks and invalid reasons, in words (the window, the log, the minutes)
    "invalid.not_issued": "không do Ban kiểm phiếu phát ra",
    "invalid.over_limit": "để lại quá số lượng cần bầu",
    "invalid.none_kept": "gạch hết tên",
    "invalid.single_no_choice": "không đánh dấu hoặc đánh dấu cả hai ô",
    "invalid.write_in": "ghi thêm tên ngoài danh sách",
    "invalid.marked": "có dấu hiệu riêng",
    "mark.agree": "số {no} đồng ý",
    "mark.disagree": "số {no} không đồng ý",
    "mark.both": "số {no} đánh cả hai ô",
    "mark.none": "số {no} bỏ trống",
    "ballot.struck": "gạch số {nos}",
    "ballot.struck_none": "không gạch tên nào",
    "ballot.marks": "{marks}",
    "ballot.marks_none": "không đánh dấu dòng nào",
    "ballot.invalid": "không hợp lệ ({reason})",
    "ballot.count": "{ballot} × {count} phiếu",
    "ballot.team": "{ballot}, tổ {team}",
    "subtotal.words": "tổ {team}: {ballots} phiếu, {invalid} không hợp lệ; phiếu bầu từng người: {votes}",
    "status.elected": "trúng cử",
    "status.tied": "bằng phiếu",
    "status.not_elected": "",
    "outcome.complete": "Đã bầu đủ {seats} người.",
    "outcome.admitted": "Được đưa vào danh sách: {count} người.",
    "outcome.tie": (
        "BẰNG PHIẾU: {count} người ({tied}) có số phiếu bằng nhau cho {seats} chỗ còn lại. "
        "Đoàn Chủ tịch cần tổ chức bầu tiếp giữa những người này."
    ),
    "outcome.shortfall": (
        "THIẾU: mới có {elected} người trúng cử, còn {left} chỗ. "
        "Đại hội quyết định bầu tiếp (danh sách, số lượng) hay dừng, bầu ít hơn số lượng."
    ),
    "outcome.short.complete": "bầu đủ",
    "outcome.short.tie": "bằng phiếu",
    "outcome.short.shortfall": "thiếu",
    "outcome.short.admitted": "đưa vào danh sách",
    "purpose.election": "bầu cử",
    "purpose.tie_break": "bầu lại giữa những người bằng phiếu",
    "entry_mode.1": "nhập một lần",
    "entry_mode.2": "nhập độc lập hai lần",
    "entry_mode.3": "nhập độc lập ba lần",
    "stack_state.awaiting": "chờ lần nhập tiếp",
    "stack_state.differ": "các lần nhập khác nhau",
    "stack_state.differ.at": "các lần nhập khác nhau ở phiếu số {seqs}",
    "stack_state.definitive": "đã xác định",
    "hand_vote.seats": "số lượng cần bầu: {agree} đồng ý, {disagree} không đồng ý, {abstain} không biểu quyết",
    "hand_vote.list": "danh sách bầu cử: {agree} đồng ý, {disagree} không đồng ý, {abstain} không biểu quyết",
    "rounding.floor": "làm tròn xuống",
    "rounding.half_up": "làm tròn",
    "rounding.ceil": "làm tròn lên",
    "ruleset.qd190-2024": "Quy chế bầu cử trong Đảng (Quyết định 190-QĐ/TW, 2024)",
    "ruleset.qd244-2014": "Quy chế bầu cử trong Đảng (Quyết định 244-QĐ/TW, 2014)",
    # the terminal's result table (kiemphieu tally)
    "tally.heading": "{title} — lần bầu thứ {round} ({election})",
    "tally.seats": "Số lượng cần bầu: {seats}",
    "tally.base": "Triệu tập: {summoned}, trừ {excluded}, cơ sở tính: {base}; cần ít nhất {needed} phiếu",
    "tally.ballots": (
        "Phiếu phát ra {issued}, thu vào {collected}, đã kiểm {counted}, hợp lệ {valid}, không hợp lệ {invalid}"
    ),
    "tally.column.no": "STT",
    "tally.column.name": "Họ và tên",
    "tally.column.votes": "Số phiếu",
    "tally.column.percent": "Tỷ lệ",
    "tally.column.status": "Kết quả",
    #
    #
    # --- the election file (app/fileformat) ------------------------------------------------------------------
    #
    #
    # --- storage: opening, locks, damaged files, backups (app/storage) ---------------------------------------
    "storage.not_found": "Không tìm thấy cơ sở dữ liệu {path}.",
    "storage.not_kiemphieu": "{path} không phải cơ sở dữ liệu kiểm phiếu.",
    "storage.no_congress": "Cơ sở dữ liệu không có dữ liệu đại hội.",
    "storage.exists": "Đã có tệp {path}; chọn tên khác để tạo đại hội mới.",
    "storage.not_empty": "Cơ sở dữ liệu {path} đã có dữ liệu kiểm phiếu.",
    "storage.newer_schema": (
        "Cơ sở dữ liệu này do phiên bản mới hơn của chương trình tạo ra ({found}; chương trình này biết đến {known}). "
        "Hãy cập nhật chương trình kiểm phiếu rồi mở lại; dữ liệu không bị thay đổi."
    ),
    "storage.disk_full": (
        "Ổ đĩa đã đầy ({where}). Giải phóng chỗ trống rồi làm lại. "
        "Thao tác vừa rồi chưa được ghi; dữ liệu đã lưu trước đó vẫn nguyên vẹn."
    ),
    "storage.read_only": (
        "Không ghi được vào cơ sở dữ liệu ({where}): ổ đĩa hoặc tệp chỉ cho phép đọc. Hãy chép sang ổ ghi được. "
        "Thao tác vừa rồi chưa được ghi; dữ liệu đã lưu trước đó vẫn nguyên vẹn."
    ),
    "storage.locked": (
        "Cơ sở dữ liệu ({where}) đang bị một chương trình khác giữ. Đóng chương trình đó rồi làm lại. "
        "Thao tác vừa rồi chưa được ghi; dữ liệu đã lưu trước đó vẫn nguyên vẹn."
    ),
    "storage.damaged": "Tệp ({where}) không phải cơ sở dữ liệu kiểm phiếu hoặc đã bị hỏng. Hãy mở bản sao lưu.",
    "storage.cannot_open": "Không mở được cơ sở dữ liệu ({where}): thư mục không ghi được hoặc không tồn tại.",
    "storage.no_server": "Không kết nối được máy chủ cơ sở dữ liệu ({where}). Kiểm tra mạng và địa chỉ.",
    "storage.backup_failed": (
        "Lần bầu đã được chốt và lưu an toàn trên máy này, nhưng CHƯA sao lưu được sang {folder}: {detail} "
        "Hãy kiểm tra ổ sao lưu rồi sao lưu lại."
    ),
    #
    #
    # --- the record: events, verify (app/record) -------------------------------------------------------------
    # each event's action in words (the entry-log viewer and the printed log)
    "event.create": "Tạo dữ liệu đại hội",
    "event.record.converted": "Chuyển sang định dạng nhật ký mới",
    "event.congress.update": "Sửa thông tin đại hội",
    "event.parameters": "Đặt quy định riêng của đại hội",
    "event.pin": "Đặt mã PIN trưởng ban",
    "event.backup.folder": "Đặt thư mục sao lưu",
    "event.entry.mode": "Chọn số lần nhập độc lập",
    "event.operator.chosen": "Người nhập phiếu vào máy",
    "event.election.add": "Thêm cuộc bầu",
    "event.election.update": "Sửa cuộc bầu",
    "event.election.remove": "Bỏ cuộc bầu",
    "event.election.hand_votes": "Ghi kết quả biểu quyết",
    "event.round.start": "Mở lần bầu tiếp",
    "event.round.counts": "Ghi số phiếu phát ra, thu vào",
    "event.round.finalize": "Chốt kết quả lần bầu",
    "event.round.reopen": "Mở lại lần bầu",
    "event.ballot": "Nhập phiếu",
    "event.ballot.correct": "Sửa phiếu",
    "event.ballot.void": "Hủy phiếu",
    "event.subtotal": "Nhập kết quả kiểm đếm tay của tổ",
    "event.subtotal.void": "Hủy kết quả của tổ",
    "event.team.add": "Lập tổ kiểm phiếu",
    "event.team.members": "Sửa thành viên tổ",
    "event.stack.open": "Mở tập phiếu của tổ",
    "event.pass.item": "Nhập phiếu trong tập (chưa tính)",
    "event.pass.complete": "Hoàn thành một lần nhập",
    "event.pass.merge": "Nhận lần nhập từ máy khác",
    "event.stack.resolve": "Trưởng ban quyết định chỗ khác nhau",
    "event.entries.export": "Xuất tệp bàn giao",
    "event.unreadable": "(không đọc được nội dung bản ghi — chạy Kiểm tra toàn vẹn)",
    # each event's content in words
    "event.create.words": "{title}; {ruleset}; triệu tập {summoned}, trừ {excluded}, có mặt {attending}",
    "event.record.converted.words": "Lược đồ {schema}; ghi lại mã đại hội {uid} và khóa bàn giao đã lưu",
    "event.congress.update.words": "{title}; triệu tập {summoned}, trừ {excluded}, có mặt {attending}",
    "event.parameters.words": (
        "Số dư tối đa {cap} số cần bầu ({rounding}), cơ cấu nhỏ tối đa {small_cap}; "
        "ngưỡng giới thiệu {opinion}; bầu lại người bằng phiếu cần quá một nửa: {tie}"
    ),
    "event.parameters.words.default": "Dùng lại tham số của quy chế",
    "event.pin.words": "Mã PIN mới (chỉ lưu mã băm)",
    "event.backup.folder.words": "Sao chép sau mỗi lần chốt vào {folder}",
    "event.backup.folder.words.none": "Không sao chép",
    "event.entry.mode.words": "Các tập phiếu mở từ nay: {mode}",
    "event.operator.chosen.words": "{name}",
    "event.election.add.words": "{title}: bầu {seats} trong {candidates} người",
    "event.election.update.words": "{title}: bầu {seats} trong {candidates} người",
    "event.election.remove.words": "{title}; lý do: {reason}",
    "event.election.hand_votes.words": "{title}: {votes}",
    "event.round.start.words": "{where}: {purpose}, bầu {seats} trong {candidates} người",
    "event.round.start.words.decided": (
        "{where}: {purpose}, bầu {seats} trong {candidates} người; {by} quyết định: {note}"
    ),
    "event.round.counts.words": "{where}: phát ra {issued}, thu vào {collected}, có mặt {present}",
    "event.round.finalize.words": (
        "{where}: {by} chốt; đã kiểm {counted} phiếu, hợp lệ {valid}, không hợp lệ {invalid}; "
        "{outcome}, trúng cử số {elected}; dấu vân tay {fingerprint}"
    ),
    "event.round.reopen.words": "{where}; lý do: {reason}",
    "event.ballot.words": "{where}, phiếu thứ {seq}: {ballot}",
    "event.ballot.words.stack": "{where}, phiếu thứ {seq}: {ballot} (từ tập phiếu số {stack})",
    "event.ballot.correct.words": "Phiếu số {ballot} sửa thành: {replacement}; lý do: {reason}",
    "event.ballot.void.words": "Phiếu số {ballot}; lý do: {reason}",
    "event.subtotal.words": "{where}: {subtotal}",
    "event.subtotal.void.words": "Kết quả tổ số {subtotal}; lý do: {reason}",
    "event.team.add.words": "{team}: {members}",
    "event.team.members.words": "{team}: {members}",
    "event.stack.open.words.ballots": "{where}, tổ {team}: {collected} phiếu, {required}",
    "event.stack.open.words.subtotal": "{where}, tổ {team}: bảng kiểm đếm tay của {collected} phiếu, {required}",
    "event.pass.item.words": "Tập số {stack}, phiếu thứ {seq}: {item}",
    "event.pass.complete.words": "Tập số {stack}: {state}",
    "event.pass.merge.words": "Tập số {stack}: lần nhập của {operator} ở máy {station}, {items} phiếu; {state}",
    "event.stack.resolve.words": "Tập số {stack}, phiếu thứ {seq}: giữ lần nhập thứ {entry} ({item}); {state}",
    "event.stack.resolve.words.own": "Tập số {stack}, phiếu thứ {seq}: theo phiếu giấy ({item}); {state}",
    "event.entries.export.words": "{passes} lần nhập vào tệp {file} (SHA-256 {sha256})",
    # a record that cannot be read as its event (verify, with the field's place)
    "record.missing": "thiếu mục này",
    "record.type": "sai kiểu dữ liệu (cần {expected}, gặp {found})",
    "record.range": "giá trị {value} nhỏ hơn {minimum}",
    "record.enum": "giá trị {value} không nằm trong các giá trị được phép",
    "record.extra": "có mục không thuộc bản ghi",
    "record.json": "không phải JSON hợp lệ",
    "record.action": "thao tác {action} không có trong danh mục",
    "record.ballot_text": "không đọc được phiếu {value}",
    "record.fraction": "{value} không phải tỷ lệ",
    "record.pair": "phải có đúng hai giá trị",
    # a record the projection cannot apply (verify)
    "projection.no_row": "bảng {table} không có dòng {key}",
    "projection.congress_exists": "đã có dữ liệu đại hội",
    "projection.election_exists": "đã có cuộc bầu {election}",
    "projection.round_number": "cuộc bầu {election} phải bắt đầu bằng lần 1, gặp lần {round}",
    "projection.removed": "cuộc bầu {election} đã bị bỏ",
    "projection.round_open": "lần bầu {round} của {election} chưa chốt",
    "projection.round_final": "lần bầu {round} của {election} đã chốt",
    "projection.round_exists": "đã có lần bầu {round} của {election}",
    "projection.candidate": "người số {no} của {election} khác với danh sách đã có",
    "projection.round_header": "lần bầu {round} của {election}: {column} khác với dữ liệu đã có",
    "projection.ballot_seq": "phiếu thứ {seq}, phải là phiếu thứ {expected}",
    "projection.stack_not_definitive": "tập phiếu số {stack} chưa xác định",
    "projection.stack_team": "phiếu không thuộc tổ của tập phiếu số {stack}",
    "projection.not_promoting": "tập phiếu số {stack} không còn phiếu nào chờ tính",
    "projection.promoted_item": "tập phiếu số {stack}: phiếu {stored} khác phiếu đã xác định {expected}",
    "projection.promotion_incomplete": "tập phiếu số {stack} đã xác định nhưng còn {left} phiếu chưa được tính",
    "projection.not_current": "dòng {id} của bảng {table} không còn hiệu lực",
    "projection.team_exists": "đã có tổ {team}",
    "projection.no_team": "không có tổ {team}",
    "projection.stack_exists": "tổ {team} đã có tập phiếu trong lần bầu này",
    "projection.entry_mode": "số lần nhập {required} khác với cách nhập của đại hội",
    "projection.stack_definitive": "tập phiếu số {stack} đã xác định",
    "projection.item_position": "tập phiếu số {stack} không có phiếu thứ {seq}",
    "projection.item_kind": "nội dung không hợp với loại của tập phiếu số {stack}",
    "projection.pass_number": "tập phiếu số {stack}: số lần nhập {number} không đúng",
    "projection.not_my_pass": "lần nhập số {pass_id} không phải lần nhập đang mở của người này",
    "projection.merged_twice": "lần nhập {origin} đã được nhận trước đó",
    "projection.pass_incomplete": "tập phiếu số {stack}: lần nhập chưa đủ phiếu",
    "projection.stack_state": "tập phiếu số {stack}: bản ghi nói {stored}, so sánh lại cho {expected}",
    "projection.resolved_item": "tập phiếu số {stack}, phiếu thứ {seq}: cách đọc được giữ khác lần nhập đã chọn",
    "projection.refusal.same_operator": "tập phiếu số {stack}: hai lần nhập cùng một người",
    "projection.refusal.not_head": "tập phiếu số {stack}: không phải trưởng ban quyết định",
    "projection.refusal.wrong_length": "tập phiếu số {stack}: lần nhập có số phiếu khác tập",
    "projection.refusal.already_definitive": "tập phiếu số {stack} đã xác định",
    "projection.refusal.nothing_to_resolve": "tập phiếu số {stack} không có chỗ khác nhau",
    "projection.refusal.unknown_position": "tập phiếu số {stack}: phiếu này không nằm trong các chỗ khác nhau",
    "projection.refusal.not_a_choice": "tập phiếu số {stack}: lựa chọn không phải một trong các lần nhập",
    "projection.unknown": "không có cách ghi dữ liệu cho thao tác {action}",
    # what verify finds
    "verify.seq": "Nhật ký: ở vị trí {position} phải là bản ghi số {position}, gặp {found} (bản ghi bị thiếu, thừa hoặc đổi số).",
    "verify.field": "Nhật ký, bản ghi số {seq}: cột {column} đã bị đổi sang giá trị không phải văn bản.",
    "verify.data_hash": "Nhật ký, bản ghi số {seq}: nội dung đã bị sửa (mã băm dữ liệu không khớp).",
    "verify.prev_hash": "Nhật ký, bản ghi số {seq}: chuỗi mã băm bị đứt (bản ghi trước đó đã bị sửa hoặc xóa).",
    "verify.hash": "Nhật ký, bản ghi số {seq}: thời gian, máy, người nhập, thao tác hoặc mã băm đã bị sửa.",
    "verify.undecodable": "Nhật ký, bản ghi số {seq}: không đọc được nội dung tại {field}: {problem}.",
    "verify.projection": "Nhật ký, bản ghi số {seq}: không ghi lại được lên dữ liệu: {problem}.",
    "verify.row_changed": (
        "Bảng {table}, dòng {key}, cột {column}: đang lưu {stored}, theo nhật ký phải là {expected} (bản ghi số {seq})."
    ),
    "verify.row_missing": "Bảng {table}: thiếu dòng {key} do bản ghi số {seq} của nhật ký ghi.",
    "verify.row_after_log": (
        "Bảng {table}: có dòng {key} không do bản ghi nào của nhật ký ghi; nó mang số bản ghi {seq}, sau bản ghi cuối "
        "của nhật ký ({last}): hoặc dòng được thêm ngoài chương trình, hoặc các bản ghi mới nhất của nhật ký đã bị xóa."
    ),
    "verify.row_extra": "Bảng {table}: có dòng {key} không do bản ghi nào của nhật ký ghi.",
    "verify.schema": "Bảng {table}: không đọc được (thiếu bảng hoặc thiếu cột).",
    "verify.seal_fingerprint": (
        "Cuộc bầu {election}, lần {round}: kiểm lại từ dữ liệu cho dấu vân tay khác với dấu đã chốt (bản ghi số {seq})."
    ),
    "verify.seal_votes": (
        "Cuộc bầu {election}, lần {round}: kiểm lại từ các phiếu cho kết quả khác với kết quả đã ghi khi chốt "
        "(bản ghi số {seq})."
    ),
    "verify.round.open": "{election} lần {round}: chưa chốt — dấu vân tay {fingerprint}",
    "verify.round.ok": "{election} lần {round}: khớp — {fingerprint}",
    "verify.round.sealed_changed": "{election} lần {round}: KHÔNG KHỚP dấu đã chốt — tính lại {fingerprint}",
    "verify.round.changed": (
        "{election} lần {round}: KHÔNG KHỚP — dữ liệu đã bị thay đổi sau khi chốt (đã ghi {sealed}, tính lại {fingerprint})"
    ),
    "verify.db.ok": (
        "Nhật ký: {records} bản ghi, chuỗi mã băm nguyên vẹn; mọi bảng khớp với nhật ký; mã băm cuối {hash}"
    ),
    "verify.db.changed": "KHÔNG KHỚP — {finding} Dữ liệu đã bị thay đổi ngoài chương trình.",
    "verify.db.more": "Và {count} chỗ khác.",
    # the printed entry log
    "entrylog.title": "NHẬT KÝ NHẬP PHIẾU",
    "entrylog.label": "Nhật ký nhập phiếu · {records} bản ghi",
    "entrylog.intro": (
        "Gồm {records} bản ghi, theo thứ tự ghi; thời điểm theo giờ máy. Mỗi bản ghi mang mã băm nối tiếp bản ghi "
        "trước (in 12 ký tự đầu); mã băm của bản ghi cuối niêm phong cả nhật ký: {hash}."
    ),
    "entrylog.column.seq": "Số",
    "entrylog.column.at": "Thời điểm",
    "entrylog.column.who": "Người nhập (máy)",
    "entrylog.column.action": "Thao tác",
    "entrylog.column.content": "Nội dung",
    "entrylog.column.hash": "Mã băm",
    #
    #
    # --- services: congress, elections, rounds, entry, stacks, hand-over -------------------------------------
    "input.summoned_min": "Số được triệu tập phải ít nhất là 1.",
    "input.negative": "Các con số không được âm.",
    "input.base_empty": "Số trừ ra không để lại ai trong số được triệu tập.",
    "input.election_id": "Cuộc bầu cần có mã.",
    "input.seats_min": "Số lượng cần bầu phải ít nhất là 1.",
    "input.list_empty": "Danh sách bầu không được trống.",
    "input.numbers": "Số thứ tự của người trong danh sách phải khác nhau và từ 1 trở lên.",
    "input.pool_self": "Cuộc bầu không thể lấy danh sách từ chính nó.",
    "input.team_empty": "Cần ghi tên tổ kiểm phiếu.",
    "input.invalid_over_ballots": "Số phiếu không hợp lệ lớn hơn số phiếu của tổ.",
    "input.reason": "Cần ghi rõ lý do.",
    "ballot.not_a_ballot": "Không nhận ra loại phiếu ({kind}).",
    "ballot.count_min": "Số phiếu giống nhau phải ít nhất là 1 (đã nhập {count}).",
    "ballot.not_on_paper": "Số {no} không có trên phiếu của lần bầu này.",
    "ballot.form.strike_out": "Lần bầu này dùng mẫu phiếu gạch tên.",
    "ballot.form.agree_disagree": "Lần bầu này dùng mẫu phiếu đồng ý/không đồng ý.",
    "ballot.reason_form": "Lý do này không áp dụng cho mẫu phiếu của lần bầu.",
    "ballot.not_found": "Không có phiếu số {ballot}.",
    "ballot.not_current": "Phiếu số {ballot} đã được sửa hoặc hủy trước đó.",
    "subtotal.not_found": "Không có số liệu tổ số {subtotal} còn hiệu lực.",
    "pin.too_short": "Mã PIN phải có ít nhất {min} ký tự.",
    "pin.not_set": "Chưa đặt mã PIN của trưởng ban kiểm phiếu.",
    "pin.wrong": "Mã PIN của trưởng ban không đúng.",
    "pin.wrong_old": "Mã PIN cũ của trưởng ban không đúng.",
    "congress.ruleset": "Không có quy chế '{ruleset}'.",
    "congress.electorate_locked": (
        "Đã có lần bầu được chốt: không thể sửa số triệu tập, số trừ ra hoặc số có mặt. Hãy mở lại lần bầu đó trước."
    ),
    "congress.parameters_locked": "Đã có lần bầu được chốt: không thể đổi tham số.",
    "congress.entry_mode": "Chỉ chọn nhập một, hai hoặc ba lần (đã chọn {mode}).",
    "operator.empty": "Cần ghi tên người nhập phiếu.",
    "election.exists": "Đã có cuộc bầu mã '{election}'.",
    "election.not_found": "Không có cuộc bầu mã '{election}'.",
    "election.has_ballots": "Cuộc bầu '{election}' đã có phiếu: không thể sửa danh sách, số lượng hay xóa.",
    "election.used_as_pool": "Cuộc bầu {users} lấy danh sách từ cuộc bầu {election}: không thể xóa.",
    "election.hand_vote_twice": "Mỗi nội dung chỉ ghi một kết quả biểu quyết.",
    "election.finalized": "Cuộc bầu '{election}' đã có lần bầu được chốt: không sửa kết quả biểu quyết được nữa.",
    "round.not_found": "Cuộc bầu '{election}' không có lần bầu thứ {round}.",
    "round.finalized": "Lần bầu thứ {round} đã chốt: muốn sửa phải mở lại bằng mã PIN của trưởng ban.",
    "round.last_not_final": "Lần bầu thứ {round} chưa chốt: chốt kết quả trước khi bầu tiếp.",
    "round.candidate_exists": "Số thứ tự {no} đã có trong danh sách.",
    "round.candidate_twice": "Một người có hai lần trong danh sách.",
    "round.unknown_candidate": "Số {no} không có trong danh sách của cuộc bầu.",
    "round.has_errors": "Chưa thể chốt: {problems}",
    "round.not_final": "Lần bầu thứ {round} chưa chốt.",
    "round.later_exists": "Đã có lần bầu sau lần thứ {round}: không thể mở lại.",
    "entry.use_stacks": "Đại hội nhập phiếu độc lập nhiều lần: hãy nhập theo tập phiếu của tổ.",
    "entry.undo_reason": "Hủy phiếu vừa nhập",
    "entry.stack_count": "Sau dấu * cần gõ số phiếu giống nhau, ví dụ *5.",
    "entry.stack_bad": "Sau dấu * chỉ gõ một số, không hiểu '{typed}'.",
    "entry.stack_range": "Số phiếu giống nhau phải từ 1 đến {max}.",
    "entry.ruled_key": (
        "Phiếu không hợp lệ: gõ /1 không do Ban kiểm phiếu phát ra, /2 ghi thêm tên, /3 có dấu hiệu riêng."
    ),
    "entry.ruled_unknown": (
        "Không có lý do số {key}. Phiếu không hợp lệ: gõ /1 không do Ban kiểm phiếu phát ra, /2 ghi thêm tên, "
        "/3 có dấu hiệu riêng."
    ),
    "entry.struck_char": (
        "Không hiểu ký tự '{char}': chỉ gõ số thứ tự các tên, cách nhau bằng dấu cách hoặc dấu chấm."
    ),
    "entry.no_row": "Không có tên số {row} trên phiếu (phiếu có {rows} tên).",
    "entry.row_twice": "Số {row} đã gõ hai lần.",
    "entry.zero_alone": "Số 0 nghĩa là phiếu không gạch tên nào; không gõ kèm số khác.",
    "entry.type_kept": "Gõ số thứ tự các tên được giữ lại (hoặc 0 nếu gạch hết).",
    "entry.type_struck": "Gõ số thứ tự các tên bị gạch (hoặc 0 nếu không gạch tên nào).",
    "entry.plus_last": "Dấu + phải ở cuối dòng.",
    "entry.mark_key": "Không hiểu phím '{char}': gõ 1 đồng ý, 2 không đồng ý, 0 bỏ trống, 3 đánh cả hai ô.",
    "entry.too_many_marks": "Phiếu chỉ có {rows} dòng; đã gõ thừa.",
    "entry.rows_left": "Còn {left} dòng chưa nhập (phiếu có {rows} dòng).",
    "team.name_empty": "Cần đặt tên tổ.",
    "team.exists": "Đã có tổ {team}.",
    "team.not_found": "Không có tổ {team}: hãy lập tổ trước.",
    "stack.not_found": "Không có tập phiếu số {stack}.",
    "stack.size_min": "Tập phiếu phải có ít nhất 1 phiếu.",
    "stack.exists": "Tổ {team} đã có tập phiếu trong lần bầu này.",
    "stack.position": "Tập phiếu có {size} phiếu: không có phiếu số {seq}.",
    "stack.one_by_one": "Trong tập phiếu, mỗi phiếu được nhập riêng.",
    "stack.not_ballots": "Tập này là bảng tổng hợp của tổ, không phải từng phiếu.",
    "stack.not_sheet": "Tập này nhập từng phiếu, không phải bảng tổng hợp.",
    "stack.no_open_pass": "Bạn chưa nhập phiếu nào của tập này.",
    "stack.missing": "Còn thiếu phiếu số {seqs} của tập.",
    "stack.sheet_needed": "Cần nhập bảng tổng hợp của tổ.",
    "stack.ballot_needed": "Cần nhập một phiếu.",
    "stack.refusal.same_operator": "Lần nhập này phải do một người khác nhập (mỗi lần nhập độc lập một người).",
    "stack.refusal.not_head": "Chỉ trưởng ban kiểm phiếu mới được quyết định chỗ khác nhau.",
    "stack.refusal.wrong_length": "Lần nhập chưa đủ các phiếu của tập phiếu.",
    "stack.refusal.already_definitive": "Tập phiếu đã xác định: không nhận thêm lần nhập nào.",
    "stack.refusal.nothing_to_resolve": "Tập phiếu không có chỗ khác nhau cần quyết định.",
    "stack.refusal.unknown_position": "Phiếu số này không nằm trong các chỗ khác nhau.",
    "stack.refusal.not_a_choice": "Chỉ được chọn một trong các lần nhập.",
    "handover.shared_server": "Các máy dùng chung máy chủ PostgreSQL: không cần bản sao.",
    "handover.copy_exists": "Đã có tệp {path}; chọn tên khác.",
    "handover.unreadable": "Không đọc được tệp bàn giao {file}.",
    "handover.not_handover": "{file} không phải tệp bàn giao phiếu của chương trình kiểm phiếu.",
    "handover.other_congress": "Tệp bàn giao này thuộc một đại hội khác: không nhập.",
    "handover.altered": "Tệp bàn giao đã bị sửa sau khi xuất (chữ ký không khớp): không nhập.",
    "handover.malformed": "Tệp bàn giao không đúng định dạng tại {field}: không nhập.",
    "handover.incomplete": "Lần nhập của {operator} (tổ {team}, cuộc bầu {election} lần {round}) không đủ các phiếu.",
    "handover.refusal": "Tổ {team}, cuộc bầu {election} lần {round}, người nhập {operator}: {problem}",
    "handover.stack_size": "Tổ {team}: số phiếu của tập ({file}) khác với máy trưởng ban ({here}).",
    "handover.round_closed": "Lần bầu thứ {round} của {election} không mở để nhập.",
    "handover.bad_item": "Tổ {team}, cuộc bầu {election} lần {round}: phiếu số {seq} trong tệp không hợp với lần bầu.",
    "transfer.seal_mismatch": (
        "Tệp ghi lần bầu {round} của cuộc bầu {election} đã chốt, nhưng dữ liệu không khớp dấu vân tay đã ghi: "
        "tệp đã bị thay đổi sau khi chốt. Không nhập tệp này."
    ),
    "transfer.cannot_write": "Không ghi được tệp {path}: {why}",
    "minutes.no_election": "Không có cuộc bầu mã '{election}' (các mã có: {known}).",
    "minutes.no_rounds": "Cuộc bầu '{election}' chưa có lần bầu nào.",
    "minutes.no_round": "Cuộc bầu '{election}' không có lần bầu thứ {round} (có {rounds} lần).",
    # the command line
    "cli.help.program": "Kiểm phiếu bầu cử trong Đảng — dòng lệnh.",
    "cli.help.export": "xuất tệp bầu cử mở từ cơ sở dữ liệu",
    "cli.help.db": "tệp cơ sở dữ liệu hoặc địa chỉ postgresql+psycopg://…",
    "cli.help.export.output": "tệp bầu cử sẽ ghi",
    "cli.help.import": "tạo cơ sở dữ liệu đại hội mới từ tệp bầu cử",
    "cli.help.file": "tệp bầu cử (kiemphieu-election/1)",
    "cli.help.import.db": "tệp cơ sở dữ liệu mới, hoặc địa chỉ postgresql+psycopg://…",
    "cli.help.minutes": "in biên bản kiểm phiếu (PDF hoặc Word), bản tổng hợp, nhật ký nhập phiếu",
    "cli.help.minutes.db": "cơ sở dữ liệu đại hội (tệp .sqlite hoặc địa chỉ SQLAlchemy) thay cho FILE",
    "cli.help.minutes.election": "mã cuộc bầu",
    "cli.help.minutes.round": "lần bầu (mặc định: lần cuối)",
    "cli.help.minutes.summary": "bản tổng hợp kết quả của cả đại hội",
    "cli.help.minutes.log": "nhật ký nhập phiếu (chỉ với --db)",
    "cli.help.minutes.output": "tệp ra: .pdf hoặc .docx",
    "cli.help.pin": "đặt hoặc đổi mã PIN của trưởng ban kiểm phiếu (hoặc qua biến KIEMPHIEU_PIN, KIEMPHIEU_OLD_PIN)",
    "cli.help.tally": "kiểm lại kết quả từ tệp bầu cử",
    "cli.help.tally.db": "cơ sở dữ liệu đại hội thay cho FILE (tệp hoặc địa chỉ postgresql+psycopg://…)",
    "cli.help.tally.election": "chỉ cuộc bầu có mã này",
    "cli.help.tally.round": "chỉ lần bầu này",
    "cli.help.tally.json": "in kết quả dạng JSON (kiemphieu-result/1)",
    "cli.help.verify": "kiểm lại và đối chiếu dấu vân tay đã ghi trong tệp",
    "cli.help.verify.db": "kiểm cơ sở dữ liệu đại hội: chuỗi mã băm nhật ký, từng bảng, từng lần bầu đã chốt",
    "cli.file_or_db": "Cần chỉ ra đúng một nguồn dữ liệu: tệp bầu cử hoặc --db.",
    "cli.log_needs_db": "Nhật ký nhập phiếu chỉ có trong cơ sở dữ liệu: dùng --db.",
    "cli.summary_or_log": "Chọn một trong --summary và --log.",
    "cli.election_needed": "Cần chỉ ra cuộc bầu: --election MÃ.",
    "cli.output_suffix": "Tệp ra phải có đuôi .pdf hoặc .docx (đã cho: {path}).",
    "cli.cannot_write": "Không ghi được tệp {path}: {why}.",
    "cli.no_round": "Không có lần bầu thứ {round}.",
    "cli.exported": "Đã xuất {path}",
    "cli.imported": "Đã nhập {elections} cuộc bầu, {ballots} mục phiếu vào {db}.",
    "cli.last_hash": "Mã băm cuối của nhật ký: {hash}",
    "cli.no_pin": "Chưa có mã PIN của trưởng ban: đặt bằng lệnh `kiemphieu pin --db …`.",
    "cli.pin_prompt": "Mã PIN của trưởng ban (bỏ trống nếu đặt sau): ",
    "cli.pin_current": "Mã PIN hiện tại: ",
    "cli.pin_new": "Mã PIN mới: ",
    "cli.pin_again": "Nhập lại mã PIN mới: ",
    "cli.pin_missing": "Cần nhập mã PIN mới.",
    "cli.pin_differs": "Hai lần nhập mã PIN mới không giống nhau.",
    "cli.pin_set": "Đã đặt mã PIN của trưởng ban.",
    "cli.interrupted": "Đã dừng theo yêu cầu.",
    "cli.written.log": "Nhật ký nhập phiếu ({records} bản ghi): đã ghi {path}\nMã băm bản ghi cuối: {hash}",
    "cli.written.summary": "Bản tổng hợp kết quả: đã ghi {path}{draft}\nMã dữ liệu (SHA-256): {fingerprint}",
    "cli.written.minutes": (
        "Biên bản kiểm phiếu {election}, lần {round}: đã ghi {path}{draft}\nMã dữ liệu (SHA-256): {fingerprint}"
    ),
    "cli.draft": " — BẢN NHÁP (chưa phải kết quả chính thức)",
    "crash.saved": "Chi tiết kỹ thuật đã ghi vào {path}.",
    #
    #
    # --- lists from spreadsheets (app/candidates_import) -----------------------------------------------------
    "list.file_type": "Không đọc được tệp {file}: chỉ nhận tệp Excel (.xlsx) hoặc CSV (.csv).",
    "list.xlsx_damaged": "Không mở được tệp Excel {file}: tệp hỏng hoặc không phải .xlsx.",
    "list.csv_encoding": "Tệp CSV không ở bảng mã UTF-8. Trong Excel chọn Lưu thành “CSV UTF-8”, rồi nhập lại.",
    "list.row.no_name": "dòng {line}: thiếu họ và tên",
    "list.row.digits": "dòng {line}: họ và tên “{name}” có chữ số",
    "list.row.short": "dòng {line}: “{name}” chưa đủ họ và tên",
    "list.more": "; …",
    "list.none_more": "",
    "list.bad_rows": "Danh sách có {count} dòng không đọc được ({rows}{more}). Sửa các dòng này trong tệp rồi nhập lại.",
    "list.no_names": "Tệp không có tên nào. Cột “Họ và tên” cần có ít nhất một người.",
    #
    #
    # --- minutes and results export (app/minutes, app/results) -----------------------------------------------
    #
    #
    # --- printed and scanned ballots (app/scan) --------------------------------------------------------------
    #
    #
}

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../ui/backup.py" line="24"/>
        <source>Thư mục sao lưu</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <location filename="../../ui/backup.py" line="29"/>
        <source>Mỗi khi chốt một lần bầu, chương trình chép toàn bộ dữ liệu sang thư mục này (ví dụ một ổ USB) rồi kiểm tra lại bản chép. Chỉ áp dụng cho dữ liệu lưu trong tệp trên máy này.</source>
        <translation>Each time a round is finalized, the program copies all the data to this folder (a USB stick, for example) and checks the copy. Only for data kept in a file on this computer.</translation>
    </message>
    <message>
        <location filename="../../ui/backup.py" line="38"/>
        <source>Chọn thư mục…</source>
        <translation>Choose folder…</translation>
    </message>
    <message>
        <location filename="../../ui/backup.py" line="40"/>
        <source>Không sao lưu nữa</source>
        <translation>Stop backing up</translation>
    </message>
    <message>
        <location filename="../../ui/backup.py" line="42"/>
        <source>Sao lưu ngay</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location filename="../../ui/backup.py" line="48"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/backup.py" line="71"/>
        <source>Chưa chọn thư mục sao lưu: các lần bầu đã chốt chỉ lưu trên máy này.</source>
        <translation>No backup folder chosen: finalized rounds are kept only on this computer.</translation>
    </message>
    <message>
        <location filename="../../ui/backup.py" line="73"/>
        <source>Sao lưu vào: {0}</source>
        <translation>Backing up to: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/backup.py" line="80"/>
        <source>Chọn thư mục sao lưu</source>
        <translation>Choose the backup folder</translation>
    </message>
    <message>
        <location filename="../../ui/backup.py" line="101"/>
        <source>Đã sao lưu và kiểm tra bản chép: {0}</source>
        <translation>Backed up and the copy checked: {0}</translation>
    </message>
</context>
<context>
    <name>BallotEntryWidget</name>
    <message>
        <location filename="../../ui/entry.py" line="195"/>
        <source>Chọn một lần bầu để nhập phiếu.</source>
        <translation>Choose a round to enter ballots.</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="207"/>
        <source>Đã nhập {0} / thu vào {1}</source>
        <translation>Entered {0} / collected {1}</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="209"/>
        <source>Đã nhập {0} / chưa ghi số thu vào</source>
        <translation>Entered {0} / collected not entered yet</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="244"/>
        <source>Phiếu đồng ý / không đồng ý</source>
        <translation>Agree / disagree ballot</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="250"/>
        <source>Gõ tên ĐƯỢC GIỮ (F2: đổi)</source>
        <translation>Type the KEPT names (F2: switch)</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="252"/>
        <source>Gõ tên BỊ GẠCH (F2: đổi)</source>
        <translation>Type the STRUCK names (F2: switch)</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="263"/>
        <source>Mỗi dòng một phím: 1 đồng ý · 2 không đồng ý · 0 bỏ trống · 3 cả hai ô · + các dòng còn lại đồng ý  |  /1 /2 /3 phiếu không hợp lệ</source>
        <translation>One key per row: 1 agree · 2 disagree · 0 blank · 3 both boxes · + the remaining rows agree  |  /1 /2 /3 invalid ballot</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="268"/>
        <source>Gõ số thứ tự, cách nhau bằng dấu cách hoặc dấu chấm · 0 không gạch tên nào · + đầu dòng: gõ tên giữ lại · F2 đổi cách gõ  |  /1 /2 /3 phiếu không hợp lệ</source>
        <translation>Type the row numbers, separated by spaces or dots · 0 nothing struck · + first: type the kept names · F2 switches  |  /1 /2 /3 invalid ballot</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="272"/>
        <source> · *5 năm phiếu giống nhau · Enter lưu · Esc xóa dòng · Ctrl+Z lấy lại phiếu vừa lưu</source>
        <translation> · *5 five identical ballots · Enter saves · Esc clears the line · Ctrl+Z takes back the last ballot</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="274"/>
        <source> · Enter lưu, sang phiếu sau · Esc xóa dòng · Ctrl+Z quay lại phiếu trước</source>
        <translation> · Enter saves, on to the next paper · Esc clears the line · Ctrl+Z back to the previous paper</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="311"/>
        <source>Enter hai lần để lưu.</source>
        <translation>Press Enter twice to save.</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="328"/>
        <source>PHIẾU KHÔNG HỢP LỆ: {0}.</source>
        <translation>INVALID BALLOT: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="332"/>
        <source>{0} phiếu giống nhau (nhiều hơn {1}).</source>
        <translation>{0} identical ballots (more than {1}).</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="339"/>
        <source>Ghi {0} tên, được ghi {1}.</source>
        <translation>{0} names written, {1} allowed.</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="341"/>
        <source>Có {0} tên ngoài danh sách giới thiệu.</source>
        <translation>{0} names outside the nomination list.</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="346"/>
        <source>Giữ {0} tên, được bầu {1}.</source>
        <translation>{0} names kept, {1} seats.</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="350"/>
        <source> — {0} phiếu giống nhau</source>
        <translation> — {0} identical ballots</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="352"/>
        <source>Phiếu không hợp lệ (do Ban kiểm phiếu xác định). Enter để lưu.</source>
        <translation>Invalid ballot (ruled by the counting committee). Enter to save.</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="354"/>
        <source>Đủ {0} dòng. Enter để lưu.</source>
        <translation>All {0} rows. Enter to save.</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="358"/>
        <source>Gạch {0} tên, giữ {1} tên. Enter để lưu.</source>
        <translation>{0} struck, {1} kept. Enter to save.</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="382"/>
        <source>Nhấn Enter lần nữa để lưu đúng như vậy, Esc để gõ lại.</source>
        <translation>Press Enter again to save it as it is, Esc to type it again.</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="390"/>
        <source>Phiếu CHƯA được lưu.</source>
        <translation>The ballot was NOT saved.</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="402"/>
        <source> ({0} phiếu)</source>
        <translation> ({0} ballots)</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="405"/>
        <location filename="../../ui/entry.py" line="407"/>
        <source>Đã lưu phiếu không hợp lệ: {0}</source>
        <translation>Saved an invalid ballot: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="409"/>
        <source>Đã lưu: gạch {0} tên</source>
        <translation>Saved: {0} struck</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="413"/>
        <source>Đã lưu phiếu</source>
        <translation>Ballot saved</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="247"/>
        <source>Phiếu giới thiệu: gõ số thứ tự người ĐƯỢC GHI (tối đa {0} tên)</source>
        <translation>Nomination ballot: type the rows of the names WRITTEN (at most {0})</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="257"/>
        <source>Gõ số thứ tự của những người được ghi trên phiếu, cách nhau bằng dấu cách · 0 phiếu không ghi tên nào · +1 một tên ngoài danh sách  |  /1 /2 /3 phiếu không hợp lệ · *5 năm phiếu giống nhau · Enter lưu · Esc xóa dòng · Ctrl+Z lấy lại phiếu vừa lưu</source>
        <translation>Type the row numbers of the names written on the ballot, separated by spaces · 0 a ballot with no name · +1 one name outside the list  |  /1 /2 /3 invalid ballot · *5 five identical ballots · Enter saves · Esc clears the line · Ctrl+Z takes back the last ballot</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="362"/>
        <source>Phiếu không ghi tên nào (hợp lệ, không giới thiệu ai). Enter để lưu.</source>
        <translation>No name written (valid, supports nobody). Enter saves.</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="363"/>
        <source>Ghi {0} tên. Enter để lưu.</source>
        <translation>{0} name(s) written. Enter saves.</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="411"/>
        <source>Đã lưu phiếu giới thiệu: ghi {0} tên</source>
        <translation>Nomination ballot saved: {0} name(s) written</translation>
    </message>
</context>
<context>
    <name>BallotListDialog</name>
    <message>
        <location filename="../../ui/ballot_list.py" line="147"/>
        <source>Các phiếu đã nhập</source>
        <translation>Ballots entered</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_list.py" line="167"/>
        <source>Chỉ phiếu không hợp lệ</source>
        <translation>Invalid ballots only</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_list.py" line="177"/>
        <source>Người nhập</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_list.py" line="179"/>
        <source>Tổ</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_list.py" line="183"/>
        <source>Hủy phiếu đã chọn…</source>
        <translation>Void the chosen ballot…</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_list.py" line="185"/>
        <source>Sửa (gõ lại) phiếu đã chọn…</source>
        <translation>Correct (retype) the chosen ballot…</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_list.py" line="187"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_list.py" line="219"/>
        <source>Mọi người nhập</source>
        <translation>Every operator</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_list.py" line="220"/>
        <source>Mọi tổ</source>
        <translation>Every team</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_list.py" line="257"/>
        <source>{0} dòng · {1} phiếu đang được tính</source>
        <translation>{0} rows · {1} ballots counting</translation>
    </message>
</context>
<context>
    <name>BallotPaperModel</name>
    <message>
        <location filename="../../ui/models.py" line="235"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="235"/>
        <source>Đồng ý</source>
        <translation>Agree</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="235"/>
        <source>Không đồng ý</source>
        <translation>Disagree</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="267"/>
        <source>bị gạch</source>
        <translation>struck</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="269"/>
        <source>được ghi</source>
        <translation>written</translation>
    </message>
</context>
<context>
    <name>BallotsModel</name>
    <message>
        <location filename="../../ui/ballot_list.py" line="69"/>
        <source>Phiếu số</source>
        <extracomment>The role a row&apos;s filter values are read with (invalid, operator, team).</extracomment>
        <translation>Ballot no.</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_list.py" line="70"/>
        <source>Nội dung phiếu (tên bị gạch)</source>
        <translation>Reading (names struck)</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_list.py" line="71"/>
        <source>Tổ</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_list.py" line="72"/>
        <source>Người nhập</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_list.py" line="73"/>
        <source>Thời điểm nhập</source>
        <translation>Entered at</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_list.py" line="74"/>
        <source>Tình trạng</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_list.py" line="80"/>
        <source>Đã hủy: {0}</source>
        <translation>Voided: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_list.py" line="82"/>
        <source>Đã sửa: {0}</source>
        <translation>Corrected: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_list.py" line="83"/>
        <source>Không hợp lệ, được tính</source>
        <translation>Invalid, counted</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_list.py" line="83"/>
        <source>Hợp lệ, được tính</source>
        <translation>Valid, counted</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_list.py" line="94"/>
        <source>{0} (trang quét số {1})</source>
        <translation>{0} (scanned page {1})</translation>
    </message>
</context>
<context>
    <name>ColumnDialog</name>
    <message>
        <location filename="../../ui/list_column.py" line="29"/>
        <source>Cột họ và tên</source>
        <translation>Name column</translation>
    </message>
    <message>
        <location filename="../../ui/list_column.py" line="33"/>
        <source>Tệp {0} không có dòng tiêu đề “Họ và tên”, và có nhiều cột chữ. Chọn cột ghi họ và tên (các dòng đầu của tệp ở dưới).</source>
        <translation>The file {0} has no “Họ và tên” (full name) header row and several text columns. Choose the column holding the full names (the file&apos;s first rows are below).</translation>
    </message>
    <message>
        <location filename="../../ui/list_column.py" line="49"/>
        <source>Cột {0}: {1}</source>
        <translation>Column {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/list_column.py" line="57"/>
        <source>Họ và tên ở</source>
        <translation>Full names in</translation>
    </message>
</context>
<context>
    <name>CongressForm</name>
    <message>
        <location filename="../../ui/congress_form.py" line="56"/>
        <source>Đại hội đại biểu</source>
        <translation>Delegate congress</translation>
    </message>
    <message>
        <location filename="../../ui/congress_form.py" line="57"/>
        <source>Đại hội đảng viên</source>
        <translation>Member congress</translation>
    </message>
    <message>
        <location filename="../../ui/congress_form.py" line="58"/>
        <source>Hội nghị Ban Chấp hành / Ủy ban kiểm tra</source>
        <translation>Committee conference</translation>
    </message>
    <message>
        <location filename="../../ui/congress_form.py" line="65"/>
        <source>Đảng bộ, chi bộ</source>
        <translation>Party organisation</translation>
    </message>
    <message>
        <location filename="../../ui/congress_form.py" line="66"/>
        <source>Tên đại hội</source>
        <translation>Congress title</translation>
    </message>
    <message>
        <location filename="../../ui/congress_form.py" line="67"/>
        <source>Nhiệm kỳ</source>
        <translation>Term</translation>
    </message>
    <message>
        <location filename="../../ui/congress_form.py" line="68"/>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/congress_form.py" line="70"/>
        <source>Địa điểm</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../ui/congress_form.py" line="71"/>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/congress_form.py" line="72"/>
        <source>Đại hội</source>
        <translation>Congress</translation>
    </message>
    <message>
        <location filename="../../ui/congress_form.py" line="83"/>
        <source>Lý do trừ (đã được xác nhận)</source>
        <translation>Reason excluded (confirmed)</translation>
    </message>
    <message>
        <location filename="../../ui/congress_form.py" line="83"/>
        <source>Số người</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../ui/congress_form.py" line="88"/>
        <source>Thêm lý do trừ</source>
        <translation>Add an exclusion</translation>
    </message>
    <message>
        <location filename="../../ui/congress_form.py" line="90"/>
        <source>Bỏ dòng đã chọn</source>
        <translation>Remove selected row</translation>
    </message>
    <message>
        <location filename="../../ui/congress_form.py" line="97"/>
        <source>Số được triệu tập</source>
        <translation>Summoned</translation>
    </message>
    <message>
        <location filename="../../ui/congress_form.py" line="98"/>
        <source>Số có mặt dự đại hội</source>
        <translation>Attending</translation>
    </message>
    <message>
        <location filename="../../ui/congress_form.py" line="109"/>
        <source>Cơ sở tính kết quả: trúng cử khi được quá một nửa số được triệu tập (sau khi trừ)</source>
        <translation>Threshold base: elected with more than half of those summoned (after exclusions)</translation>
    </message>
    <message>
        <location filename="../../ui/congress_form.py" line="117"/>
        <source>Mỗi dòng một người</source>
        <translation>One person per line</translation>
    </message>
    <message>
        <location filename="../../ui/congress_form.py" line="119"/>
        <source>Đặt / đổi mã PIN trưởng ban…</source>
        <translation>Set / change the head’s PIN…</translation>
    </message>
    <message>
        <location filename="../../ui/congress_form.py" line="122"/>
        <source>Trưởng ban</source>
        <translation>Head</translation>
    </message>
    <message>
        <location filename="../../ui/congress_form.py" line="123"/>
        <source>Các thành viên</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../ui/congress_form.py" line="125"/>
        <source>Ban kiểm phiếu</source>
        <translation>Counting committee</translation>
    </message>
    <message>
        <location filename="../../ui/congress_form.py" line="128"/>
        <source>Lưu thông tin đại hội</source>
        <translation>Save congress details</translation>
    </message>
    <message>
        <location filename="../../ui/congress_form.py" line="239"/>
        <source>Cơ sở tính phải lớn hơn 0: nhập số được triệu tập.</source>
        <translation>The base must be above 0: enter the number summoned.</translation>
    </message>
    <message>
        <location filename="../../ui/congress_form.py" line="244"/>
        <source>Cơ sở tính: {0} = {1} triệu tập − {2} trừ · Trúng cử cần ít nhất {3} phiếu</source>
        <translation>Base: {0} = {1} summoned − {2} excluded · Election needs at least {3} votes</translation>
    </message>
    <message>
        <location filename="../../ui/congress_form.py" line="69"/>
        <source>Cấp tổ chức đảng</source>
        <translation>Party organisation level</translation>
    </message>
    <message>
        <location filename="../../ui/congress_form.py" line="268"/>
        <source>Ngày đại hội chưa đúng: gõ ngày/tháng/năm, ví dụ 20/06/2025.</source>
        <translation>The congress date is not a date: type day/month/year, e.g. 20/06/2025.</translation>
    </message>
</context>
<context>
    <name>CongressView</name>
    <message>
        <location filename="../../ui/congress_view.py" line="92"/>
        <source>1. Đại hội</source>
        <translation>1. Congress</translation>
    </message>
    <message>
        <location filename="../../ui/congress_view.py" line="93"/>
        <source>2. Cuộc bầu và danh sách</source>
        <translation>2. Elections and lists</translation>
    </message>
    <message>
        <location filename="../../ui/congress_view.py" line="94"/>
        <source>3. Nhập phiếu</source>
        <translation>3. Ballot entry</translation>
    </message>
    <message>
        <location filename="../../ui/congress_view.py" line="95"/>
        <source>4. Kết quả</source>
        <translation>4. Results</translation>
    </message>
    <message>
        <location filename="../../ui/congress_view.py" line="96"/>
        <source>5. Biên bản</source>
        <translation>5. Minutes</translation>
    </message>
    <message>
        <location filename="../../ui/congress_view.py" line="97"/>
        <source>6. Tổ kiểm phiếu</source>
        <translation>6. Counting teams</translation>
    </message>
    <message>
        <location filename="../../ui/congress_view.py" line="98"/>
        <source>7. Phiếu quét</source>
        <translation>7. Scanned ballots</translation>
    </message>
    <message>
        <location filename="../../ui/congress_view.py" line="159"/>
        <source>Thay đổi chưa lưu</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../ui/congress_view.py" line="160"/>
        <source>Trang {0} có thay đổi chưa lưu. Lưu lại trước khi rời trang?</source>
        <translation>The tab {0} has unsaved changes. Save them before leaving it?</translation>
    </message>
    <message>
        <location filename="../../ui/congress_view.py" line="165"/>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/congress_view.py" line="166"/>
        <source>Không lưu</source>
        <translation>Don&apos;t save</translation>
    </message>
    <message>
        <location filename="../../ui/congress_view.py" line="167"/>
        <source>Ở lại</source>
        <translation>Stay</translation>
    </message>
    <message>
        <location filename="../../ui/congress_view.py" line="290"/>
        <source>Đã lưu thông tin đại hội.</source>
        <translation>Congress details saved.</translation>
    </message>
    <message>
        <location filename="../../ui/congress_view.py" line="314"/>
        <source>Đã lưu quy chế của Đại hội.</source>
        <translation>The congress&apos;s own rules are saved.</translation>
    </message>
    <message>
        <location filename="../../ui/congress_view.py" line="316"/>
        <source>Đã trở về các con số mặc định của quy chế.</source>
        <translation>Back to the rule set&apos;s default figures.</translation>
    </message>
    <message>
        <location filename="../../ui/congress_view.py" line="322"/>
        <source>Mã PIN mới</source>
        <translation>New PIN</translation>
    </message>
    <message>
        <location filename="../../ui/congress_view.py" line="322"/>
        <source>Nhập lại mã PIN mới</source>
        <translation>New PIN again</translation>
    </message>
    <message>
        <location filename="../../ui/congress_view.py" line="324"/>
        <source>Mã PIN cũ</source>
        <translation>Old PIN</translation>
    </message>
    <message>
        <location filename="../../ui/congress_view.py" line="327"/>
        <source>Mã PIN trưởng ban</source>
        <translation>Head’s PIN</translation>
    </message>
    <message>
        <location filename="../../ui/congress_view.py" line="328"/>
        <source>Chỉ trưởng ban kiểm phiếu biết mã này.</source>
        <translation>Only the head of the counting committee knows this PIN.</translation>
    </message>
    <message>
        <location filename="../../ui/congress_view.py" line="336"/>
        <source>Hai lần nhập mã PIN mới không giống nhau; chưa đổi.</source>
        <translation>The two new PINs differ; nothing changed.</translation>
    </message>
    <message>
        <location filename="../../ui/congress_view.py" line="343"/>
        <source>Đã đặt mã PIN mới.</source>
        <translation>New PIN set.</translation>
    </message>
    <message>
        <location filename="../../ui/congress_view.py" line="361"/>
        <source>Đã lưu cuộc bầu “{0}”.</source>
        <translation>Election “{0}” saved.</translation>
    </message>
    <message>
        <location filename="../../ui/congress_view.py" line="372"/>
        <source>Đã lưu kết quả biểu quyết.</source>
        <translation>Show-of-hands votes saved.</translation>
    </message>
    <message>
        <location filename="../../ui/congress_view.py" line="378"/>
        <source>Xóa cuộc bầu</source>
        <translation>Remove election</translation>
    </message>
    <message>
        <location filename="../../ui/congress_view.py" line="379"/>
        <source>Cuộc bầu được đánh dấu đã xóa và ghi vào nhật ký. Ghi lý do:</source>
        <translation>The election is marked removed and logged. Give the reason:</translation>
    </message>
    <message>
        <location filename="../../ui/congress_view.py" line="380"/>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>CopyForStation</name>
    <message>
        <location filename="../../ui/stations.py" line="199"/>
        <location filename="../../ui/stations.py" line="287"/>
        <source>Bản sao cho máy trạm</source>
        <translation>Copy for a station</translation>
    </message>
    <message>
        <location filename="../../ui/stations.py" line="206"/>
        <source>1. Ở máy trạm: trang đầu, “Lưu tệp khóa máy trạm…”, chép tệp sang máy này.
2. Chọn tệp đó, so mã khóa dưới đây với mã trên màn hình máy trạm.
3. Nhập mã PIN của trưởng ban để đăng ký máy trạm, rồi chọn nơi lưu bản sao.</source>
        <translation>1. At the station: start page, “Save the station key file…”, bring the file to this computer.
2. Choose that file and compare the key fingerprint below with the one on the station&apos;s screen.
3. Type the head&apos;s PIN to register the station, then choose where to save the copy.</translation>
    </message>
    <message>
        <location filename="../../ui/stations.py" line="212"/>
        <source>Chọn tệp khóa của máy trạm…</source>
        <translation>Choose the station&apos;s key file…</translation>
    </message>
    <message>
        <location filename="../../ui/stations.py" line="224"/>
        <source>Chọn…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../ui/stations.py" line="230"/>
        <source>Máy trạm:</source>
        <translation>Station:</translation>
    </message>
    <message>
        <location filename="../../ui/stations.py" line="231"/>
        <source>Mã PIN trưởng ban:</source>
        <translation>Head&apos;s PIN:</translation>
    </message>
    <message>
        <location filename="../../ui/stations.py" line="232"/>
        <source>Lưu bản sao vào:</source>
        <translation>Save the copy to:</translation>
    </message>
    <message>
        <location filename="../../ui/stations.py" line="234"/>
        <source>Đăng ký và tạo bản sao</source>
        <translation>Register and make the copy</translation>
    </message>
    <message>
        <location filename="../../ui/stations.py" line="254"/>
        <source>Tệp khóa của máy trạm</source>
        <translation>Station key file</translation>
    </message>
    <message>
        <location filename="../../ui/stations.py" line="254"/>
        <source>Tệp khóa máy trạm (*.kpkey)</source>
        <translation>Station key file (*.kpkey)</translation>
    </message>
    <message>
        <location filename="../../ui/stations.py" line="274"/>
        <source>Máy này đã được đăng ký (bản ghi số {0}): chỉ tạo bản sao.</source>
        <translation>This station is registered already (record {0}): only the copy is made.</translation>
    </message>
    <message>
        <location filename="../../ui/stations.py" line="277"/>
        <source>So mã khóa ở trên với màn hình máy trạm: phải giống hệt từng ký tự.</source>
        <translation>Compare the fingerprint above with the station&apos;s screen: every character must be the same.</translation>
    </message>
    <message>
        <location filename="../../ui/stations.py" line="314"/>
        <source>Đã đăng ký máy trạm và tạo bản sao {0}. Mở tệp này trên máy trạm đó.</source>
        <translation>The station is registered and its copy {0} made. Open this file on that station.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../ui/date_field.py" line="47"/>
        <source>ngày/tháng/năm, ví dụ 20/06/2025</source>
        <translation>day/month/year, e.g. 20/06/2025</translation>
    </message>
    <message>
        <location filename="../../ui/date_field.py" line="61"/>
        <source>Ngày chưa đúng: gõ ngày/tháng/năm.</source>
        <translation>Not a date: type day/month/year.</translation>
    </message>
</context>
<context>
    <name>DifferencesDialog</name>
    <message>
        <location filename="../../ui/differences.py" line="158"/>
        <source>Chỗ khác nhau giữa các lần nhập</source>
        <translation>Differences between the entries</translation>
    </message>
    <message>
        <location filename="../../ui/differences.py" line="164"/>
        <source>Trưởng ban nhập mã PIN trước khi chọn</source>
        <translation>The head types the PIN before choosing</translation>
    </message>
    <message>
        <location filename="../../ui/differences.py" line="169"/>
        <source>Đối chiếu với phiếu giấy, rồi chọn cách đọc đúng cho từng phiếu. Tên bị gạch hiện gạch ngang màu đỏ; dòng các lần nhập khác nhau tô vàng.</source>
        <translation>Compare with the paper ballot, then choose the right reading of each ballot. Struck names are crossed out in red; the rows where the entries differ are yellow.</translation>
    </message>
    <message>
        <location filename="../../ui/differences.py" line="174"/>
        <location filename="../../ui/differences.py" line="226"/>
        <source>Phiếu số</source>
        <translation>Ballot no.</translation>
    </message>
    <message>
        <location filename="../../ui/differences.py" line="190"/>
        <source>Hoặc gõ lại theo phiếu giấy (như khi nhập phiếu) rồi bấm Enter</source>
        <translation>Or type what the paper ballot says (as in ballot entry), then press Enter</translation>
    </message>
    <message>
        <location filename="../../ui/differences.py" line="209"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/differences.py" line="261"/>
        <source>Lần {0} ({1}): {2}</source>
        <translation>Entry {0} ({1}): {2}</translation>
    </message>
    <message>
        <location filename="../../ui/differences.py" line="166"/>
        <source>Mã PIN của trưởng ban</source>
        <translation>Head’s PIN</translation>
    </message>
    <message>
        <location filename="../../ui/differences.py" line="226"/>
        <source>Lần {0} ({1})</source>
        <translation>Entry {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../ui/differences.py" line="237"/>
        <source>Giữ lần {0} ({1})</source>
        <translation>Keep entry {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../ui/differences.py" line="242"/>
        <source>Không còn chỗ khác nhau: tập phiếu đã xác định.</source>
        <translation>No differences left: the stack is definitive.</translation>
    </message>
</context>
<context>
    <name>ElectionsEditor</name>
    <message>
        <location filename="../../ui/elections.py" line="137"/>
        <source>Cuộc bầu mới</source>
        <translation>New election</translation>
    </message>
    <message>
        <location filename="../../ui/elections.py" line="139"/>
        <source>Xóa cuộc bầu</source>
        <translation>Remove election</translation>
    </message>
    <message>
        <location filename="../../ui/elections.py" line="145"/>
        <source>Các cuộc bầu (theo thứ tự bầu)</source>
        <translation>Elections (in voting order)</translation>
    </message>
    <message>
        <location filename="../../ui/elections.py" line="177"/>
        <source>theo quy chế</source>
        <translation>as the rules say</translation>
    </message>
    <message>
        <location filename="../../ui/elections.py" line="190"/>
        <source>Mã</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../../ui/elections.py" line="192"/>
        <source>Tên cuộc bầu</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/elections.py" line="194"/>
        <source>Bầu</source>
        <translation>Elects</translation>
    </message>
    <message>
        <location filename="../../ui/elections.py" line="196"/>
        <source>Hình thức</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/elections.py" line="633"/>
        <source>Số lượng cần bầu</source>
        <translation>Seats</translation>
    </message>
    <message>
        <location filename="../../ui/elections.py" line="634"/>
        <source>Số dư tối đa</source>
        <translation>Maximum surplus</translation>
    </message>
    <message>
        <location filename="../../ui/elections.py" line="205"/>
        <source>Người ứng cử lấy từ</source>
        <translation>Candidates come from</translation>
    </message>
    <message>
        <location filename="../../ui/elections.py" line="221"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../ui/elections.py" line="221"/>
        <source>Ghi chú (năm sinh, đơn vị)</source>
        <translation>Note (birth year, unit)</translation>
    </message>
    <message>
        <location filename="../../ui/elections.py" line="227"/>
        <source>Thêm người</source>
        <translation>Add person</translation>
    </message>
    <message>
        <location filename="../../ui/elections.py" line="229"/>
        <source>Bỏ người</source>
        <translation>Remove person</translation>
    </message>
    <message>
        <location filename="../../ui/elections.py" line="231"/>
        <source>Lên</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../../ui/elections.py" line="233"/>
        <source>Xuống</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../../ui/elections.py" line="235"/>
        <source>Xếp A-B-C theo tên</source>
        <translation>Sort A-B-C by given name</translation>
    </message>
    <message>
        <location filename="../../ui/elections.py" line="237"/>
        <source>Nhập từ Excel/CSV…</source>
        <translation>Import from Excel/CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/elections.py" line="260"/>
        <source>Lưu cuộc bầu</source>
        <translation>Save election</translation>
    </message>
    <message>
        <location filename="../../ui/elections.py" line="387"/>
        <source>(danh sách riêng)</source>
        <translation>(its own list)</translation>
    </message>
    <message>
        <location filename="../../ui/elections.py" line="652"/>
        <source>{0} người cho {1} chỗ · phiếu {2}</source>
        <translation>{0} names for {1} seats · {2} ballot</translation>
    </message>
    <message>
        <location filename="../../ui/elections.py" line="653"/>
        <source>gạch tên</source>
        <translation>strike-out</translation>
    </message>
    <message>
        <location filename="../../ui/elections.py" line="653"/>
        <source>đồng ý / không đồng ý</source>
        <translation>agree / disagree</translation>
    </message>
    <message>
        <location filename="../../ui/elections.py" line="659"/>
        <source>LỖI</source>
        <translation>ERROR</translation>
    </message>
    <message>
        <location filename="../../ui/elections.py" line="659"/>
        <source>Lưu ý</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/elections.py" line="662"/>
        <source>Đúng: danh sách theo quy định về số dư.</source>
        <translation>Correct: the list meets the surplus rules.</translation>
    </message>
    <message>
        <location filename="../../ui/elections.py" line="799"/>
        <source>Nhập danh sách bầu cử</source>
        <translation>Import the election list</translation>
    </message>
    <message>
        <location filename="../../ui/elections.py" line="799"/>
        <source>Bảng tính (*.xlsx *.csv)</source>
        <translation>Spreadsheets (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/elections.py" line="826"/>
        <source>Lưu cuộc bầu trước, rồi ghi kết quả biểu quyết.</source>
        <translation>Save the election first, then record the show-of-hands votes.</translation>
    </message>
    <message>
        <location filename="../../ui/elections.py" line="834"/>
        <source>Mã cuộc bầu chỉ gồm chữ không dấu, số, - và _ (ví dụ: bch).</source>
        <translation>The election id may only contain plain letters, digits, - and _ (e.g. bch).</translation>
    </message>
    <message>
        <location filename="../../ui/elections.py" line="424"/>
        <source>Cuộc bầu này đã có phiếu (hoặc đã sang lần bầu sau): danh sách, số lượng và hình thức không sửa được nữa.</source>
        <translation>This election has ballots (or a later round): its list, number and kind can no longer change.</translation>
    </message>
    <message>
        <location filename="../../ui/elections.py" line="497"/>
        <source>Được rút khỏi danh sách (Đại hội đã biểu quyết): không có tên trên phiếu.</source>
        <translation>Allowed to withdraw (voted by the congress): not on the ballot.</translation>
    </message>
    <message>
        <location filename="../../ui/elections.py" line="596"/>
        <source>Thay đổi chưa lưu</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../ui/elections.py" line="597"/>
        <source>Cuộc bầu đang sửa có thay đổi chưa lưu. Lưu lại trước khi chuyển?</source>
        <translation>The election being edited has unsaved changes. Save them before moving on?</translation>
    </message>
    <message>
        <location filename="../../ui/elections.py" line="602"/>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/elections.py" line="603"/>
        <source>Bỏ thay đổi</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <location filename="../../ui/elections.py" line="604"/>
        <source>Ở lại</source>
        <translation>Stay</translation>
    </message>
    <message>
        <location filename="../../ui/elections.py" line="633"/>
        <source>Số tên tối đa ghi trên phiếu</source>
        <translation>Most names on a ballot</translation>
    </message>
    <message>
        <location filename="../../ui/elections.py" line="141"/>
        <source>Đề xuất các cuộc bầu theo loại đại hội…</source>
        <translation>Propose the elections for this kind of congress…</translation>
    </message>
    <message>
        <location filename="../../ui/elections.py" line="160"/>
        <source>Ví dụ: Bầu Ban Chấp hành Đảng bộ …</source>
        <translation>E.g. Election of the Party Committee of …</translation>
    </message>
    <message>
        <location filename="../../ui/elections.py" line="182"/>
        <source>bằng số tên tối đa</source>
        <translation>as many as the names allowed</translation>
    </message>
    <message>
        <location filename="../../ui/elections.py" line="185"/>
        <source>Lấy tên từ nguồn…</source>
        <translation>Take names from the source…</translation>
    </message>
    <message>
        <location filename="../../ui/elections.py" line="258"/>
        <location filename="../../ui/elections.py" line="979"/>
        <source>Tạm dừng cuộc bầu…</source>
        <translation>Pause the election…</translation>
    </message>
    <message>
        <location filename="../../ui/elections.py" line="275"/>
        <source>Biểu quyết của Đại hội</source>
        <translation>The congress&apos;s votes</translation>
    </message>
    <message>
        <location filename="../../ui/elections.py" line="276"/>
        <source>Xin rút khỏi danh sách</source>
        <translation>Requests to withdraw</translation>
    </message>
    <message>
        <location filename="../../ui/elections.py" line="345"/>
        <source>[Xem lại danh sách] </source>
        <translation>[Check the list] </translation>
    </message>
    <message>
        <location filename="../../ui/elections.py" line="347"/>
        <source>[Tạm dừng] </source>
        <translation>[Paused] </translation>
    </message>
    <message>
        <location filename="../../ui/elections.py" line="634"/>
        <source>Số người cần giới thiệu</source>
        <translation>Names to propose</translation>
    </message>
    <message>
        <location filename="../../ui/elections.py" line="649"/>
        <source>{0} người trong danh sách giới thiệu · mỗi phiếu ghi tối đa {1} tên · giới thiệu {2} người</source>
        <translation>{0} on the nomination list · at most {1} name(s) per ballot · {2} to propose</translation>
    </message>
    <message>
        <location filename="../../ui/elections.py" line="656"/>
        <source>({0} người được rút khỏi danh sách)</source>
        <translation>({0} allowed to withdraw)</translation>
    </message>
    <message>
        <location filename="../../ui/elections.py" line="874"/>
        <source>Đã tạo {0} cuộc bầu. Nhập danh sách cho từng cuộc bầu; danh sách lấy từ kết quả cuộc bầu khác được chọn bằng “Lấy tên từ nguồn…” khi đã có kết quả.</source>
        <translation>{0} elections created. Enter each list; a list drawn from another election’s result is picked with “Take names from the source…” once that result exists.</translation>
    </message>
    <message>
        <location filename="../../ui/elections.py" line="892"/>
        <source>Xin rút khỏi danh sách ({0})</source>
        <translation>Requests to withdraw ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/elections.py" line="971"/>
        <source>TẠM DỪNG để xin ý kiến Ban Thường vụ cấp trên — quyết định của {0}{1}.</source>
        <translation>PAUSED to ask the higher standing committee — decided by {0}{1}.</translation>
    </message>
    <message>
        <location filename="../../ui/elections.py" line="977"/>
        <source>Đã tiếp tục bầu theo ý kiến của {0}.</source>
        <translation>Resumed on the guidance of {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/elections.py" line="979"/>
        <source>Tiếp tục bầu…</source>
        <translation>Resume the election…</translation>
    </message>
    <message>
        <location filename="../../ui/elections.py" line="991"/>
        <source>Tiếp tục cuộc bầu</source>
        <translation>Resume the election</translation>
    </message>
    <message>
        <location filename="../../ui/elections.py" line="992"/>
        <source>Ghi ai (cơ quan nào) cho ý kiến tiếp tục, và ghi chú.</source>
        <translation>Who (which body) gave the guidance to resume, and a note.</translation>
    </message>
    <message>
        <location filename="../../ui/elections.py" line="993"/>
        <source>Cơ quan quyết định</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <location filename="../../ui/elections.py" line="993"/>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/elections.py" line="693"/>
        <source>Danh sách lấy từ kết quả “{0}”, chưa có kết quả: lấy tên khi đã kiểm phiếu xong.</source>
        <translation>The list comes from the result of “{0}”, which has none yet: take the names once it is counted.</translation>
    </message>
    <message>
        <location filename="../../ui/elections.py" line="699"/>
        <source>đã chốt</source>
        <translation>finalized</translation>
    </message>
    <message>
        <location filename="../../ui/elections.py" line="699"/>
        <source>CHƯA CHỐT — nguồn còn có thể thay đổi</source>
        <translation>NOT FINALIZED — the source may still change</translation>
    </message>
    <message>
        <location filename="../../ui/elections.py" line="701"/>
        <source>ĐÃ MỞ KHÓA LẠI sau khi cuộc bầu này đã chốt — kiểm tra lại danh sách khi nguồn chốt lại</source>
        <translation>REOPENED after this election was finalized — check the list again once the source is finalized</translation>
    </message>
    <message>
        <location filename="../../ui/elections.py" line="702"/>
        <source>Nguồn: {0} — {1}; có {2} người.</source>
        <translation>Source: {0} — {1}; {2} people.</translation>
    </message>
    <message>
        <location filename="../../ui/elections.py" line="709"/>
        <source>Danh sách không còn khớp với nguồn: {0} người không thuộc nguồn, {1} người của nguồn chưa có trong danh sách. Bấm “Lấy tên từ nguồn…” để lấy lại.</source>
        <translation>The list no longer matches its source: {0} not in the source, {1} of the source not on the list. Press “Take names from the source…” to take them again.</translation>
    </message>
    <message>
        <location filename="../../ui/elections.py" line="714"/>
        <source>Bấm “Lấy tên từ nguồn…” để chọn tên (không gõ lại).</source>
        <translation>Press “Take names from the source…” to pick the names (no retyping).</translation>
    </message>
    <message>
        <location filename="../../ui/elections.py" line="734"/>
        <source>Lấy tên từ nguồn</source>
        <translation>Take names from the source</translation>
    </message>
    <message>
        <location filename="../../ui/elections.py" line="737"/>
        <source>kết quả nguồn chưa chốt</source>
        <translation>the source is not finalized</translation>
    </message>
</context>
<context>
    <name>EntryPage</name>
    <message>
        <location filename="../../ui/entry_page.py" line="75"/>
        <source>Lưu số phiếu</source>
        <translation>Save counts</translation>
    </message>
    <message>
        <location filename="../../ui/entry_page.py" line="79"/>
        <source>Tổ 1</source>
        <translation>Team 1</translation>
    </message>
    <message>
        <location filename="../../ui/entry_page.py" line="82"/>
        <source>Lần bầu</source>
        <translation>Round</translation>
    </message>
    <message>
        <location filename="../../ui/entry_page.py" line="84"/>
        <source>Có mặt</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../ui/entry_page.py" line="86"/>
        <source>Phát ra</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location filename="../../ui/entry_page.py" line="88"/>
        <source>Thu vào</source>
        <translation>Collected</translation>
    </message>
    <message>
        <location filename="../../ui/entry_page.py" line="91"/>
        <source>Tổ</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../ui/entry_page.py" line="94"/>
        <source>Nhập phiếu kiểm đếm tay của tổ…</source>
        <translation>Enter a team&apos;s hand-counted tally…</translation>
    </message>
    <message>
        <location filename="../../ui/entry_page.py" line="96"/>
        <source>Kết quả các tổ đã nhập…</source>
        <translation>Team tallies entered…</translation>
    </message>
    <message>
        <location filename="../../ui/entry_page.py" line="103"/>
        <source>Danh sách phiếu đã nhập… (Ctrl+L)</source>
        <translation>Ballots entered… (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../ui/entry_page.py" line="145"/>
        <source>Chưa có cuộc bầu nào: thêm ở trang “Cuộc bầu”.</source>
        <translation>No election yet: add one on the “Elections” tab.</translation>
    </message>
    <message>
        <location filename="../../ui/entry_page.py" line="165"/>
        <source>{0} — lần bầu thứ {1} — bầu {2} trong {3} người</source>
        <translation>{0} — round {1} — {2} of {3} names</translation>
    </message>
    <message>
        <location filename="../../ui/entry_page.py" line="183"/>
        <source>Lần bầu này đã khóa (chốt kết quả); không nhập thêm phiếu được.</source>
        <translation>This round is finalized (locked); no more ballots can be entered.</translation>
    </message>
    <message>
        <location filename="../../ui/entry_page.py" line="186"/>
        <source>Đại hội nhập độc lập nhiều lần: nhập phiếu theo tập của tổ ở trang “6. Tổ kiểm phiếu”.</source>
        <translation>This congress enters ballots independently more than once: enter each team’s stack on the “6. Counting teams” tab.</translation>
    </message>
    <message>
        <location filename="../../ui/entry_page.py" line="233"/>
        <source>Kết quả các tổ đã nhập ({0})…</source>
        <translation>Team tallies entered ({0})…</translation>
    </message>
    <message>
        <location filename="../../ui/entry_page.py" line="237"/>
        <source>Đại hội nhập độc lập nhiều lần: kết quả kiểm đếm tay của tổ nhập thành tập phiếu ở trang “6. Tổ kiểm phiếu”.</source>
        <translation>The congress enters ballots independently more than once: a team&apos;s hand count is entered as a stack on the “6. Counting teams” tab.</translation>
    </message>
    <message>
        <location filename="../../ui/entry_page.py" line="241"/>
        <source>Lần bầu đã chốt: không nhập thêm kết quả tổ.</source>
        <translation>The round is finalized: no more team tallies.</translation>
    </message>
    <message>
        <location filename="../../ui/entry_page.py" line="260"/>
        <location filename="../../ui/entry_page.py" line="286"/>
        <source>{0} — lần bầu thứ {1}</source>
        <translation>{0} — round {1}</translation>
    </message>
    <message>
        <location filename="../../ui/entry_page.py" line="273"/>
        <source>Đã lưu kết quả của {0}: {1} phiếu.</source>
        <translation>Saved the tally of {0}: {1} ballots.</translation>
    </message>
    <message>
        <location filename="../../ui/entry_page.py" line="300"/>
        <source>Hủy kết quả của tổ</source>
        <translation>Void a team&apos;s tally</translation>
    </message>
    <message>
        <location filename="../../ui/entry_page.py" line="301"/>
        <source>Kết quả vẫn được giữ trong nhật ký, đánh dấu đã hủy. Ghi lý do:</source>
        <translation>The tally stays in the entry log, marked void. Give the reason:</translation>
    </message>
    <message>
        <location filename="../../ui/entry_page.py" line="302"/>
        <location filename="../../ui/entry_page.py" line="455"/>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/entry_page.py" line="318"/>
        <source>Đã hủy kết quả của tổ (mã {0}).</source>
        <translation>The team&apos;s tally is void (id {0}).</translation>
    </message>
    <message>
        <location filename="../../ui/entry_page.py" line="372"/>
        <source>Lấy lại (hủy) phiếu số {0}, nhập lúc {1}:
{2}

Phiếu vẫn được giữ trong nhật ký, đánh dấu đã hủy; gõ lại phiếu đó sau.</source>
        <translation>Take back (void) ballot no. {0}, entered at {1}:
{2}

The ballot stays in the log, marked voided; type it again afterwards.</translation>
    </message>
    <message>
        <location filename="../../ui/entry_page.py" line="398"/>
        <source>Đã hủy phiếu; gõ lại phiếu đó nếu cần.</source>
        <translation>Ballot voided; type it again if needed.</translation>
    </message>
    <message>
        <location filename="../../ui/entry_page.py" line="408"/>
        <source>Đã sửa phiếu.</source>
        <translation>Ballot corrected.</translation>
    </message>
    <message>
        <location filename="../../ui/entry_page.py" line="451"/>
        <source>Hủy phiếu số {0}</source>
        <translation>Void ballot no. {0}</translation>
    </message>
    <message>
        <location filename="../../ui/entry_page.py" line="452"/>
        <source>{0}

Phiếu vẫn được giữ trong nhật ký, đánh dấu đã hủy. Ghi lý do:</source>
        <translation>{0}

The ballot stays in the log, marked voided. Give the reason:</translation>
    </message>
    <message>
        <location filename="../../ui/entry_page.py" line="375"/>
        <location filename="../../ui/entry_page.py" line="386"/>
        <source>Hủy phiếu vừa nhập (nhập nhầm)</source>
        <translation>Voided the ballot just entered (entry mistake)</translation>
    </message>
    <message>
        <location filename="../../ui/entry_page.py" line="369"/>
        <location filename="../../ui/entry_page.py" line="384"/>
        <source>Không còn phiếu nào của người nhập này để lấy lại.</source>
        <translation>No ballot of this operator is left to take back.</translation>
    </message>
    <message>
        <location filename="../../ui/entry_page.py" line="169"/>
        <source>{0} — lần thứ {1} — ghi tối đa {2} tên trong {3} người</source>
        <translation>{0} — round {1} — at most {2} name(s) of {3}</translation>
    </message>
</context>
<context>
    <name>HandVotesRow</name>
    <message>
        <location filename="../../ui/elections.py" line="1112"/>
        <source>Biểu quyết (giơ tay):</source>
        <translation>Show of hands:</translation>
    </message>
    <message>
        <location filename="../../ui/elections.py" line="1113"/>
        <source>Đồng ý</source>
        <translation>Agree</translation>
    </message>
    <message>
        <location filename="../../ui/elections.py" line="1113"/>
        <source>Không đồng ý</source>
        <translation>Disagree</translation>
    </message>
    <message>
        <location filename="../../ui/elections.py" line="1113"/>
        <source>Không biểu quyết</source>
        <translation>Abstain</translation>
    </message>
    <message>
        <location filename="../../ui/elections.py" line="1117"/>
        <source>Số lượng cần bầu</source>
        <translation>Number to elect</translation>
    </message>
    <message>
        <location filename="../../ui/elections.py" line="1117"/>
        <source>Danh sách bầu cử</source>
        <translation>Election list</translation>
    </message>
    <message>
        <location filename="../../ui/elections.py" line="1127"/>
        <source>Lưu biểu quyết</source>
        <translation>Save the votes</translation>
    </message>
</context>
<context>
    <name>HeadChoiceDialog</name>
    <message>
        <location filename="../../ui/congress_steps.py" line="569"/>
        <source>Trưởng ban chọn người được giới thiệu</source>
        <translation>The head&apos;s choice of the proposed</translation>
    </message>
    <message>
        <location filename="../../ui/congress_steps.py" line="574"/>
        <source>Những đồng chí sau có số phiếu giới thiệu bằng nhau ở vị trí cuối cùng. Trưởng ban kiểm phiếu chọn {0} người; lựa chọn được ghi vào nhật ký cùng tên trưởng ban và thời gian.</source>
        <translation>These have equal counts at the cut. The head of the counting committee chooses {0}; the choice is logged with the head’s name and the time.</translation>
    </message>
    <message>
        <location filename="../../ui/congress_steps.py" line="593"/>
        <source>Mã PIN trưởng ban</source>
        <translation>The head&apos;s PIN</translation>
    </message>
    <message>
        <location filename="../../ui/congress_steps.py" line="594"/>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>LogDialog</name>
    <message>
        <location filename="../../ui/log_view.py" line="82"/>
        <source>Nhật ký nhập phiếu</source>
        <translation>Entry log</translation>
    </message>
    <message>
        <location filename="../../ui/log_view.py" line="105"/>
        <source>Kiểm tra toàn vẹn</source>
        <translation>Check integrity</translation>
    </message>
    <message>
        <location filename="../../ui/log_view.py" line="107"/>
        <source>Lưu nhật ký PDF…</source>
        <translation>Save log as PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/log_view.py" line="109"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/log_view.py" line="134"/>
        <source>{0} bản ghi, theo thứ tự ghi. Mỗi bản ghi mang mã băm nối tiếp bản ghi trước, nên không sửa hay xóa được một bản ghi mà không bị phát hiện.</source>
        <translation>{0} records, in the order written. Each record carries a hash chained to the one before, so no record can be changed or deleted without it being found.</translation>
    </message>
    <message>
        <location filename="../../ui/log_view.py" line="154"/>
        <source>Bản ghi số {0} — {1}: {2}
Mã băm: {3}</source>
        <translation>Record {0} — {1}: {2}
Hash: {3}</translation>
    </message>
    <message>
        <location filename="../../ui/log_view.py" line="172"/>
        <source>Toàn vẹn: {0} bản ghi nối tiếp đúng; dữ liệu khớp với nhật ký; các lần bầu đã chốt khớp dấu kiểm tra. Mã băm cuối: {1}</source>
        <translation>Intact: {0} records correctly chained; the data agrees with the log; finalized rounds match their fingerprints. Last hash: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/log_view.py" line="178"/>
        <source> (và {0} chỗ khác)</source>
        <translation> (and {0} more)</translation>
    </message>
    <message>
        <location filename="../../ui/log_view.py" line="180"/>
        <source>PHÁT HIỆN THAY ĐỔI ngoài chương trình — chỗ đầu tiên: {0}</source>
        <translation>CHANGED OUTSIDE THE PROGRAM — the first place: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/log_view.py" line="187"/>
        <source>Lưu nhật ký nhập phiếu</source>
        <translation>Save the entry log</translation>
    </message>
    <message>
        <location filename="../../ui/log_view.py" line="198"/>
        <source>Đã lưu nhật ký nhập phiếu: {0}</source>
        <translation>Entry log saved: {0}</translation>
    </message>
</context>
<context>
    <name>LogTableModel</name>
    <message>
        <location filename="../../ui/log_view.py" line="44"/>
        <source>STT</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../ui/log_view.py" line="45"/>
        <source>Thời điểm</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/log_view.py" line="46"/>
        <source>Máy</source>
        <translation>Station</translation>
    </message>
    <message>
        <location filename="../../ui/log_view.py" line="47"/>
        <source>Người nhập</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../../ui/log_view.py" line="48"/>
        <source>Thao tác</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/log_view.py" line="49"/>
        <source>Nội dung</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/log_view.py" line="50"/>
        <source>Mã băm</source>
        <translation>Hash</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="104"/>
        <source>&amp;Tệp</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="105"/>
        <source>Đại hội mới…</source>
        <translation>New congress…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="106"/>
        <source>Mở đại hội…</source>
        <translation>Open congress…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="108"/>
        <source>Mở đại hội mẫu</source>
        <translation>Open the demo congress</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="109"/>
        <source>Nhập tệp bầu cử (.json)…</source>
        <translation>Import an election file (.json)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="111"/>
        <source>Xuất tệp bầu cử (.json)…</source>
        <translation>Export election file (.json)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="112"/>
        <source>Người nhập phiếu…</source>
        <translation>Operator…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="115"/>
        <source>Ngưỡng xác nhận nhiều phiếu giống nhau…</source>
        <translation>Threshold for confirming identical ballots…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="117"/>
        <source>Nhật ký nhập phiếu…</source>
        <translation>Entry log…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="119"/>
        <source>Thư mục sao lưu (USB)…</source>
        <translation>Backup folder (USB)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="120"/>
        <source>Đóng đại hội</source>
        <translation>Close congress</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="122"/>
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="123"/>
        <source>&amp;Ngôn ngữ</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="134"/>
        <source>&amp;Trợ giúp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="135"/>
        <location filename="../../ui/main_window.py" line="521"/>
        <source>Phím tắt</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="436"/>
        <source>Chưa mở đại hội nào.</source>
        <translation>No congress open.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="440"/>
        <source>Người nhập phiếu: {0} — máy {1}</source>
        <translation>Operator: {0} — station {1}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="442"/>
        <source>Đổi người nhập… (Ctrl+Shift+N)</source>
        <translation>Change operator… (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="449"/>
        <source>Ngưỡng xác nhận</source>
        <translation>Confirmation threshold</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="450"/>
        <source>Khi gõ *N với N lớn hơn số này, cần Enter lần nữa để lưu:</source>
        <translation>When *N is typed with N above this number, Enter is needed once more to save:</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="152"/>
        <source>Kiểm phiếu</source>
        <translation>Vote counting</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="280"/>
        <source>Mở đại hội</source>
        <translation>Open congress</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="280"/>
        <source>Dữ liệu kiểm phiếu (*.kiemphieu *.sqlite *.db)</source>
        <translation>Counting data (*.kiemphieu *.sqlite *.db)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="313"/>
        <source>Đã nhập tệp bầu cử vào {0}. Hãy đặt mã PIN của trưởng ban ở trang “Đại hội”.</source>
        <translation>The election file was imported into {0}. Set the head&apos;s PIN on the “Congress” page.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="322"/>
        <source>Nhập tệp bầu cử</source>
        <translation>Import an election file</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="327"/>
        <source>Lưu đại hội vào tệp mới</source>
        <translation>Save the congress in a new file</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="327"/>
        <source>Dữ liệu kiểm phiếu (*.kiemphieu)</source>
        <translation>Counting data (*.kiemphieu)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="343"/>
        <source>Đã xuất tệp bầu cử: {0}</source>
        <translation>Election file exported: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="350"/>
        <source>Xuất tệp bầu cử</source>
        <translation>Export election file</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="118"/>
        <source>Các máy của đại hội…</source>
        <translation>The congress&apos;s stations…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="316"/>
        <source>Các lần bầu sau được nhập là CHƯA CHỐT:</source>
        <translation>These rounds were imported as NOT FINALIZED:</translation>
    </message>
</context>
<context>
    <name>MinutesPage</name>
    <message>
        <location filename="../../ui/minutes_page.py" line="56"/>
        <source>In…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../ui/minutes_page.py" line="58"/>
        <source>Lưu PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/minutes_page.py" line="60"/>
        <source>Lưu Word…</source>
        <translation>Save Word…</translation>
    </message>
    <message>
        <location filename="../../ui/minutes_page.py" line="62"/>
        <source>Xuất kết quả (Excel, CSV)…</source>
        <translation>Export results (Excel, CSV)…</translation>
    </message>
    <message>
        <location filename="../../ui/minutes_page.py" line="64"/>
        <source>Mọi lần bầu của mọi cuộc bầu: số phiếu, tỷ lệ, người trúng cử</source>
        <translation>Every round of every election: votes, percentages, the elected</translation>
    </message>
    <message>
        <location filename="../../ui/minutes_page.py" line="65"/>
        <source>Chiếu kết quả</source>
        <translation>Project results</translation>
    </message>
    <message>
        <location filename="../../ui/minutes_page.py" line="69"/>
        <source>Màn hình chiếu: lần bầu đã chốt trước</source>
        <translation>Projector: previous finalized round</translation>
    </message>
    <message>
        <location filename="../../ui/minutes_page.py" line="72"/>
        <source>Màn hình chiếu: lần bầu đã chốt tiếp theo</source>
        <translation>Projector: next finalized round</translation>
    </message>
    <message>
        <location filename="../../ui/minutes_page.py" line="81"/>
        <source>Lần bầu</source>
        <translation>Round</translation>
    </message>
    <message>
        <location filename="../../ui/minutes_page.py" line="128"/>
        <source>BẢN NHÁP: lần bầu chưa chốt hoặc còn lỗi; biên bản in ra có chữ “bản nháp” và lý do.</source>
        <translation>DRAFT: the round is not finalized or has errors; the printed minutes say “draft” and why.</translation>
    </message>
    <message>
        <location filename="../../ui/minutes_page.py" line="132"/>
        <source>Lần bầu đã chốt; kết quả chờ cấp ủy cấp trên chuẩn y theo quy định.</source>
        <translation>Round finalized; the result awaits approval by the committee above, as the rules require.</translation>
    </message>
    <message>
        <location filename="../../ui/minutes_page.py" line="151"/>
        <source>Không mở được máy in.</source>
        <translation>Could not open the printer.</translation>
    </message>
    <message>
        <location filename="../../ui/minutes_page.py" line="194"/>
        <source>Lưu biên bản (PDF)</source>
        <translation>Save minutes (PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/minutes_page.py" line="194"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/minutes_page.py" line="200"/>
        <source>Lưu biên bản (Word)</source>
        <translation>Save minutes (Word)</translation>
    </message>
    <message>
        <location filename="../../ui/minutes_page.py" line="200"/>
        <source>Word (*.docx)</source>
        <translation>Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../../ui/minutes_page.py" line="210"/>
        <source>Xuất kết quả bầu cử</source>
        <translation>Export the election results</translation>
    </message>
    <message>
        <location filename="../../ui/minutes_page.py" line="210"/>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/minutes_page.py" line="255"/>
        <source>Màn hình chiếu đang hiện: {0}, lần {1}</source>
        <translation>The projector shows: {0}, round {1}</translation>
    </message>
    <message>
        <location filename="../../ui/minutes_page.py" line="264"/>
        <source>Đã lưu {0}</source>
        <translation>Saved {0}</translation>
    </message>
    <message>
        <location filename="../../ui/minutes_page.py" line="130"/>
        <source>Lần bầu đã chốt; kết quả phiếu giới thiệu được báo cáo Đoàn Chủ tịch.</source>
        <translation>The round is finalized; the nomination result is reported to the presidium.</translation>
    </message>
</context>
<context>
    <name>NetworkBanner</name>
    <message>
        <location filename="../../ui/network.py" line="81"/>
        <source>Máy nối mạng LAN để dùng chung máy chủ dữ liệu — đúng như dự kiến. Không nối Internet.</source>
        <translation>This computer is on a LAN to share the data server — as expected. Do not connect it to the Internet.</translation>
    </message>
    <message>
        <location filename="../../ui/network.py" line="86"/>
        <source>MÁY ĐANG NỐI INTERNET. Khi dùng chung máy chủ dữ liệu, chỉ nối mạng LAN của Đại hội; hãy ngắt đường ra Internet. Việc nối mạng được ghi vào nhật ký.</source>
        <translation>THIS COMPUTER IS ON THE INTERNET. With a shared data server, connect only to the congress&apos;s LAN; cut the way out to the Internet. Being online is recorded in the log.</translation>
    </message>
    <message>
        <location filename="../../ui/network.py" line="91"/>
        <source>MÁY NÀY ĐANG NỐI MẠNG ({0}). Máy kiểm phiếu không nên nối mạng: rút cáp mạng, tắt Wi-Fi. Việc nối mạng được ghi vào nhật ký.</source>
        <translation>THIS COMPUTER IS ON A NETWORK ({0}). A counting computer should be offline: unplug the network cable, turn Wi-Fi off. Being online is recorded in the log.</translation>
    </message>
    <message>
        <location filename="../../ui/network.py" line="93"/>
        <source>có Internet</source>
        <translation>with Internet</translation>
    </message>
    <message>
        <location filename="../../ui/network.py" line="93"/>
        <source>mạng nội bộ</source>
        <translation>a local network</translation>
    </message>
</context>
<context>
    <name>NewCandidatesBox</name>
    <message>
        <location filename="../../ui/new_candidates.py" line="29"/>
        <source>Họ và tên người mới</source>
        <translation>Full name of the new person</translation>
    </message>
    <message>
        <location filename="../../ui/new_candidates.py" line="29"/>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/new_candidates.py" line="35"/>
        <source>Thêm người mới</source>
        <translation>Add a new person</translation>
    </message>
    <message>
        <location filename="../../ui/new_candidates.py" line="37"/>
        <source>Bỏ dòng đã chọn</source>
        <translation>Remove selected row</translation>
    </message>
</context>
<context>
    <name>NewCongressDialog</name>
    <message>
        <location filename="../../ui/new_congress.py" line="48"/>
        <source>Tạo đại hội mới</source>
        <translation>Create a congress</translation>
    </message>
    <message>
        <location filename="../../ui/new_congress.py" line="51"/>
        <source>Chọn…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../ui/new_congress.py" line="63"/>
        <source>Đại hội đại biểu</source>
        <translation>Delegate congress</translation>
    </message>
    <message>
        <location filename="../../ui/new_congress.py" line="64"/>
        <source>Đại hội đảng viên</source>
        <translation>Member congress</translation>
    </message>
    <message>
        <location filename="../../ui/new_congress.py" line="65"/>
        <source>Hội nghị Ban Chấp hành / Ủy ban kiểm tra</source>
        <translation>Committee conference</translation>
    </message>
    <message>
        <location filename="../../ui/new_congress.py" line="85"/>
        <source>Tệp dữ liệu</source>
        <translation>Data file</translation>
    </message>
    <message>
        <location filename="../../ui/new_congress.py" line="86"/>
        <source>Đảng bộ, chi bộ</source>
        <translation>Party organisation</translation>
    </message>
    <message>
        <location filename="../../ui/new_congress.py" line="87"/>
        <source>Tên đại hội</source>
        <translation>Congress title</translation>
    </message>
    <message>
        <location filename="../../ui/new_congress.py" line="88"/>
        <source>Nhiệm kỳ</source>
        <translation>Term</translation>
    </message>
    <message>
        <location filename="../../ui/new_congress.py" line="89"/>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/new_congress.py" line="91"/>
        <source>Số được triệu tập</source>
        <translation>Summoned</translation>
    </message>
    <message>
        <location filename="../../ui/new_congress.py" line="92"/>
        <source>Quy chế</source>
        <translation>Rule set</translation>
    </message>
    <message>
        <location filename="../../ui/new_congress.py" line="93"/>
        <source>Trưởng ban kiểm phiếu</source>
        <translation>Head of the counting committee</translation>
    </message>
    <message>
        <location filename="../../ui/new_congress.py" line="94"/>
        <source>Mã PIN trưởng ban</source>
        <translation>Head’s PIN</translation>
    </message>
    <message>
        <location filename="../../ui/new_congress.py" line="95"/>
        <source>Nhập lại mã PIN</source>
        <translation>PIN again</translation>
    </message>
    <message>
        <location filename="../../ui/new_congress.py" line="111"/>
        <source>Tệp dữ liệu đại hội</source>
        <translation>Congress data file</translation>
    </message>
    <message>
        <location filename="../../ui/new_congress.py" line="111"/>
        <source>Dữ liệu kiểm phiếu (*.kiemphieu)</source>
        <translation>Counting data (*.kiemphieu)</translation>
    </message>
    <message>
        <location filename="../../ui/new_congress.py" line="119"/>
        <source>Chọn nơi lưu tệp dữ liệu.</source>
        <translation>Choose where to save the data file.</translation>
    </message>
    <message>
        <location filename="../../ui/new_congress.py" line="121"/>
        <source>Điền tên đảng bộ và tên đại hội.</source>
        <translation>Fill in the organisation and the congress title.</translation>
    </message>
    <message>
        <location filename="../../ui/new_congress.py" line="123"/>
        <source>Điền họ tên trưởng ban kiểm phiếu.</source>
        <translation>Fill in the name of the head of the counting committee.</translation>
    </message>
    <message>
        <location filename="../../ui/new_congress.py" line="128"/>
        <source>Hai lần nhập mã PIN không giống nhau.</source>
        <translation>The two PINs differ.</translation>
    </message>
    <message>
        <location filename="../../ui/new_congress.py" line="68"/>
        <source>Theo cấp tổ chức, chương trình đề xuất các cuộc bầu thường có (trang “Cuộc bầu và danh sách”).</source>
        <translation>By its level the program proposes the usual elections (on the “Elections and lists” tab).</translation>
    </message>
    <message>
        <location filename="../../ui/new_congress.py" line="90"/>
        <source>Cấp tổ chức đảng</source>
        <translation>Party organisation level</translation>
    </message>
</context>
<context>
    <name>NextRoundDialog</name>
    <message>
        <location filename="../../ui/results.py" line="235"/>
        <source>Tổ chức bầu tiếp</source>
        <translation>Another round</translation>
    </message>
    <message>
        <location filename="../../ui/results.py" line="241"/>
        <source>Bầu tiếp cho số chỗ còn thiếu</source>
        <translation>Another round for the seats left</translation>
    </message>
    <message>
        <location filename="../../ui/results.py" line="242"/>
        <source>Bầu giữa những người bằng phiếu</source>
        <translation>A ballot among the tied</translation>
    </message>
    <message>
        <location filename="../../ui/results.py" line="257"/>
        <source>Đoàn Chủ tịch Đại hội</source>
        <translation>The presidium of the congress</translation>
    </message>
    <message>
        <location filename="../../ui/results.py" line="261"/>
        <source>Ví dụ: Đại hội biểu quyết 118/118 đồng ý bầu tiếp</source>
        <translation>E.g. the congress voted 118/118 for another round</translation>
    </message>
    <message>
        <location filename="../../ui/results.py" line="263"/>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/results.py" line="264"/>
        <source>Số lượng cần bầu</source>
        <translation>Seats</translation>
    </message>
    <message>
        <location filename="../../ui/results.py" line="265"/>
        <source>Danh sách bầu</source>
        <translation>List</translation>
    </message>
    <message>
        <location filename="../../ui/results.py" line="266"/>
        <source>Thêm người mới
(Đại hội quyết định)</source>
        <translation>New people
(as the congress decided)</translation>
    </message>
    <message>
        <location filename="../../ui/results.py" line="267"/>
        <source>Người quyết định</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <location filename="../../ui/results.py" line="268"/>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/results.py" line="270"/>
        <source>Mở lần bầu tiếp</source>
        <translation>Open the next round</translation>
    </message>
    <message>
        <location filename="../../ui/results.py" line="271"/>
        <source>Thôi</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/results.py" line="304"/>
        <source>Chọn ít nhất một người vào danh sách.</source>
        <translation>Put at least one person on the list.</translation>
    </message>
    <message>
        <location filename="../../ui/results.py" line="307"/>
        <source>Ghi rõ ai quyết định (ví dụ Đoàn Chủ tịch).</source>
        <translation>Say who decided (e.g. the presidium).</translation>
    </message>
</context>
<context>
    <name>OpenStackDialog</name>
    <message>
        <location filename="../../ui/open_stack.py" line="25"/>
        <source>Mở tập phiếu của tổ</source>
        <extracomment>on_open(team, size, kind): True when the stack was opened (the dialog closes), else it stays with its values.</extracomment>
        <translation>Open a team&apos;s stack</translation>
    </message>
    <message>
        <location filename="../../ui/open_stack.py" line="32"/>
        <source>Phiếu bầu, nhập từng phiếu</source>
        <translation>Ballot papers, entered one by one</translation>
    </message>
    <message>
        <location filename="../../ui/open_stack.py" line="33"/>
        <source>Bảng kiểm đếm tay của tổ</source>
        <translation>The team&apos;s hand-count sheet</translation>
    </message>
    <message>
        <location filename="../../ui/open_stack.py" line="40"/>
        <source>Thu vào {0} phiếu; các tập đã mở có {1}; còn {2}.</source>
        <translation>{0} ballots collected; the stacks opened hold {1}; {2} left.</translation>
    </message>
    <message>
        <location filename="../../ui/open_stack.py" line="42"/>
        <source>Chưa ghi số phiếu thu vào ở trang “3. Nhập phiếu”.</source>
        <translation>The ballots collected are not entered yet on tab “3. Ballot entry”.</translation>
    </message>
    <message>
        <location filename="../../ui/open_stack.py" line="52"/>
        <source>Tổ</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../ui/open_stack.py" line="53"/>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/open_stack.py" line="54"/>
        <source>Số phiếu trong tập</source>
        <translation>Ballots in the stack</translation>
    </message>
    <message>
        <location filename="../../ui/open_stack.py" line="56"/>
        <source>Mở tập phiếu</source>
        <translation>Open the stack</translation>
    </message>
    <message>
        <location filename="../../ui/open_stack.py" line="66"/>
        <source>Chưa có tổ nào: bấm “Lập tổ…” trước.</source>
        <translation>No team yet: press “Add a team…” first.</translation>
    </message>
</context>
<context>
    <name>OperatorDialog</name>
    <message>
        <location filename="../../ui/operator.py" line="42"/>
        <source>Người nhập phiếu</source>
        <extracomment>on_choose(name, new): the chosen name, and whether it was typed (not on any list: join the staff).</extracomment>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../../ui/operator.py" line="46"/>
        <source>Ai đang nhập phiếu ở máy {0}? Chọn tên của mình: tên được ghi vào mọi phiếu và mọi thao tác trong nhật ký, và hiện ở dưới cửa sổ.</source>
        <translation>Who is entering ballots at station {0}? Choose your name: it is written on every ballot and every action in the log, and shown at the bottom of the window.</translation>
    </message>
    <message>
        <location filename="../../ui/operator.py" line="55"/>
        <source>Trưởng Ban kiểm phiếu</source>
        <translation>Head of the counting committee</translation>
    </message>
    <message>
        <location filename="../../ui/operator.py" line="56"/>
        <source>Ban kiểm phiếu</source>
        <translation>Counting committee</translation>
    </message>
    <message>
        <location filename="../../ui/operator.py" line="57"/>
        <source>Cán bộ kỹ thuật</source>
        <translation>Technical staff</translation>
    </message>
    <message>
        <location filename="../../ui/operator.py" line="61"/>
        <source>tổ {0}</source>
        <translation>team {0}</translation>
    </message>
    <message>
        <location filename="../../ui/operator.py" line="71"/>
        <source>Họ và tên người khác (thêm vào danh sách cán bộ kỹ thuật)</source>
        <translation>Someone else&apos;s full name (added to the technical staff)</translation>
    </message>
    <message>
        <location filename="../../ui/operator.py" line="78"/>
        <source>Nhập phiếu với tên này</source>
        <translation>Enter ballots under this name</translation>
    </message>
    <message>
        <location filename="../../ui/operator.py" line="84"/>
        <source>Hoặc gõ tên người khác:</source>
        <translation>Or type another name:</translation>
    </message>
    <message>
        <location filename="../../ui/operator.py" line="115"/>
        <source>Chọn một tên, hoặc gõ họ và tên của mình.</source>
        <translation>Choose a name, or type your full name.</translation>
    </message>
</context>
<context>
    <name>ParametersBox</name>
    <message>
        <location filename="../../ui/parameters.py" line="51"/>
        <source>Quy chế do Đại hội thông qua</source>
        <translation>Rules adopted by the congress</translation>
    </message>
    <message>
        <location filename="../../ui/parameters.py" line="62"/>
        <source>làm tròn xuống</source>
        <translation>round down</translation>
    </message>
    <message>
        <location filename="../../ui/parameters.py" line="63"/>
        <source>làm tròn gần nhất (từ 0,5 lên)</source>
        <translation>round to nearest (0.5 up)</translation>
    </message>
    <message>
        <location filename="../../ui/parameters.py" line="64"/>
        <source>làm tròn lên</source>
        <translation>round up</translation>
    </message>
    <message>
        <location filename="../../ui/parameters.py" line="73"/>
        <source>Bầu lại giữa người bằng phiếu cũng phải quá một nửa</source>
        <translation>A vote among tied candidates also needs more than half</translation>
    </message>
    <message>
        <location filename="../../ui/parameters.py" line="78"/>
        <source>Số dư tối đa (so với số cần bầu)</source>
        <translation>Largest surplus (share of the seats)</translation>
    </message>
    <message>
        <location filename="../../ui/parameters.py" line="79"/>
        <source>Cách làm tròn số dư</source>
        <translation>Rounding of the surplus</translation>
    </message>
    <message>
        <location filename="../../ui/parameters.py" line="80"/>
        <source>Số dư tối đa khi cơ quan nhỏ</source>
        <translation>Largest surplus for a small body</translation>
    </message>
    <message>
        <location filename="../../ui/parameters.py" line="81"/>
        <source>Người được giới thiệu thêm cần quá</source>
        <translation>Floor nominees need more than</translation>
    </message>
    <message>
        <location filename="../../ui/parameters.py" line="97"/>
        <source>Lưu quy chế của Đại hội</source>
        <translation>Save the congress&apos;s rules</translation>
    </message>
    <message>
        <location filename="../../ui/parameters.py" line="99"/>
        <source>Dùng mặc định của quy chế</source>
        <translation>Use the rule set&apos;s defaults</translation>
    </message>
    <message>
        <location filename="../../ui/parameters.py" line="117"/>
        <source>mặc định {0}</source>
        <translation>default {0}</translation>
    </message>
    <message>
        <location filename="../../ui/parameters.py" line="119"/>
        <source>mặc định: {0}</source>
        <translation>default: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/parameters.py" line="122"/>
        <source>cơ quan {0}–{1} người; mặc định {2}</source>
        <translation>bodies of {0}–{1} seats; default {2}</translation>
    </message>
    <message>
        <location filename="../../ui/parameters.py" line="125"/>
        <source>số đại biểu có mặt tán thành; mặc định {0}</source>
        <translation>of those attending in favour; default {0}</translation>
    </message>
    <message>
        <location filename="../../ui/parameters.py" line="128"/>
        <source>Mặc định: {0}</source>
        <translation>Default: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/parameters.py" line="128"/>
        <source>có</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../ui/parameters.py" line="128"/>
        <source>không</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../ui/parameters.py" line="131"/>
        <source>Đang dùng đúng các con số của {0}.</source>
        <translation>Using the figures of {0} as they are.</translation>
    </message>
    <message>
        <location filename="../../ui/parameters.py" line="134"/>
        <source>Đại hội đã thông qua quy chế riêng (khác {0}); ghi vào biên bản.</source>
        <translation>The congress adopted its own rules (different from {0}); recorded in the minutes.</translation>
    </message>
</context>
<context>
    <name>PauseDialog</name>
    <message>
        <location filename="../../ui/congress_steps.py" line="512"/>
        <source>Tạm dừng cuộc bầu</source>
        <translation>Pause the election</translation>
    </message>
    <message>
        <location filename="../../ui/congress_steps.py" line="516"/>
        <source>Người được dự kiến không trúng cử vào cấp ủy</source>
        <translation>The intended person was not elected to the committee</translation>
    </message>
    <message>
        <location filename="../../ui/congress_steps.py" line="518"/>
        <source>Lý do khác</source>
        <translation>Another reason</translation>
    </message>
    <message>
        <location filename="../../ui/congress_steps.py" line="523"/>
        <source>Ví dụ: Ban Chấp hành khóa mới</source>
        <translation>E.g. the new Party Committee</translation>
    </message>
    <message>
        <location filename="../../ui/congress_steps.py" line="528"/>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/congress_steps.py" line="529"/>
        <source>Người được dự kiến</source>
        <translation>Intended person</translation>
    </message>
    <message>
        <location filename="../../ui/congress_steps.py" line="530"/>
        <source>Cơ quan quyết định</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <location filename="../../ui/congress_steps.py" line="531"/>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/congress_steps.py" line="534"/>
        <source>“{0}” sẽ tạm dừng để xin ý kiến Ban Thường vụ cấp ủy cấp trên. Đây là một quyết định, được ghi vào nhật ký và in trong biên bản tổng hợp.</source>
        <translation>“{0}” will pause to ask the higher standing committee. This is a decision: it is logged and printed in the congress summary.</translation>
    </message>
</context>
<context>
    <name>PoolPickDialog</name>
    <message>
        <location filename="../../ui/congress_steps.py" line="344"/>
        <source>Chọn tất cả</source>
        <translation>Tick all</translation>
    </message>
    <message>
        <location filename="../../ui/congress_steps.py" line="346"/>
        <source>Bỏ chọn tất cả</source>
        <translation>Untick all</translation>
    </message>
    <message>
        <location filename="../../ui/congress_steps.py" line="377"/>
        <source>Đã chọn {0}/{1}</source>
        <translation>{0}/{1} ticked</translation>
    </message>
</context>
<context>
    <name>ProblemsBanner</name>
    <message>
        <location filename="../../ui/banners.py" line="50"/>
        <source>LỖI</source>
        <translation>ERROR</translation>
    </message>
    <message>
        <location filename="../../ui/banners.py" line="50"/>
        <source>Lưu ý</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <location filename="../../ui/progress.py" line="76"/>
        <location filename="../../ui/progress.py" line="89"/>
        <source>Tổ</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../ui/progress.py" line="77"/>
        <source>Tập phiếu</source>
        <translation>Stacks</translation>
    </message>
    <message>
        <location filename="../../ui/progress.py" line="78"/>
        <source>Số phiếu</source>
        <translation>Ballots</translation>
    </message>
    <message>
        <location filename="../../ui/progress.py" line="79"/>
        <location filename="../../ui/progress.py" line="90"/>
        <source>Đã nhập</source>
        <translation>Entered</translation>
    </message>
    <message>
        <location filename="../../ui/progress.py" line="80"/>
        <source>Cần nhập</source>
        <translation>Needed</translation>
    </message>
    <message>
        <location filename="../../ui/progress.py" line="81"/>
        <source>Đã xác định</source>
        <translation>Definitive</translation>
    </message>
    <message>
        <location filename="../../ui/progress.py" line="82"/>
        <location filename="../../ui/progress.py" line="92"/>
        <source>Chỗ khác nhau</source>
        <translation>Differences</translation>
    </message>
    <message>
        <location filename="../../ui/progress.py" line="88"/>
        <source>Người nhập</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../../ui/progress.py" line="91"/>
        <source>Lần nhập xong</source>
        <translation>Entries finished</translation>
    </message>
    <message>
        <location filename="../../ui/progress.py" line="99"/>
        <source>Theo tổ</source>
        <translation>By team</translation>
    </message>
    <message>
        <location filename="../../ui/progress.py" line="100"/>
        <source>Theo người nhập</source>
        <translation>By operator</translation>
    </message>
    <message>
        <location filename="../../ui/progress.py" line="118"/>
        <source>Chưa có tập phiếu nào trong lần bầu này.</source>
        <translation>No stack in this round yet.</translation>
    </message>
    <message>
        <location filename="../../ui/progress.py" line="120"/>
        <source>{0}/{1} tập phiếu đã xác định</source>
        <translation>{0}/{1} stacks definitive</translation>
    </message>
    <message>
        <location filename="../../ui/progress.py" line="122"/>
        <source>; {0} chỗ khác nhau chờ trưởng ban quyết định</source>
        <translation>; {0} differences await the head’s decision</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <location filename="../../ui/projector.py" line="41"/>
        <source>Màn hình chiếu — Kiểm phiếu</source>
        <translation>Projector — Vote counting</translation>
    </message>
    <message>
        <location filename="../../ui/projector.py" line="138"/>
        <source>{0} — lần bầu thứ {1}</source>
        <translation>{0} — round {1}</translation>
    </message>
    <message>
        <location filename="../../ui/projector.py" line="142"/>
        <source>Phiếu giới thiệu: kết quả được công bố theo trình tự của Đại hội.</source>
        <translation>Nomination ballot: the result is announced in the order the congress sets.</translation>
    </message>
    <message>
        <location filename="../../ui/projector.py" line="155"/>
        <source>Đang kiểm phiếu: </source>
        <translation>Counting: </translation>
    </message>
    <message>
        <location filename="../../ui/projector.py" line="159"/>
        <source>{0}: {1}/{2} phiếu đã xác định</source>
        <translation>{0}: {1}/{2} ballots definitive</translation>
    </message>
    <message>
        <location filename="../../ui/projector.py" line="162"/>
        <source>Kết quả được chiếu sau khi Ban kiểm phiếu chốt lần bầu.</source>
        <translation>The result is shown once the counting committee finalizes the round.</translation>
    </message>
    <message>
        <location filename="../../ui/projector.py" line="205"/>
        <source>Kết quả (đã chốt): {0} phiếu hợp lệ, {1} không hợp lệ</source>
        <translation>Result (finalized): {0} valid ballots, {1} invalid</translation>
    </message>
    <message>
        <location filename="../../ui/projector.py" line="214"/>
        <location filename="../../ui/projector.py" line="235"/>
        <source>→ / ←: lần bầu tiếp theo / trước</source>
        <translation>→ / ←: next / previous round</translation>
    </message>
    <message>
        <location filename="../../ui/projector.py" line="234"/>
        <source> — trang {0}/{1}</source>
        <translation> — page {0}/{1}</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../../ui/results_page.py" line="48"/>
        <source>Lần bầu</source>
        <translation>Round</translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="82"/>
        <source>Đã chốt lúc {0} bởi {1}. Dấu kiểm tra (SHA-256): {2}</source>
        <translation>Finalized at {0} by {1}. Fingerprint (SHA-256): {2}</translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="87"/>
        <source>Chưa chốt: kết quả còn thay đổi khi nhập thêm phiếu.</source>
        <translation>Not finalized: the result still changes as ballots are entered.</translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="91"/>
        <source>Chốt lần bầu này trước khi tổ chức bầu tiếp.</source>
        <translation>Finalize this round before setting up another.</translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="168"/>
        <source>Chốt kết quả</source>
        <translation>Finalize</translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="169"/>
        <source>Trưởng ban kiểm phiếu nhập mã PIN để chốt (khóa) kết quả lần bầu này.</source>
        <translation>The head of the counting committee types the PIN to finalize (lock) this round.</translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="119"/>
        <location filename="../../ui/results_page.py" line="170"/>
        <location filename="../../ui/results_page.py" line="211"/>
        <source>Mã PIN trưởng ban</source>
        <translation>Head’s PIN</translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="188"/>
        <source>Đã chốt — chưa sao lưu được</source>
        <translation>Finalized — backup failed</translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="189"/>
        <source>Đã chốt kết quả. Nhưng bản sao lưu chưa chép được.</source>
        <translation>The result is finalized. But the backup copy could not be made.</translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="197"/>
        <source>Đã chốt kết quả.</source>
        <translation>Round finalized.</translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="198"/>
        <source>Dấu kiểm tra: {0}</source>
        <translation>Fingerprint: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="209"/>
        <source>Mở khóa lần bầu</source>
        <translation>Reopen the round</translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="210"/>
        <source>Mở khóa được ghi vào nhật ký cùng lý do. Trưởng ban nhập mã PIN.</source>
        <translation>Reopening is logged with its reason. The head types the PIN.</translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="211"/>
        <source>Lý do mở khóa</source>
        <translation>Reason for reopening</translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="43"/>
        <location filename="../../ui/results_page.py" line="101"/>
        <source>Trưởng ban chọn…</source>
        <translation>The head&apos;s choice…</translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="101"/>
        <source>Bỏ lựa chọn của trưởng ban…</source>
        <translation>Withdraw the head&apos;s choice…</translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="117"/>
        <source>Bỏ lựa chọn của trưởng ban</source>
        <translation>Withdraw the head&apos;s choice</translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="118"/>
        <source>Lựa chọn vẫn được giữ trong nhật ký. Trưởng ban nhập mã PIN.</source>
        <translation>The choice stays in the log. The head enters the PIN.</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <location filename="../../ui/results.py" line="96"/>
        <source>Tổ chức bầu tiếp…</source>
        <translation>Another round…</translation>
    </message>
    <message>
        <location filename="../../ui/results.py" line="98"/>
        <source>Khóa kết quả (mã PIN trưởng ban)…</source>
        <translation>Finalize (head’s PIN)…</translation>
    </message>
    <message>
        <location filename="../../ui/results.py" line="100"/>
        <source>Mở khóa…</source>
        <translation>Reopen…</translation>
    </message>
    <message>
        <location filename="../../ui/results.py" line="132"/>
        <source>Chưa có lần bầu nào.</source>
        <translation>No round yet.</translation>
    </message>
    <message>
        <location filename="../../ui/results.py" line="147"/>
        <source>ĐÃ KHÓA. </source>
        <translation>FINALIZED. </translation>
    </message>
    <message>
        <location filename="../../ui/results.py" line="149"/>
        <source>(Đã có lần bầu sau.)</source>
        <translation>(A later round exists.)</translation>
    </message>
    <message>
        <location filename="../../ui/results.py" line="164"/>
        <source>Lần bầu thứ {0} · Số cần bầu: {1} · Triệu tập {2}, trừ {3}, cơ sở tính {4} · Cần ít nhất {5} phiếu (quá một nửa) · Phát ra {6}, thu vào {7}, đã nhập {8}, hợp lệ {9}, không hợp lệ {10}</source>
        <translation>Round {0} · Seats: {1} · Summoned {2}, excluded {3}, base {4} · Needs at least {5} votes (more than half) · Issued {6}, collected {7}, entered {8}, valid {9}, invalid {10}</translation>
    </message>
    <message>
        <location filename="../../ui/results.py" line="191"/>
        <source>Chưa nhập phiếu nào.</source>
        <translation>No ballot entered yet.</translation>
    </message>
    <message>
        <location filename="../../ui/results.py" line="195"/>
        <source>Đang kiểm: {0}/{1} phiếu — kết quả tạm thời, chưa phải kết quả bầu cử.</source>
        <translation>Counting: {0}/{1} ballots — a provisional result, not the election&apos;s result.</translation>
    </message>
    <message>
        <location filename="../../ui/results.py" line="202"/>
        <source>Đang kiểm: {0} phiếu (chưa ghi số phiếu thu vào) — kết quả tạm thời, chưa phải kết quả bầu cử.</source>
        <translation>Counting: {0} ballots (ballots collected not entered yet) — a provisional result, not the election&apos;s result.</translation>
    </message>
    <message>
        <location filename="../../ui/results.py" line="207"/>
        <source>Chưa có kết quả: còn lỗi phải xử lý (xem các dòng LỖI).</source>
        <translation>No result yet: errors stand (see the ERROR lines).</translation>
    </message>
    <message>
        <location filename="../../ui/results.py" line="213"/>
        <source>Bấm “Tổ chức bầu tiếp…” để ghi quyết định của Đại hội.</source>
        <translation>Press “Another round…” to record the congress&apos;s decision.</translation>
    </message>
    <message>
        <location filename="../../ui/results.py" line="181"/>
        <source>Phiếu giới thiệu, lần thứ {0} · Mỗi phiếu ghi tối đa {1} tên · Giới thiệu {2} người có số phiếu cao nhất · Phát ra {3}, thu vào {4}, đã nhập {5}, hợp lệ {6}, không hợp lệ {7}</source>
        <translation>Nomination ballot, round {0} · at most {1} name(s) per ballot · the {2} with the most support are proposed · issued {3}, collected {4}, entered {5}, valid {6}, invalid {7}</translation>
    </message>
    <message>
        <location filename="../../ui/results.py" line="211"/>
        <source>Trưởng ban chọn ở trang “4. Kết quả” (nút “Trưởng ban chọn…”).</source>
        <translation>The head chooses on tab “4. Results” (button “The head&apos;s choice…”).</translation>
    </message>
</context>
<context>
    <name>ResultsTableModel</name>
    <message>
        <location filename="../../ui/models.py" line="97"/>
        <source>Hạng</source>
        <extracomment>The sort key role: rank first, then ballot order.</extracomment>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="98"/>
        <source>STT</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="99"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="100"/>
        <source>Số phiếu</source>
        <translation>Votes</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="101"/>
        <source>Tỷ lệ</source>
        <translation>Share</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="102"/>
        <source>Không đồng ý</source>
        <translation>Disagree</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="103"/>
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="108"/>
        <source>Quá bán (tạm)</source>
        <translation>Past half (so far)</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="110"/>
        <source>Trúng cử</source>
        <translation>Elected</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="112"/>
        <source>Bằng phiếu</source>
        <translation>Tied</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="118"/>
        <source>Quá bán</source>
        <translation>Passed</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="119"/>
        <source>Không đạt</source>
        <translation>Not passed</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="114"/>
        <source>Được giới thiệu</source>
        <translation>Proposed</translation>
    </message>
</context>
<context>
    <name>RetypeDialog</name>
    <message>
        <location filename="../../ui/ballot_list.py" line="299"/>
        <location filename="../../ui/ballot_list.py" line="318"/>
        <source>Sửa phiếu số {0}</source>
        <translation>Correct ballot no. {0}</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_list.py" line="303"/>
        <source>Phiếu số {0} đang ghi: {1}</source>
        <translation>Ballot no. {0} now reads: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_list.py" line="311"/>
        <source>Ví dụ: nhập nhầm, đối chiếu lại phiếu giấy</source>
        <translation>E.g.: mistyped, checked against the paper ballot</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_list.py" line="313"/>
        <source>Lý do sửa (ghi vào nhật ký)</source>
        <translation>Reason (written in the log)</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_list.py" line="343"/>
        <source>Ghi lý do sửa phiếu trước.</source>
        <translation>Give the reason for the correction first.</translation>
    </message>
</context>
<context>
    <name>RoundChooser</name>
    <message>
        <location filename="../../ui/round_chooser.py" line="43"/>
        <source>{0} — lần {1}</source>
        <translation>{0} — round {1}</translation>
    </message>
</context>
<context>
    <name>ScanPage</name>
    <message>
        <location filename="../../ui/scan_page.py" line="96"/>
        <source>Nhập độc lập nhiều lần: các trang quét là một lần nhập của tập phiếu này</source>
        <extracomment>How long a new file in the watched folder must keep the same size before it is read (the scanner may still be writing it).</extracomment>
        <translation>Entries made independently: the scanned pages are one entry of this stack</translation>
    </message>
    <message>
        <location filename="../../ui/scan_page.py" line="101"/>
        <source> tờ</source>
        <translation> sheets</translation>
    </message>
    <message>
        <location filename="../../ui/scan_page.py" line="102"/>
        <source>In phiếu bầu (PDF)…</source>
        <translation>Print ballots (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/scan_page.py" line="104"/>
        <source>Đọc tệp quét…</source>
        <translation>Read scanned files…</translation>
    </message>
    <message>
        <location filename="../../ui/scan_page.py" line="106"/>
        <location filename="../../ui/scan_page.py" line="408"/>
        <source>Theo dõi thư mục của máy quét…</source>
        <translation>Watch the scanner&apos;s folder…</translation>
    </message>
    <message>
        <location filename="../../ui/scan_page.py" line="109"/>
        <source>Dừng đọc</source>
        <translation>Stop reading</translation>
    </message>
    <message>
        <location filename="../../ui/scan_page.py" line="112"/>
        <source>Xem phiếu cần xem (Ctrl+R)</source>
        <translation>Check doubtful ballots (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../ui/scan_page.py" line="124"/>
        <source>Số</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../ui/scan_page.py" line="125"/>
        <source>Tệp</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/scan_page.py" line="126"/>
        <source>Trang</source>
        <translation>Page</translation>
    </message>
    <message>
        <location filename="../../ui/scan_page.py" line="127"/>
        <source>Máy đọc</source>
        <translation>Reader</translation>
    </message>
    <message>
        <location filename="../../ui/scan_page.py" line="128"/>
        <source>Tình trạng</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/scan_page.py" line="129"/>
        <source>Phiếu / lý do</source>
        <translation>Ballot / reason</translation>
    </message>
    <message>
        <location filename="../../ui/scan_page.py" line="140"/>
        <source>Lần bầu</source>
        <translation>Round</translation>
    </message>
    <message>
        <location filename="../../ui/scan_page.py" line="142"/>
        <source>Tập phiếu</source>
        <translation>Stack</translation>
    </message>
    <message>
        <location filename="../../ui/scan_page.py" line="195"/>
        <source>— (nhập một lần)</source>
        <translation>— (single entry)</translation>
    </message>
    <message>
        <location filename="../../ui/scan_page.py" line="198"/>
        <source>Tập {0} — {1} ({2} phiếu)</source>
        <translation>Stack {0} — {1} ({2} ballots)</translation>
    </message>
    <message>
        <location filename="../../ui/scan_page.py" line="212"/>
        <source>dòng cần xem: {0}</source>
        <translation>rows to check: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/scan_page.py" line="215"/>
        <source>phiếu thứ {0} của lần nhập máy quét</source>
        <translation>ballot {0} of the scanner&apos;s entry</translation>
    </message>
    <message>
        <location filename="../../ui/scan_page.py" line="226"/>
        <source>Xem phiếu cần xem: {0} (Ctrl+R)</source>
        <translation>Check doubtful ballots: {0} (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../ui/scan_page.py" line="231"/>
        <source>đọc xong</source>
        <translation>read</translation>
    </message>
    <message>
        <location filename="../../ui/scan_page.py" line="232"/>
        <source>chờ người xem</source>
        <translation>waiting for a person</translation>
    </message>
    <message>
        <location filename="../../ui/scan_page.py" line="233"/>
        <source>đã quyết định</source>
        <translation>decided</translation>
    </message>
    <message>
        <location filename="../../ui/scan_page.py" line="234"/>
        <source>đã thành phiếu</source>
        <translation>counted as a ballot</translation>
    </message>
    <message>
        <location filename="../../ui/scan_page.py" line="235"/>
        <source>từ chối</source>
        <translation>rejected</translation>
    </message>
    <message>
        <location filename="../../ui/scan_page.py" line="246"/>
        <source>Lưu phiếu bầu để in (PDF)</source>
        <translation>Save the ballots to print (PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/scan_page.py" line="246"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/scan_page.py" line="262"/>
        <source>Đã lưu {0} tờ phiếu {1}, {2} tên, vào {3}. In đúng cỡ (100 %), đóng dấu từng tờ.</source>
        <translation>Saved {0} ballots ({1}, {2} names) to {3}. Print at actual size (100 %) and stamp every ballot.</translation>
    </message>
    <message>
        <location filename="../../ui/scan_page.py" line="272"/>
        <source>Thư mục có các tệp quét</source>
        <translation>Folder with the scanned files</translation>
    </message>
    <message>
        <location filename="../../ui/scan_page.py" line="316"/>
        <source>%v / %m tệp</source>
        <translation>%v / %m files</translation>
    </message>
    <message>
        <location filename="../../ui/scan_page.py" line="318"/>
        <source>Đang đọc {0} tệp…</source>
        <translation>Reading {0} files…</translation>
    </message>
    <message>
        <location filename="../../ui/scan_page.py" line="337"/>
        <source>đã ghi từ trước, không tính lại</source>
        <translation>recorded before, not counted again</translation>
    </message>
    <message>
        <location filename="../../ui/scan_page.py" line="338"/>
        <source>{0}, trang {1}: {2}</source>
        <translation>{0}, page {1}: {2}</translation>
    </message>
    <message>
        <location filename="../../ui/scan_page.py" line="368"/>
        <source>Đang dừng…</source>
        <translation>Stopping…</translation>
    </message>
    <message>
        <location filename="../../ui/scan_page.py" line="381"/>
        <source>Thư mục máy quét lưu ảnh vào</source>
        <translation>Folder the scanner saves into</translation>
    </message>
    <message>
        <location filename="../../ui/scan_page.py" line="395"/>
        <source>Đang theo dõi {0}</source>
        <translation>Watching {0}</translation>
    </message>
</context>
<context>
    <name>ScanReview</name>
    <message>
        <location filename="../../ui/scan_review.py" line="149"/>
        <source>Không còn phiếu quét nào chờ người xem.</source>
        <extracomment>Keys of a strike-out row, of an agree/disagree row, and of the ruling on the whole ballot.</extracomment>
        <translation>No scanned ballot is waiting for a person.</translation>
    </message>
    <message>
        <location filename="../../ui/scan_review.py" line="152"/>
        <source>Enter hoặc Esc: trở về danh sách.</source>
        <translation>Enter or Esc: back to the list.</translation>
    </message>
    <message>
        <location filename="../../ui/scan_review.py" line="160"/>
        <source>Trang quét số {0} ({1}, trang {2}) — {3}/{4} trang chờ xem</source>
        <translation>Scanned page {0} ({1}, page {2}) — {3} of {4} pages to check</translation>
    </message>
    <message>
        <location filename="../../ui/scan_review.py" line="190"/>
        <source>Dòng {0}: {1}</source>
        <translation>Row {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/scan_review.py" line="198"/>
        <source>Trang này đã thành phiếu: {0}. Enter: trang tiếp.</source>
        <translation>This page became a ballot: {0}. Enter: next page.</translation>
    </message>
    <message>
        <location filename="../../ui/scan_review.py" line="200"/>
        <source>Trang này không còn gì để quyết định. Enter: trang tiếp.</source>
        <translation>Nothing is left to decide on this page. Enter: next page.</translation>
    </message>
    <message>
        <location filename="../../ui/scan_review.py" line="206"/>
        <source>Ban kiểm phiếu xét cả tờ phiếu: {0}</source>
        <translation>The committee rules the whole ballot: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/scan_review.py" line="206"/>
        <source>có dấu ngoài các tên</source>
        <translation>marks outside the names</translation>
    </message>
    <message>
        <location filename="../../ui/scan_review.py" line="212"/>
        <source>gạch hay không gạch?</source>
        <translation>struck or not?</translation>
    </message>
    <message>
        <location filename="../../ui/scan_review.py" line="212"/>
        <source>đánh dấu ô nào?</source>
        <translation>which box is marked?</translation>
    </message>
    <message>
        <location filename="../../ui/scan_review.py" line="213"/>
        <source>Dòng {0}: {1} — {2}</source>
        <translation>Row {0}: {1} — {2}</translation>
    </message>
    <message>
        <location filename="../../ui/scan_review.py" line="217"/>
        <source>S hoặc Dấu cách: bị gạch · K: không bị gạch</source>
        <translation>S or Space: struck · K: not struck</translation>
    </message>
    <message>
        <location filename="../../ui/scan_review.py" line="219"/>
        <source>1: đồng ý · 2: không đồng ý · 3: cả hai ô · 4: bỏ trống</source>
        <translation>1: agree · 2: disagree · 3: both boxes · 4: left blank</translation>
    </message>
    <message>
        <location filename="../../ui/scan_review.py" line="225"/>
        <source>Cả tờ phiếu: H: tính như đã đọc · D: không hợp lệ (dấu hiệu riêng) · G: không hợp lệ (ghi thêm tên) · P: không hợp lệ (không do Ban phát ra)</source>
        <translation>The whole ballot: H: counts as read · D: invalid (identifying mark) · G: invalid (name written in) · P: invalid (not issued by the committee)</translation>
    </message>
    <message>
        <location filename="../../ui/scan_review.py" line="229"/>
        <source>Enter / Page Down: trang tiếp · Page Up: trang trước · Esc: trở về danh sách</source>
        <translation>Enter / Page Down: next page · Page Up: previous page · Esc: back to the list</translation>
    </message>
    <message>
        <location filename="../../ui/scan_review.py" line="234"/>
        <source>Không mở được ảnh {0}</source>
        <translation>Cannot open the image {0}</translation>
    </message>
</context>
<context>
    <name>SequenceDialog</name>
    <message>
        <location filename="../../ui/congress_steps.py" line="110"/>
        <source>Các cuộc bầu theo loại đại hội</source>
        <translation>The elections of this kind of congress</translation>
    </message>
    <message>
        <location filename="../../ui/congress_steps.py" line="119"/>
        <source>Đại hội bầu trực tiếp Bí thư (phiếu giới thiệu từ cấp ủy mới, rồi bầu Bí thư)</source>
        <translation>The congress elects its secretary directly (a nomination ballot from the new committee, then the secretary)</translation>
    </message>
    <message>
        <location filename="../../ui/congress_steps.py" line="122"/>
        <source>Có Ban Thường vụ</source>
        <translation>With a standing committee</translation>
    </message>
    <message>
        <location filename="../../ui/congress_steps.py" line="125"/>
        <source>Bầu đại biểu đi dự Đại hội cấp trên</source>
        <translation>Elect delegates to the higher congress</translation>
    </message>
    <message>
        <location filename="../../ui/congress_steps.py" line="132"/>
        <source>Cuộc bầu</source>
        <translation>Election</translation>
    </message>
    <message>
        <location filename="../../ui/congress_steps.py" line="133"/>
        <source>Hình thức</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/congress_steps.py" line="134"/>
        <source>Số lượng</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../ui/congress_steps.py" line="135"/>
        <source>Danh sách lấy từ</source>
        <translation>List taken from</translation>
    </message>
    <message>
        <location filename="../../ui/congress_steps.py" line="136"/>
        <source>Ai bầu</source>
        <translation>Who votes</translation>
    </message>
    <message>
        <location filename="../../ui/congress_steps.py" line="149"/>
        <source>Đánh dấu các cuộc bầu cần tạo; sửa tên nếu cần; nhập số lượng cần bầu (Đại hội biểu quyết). Các cuộc bầu tại hội nghị lần thứ nhất của cấp ủy mới và các cuộc bầu không bắt buộc để trống sẵn.</source>
        <translation>Tick the elections to create; change a title if needed; enter the number to elect (voted by the congress). The new committee&apos;s first-meeting elections and the optional ones start unticked.</translation>
    </message>
    <message>
        <location filename="../../ui/congress_steps.py" line="156"/>
        <source>Cấp tổ chức đảng</source>
        <translation>Party organisation level</translation>
    </message>
    <message>
        <location filename="../../ui/congress_steps.py" line="185"/>
        <source>Chi bộ có {0} đảng viên chính thức (số được triệu tập): {1}.</source>
        <translation>The cell has {0} official members (those summoned): {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/congress_steps.py" line="187"/>
        <source>dưới 9, không bầu chi ủy</source>
        <translation>under 9, no cell committee</translation>
    </message>
    <message>
        <location filename="../../ui/congress_steps.py" line="189"/>
        <source>từ 9, bầu chi ủy (tối đa 7)</source>
        <translation>9 or more, a cell committee (at most 7)</translation>
    </message>
    <message>
        <location filename="../../ui/congress_steps.py" line="230"/>
        <source>Tối đa {0}</source>
        <translation>At most {0}</translation>
    </message>
    <message>
        <location filename="../../ui/congress_steps.py" line="235"/>
        <source>danh sách riêng</source>
        <translation>its own list</translation>
    </message>
    <message>
        <location filename="../../ui/congress_steps.py" line="238"/>
        <source>Hội nghị cấp ủy mới</source>
        <translation>The new committee&apos;s meeting</translation>
    </message>
    <message>
        <location filename="../../ui/congress_steps.py" line="238"/>
        <source>Đại hội</source>
        <translation>The congress</translation>
    </message>
    <message>
        <location filename="../../ui/congress_steps.py" line="285"/>
        <source>Chưa đánh dấu cuộc bầu nào.</source>
        <translation>No election is ticked.</translation>
    </message>
</context>
<context>
    <name>SideBySideModel</name>
    <message>
        <location filename="../../ui/differences.py" line="91"/>
        <source>Lần {0} — {1}</source>
        <translation>Entry {0} — {1}</translation>
    </message>
    <message>
        <location filename="../../ui/differences.py" line="98"/>
        <source>Số phiếu của tổ: {0}</source>
        <translation>Team&apos;s ballots: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/differences.py" line="100"/>
        <source>Không hợp lệ: {0}</source>
        <translation>Invalid: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/differences.py" line="107"/>
        <source>(phiếu không hợp lệ)</source>
        <translation>(invalid ballot)</translation>
    </message>
    <message>
        <location filename="../../ui/differences.py" line="112"/>
        <source>đồng ý</source>
        <translation>agree</translation>
    </message>
    <message>
        <location filename="../../ui/differences.py" line="113"/>
        <source>không đồng ý</source>
        <translation>disagree</translation>
    </message>
    <message>
        <location filename="../../ui/differences.py" line="114"/>
        <source>cả hai ô</source>
        <translation>both boxes</translation>
    </message>
    <message>
        <location filename="../../ui/differences.py" line="115"/>
        <source>bỏ trống</source>
        <translation>blank</translation>
    </message>
    <message>
        <location filename="../../ui/differences.py" line="137"/>
        <source>bị gạch</source>
        <translation>struck</translation>
    </message>
</context>
<context>
    <name>StackEntryDialog</name>
    <message>
        <location filename="../../ui/stack_entry.py" line="47"/>
        <source>Nhập tập phiếu của tổ {0} — {1}</source>
        <translation>Entering the stack of team {0} — {1}</translation>
    </message>
    <message>
        <location filename="../../ui/stack_entry.py" line="60"/>
        <source>Phiếu số </source>
        <translation>Ballot </translation>
    </message>
    <message>
        <location filename="../../ui/stack_entry.py" line="51"/>
        <source>Nhập độc lập: {0} nhập tập phiếu của tổ {1} ({2} phiếu). Bạn chỉ thấy những gì chính bạn nhập; chương trình so sánh với lần nhập khác khi bạn hoàn thành.</source>
        <translation>Independent entry: {0} enters team {1}&apos;s stack ({2} ballots). You see only what you type yourself; the program compares it with the other entry when you finish.</translation>
    </message>
    <message>
        <location filename="../../ui/stack_entry.py" line="74"/>
        <source>Hoàn thành lần nhập</source>
        <translation>Finish this entry</translation>
    </message>
    <message>
        <location filename="../../ui/stack_entry.py" line="98"/>
        <source>Bạn đã nhập {0}/{1} phiếu của tập.</source>
        <translation>You have entered {0}/{1} ballots of the stack.</translation>
    </message>
    <message>
        <location filename="../../ui/stack_entry.py" line="105"/>
        <source>Đã nhập đủ {0} phiếu: bấm “Hoàn thành lần nhập” (Enter).</source>
        <translation>All {0} ballots entered: press “Finish this entry” (Enter).</translation>
    </message>
    <message>
        <location filename="../../ui/stack_entry.py" line="110"/>
        <source>Phiếu số {0} / {1}</source>
        <translation>Ballot {0} / {1}</translation>
    </message>
    <message>
        <location filename="../../ui/stack_entry.py" line="113"/>
        <source>Bạn đã nhập phiếu này: {0} — gõ lại để sửa.</source>
        <translation>You entered this ballot: {0} — type it again to change it.</translation>
    </message>
    <message>
        <location filename="../../ui/stack_entry.py" line="120"/>
        <source>Đã lưu phiếu số {0}: {1}</source>
        <translation>Saved ballot {0}: {1}</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <location filename="../../ui/operator.py" line="143"/>
        <source>Cán bộ kỹ thuật nhập phiếu</source>
        <translation>Technical staff entering ballots</translation>
    </message>
    <message>
        <location filename="../../ui/operator.py" line="147"/>
        <source>Những người không ở Ban kiểm phiếu nhưng được giao nhập phiếu vào máy: mỗi dòng một người. Danh sách được giữ cùng đại hội và ghi vào nhật ký.</source>
        <translation>People outside the counting committee who are given ballots to enter: one name a line. The list is kept with the congress and written in the log.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../ui/start.py" line="30"/>
        <source>Kiểm phiếu bầu cử trong Đảng</source>
        <translation>Vote counting for Party elections</translation>
    </message>
    <message>
        <location filename="../../ui/start.py" line="33"/>
        <source>Nhập phiếu, tính kết quả theo Quy chế bầu cử, in biên bản kiểm phiếu</source>
        <translation>Enter ballots, count by the election rules, print the counting minutes</translation>
    </message>
    <message>
        <location filename="../../ui/start.py" line="36"/>
        <source>Tạo đại hội mới…</source>
        <translation>New congress…</translation>
    </message>
    <message>
        <location filename="../../ui/start.py" line="38"/>
        <source>Mở đại hội đã có…</source>
        <translation>Open a congress…</translation>
    </message>
    <message>
        <location filename="../../ui/start.py" line="40"/>
        <source>Mở đại hội mẫu (để tập nhập phiếu)</source>
        <translation>Open the demo congress (to practise entry)</translation>
    </message>
    <message>
        <location filename="../../ui/start.py" line="59"/>
        <source>Mở gần đây (nhấp đúp):</source>
        <translation>Recent (double-click):</translation>
    </message>
</context>
<context>
    <name>StationBadge</name>
    <message>
        <location filename="../../ui/stations.py" line="161"/>
        <source>Máy này: khóa không dùng được</source>
        <translation>This computer: its key cannot be used</translation>
    </message>
    <message>
        <location filename="../../ui/stations.py" line="165"/>
        <source>Máy này: {0}</source>
        <translation>This computer: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/stations.py" line="172"/>
        <source>máy trưởng ban</source>
        <translation>the head&apos;s station</translation>
    </message>
    <message>
        <location filename="../../ui/stations.py" line="173"/>
        <source>máy trạm đã đăng ký</source>
        <translation>registered station</translation>
    </message>
    <message>
        <location filename="../../ui/stations.py" line="174"/>
        <source>CHƯA ĐĂNG KÝ với đại hội này</source>
        <translation>NOT REGISTERED with this congress</translation>
    </message>
    <message>
        <location filename="../../ui/stations.py" line="175"/>
        <source>Máy này: {0} — {1}</source>
        <translation>This computer: {0} — {1}</translation>
    </message>
</context>
<context>
    <name>StationsDialog</name>
    <message>
        <location filename="../../ui/stations.py" line="331"/>
        <source>Các máy của đại hội</source>
        <translation>The congress&apos;s stations</translation>
    </message>
    <message>
        <location filename="../../ui/stations.py" line="338"/>
        <source>Máy</source>
        <translation>Station</translation>
    </message>
    <message>
        <location filename="../../ui/stations.py" line="338"/>
        <source>Mã khóa</source>
        <translation>Key fingerprint</translation>
    </message>
    <message>
        <location filename="../../ui/stations.py" line="338"/>
        <source>Vai trò</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/stations.py" line="338"/>
        <source>Từ bản ghi</source>
        <translation>From record</translation>
    </message>
    <message>
        <location filename="../../ui/stations.py" line="338"/>
        <source>Tình trạng</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/stations.py" line="350"/>
        <source>Đăng ký máy từ tệp khóa…</source>
        <translation>Register a station from its key file…</translation>
    </message>
    <message>
        <location filename="../../ui/stations.py" line="351"/>
        <location filename="../../ui/stations.py" line="475"/>
        <source>Đăng ký máy đang xin</source>
        <translation>Register the station asking</translation>
    </message>
    <message>
        <location filename="../../ui/stations.py" line="352"/>
        <source>Thay khóa cho máy đã chọn…</source>
        <translation>Replace the chosen station&apos;s key…</translation>
    </message>
    <message>
        <location filename="../../ui/stations.py" line="353"/>
        <source>Xin đăng ký máy này</source>
        <translation>Ask to register this computer</translation>
    </message>
    <message>
        <location filename="../../ui/stations.py" line="354"/>
        <source>Máy trưởng ban mất khóa…</source>
        <translation>The head&apos;s station lost its key…</translation>
    </message>
    <message>
        <location filename="../../ui/stations.py" line="378"/>
        <source>trưởng ban</source>
        <translation>head</translation>
    </message>
    <message>
        <location filename="../../ui/stations.py" line="378"/>
        <source>máy trạm</source>
        <translation>station</translation>
    </message>
    <message>
        <location filename="../../ui/stations.py" line="378"/>
        <source>đang xin</source>
        <translation>asking</translation>
    </message>
    <message>
        <location filename="../../ui/stations.py" line="380"/>
        <source>thôi dùng từ bản ghi số {0}</source>
        <translation>retired from record {0}</translation>
    </message>
    <message>
        <location filename="../../ui/stations.py" line="380"/>
        <source>đang dùng</source>
        <translation>in use</translation>
    </message>
    <message>
        <location filename="../../ui/stations.py" line="382"/>
        <source>chờ trưởng ban đăng ký</source>
        <translation>waiting for the head to register it</translation>
    </message>
    <message>
        <location filename="../../ui/stations.py" line="391"/>
        <source>Máy này ({0}) là {1} của đại hội.</source>
        <translation>This computer ({0}) is the congress&apos;s {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/stations.py" line="393"/>
        <source>Máy này ({0}) đã xin đăng ký; chờ trưởng ban.</source>
        <translation>This computer ({0}) has asked to be registered; waiting for the head.</translation>
    </message>
    <message>
        <location filename="../../ui/stations.py" line="395"/>
        <source>Máy này ({0}) CHƯA ĐƯỢC ĐĂNG KÝ: chưa ghi được gì vào đại hội này.</source>
        <translation>This computer ({0}) is NOT REGISTERED: it cannot write to this congress yet.</translation>
    </message>
    <message>
        <location filename="../../ui/stations.py" line="434"/>
        <source>Tệp khóa của máy trạm</source>
        <translation>Station key file</translation>
    </message>
    <message>
        <location filename="../../ui/stations.py" line="434"/>
        <location filename="../../ui/stations.py" line="488"/>
        <source>Tệp khóa máy trạm (*.kpkey)</source>
        <translation>Station key file (*.kpkey)</translation>
    </message>
    <message>
        <location filename="../../ui/stations.py" line="448"/>
        <source>Đăng ký máy trạm</source>
        <translation>Register a station</translation>
    </message>
    <message>
        <location filename="../../ui/stations.py" line="450"/>
        <source>Máy “{0}”, mã khóa:
{1}
So mã này với màn hình máy trạm, rồi nhập mã PIN của trưởng ban.</source>
        <translation>Station “{0}”, key fingerprint:
{1}
Compare it with the station&apos;s screen, then type the head&apos;s PIN.</translation>
    </message>
    <message>
        <location filename="../../ui/stations.py" line="452"/>
        <location filename="../../ui/stations.py" line="479"/>
        <location filename="../../ui/stations.py" line="507"/>
        <source>Mã PIN trưởng ban</source>
        <translation>Head&apos;s PIN</translation>
    </message>
    <message>
        <location filename="../../ui/stations.py" line="476"/>
        <source>Máy “{0}”, mã khóa:
{1}
So mã này với màn hình máy đó, rồi nhập mã PIN của trưởng ban.</source>
        <translation>Station “{0}”, key fingerprint:
{1}
Compare it with that computer&apos;s screen, then type the head&apos;s PIN.</translation>
    </message>
    <message>
        <location filename="../../ui/stations.py" line="488"/>
        <source>Tệp khóa MỚI của máy trạm</source>
        <translation>The station&apos;s NEW key file</translation>
    </message>
    <message>
        <location filename="../../ui/stations.py" line="503"/>
        <source>Thay khóa cho máy trạm</source>
        <translation>Replace a station&apos;s key</translation>
    </message>
    <message>
        <location filename="../../ui/stations.py" line="504"/>
        <source>Khóa cũ {0} thôi dùng; khóa mới của “{1}”:
{2}
So mã này với màn hình máy trạm.</source>
        <translation>The old key {0} is retired; the new key of “{1}”:
{2}
Compare it with the station&apos;s screen.</translation>
    </message>
    <message>
        <location filename="../../ui/stations.py" line="520"/>
        <source>Máy trưởng ban mất khóa</source>
        <translation>The head&apos;s station lost its key</translation>
    </message>
    <message>
        <location filename="../../ui/stations.py" line="522"/>
        <source>Chỉ làm khi máy của trưởng ban bị hỏng hoặc mất tệp khóa. Khóa của máy này sẽ thay khóa của trưởng ban; nhật ký ghi lại và lệnh kiểm tra báo rõ việc thay khóa. Ghi lý do và đặt mã PIN mới.</source>
        <translation>Only when the head&apos;s computer broke down or lost its key file. This computer&apos;s key replaces the head&apos;s; the log records it and verify reports the replacement prominently. Give the reason and set a new PIN.</translation>
    </message>
    <message>
        <location filename="../../ui/stations.py" line="526"/>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/stations.py" line="527"/>
        <source>Mã PIN mới</source>
        <translation>New PIN</translation>
    </message>
    <message>
        <location filename="../../ui/stations.py" line="528"/>
        <source>Nhập lại mã PIN mới</source>
        <translation>New PIN again</translation>
    </message>
    <message>
        <location filename="../../ui/stations.py" line="538"/>
        <source>Hai lần nhập mã PIN mới không giống nhau; chưa thay khóa.</source>
        <translation>The two new PINs differ; the key was not replaced.</translation>
    </message>
</context>
<context>
    <name>SubtotalDialog</name>
    <message>
        <location filename="../../ui/subtotals.py" line="57"/>
        <source>Phiếu kiểm đếm tay của tổ</source>
        <translation>A team&apos;s hand-counted tally</translation>
    </message>
    <message>
        <location filename="../../ui/subtotals.py" line="64"/>
        <source>Ví dụ: Tổ 2</source>
        <translation>For example: Team 2</translation>
    </message>
    <message>
        <location filename="../../ui/subtotals.py" line="67"/>
        <source>Tên tổ kiểm phiếu</source>
        <translation>Counting team</translation>
    </message>
    <message>
        <location filename="../../ui/subtotals.py" line="68"/>
        <source>Số phiếu của tổ (cả phiếu không hợp lệ)</source>
        <translation>Ballots in the team&apos;s stack (invalid included)</translation>
    </message>
    <message>
        <location filename="../../ui/subtotals.py" line="76"/>
        <source>Phiếu không hợp lệ, theo lý do</source>
        <translation>Invalid ballots, by reason</translation>
    </message>
    <message>
        <location filename="../../ui/subtotals.py" line="81"/>
        <source>STT</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../ui/subtotals.py" line="82"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../ui/subtotals.py" line="83"/>
        <source>Đồng ý</source>
        <translation>Agree</translation>
    </message>
    <message>
        <location filename="../../ui/subtotals.py" line="83"/>
        <source>Số phiếu bầu</source>
        <translation>Votes</translation>
    </message>
    <message>
        <location filename="../../ui/subtotals.py" line="85"/>
        <source>Không đồng ý</source>
        <translation>Disagree</translation>
    </message>
    <message>
        <location filename="../../ui/subtotals.py" line="105"/>
        <source>Số phiếu của từng người, theo thứ tự trên phiếu</source>
        <translation>Votes for each person, in ballot order</translation>
    </message>
    <message>
        <location filename="../../ui/subtotals.py" line="114"/>
        <source>Lưu kết quả của tổ</source>
        <translation>Save the team&apos;s tally</translation>
    </message>
    <message>
        <location filename="../../ui/subtotals.py" line="115"/>
        <source>Thôi</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/subtotals.py" line="167"/>
        <source>Ghi tên tổ kiểm phiếu.</source>
        <translation>Give the counting team.</translation>
    </message>
    <message>
        <location filename="../../ui/subtotals.py" line="170"/>
        <source>Ghi số phiếu của tổ.</source>
        <translation>Give the number of ballots in the team&apos;s stack.</translation>
    </message>
</context>
<context>
    <name>SubtotalsDialog</name>
    <message>
        <location filename="../../ui/subtotals.py" line="251"/>
        <source>Kết quả kiểm đếm tay của các tổ</source>
        <translation>Teams&apos; hand-counted tallies</translation>
    </message>
    <message>
        <location filename="../../ui/subtotals.py" line="264"/>
        <source>Hủy kết quả tổ đã chọn…</source>
        <translation>Void the selected tally…</translation>
    </message>
    <message>
        <location filename="../../ui/subtotals.py" line="266"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>SubtotalsModel</name>
    <message>
        <location filename="../../ui/subtotals.py" line="206"/>
        <source>Mã</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../../ui/subtotals.py" line="207"/>
        <source>Tổ</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../ui/subtotals.py" line="208"/>
        <source>Số phiếu</source>
        <translation>Ballots</translation>
    </message>
    <message>
        <location filename="../../ui/subtotals.py" line="209"/>
        <source>Không hợp lệ</source>
        <translation>Invalid</translation>
    </message>
    <message>
        <location filename="../../ui/subtotals.py" line="210"/>
        <source>Thời điểm nhập</source>
        <translation>Entered at</translation>
    </message>
    <message>
        <location filename="../../ui/subtotals.py" line="211"/>
        <source>Người nhập</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../../ui/subtotals.py" line="212"/>
        <source>Tình trạng</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/subtotals.py" line="221"/>
        <source>Còn hiệu lực</source>
        <translation>Counts</translation>
    </message>
    <message>
        <location filename="../../ui/subtotals.py" line="221"/>
        <source>Đã hủy: {0}</source>
        <translation>Void: {0}</translation>
    </message>
</context>
<context>
    <name>TeamsPage</name>
    <message>
        <location filename="../../ui/teams.py" line="53"/>
        <source>Nhập một lần</source>
        <translation>Single entry</translation>
    </message>
    <message>
        <location filename="../../ui/teams.py" line="54"/>
        <source>Nhập độc lập hai lần</source>
        <translation>Independent double entry</translation>
    </message>
    <message>
        <location filename="../../ui/teams.py" line="55"/>
        <source>Nhập độc lập ba lần</source>
        <translation>Independent triple entry</translation>
    </message>
    <message>
        <location filename="../../ui/teams.py" line="61"/>
        <source>Tổ</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../ui/teams.py" line="62"/>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/teams.py" line="63"/>
        <source>Số phiếu</source>
        <translation>Ballots</translation>
    </message>
    <message>
        <location filename="../../ui/teams.py" line="64"/>
        <source>Số lần nhập</source>
        <translation>Entries needed</translation>
    </message>
    <message>
        <location filename="../../ui/teams.py" line="65"/>
        <source>Trạng thái</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/teams.py" line="66"/>
        <source>Các lần nhập</source>
        <translation>Entries</translation>
    </message>
    <message>
        <location filename="../../ui/teams.py" line="82"/>
        <source>Nhập tập phiếu đã chọn (độc lập)…</source>
        <translation>Enter the chosen stack (independently)…</translation>
    </message>
    <message>
        <location filename="../../ui/teams.py" line="85"/>
        <source>Lập tổ…</source>
        <translation>New team…</translation>
    </message>
    <message>
        <location filename="../../ui/teams.py" line="84"/>
        <source>Mở tập phiếu của tổ…</source>
        <translation>Open a team’s stack…</translation>
    </message>
    <message>
        <location filename="../../ui/teams.py" line="83"/>
        <source>Chỗ khác nhau (trưởng ban)…</source>
        <translation>Differences (head)…</translation>
    </message>
    <message>
        <location filename="../../ui/teams.py" line="86"/>
        <source>Cán bộ kỹ thuật…</source>
        <translation>Technical staff…</translation>
    </message>
    <message>
        <location filename="../../ui/teams.py" line="87"/>
        <source>Màn hình chiếu</source>
        <translation>Projector view</translation>
    </message>
    <message>
        <location filename="../../ui/teams.py" line="88"/>
        <source>Tạo bản sao cho máy khác…</source>
        <translation>Copy for another station…</translation>
    </message>
    <message>
        <location filename="../../ui/teams.py" line="89"/>
        <source>Xuất tệp bàn giao…</source>
        <translation>Export handover file…</translation>
    </message>
    <message>
        <location filename="../../ui/teams.py" line="90"/>
        <source>Nhận tệp bàn giao…</source>
        <translation>Merge handover file…</translation>
    </message>
    <message>
        <location filename="../../ui/teams.py" line="99"/>
        <source>Lần bầu:</source>
        <translation>Round:</translation>
    </message>
    <message>
        <location filename="../../ui/teams.py" line="101"/>
        <source>Cách nhập:</source>
        <translation>Entry:</translation>
    </message>
    <message>
        <location filename="../../ui/teams.py" line="124"/>
        <source>Các tổ: </source>
        <translation>Teams: </translation>
    </message>
    <message>
        <location filename="../../ui/teams.py" line="126"/>
        <source>Chưa lập tổ kiểm phiếu nào.</source>
        <translation>No counting team yet.</translation>
    </message>
    <message>
        <location filename="../../ui/teams.py" line="130"/>
        <source>Cán bộ kỹ thuật: {0}</source>
        <translation>Technical staff: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/teams.py" line="135"/>
        <source>Chờ nhập</source>
        <translation>Awaiting entry</translation>
    </message>
    <message>
        <location filename="../../ui/teams.py" line="136"/>
        <source>Có chỗ khác nhau</source>
        <translation>Entries differ</translation>
    </message>
    <message>
        <location filename="../../ui/teams.py" line="137"/>
        <source>Đã xác định</source>
        <translation>Definitive</translation>
    </message>
    <message>
        <location filename="../../ui/teams.py" line="139"/>
        <source>Từng phiếu</source>
        <translation>Ballot by ballot</translation>
    </message>
    <message>
        <location filename="../../ui/teams.py" line="139"/>
        <source>Bảng tổng hợp</source>
        <translation>Tally sheet</translation>
    </message>
    <message>
        <location filename="../../ui/teams.py" line="173"/>
        <source>{0} — lần bầu thứ {1} — tập phiếu của tổ {2}</source>
        <translation>{0} — round {1} — team {2}&apos;s stack</translation>
    </message>
    <message>
        <location filename="../../ui/teams.py" line="200"/>
        <source>Cách nhập phiếu</source>
        <translation>Entry mode</translation>
    </message>
    <message>
        <location filename="../../ui/teams.py" line="201"/>
        <source>Đổi cách nhập cho các tập phiếu mở từ nay (cần mã PIN của trưởng ban).</source>
        <translation>Change the entry mode for stacks opened from now on (needs the head’s PIN).</translation>
    </message>
    <message>
        <location filename="../../ui/teams.py" line="202"/>
        <source>Mã PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../ui/teams.py" line="214"/>
        <source>Lập tổ kiểm phiếu</source>
        <translation>New counting team</translation>
    </message>
    <message>
        <location filename="../../ui/teams.py" line="215"/>
        <source>Tên tổ và những người nhập phiếu của tổ (cách nhau bằng dấu phẩy).</source>
        <translation>The team’s name and its operators (separated by commas).</translation>
    </message>
    <message>
        <location filename="../../ui/teams.py" line="216"/>
        <source>Tên tổ</source>
        <translation>Team name</translation>
    </message>
    <message>
        <location filename="../../ui/teams.py" line="216"/>
        <source>Thành viên</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../ui/teams.py" line="250"/>
        <source>Chọn một tập phiếu trong bảng (mở tập phiếu trước nếu chưa có).</source>
        <translation>Choose a stack in the table (open one first if there is none).</translation>
    </message>
    <message>
        <location filename="../../ui/teams.py" line="258"/>
        <source>{0} đã nhập một lần tập phiếu của tổ {1}. Lần nhập độc lập tiếp theo phải do người khác nhập. Đổi người nhập phiếu ngay?</source>
        <translation>{0} has already entered team {1}&apos;s stack once. The next independent entry must be made by someone else. Change the operator now?</translation>
    </message>
    <message>
        <location filename="../../ui/teams.py" line="287"/>
        <source>Đã lưu lần nhập. Tập phiếu chờ lần nhập độc lập tiếp theo (người khác nhập).</source>
        <translation>Entry saved. The stack awaits the next independent entry (by someone else).</translation>
    </message>
    <message>
        <location filename="../../ui/teams.py" line="288"/>
        <source>Các lần nhập có chỗ khác nhau: trưởng ban đối chiếu phiếu giấy và quyết định.</source>
        <translation>The entries differ: the head checks the paper ballots and decides.</translation>
    </message>
    <message>
        <location filename="../../ui/teams.py" line="289"/>
        <source>Các lần nhập trùng khớp: tập phiếu đã xác định và được tính.</source>
        <translation>The entries are identical: the stack is definitive and counts.</translation>
    </message>
    <message>
        <location filename="../../ui/teams.py" line="297"/>
        <source>Chọn một tập phiếu đang có chỗ khác nhau.</source>
        <translation>Choose a stack whose entries differ.</translation>
    </message>
    <message>
        <location filename="../../ui/teams.py" line="338"/>
        <source>Xuất tệp bàn giao</source>
        <translation>Export handover file</translation>
    </message>
    <message>
        <location filename="../../ui/teams.py" line="340"/>
        <source>Đã ghi tệp bàn giao {0}.</source>
        <translation>Handover file {0} written.</translation>
    </message>
    <message>
        <location filename="../../ui/teams.py" line="344"/>
        <source>Nhận tệp bàn giao</source>
        <translation>Merge handover file</translation>
    </message>
    <message>
        <location filename="../../ui/teams.py" line="352"/>
        <source>Đã nhận {0} lần nhập mới.</source>
        <translation>{0} new entries merged.</translation>
    </message>
</context>
<context>
    <name>ThisStation</name>
    <message>
        <location filename="../../ui/stations.py" line="79"/>
        <source>Mã khóa của máy này (so với màn hình máy trưởng ban khi đăng ký):</source>
        <translation>This computer&apos;s key fingerprint (compare it with the head&apos;s screen when registering):</translation>
    </message>
    <message>
        <location filename="../../ui/stations.py" line="86"/>
        <source>Lưu tệp khóa máy trạm…</source>
        <translation>Save the station key file…</translation>
    </message>
    <message>
        <location filename="../../ui/stations.py" line="89"/>
        <source>Tệp chỉ chứa khóa công khai của máy này; đưa cho trưởng ban để đăng ký máy khi tạo bản sao.</source>
        <translation>The file holds only this computer&apos;s public key; give it to the head to register this station when making its copy.</translation>
    </message>
    <message>
        <location filename="../../ui/stations.py" line="119"/>
        <source>Lưu tệp khóa máy trạm</source>
        <translation>Save the station key file</translation>
    </message>
    <message>
        <location filename="../../ui/stations.py" line="119"/>
        <source>Tệp khóa máy trạm (*.kpkey)</source>
        <translation>Station key file (*.kpkey)</translation>
    </message>
    <message>
        <location filename="../../ui/stations.py" line="139"/>
        <source>Đã lưu tệp khóa máy trạm {0}. Mã khóa: {1} — trưởng ban so mã này trên màn hình của mình.</source>
        <translation>Station key file {0} saved. Fingerprint: {1} — the head compares it on their screen.</translation>
    </message>
</context>
<context>
    <name>TrustSeals</name>
    <message>
        <location filename="../../ui/stations.py" line="573"/>
        <source>Dấu chốt của tệp nhập</source>
        <translation>Seals of the file imported</translation>
    </message>
    <message>
        <location filename="../../ui/stations.py" line="580"/>
        <source>{0} lần {1}</source>
        <translation>{0} round {1}</translation>
    </message>
    <message>
        <location filename="../../ui/stations.py" line="585"/>
        <source>Các lần bầu dưới đây đã chốt trong tệp, ký bởi khóa máy này chưa biết. So mã khóa với nơi gửi (trên biên bản hoặc màn hình của họ). Tin cậy thì các lần bầu được nhập là ĐÃ CHỐT; không thì nhập là CHƯA CHỐT.</source>
        <translation>The rounds below are finalized in the file, sealed by a key this computer does not know. Compare the fingerprint with the sender (on their minutes or screen). Trusted, the rounds are imported FINALIZED; otherwise NOT FINALIZED.</translation>
    </message>
    <message>
        <location filename="../../ui/stations.py" line="598"/>
        <source>Tin cậy và nhập</source>
        <translation>Trust and import</translation>
    </message>
    <message>
        <location filename="../../ui/stations.py" line="600"/>
        <source>Nhập là chưa chốt</source>
        <translation>Import as not finalized</translation>
    </message>
</context>
<context>
    <name>WithdrawalDialog</name>
    <message>
        <location filename="../../ui/congress_steps.py" line="405"/>
        <source>Đơn xin rút khỏi danh sách</source>
        <translation>A request to withdraw</translation>
    </message>
    <message>
        <location filename="../../ui/congress_steps.py" line="416"/>
        <source>Đề nghị cho rút</source>
        <translation>Proposes to allow it</translation>
    </message>
    <message>
        <location filename="../../ui/congress_steps.py" line="417"/>
        <source>Đề nghị không cho rút</source>
        <translation>Proposes to refuse it</translation>
    </message>
    <message>
        <location filename="../../ui/congress_steps.py" line="420"/>
        <source>Giơ tay (biểu quyết)</source>
        <translation>Show of hands</translation>
    </message>
    <message>
        <location filename="../../ui/congress_steps.py" line="421"/>
        <source>Bỏ phiếu kín</source>
        <translation>Secret ballot</translation>
    </message>
    <message>
        <location filename="../../ui/congress_steps.py" line="427"/>
        <source>— chưa biểu quyết</source>
        <translation>— no vote yet</translation>
    </message>
    <message>
        <location filename="../../ui/congress_steps.py" line="430"/>
        <source>Theo kết quả biểu quyết</source>
        <translation>As the vote decides</translation>
    </message>
    <message>
        <location filename="../../ui/congress_steps.py" line="431"/>
        <source>Đại hội quyết định: cho rút</source>
        <translation>The congress decided: allowed</translation>
    </message>
    <message>
        <location filename="../../ui/congress_steps.py" line="432"/>
        <source>Đại hội quyết định: không cho rút</source>
        <translation>The congress decided: not allowed</translation>
    </message>
    <message>
        <location filename="../../ui/congress_steps.py" line="437"/>
        <source>Người xin rút</source>
        <translation>Who asks to withdraw</translation>
    </message>
    <message>
        <location filename="../../ui/congress_steps.py" line="438"/>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/congress_steps.py" line="439"/>
        <source>Đoàn Chủ tịch</source>
        <translation>Presidium</translation>
    </message>
    <message>
        <location filename="../../ui/congress_steps.py" line="440"/>
        <source>Cách biểu quyết</source>
        <translation>How the congress voted</translation>
    </message>
    <message>
        <location filename="../../ui/congress_steps.py" line="443"/>
        <source>Đồng ý</source>
        <translation>For</translation>
    </message>
    <message>
        <location filename="../../ui/congress_steps.py" line="444"/>
        <source>Không đồng ý</source>
        <translation>Against</translation>
    </message>
    <message>
        <location filename="../../ui/congress_steps.py" line="445"/>
        <source>Không biểu quyết</source>
        <translation>Abstaining</translation>
    </message>
    <message>
        <location filename="../../ui/congress_steps.py" line="449"/>
        <source>Biểu quyết về đề nghị</source>
        <translation>Vote on the proposal</translation>
    </message>
    <message>
        <location filename="../../ui/congress_steps.py" line="450"/>
        <source>Quyết định ghi nhận</source>
        <translation>Decision recorded</translation>
    </message>
    <message>
        <location filename="../../ui/congress_steps.py" line="493"/>
        <source>Kết quả: {0}.</source>
        <translation>Result: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/congress_steps.py" line="496"/>
        <source>Cần từ {0} phiếu đồng ý trở lên để thông qua đề nghị. Kết quả: {1}.</source>
        <translation>The proposal carries with {0} votes for or more. Result: {1}.</translation>
    </message>
</context>
<context>
    <name>WithdrawalsBox</name>
    <message>
        <location filename="../../ui/elections.py" line="1049"/>
        <source>Người xin rút</source>
        <translation>Who asks to withdraw</translation>
    </message>
    <message>
        <location filename="../../ui/elections.py" line="1050"/>
        <source>Đoàn Chủ tịch</source>
        <translation>Presidium</translation>
    </message>
    <message>
        <location filename="../../ui/elections.py" line="1051"/>
        <source>Biểu quyết</source>
        <translation>Vote</translation>
    </message>
    <message>
        <location filename="../../ui/elections.py" line="1052"/>
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../ui/elections.py" line="1053"/>
        <source>Lần bầu</source>
        <translation>Round</translation>
    </message>
    <message>
        <location filename="../../ui/elections.py" line="1063"/>
        <source>Ghi đơn xin rút…</source>
        <translation>Record a request…</translation>
    </message>
    <message>
        <location filename="../../ui/elections.py" line="1065"/>
        <source>Sửa…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <location filename="../../ui/elections.py" line="1067"/>
        <source>Bỏ đơn</source>
        <translation>Remove the request</translation>
    </message>
    <message>
        <location filename="../../ui/elections.py" line="1086"/>
        <source>cho rút</source>
        <translation>allow</translation>
    </message>
    <message>
        <location filename="../../ui/elections.py" line="1086"/>
        <source>không cho rút</source>
        <translation>refuse</translation>
    </message>
</context>
<context>
    <name>backup</name>
    <message>
        <location filename="../../ui/backup.py" line="130"/>
        <source>Đã sao lưu và kiểm tra bản chép: {0}</source>
        <translation>Backed up and the copy checked: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/backup.py" line="132"/>
        <source>Chưa chọn thư mục sao lưu (Tệp → Thư mục sao lưu): dữ liệu chỉ nằm trên máy này.</source>
        <translation>No backup folder chosen (File → Backup folder): the data is only on this computer.</translation>
    </message>
    <message>
        <location filename="../../ui/backup.py" line="135"/>
        <source>Dữ liệu không nằm trong tệp trên máy này: không chép sao lưu.</source>
        <translation>The data is not in a file on this computer: no backup copy is made.</translation>
    </message>
</context>
<context>
    <name>ballot_words</name>
    <message>
        <location filename="../../ui/ballot_words.py" line="41"/>
        <source>Không hợp lệ: {0}</source>
        <translation>Invalid: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_words.py" line="48"/>
        <source>Gạch: {0}</source>
        <translation>Struck: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_words.py" line="54"/>
        <source>Không gạch tên nào</source>
        <translation>Nothing struck</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_words.py" line="57"/>
        <source>đồng ý</source>
        <translation>agree</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_words.py" line="58"/>
        <source>không đồng ý</source>
        <translation>disagree</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_words.py" line="59"/>
        <source>đánh cả hai ô</source>
        <translation>both boxes marked</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_words.py" line="60"/>
        <source>bỏ trống</source>
        <translation>blank</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_words.py" line="65"/>
        <source>Ghi tên: {0}</source>
        <translation>Names written: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_words.py" line="70"/>
        <source>KHÔNG HỢP LỆ ({0}) — {1}</source>
        <translation>INVALID ({0}) — {1}</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_words.py" line="74"/>
        <source>× {0} phiếu</source>
        <translation>× {0} ballots</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_words.py" line="86"/>
        <source>{0} phiếu, {1} không hợp lệ — {2}</source>
        <translation>{0} ballots, {1} invalid — {2}</translation>
    </message>
</context>
<context>
    <name>congress_steps</name>
    <message>
        <location filename="../../ui/congress_steps.py" line="57"/>
        <source>(chưa chọn)</source>
        <translation>(not chosen)</translation>
    </message>
    <message>
        <location filename="../../ui/congress_steps.py" line="58"/>
        <source>Chi bộ</source>
        <translation>Party cell</translation>
    </message>
    <message>
        <location filename="../../ui/congress_steps.py" line="59"/>
        <source>Đảng bộ cơ sở</source>
        <translation>Grassroots party organisation</translation>
    </message>
    <message>
        <location filename="../../ui/congress_steps.py" line="60"/>
        <source>Đảng bộ cấp trên cơ sở</source>
        <translation>Party organisation above grassroots</translation>
    </message>
    <message>
        <location filename="../../ui/congress_steps.py" line="299"/>
        <source>Bầu cử</source>
        <translation>Election</translation>
    </message>
    <message>
        <location filename="../../ui/congress_steps.py" line="300"/>
        <source>Phiếu xin ý kiến</source>
        <translation>Opinion ballot</translation>
    </message>
    <message>
        <location filename="../../ui/congress_steps.py" line="301"/>
        <source>Phiếu giới thiệu</source>
        <translation>Nomination ballot</translation>
    </message>
    <message>
        <location filename="../../ui/congress_steps.py" line="308"/>
        <source>Người trúng cử của: {0}</source>
        <translation>The elected of: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/congress_steps.py" line="309"/>
        <source>Người không trúng cử của: {0}</source>
        <translation>Those not elected of: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/congress_steps.py" line="310"/>
        <source>Người được giới thiệu của: {0}</source>
        <translation>The proposed of: {0}</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../../ui/dialogs.py" line="35"/>
        <source>Kiểm phiếu</source>
        <translation>Vote counting</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="43"/>
        <source>Xác nhận</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="49"/>
        <source>Đồng ý</source>
        <translation>Agree</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="50"/>
        <source>Không</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>elections</name>
    <message>
        <location filename="../../ui/elections.py" line="87"/>
        <source>Ban Chấp hành (cấp ủy)</source>
        <translation>Party committee</translation>
    </message>
    <message>
        <location filename="../../ui/elections.py" line="88"/>
        <source>Ban Thường vụ</source>
        <translation>Standing committee</translation>
    </message>
    <message>
        <location filename="../../ui/elections.py" line="89"/>
        <source>Bí thư</source>
        <translation>Secretary</translation>
    </message>
    <message>
        <location filename="../../ui/elections.py" line="90"/>
        <source>Phó Bí thư</source>
        <translation>Deputy secretary</translation>
    </message>
    <message>
        <location filename="../../ui/elections.py" line="91"/>
        <source>Ủy ban Kiểm tra</source>
        <translation>Inspection committee</translation>
    </message>
    <message>
        <location filename="../../ui/elections.py" line="92"/>
        <source>Chủ nhiệm Ủy ban Kiểm tra</source>
        <translation>Inspection committee chair</translation>
    </message>
    <message>
        <location filename="../../ui/elections.py" line="93"/>
        <source>Phó Chủ nhiệm Ủy ban Kiểm tra</source>
        <translation>Inspection committee deputy chair</translation>
    </message>
    <message>
        <location filename="../../ui/elections.py" line="94"/>
        <source>Đại biểu chính thức đi dự đại hội cấp trên</source>
        <translation>Official delegates to the higher congress</translation>
    </message>
    <message>
        <location filename="../../ui/elections.py" line="95"/>
        <source>Đại biểu dự khuyết</source>
        <translation>Alternate delegates</translation>
    </message>
    <message>
        <location filename="../../ui/elections.py" line="96"/>
        <source>Khác</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../ui/errors.py" line="22"/>
        <source>Kiểm tra lại tệp, hoặc chọn tệp khác.</source>
        <translation>Check the file, or choose another one.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="30"/>
        <source>Không có quyền đọc hoặc ghi tệp: {0}</source>
        <translation>No permission to read or write the file: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="31"/>
        <source>Chọn một thư mục mà tài khoản này được phép ghi, hoặc nhờ người quản trị máy cấp quyền.</source>
        <translation>Choose a folder this account may write to, or ask the administrator for permission.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="37"/>
        <source>Không tìm thấy tệp: {0}</source>
        <translation>File not found: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="38"/>
        <source>Kiểm tra đường dẫn; tệp có thể đã bị đổi tên, chuyển đi hoặc nằm trên ổ đĩa đã rút ra.</source>
        <translation>Check the path; the file may have been renamed, moved, or be on a drive that was removed.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="44"/>
        <source>Không đọc hoặc ghi được tệp {0}: {1}</source>
        <translation>Could not read or write the file {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="47"/>
        <source>Kiểm tra ổ đĩa còn chỗ trống và còn cắm vào máy, rồi thử lại. Dữ liệu đã lưu trước đó vẫn an toàn.</source>
        <translation>Check that the drive has free space and is still connected, then try again. Data saved before is safe.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="52"/>
        <source>Hãy ghi lại việc vừa làm và báo cho người phụ trách kỹ thuật, kèm tệp nhật ký lỗi.</source>
        <translation>Write down what you just did and tell the technical staff, with the error log file.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="63"/>
        <source>Không thực hiện được</source>
        <translation>Could not be done</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="65"/>
        <source>Lỗi chương trình</source>
        <translation>Program error</translation>
    </message>
</context>
<context>
    <name>filedialogs</name>
    <message>
        <location filename="../../ui/filedialogs.py" line="68"/>
        <source>Thư mục</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../../ui/filedialogs.py" line="70"/>
        <source>Dữ liệu kiểm phiếu</source>
        <translation>Vote-counting data</translation>
    </message>
    <message>
        <location filename="../../ui/filedialogs.py" line="71"/>
        <source>Tệp bàn giao phiếu</source>
        <translation>Ballot hand-over file</translation>
    </message>
    <message>
        <location filename="../../ui/filedialogs.py" line="72"/>
        <source>Tệp bầu cử (JSON)</source>
        <translation>Election file (JSON)</translation>
    </message>
    <message>
        <location filename="../../ui/filedialogs.py" line="73"/>
        <source>Bảng tính Excel</source>
        <translation>Excel workbook</translation>
    </message>
    <message>
        <location filename="../../ui/filedialogs.py" line="74"/>
        <source>Bảng CSV</source>
        <translation>CSV table</translation>
    </message>
    <message>
        <location filename="../../ui/filedialogs.py" line="78"/>
        <source>Tệp</source>
        <translation>File</translation>
    </message>
</context>
<context>
    <name>keys</name>
    <message>
        <location filename="../../ui/keys.py" line="99"/>
        <source>Cả chương trình</source>
        <extracomment>The focused control drawn with a thick blue ring; buttons get one box model focused or not (the ring&apos;s border is taken from the padding), so a focused button keeps its size and its text is never cut.</extracomment>
        <translation>Everywhere</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="100"/>
        <source>  Alt+1 … Alt+6: chuyển sang trang 1 … 6</source>
        <translation>  Alt+1 … Alt+6: go to tab 1 … 6</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="101"/>
        <source>  Tab / Shift+Tab: sang ô, nút kế tiếp / trước; Enter hoặc Space: bấm nút đang chọn (viền xanh)</source>
        <translation>  Tab / Shift+Tab: next / previous field or button; Enter or Space: press the focused button (blue ring)</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="104"/>
        <source>  Ctrl+O: mở đại hội · Ctrl+Q: thoát · Esc: đóng hộp thoại</source>
        <translation>  Ctrl+O: open a congress · Ctrl+Q: quit · Esc: close a dialog</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="105"/>
        <source>  Ctrl+Shift+N: đổi người nhập phiếu</source>
        <translation>  Ctrl+Shift+N: change the operator</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="107"/>
        <source>Trang 3. Nhập phiếu</source>
        <translation>Tab 3. Ballot entry</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="108"/>
        <source>  3 7 12 Enter: gạch các tên số 3, 7, 12 (cách nhau bằng dấu cách, dấu chấm hoặc dấu phẩy)</source>
        <translation>  3 7 12 Enter: names 3, 7 and 12 struck (separated by spaces, dots or commas)</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="111"/>
        <source>  0: không gạch tên nào · +3 7: gõ các tên ĐƯỢC GIỮ cho phiếu này · F2: đổi hẳn cách gõ</source>
        <translation>  0: nothing struck · +3 7: type the KEPT names for this ballot · F2: switch for good</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="114"/>
        <source>  Phiếu đồng ý/không đồng ý: mỗi dòng một phím 1 đồng ý, 2 không đồng ý, 0 bỏ trống, 3 cả hai ô; </source>
        <translation>  Agree/disagree ballots: one key per row, 1 agree, 2 disagree, 0 blank, 3 both boxes;</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="117"/>
        <source>    + : các dòng còn lại đồng ý</source>
        <translation>    + : the remaining rows agree</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="118"/>
        <source>  /1 không do Ban kiểm phiếu phát ra · /2 ghi thêm tên · /3 có dấu hiệu riêng</source>
        <translation>  /1 not issued by the committee · /2 a name written in · /3 identifying marks</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="121"/>
        <source>  *5 ở cuối: 5 phiếu giống nhau (nhiều phiếu quá ngưỡng cần Enter lần nữa)</source>
        <translation>  *5 at the end: 5 identical ballots (above the threshold, Enter once more)</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="124"/>
        <source>  Phiếu không hợp lệ (dòng hiện màu đỏ): Enter lần nữa để lưu</source>
        <translation>  An invalid ballot (the line turns red): Enter once more to save it</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="125"/>
        <source>  Esc: xóa dòng · Ctrl+Z: lấy lại phiếu vừa lưu (hỏi trước, nói rõ phiếu nào)</source>
        <translation>  Esc: clear the line · Ctrl+Z: take back the last ballot (asks first, naming the ballot)</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="128"/>
        <source>  Ctrl+L: danh sách phiếu đã nhập (hủy hoặc sửa một phiếu, có lý do)</source>
        <translation>  Ctrl+L: the list of entered ballots (void or retype one, with a reason)</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="130"/>
        <source>Nhập tập phiếu độc lập (trang 6)</source>
        <translation>Independent entry of a stack (tab 6)</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="131"/>
        <source>  Gõ như trang 3, mỗi phiếu một dòng · Ctrl+Z: quay lại phiếu trước để gõ lại</source>
        <translation>  Type as on tab 3, one ballot a line · Ctrl+Z: back to the previous ballot to type it again</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="134"/>
        <source>  Màn hình chiếu: F11 toàn màn hình, ← → lần bầu trước, sau</source>
        <translation>  Projector: F11 full screen, ← → previous, next round</translation>
    </message>
</context>
<context>
    <name>stack_entry</name>
    <message>
        <location filename="../../ui/stack_entry.py" line="159"/>
        <source>Bảng kiểm đếm tay của tổ {0} — {1} (nhập độc lập)</source>
        <translation>Team {0}&apos;s hand-count sheet — {1} (independent entry)</translation>
    </message>
</context>
<context>
    <name>stations</name>
    <message>
        <location filename="../../ui/stations.py" line="633"/>
        <source>khóa {0} chưa được tin cậy</source>
        <translation>key {0} not trusted</translation>
    </message>
    <message>
        <location filename="../../ui/stations.py" line="637"/>
        <source>dấu chốt không có chữ ký</source>
        <translation>the seal is not signed</translation>
    </message>
    <message>
        <location filename="../../ui/stations.py" line="639"/>
        <source>chữ ký của dấu chốt không đúng</source>
        <translation>the seal&apos;s signature does not hold</translation>
    </message>
    <message>
        <location filename="../../ui/stations.py" line="640"/>
        <source>{0} lần {1}: {2}</source>
        <translation>{0} round {1}: {2}</translation>
    </message>
</context>
<context>
    <name>storage_faults</name>
    <message>
        <location filename="../../ui/storage_faults.py" line="34"/>
        <source>Chép đại hội sang một thư mục ghi được rồi mở bản chép?</source>
        <translation>Copy the congress to a writable folder and open the copy?</translation>
    </message>
    <message>
        <location filename="../../ui/storage_faults.py" line="39"/>
        <source>Chép bản sao lưu đó về máy này rồi mở?</source>
        <translation>Copy that backup to this computer and open it?</translation>
    </message>
    <message>
        <location filename="../../ui/storage_faults.py" line="54"/>
        <source>Chép đại hội sang</source>
        <translation>Copy the congress to</translation>
    </message>
    <message>
        <location filename="../../ui/storage_faults.py" line="56"/>
        <source>Dữ liệu kiểm phiếu (*.kiemphieu)</source>
        <translation>Counting data (*.kiemphieu)</translation>
    </message>
</context>
</TS>

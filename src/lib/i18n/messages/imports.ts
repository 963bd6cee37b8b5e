import type { Catalogue } from '../types';

/** Messages of the import service (checks against the database), the upload page and the entry form. */
export const imports = {
	// Checks against the database (src/lib/server/imports/check-records.ts)
	'imports.check.school_unknown': {
		vi: 'Không có trường nào mang mã “{value}”.',
		en: 'No school has the code “{value}”.'
	},
	'imports.check.school_not_school': {
		vi: 'Mã “{value}” là của đơn vị “{name}”, không phải một trường; số liệu chỉ nhập cho trường, xã/phường (số liệu phổ cập) hoặc phòng GD&ĐT (số liệu tổng hợp).',
		en: 'The code “{value}” belongs to the unit “{name}”, not a school; figures are entered for schools, communes (universal-education figures) or districts (roll-ups).'
	},
	'imports.check.school_out_of_scope': {
		vi: 'Bạn không có quyền nhập số liệu cho “{name}” ({value}).',
		en: 'You may not enter figures for “{name}” ({value}).'
	},
	'imports.check.period_unknown': {
		vi: 'Không có kỳ báo cáo “{value}” trong lịch báo cáo.',
		en: 'There is no reporting period “{value}” in the calendar.'
	},
	'imports.check.period_closed': {
		vi: 'Kỳ báo cáo “{label}” đã khóa sổ. Liên hệ Phòng GD&ĐT nếu cần mở lại cho trường.',
		en: 'The reporting period “{label}” is closed. Ask the education office to reopen it for the school if needed.'
	},
	'imports.check.code_unknown': {
		vi: 'Mã chỉ số “{value}” không có trong danh mục.',
		en: 'The figure code “{value}” is not in the catalogue.'
	},
	'imports.check.code_not_applicable': {
		vi: '{code} ({name}) không áp dụng cho trường “{school}” (cấp học: {level}).',
		en: '{code} ({name}) does not apply to “{school}” (level: {level}).'
	},
	'imports.check.code_commune_only': {
		vi: '{code} ({name}) là số liệu của xã/phường, không phải của trường.',
		en: '{code} ({name}) is a commune figure, not a school figure.'
	},
	'imports.check.code_school_only': {
		vi: '{code} ({name}) là số liệu của trường; xã/phường “{school}” chỉ báo cáo số liệu phổ cập, xóa mù chữ.',
		en: '{code} ({name}) is a school figure; the commune “{school}” reports only universal-education and literacy figures.'
	},
	'imports.check.code_not_on_form': {
		vi: '{code} ({name}) không thuộc biểu báo cáo của kỳ “{label}”.',
		en: '{code} ({name}) is not collected in the period “{label}”.'
	},
	'imports.check.duplicate_figure': {
		vi: 'Số liệu {code} của trường {school}, kỳ {period} có ở nhiều dòng ({rows}). Mỗi số liệu chỉ được nhập một lần.',
		en: 'The figure {code} of {school}, period {period}, appears on several rows ({rows}). Enter each figure once.'
	},
	'imports.check.submission_locked': {
		vi: 'Báo cáo kỳ “{label}” của “{school}” đã được duyệt nên số liệu đã khóa. Đề nghị Phòng GD&ĐT trả lại báo cáo nếu cần sửa.',
		en: 'The report of “{school}” for “{label}” has been approved, so its figures are locked. Ask the education office to return it if it needs correcting.'
	},
	'imports.check.rule': {
		vi: '{rule}: {left} = {leftValue} {op} {right} = {rightValue}. Kiểm tra lại trước khi xác nhận.',
		en: '{rule}: {left} = {leftValue} {op} {right} = {rightValue}. Check before confirming.'
	},
	'imports.check.outlier.high': {
		vi: '{code} = {value} gấp {ratio} lần kỳ trước ({previousPeriod}: {previous}). Có gõ nhầm không?',
		en: '{code} = {value} is {ratio} times the previous period ({previousPeriod}: {previous}). A typing error?'
	},
	'imports.check.outlier.low': {
		vi: '{code} = {value}, chỉ bằng {ratio} của kỳ trước ({previousPeriod}: {previous}). Có gõ nhầm không?',
		en: '{code} = {value} is only {ratio} of the previous period ({previousPeriod}: {previous}). A typing error?'
	},
	'imports.rule.enrolled_le_catchment': {
		vi: 'Số ra lớp lớn hơn số trên địa bàn',
		en: 'More enrolled than in the catchment'
	},
	'imports.rule.outcome_sum': {
		vi: 'Tổng các mức đánh giá khác tổng số được đánh giá',
		en: 'The outcome categories do not add up to the total evaluated'
	},
	'imports.rule.graduates_le_grade9': {
		vi: 'Số tốt nghiệp lớn hơn số học sinh lớp 9',
		en: 'More graduates than grade-9 pupils'
	},
	'imports.rule.qualified_chain': {
		vi: 'Số giáo viên trên chuẩn, đạt chuẩn và tổng số không khớp',
		en: 'Teachers above standard, meeting standard and in total do not fit'
	},
	'imports.rule.part_le_total': {
		vi: 'Số thành phần lớn hơn tổng số',
		en: 'A part is larger than its total'
	},
	'imports.api.no_file': {
		vi: 'Không có tệp: gửi tệp trong trường “file” của biểu mẫu multipart.',
		en: 'No file: send the file in the multipart field “file”.'
	},

	// The upload page
	'nav.imports': { vi: 'Nộp số liệu', en: 'Submit figures' },
	'imports.title': { vi: 'Nộp số liệu', en: 'Submit figures' },
	'imports.lead': {
		vi: 'Tải mẫu, điền số liệu trong Excel, rồi tải tệp lên. Hệ thống kiểm tra và cho xem trước chính xác những gì sẽ được lưu; chỉ khi bạn xác nhận thì số liệu mới được lưu.',
		en: 'Download a template, fill it in Excel, then upload the file. It is checked and you see exactly what will be stored; nothing is stored until you confirm.'
	},
	'imports.step.template': { vi: '1. Tải mẫu', en: '1. Download a template' },
	'imports.step.upload': { vi: '2. Tải tệp lên', en: '2. Upload the file' },
	'imports.step.preview': { vi: '3. Xem trước và xác nhận', en: '3. Preview and confirm' },
	'imports.unit': { vi: 'Trường hoặc đơn vị', en: 'School or area' },
	'imports.unit.all': { vi: '{name} – tất cả các trường', en: '{name} – all its schools' },
	'imports.period': { vi: 'Kỳ báo cáo', en: 'Reporting period' },
	'imports.period.closed': { vi: '(đã khóa sổ)', en: '(closed)' },
	'imports.template.xlsx': { vi: 'Mẫu Excel (.xlsx)', en: 'Excel template (.xlsx)' },
	'imports.template.csv': { vi: 'Mẫu CSV', en: 'CSV template' },
	'imports.template.long': { vi: 'CSV dạng dọc (cho phần mềm)', en: 'Long CSV (for software)' },
	'imports.template.hint': {
		vi: 'Mẫu Excel có sẵn tên trường, kỳ báo cáo và một cột cho mỗi chỉ số áp dụng với cấp học của trường. Chọn một phòng GD&ĐT để có mẫu cho tất cả các trường.',
		en: 'The Excel template has the school’s name, the period and one column per figure of its level. Choose an education office for a template with all its schools.'
	},
	'imports.entry.link': { vi: 'Hoặc nhập trực tiếp trên web', en: 'Or enter the figures on the web' },
	'imports.file': { vi: 'Tệp số liệu', en: 'Figures file' },
	'imports.drop': {
		vi: 'Kéo thả tệp vào đây, hoặc bấm để chọn tệp',
		en: 'Drop the file here, or click to choose it'
	},
	'imports.pick': { vi: 'Chọn tệp…', en: 'Choose a file…' },
	'imports.none': { vi: 'Chưa chọn tệp nào', en: 'No file chosen' },
	'imports.options': {
		vi: 'Tệp không có cột kỳ báo cáo?',
		en: 'File without a period column?'
	},
	'imports.chosen': { vi: 'Đã chọn: {name} ({size})', en: 'Chosen: {name} ({size})' },
	'imports.limits': {
		vi: 'Nhận tệp .xlsx, .csv hoặc .txt (UTF-8, UTF-16 hoặc Windows-1258; phân cách bằng dấu phẩy, chấm phẩy hoặc tab), tối đa {megabytes} MB và {rows} dòng.',
		en: 'Accepts .xlsx, .csv or .txt (UTF-8, UTF-16 or Windows-1258; comma, semicolon or tab separated), up to {megabytes} MB and {rows} rows.'
	},
	'imports.period.default': {
		vi: 'Kỳ báo cáo cho các dòng không ghi kỳ (nếu tệp không có cột kỳ báo cáo)',
		en: 'Period for rows without one (if the file has no period column)'
	},
	'imports.period.none': { vi: '— Theo tệp —', en: '— As in the file —' },
	'imports.check': { vi: 'Kiểm tra tệp', en: 'Check the file' },
	'imports.sending': { vi: 'Đang gửi tệp… {percent}%', en: 'Sending the file… {percent}%' },
	'imports.checking': { vi: 'Đang kiểm tra…', en: 'Checking…' },
	'imports.failed.network': {
		vi: 'Không gửi được tệp (mất kết nối?). Hãy thử lại.',
		en: 'The file could not be sent (connection lost?). Please try again.'
	},
	'imports.refused.too_large': {
		vi: 'Tệp lớn hơn {megabytes} MB. Hãy chia thành nhiều tệp nhỏ hơn.',
		en: 'The file is larger than {megabytes} MB. Split it into smaller files.'
	},
	'imports.refused.no_file': { vi: 'Hãy chọn một tệp để tải lên.', en: 'Choose a file to upload.' },
	'imports.refused.not_multipart': {
		vi: 'Không đọc được tệp gửi lên. Hãy chọn lại tệp.',
		en: 'The upload could not be read. Choose the file again.'
	},
	'imports.expired': {
		vi: 'Phiên kiểm tra đã hết hạn. Hãy chọn lại tệp và bấm “Kiểm tra tệp”.',
		en: 'The check has expired. Choose the file again and press “Check the file”.'
	},
	'imports.summary.file': {
		vi: 'Tệp “{name}”: {rows} dòng, {layout}, bảng mã {encoding}.',
		en: '“{name}”: {rows} rows, {layout}, encoding {encoding}.'
	},
	'imports.summary.xlsx': {
		vi: 'Tệp “{name}”: {rows} dòng, {layout}.',
		en: '“{name}”: {rows} rows, {layout}.'
	},
	'imports.layout.long': { vi: 'dạng dọc (mỗi dòng một số liệu)', en: 'long layout (one figure per row)' },
	'imports.layout.wide': { vi: 'dạng ngang (mỗi dòng một trường)', en: 'wide layout (one school per row)' },
	'imports.layout.none': { vi: 'không nhận ra cách trình bày', en: 'layout not recognised' },
	'imports.rejected': {
		vi: 'Tệp có {count} lỗi nên chưa có số liệu nào được lưu. Sửa các dòng lỗi trong tệp rồi tải lên lại cả tệp.',
		en: 'The file has {count} errors, so nothing was stored. Fix the rows in your file and upload the whole file again.'
	},
	'imports.rejected.forbidden': {
		vi: 'Tệp có số liệu của đơn vị bạn không được phép nộp.',
		en: 'The file has figures of units you may not submit for.'
	},
	'imports.ready': {
		vi: 'Tệp hợp lệ. Sẽ lưu {new} số liệu mới và {changed} số liệu thay đổi; {unchanged} số liệu không đổi.',
		en: 'The file is valid. {new} new and {changed} changed figures will be stored; {unchanged} are unchanged.'
	},
	'imports.nothing': {
		vi: 'Tệp hợp lệ nhưng không có gì thay đổi so với số liệu đã nộp.',
		en: 'The file is valid but changes nothing in the figures already submitted.'
	},
	'imports.warned': {
		vi: 'Có {count} cảnh báo. Hãy kiểm tra lại; nếu số liệu đúng, đánh dấu xác nhận rồi lưu.',
		en: 'There are {count} warnings. Check them; if the figures are right, tick the confirmation and store.'
	},
	'imports.confirmWarnings': {
		vi: 'Tôi đã kiểm tra các cảnh báo, số liệu là đúng',
		en: 'I have checked the warnings; the figures are right'
	},
	'imports.needsConfirmation': {
		vi: 'Hãy đánh dấu ô xác nhận các cảnh báo trước khi lưu.',
		en: 'Tick the box confirming the warnings before storing.'
	},
	'imports.store': { vi: 'Xác nhận và lưu', en: 'Confirm and store' },
	'imports.storing': { vi: 'Đang lưu…', en: 'Storing…' },
	'imports.stored': {
		vi: 'Đã lưu: {new} số liệu mới, {changed} số liệu thay đổi. Báo cáo đã chuyển sang trạng thái “Đã nộp”.',
		en: 'Stored: {new} new and {changed} changed figures. The report is now “submitted”.'
	},
	'imports.unchanged': {
		vi: 'Không có gì thay đổi: số liệu trong tệp giống hệt số liệu đã nộp, nên không lưu thêm phiên bản mới.',
		en: 'Nothing changed: the file’s figures are the same as those already submitted, so no new version was stored.'
	},
	'imports.original': { vi: 'Tải lại tệp gốc', en: 'Download the original file' },
	'imports.failedRows': { vi: 'Tải các dòng lỗi (CSV)', en: 'Download the failed rows (CSV)' },
	'imports.failedRows.hint': {
		vi: 'Tệp CSV gồm các dòng có lỗi hoặc cảnh báo, thêm cột “Lỗi / Error” ghi lý do.',
		en: 'A CSV of the rows with errors or warnings, with an “Lỗi / Error” column giving the reason.'
	},
	'imports.errors': { vi: 'Lỗi ({count})', en: 'Errors ({count})' },
	'imports.warnings': { vi: 'Cảnh báo ({count})', en: 'Warnings ({count})' },
	'imports.listed': {
		vi: 'Hiển thị {shown} trên {count}; tải CSV để xem hết.',
		en: 'Showing {shown} of {count}; download the CSV for all.'
	},
	'imports.col.row': { vi: 'Dòng', en: 'Row' },
	'imports.col.column': { vi: 'Cột', en: 'Column' },
	'imports.col.value': { vi: 'Giá trị', en: 'Value' },
	'imports.col.reason': { vi: 'Lý do', en: 'Reason' },
	'imports.col.code': { vi: 'Mã', en: 'Code' },
	'imports.col.figure': { vi: 'Chỉ số', en: 'Figure' },
	'imports.col.current': { vi: 'Hiện tại', en: 'Current' },
	'imports.col.new': { vi: 'Giá trị mới', en: 'New value' },
	'imports.col.change': { vi: 'Thay đổi', en: 'Change' },
	'imports.change.new': { vi: 'Mới', en: 'New' },
	'imports.change.changed': { vi: 'Thay đổi', en: 'Changed' },
	'imports.change.unchanged': { vi: 'Không đổi', en: 'Unchanged' },
	'imports.wholeFile': { vi: 'Cả tệp', en: 'Whole file' },
	'imports.schools': { vi: 'Số liệu theo trường ({count})', en: 'Figures by school ({count})' },
	'imports.school.counts': {
		vi: '{new} mới · {changed} thay đổi · {unchanged} không đổi',
		en: '{new} new · {changed} changed · {unchanged} unchanged'
	},
	'imports.school.status': { vi: 'Trạng thái hiện tại: {status}', en: 'Current state: {status}' },
	'imports.school.more': { vi: '… và {count} số liệu nữa', en: '… and {count} more figures' },
	'imports.status.none': { vi: 'chưa nộp', en: 'not submitted' },
	'imports.status.draft': { vi: 'nháp', en: 'draft' },
	'imports.status.submitted': { vi: 'đã nộp', en: 'submitted' },
	'imports.status.returned': { vi: 'bị trả lại', en: 'returned' },
	'imports.status.approved': { vi: 'đã duyệt', en: 'approved' },
	'imports.history': { vi: 'Các lần tải lên gần đây của bạn', en: 'Your recent uploads' },
	'imports.history.empty': { vi: 'Bạn chưa tải lên tệp nào.', en: 'You have not uploaded any file yet.' },
	'imports.history.item': {
		vi: '{new} mới, {changed} thay đổi · {units}',
		en: '{new} new, {changed} changed · {units}'
	},

	// The entry form
	'imports.entry.title': { vi: 'Nhập số liệu: {school}', en: 'Enter figures: {school}' },
	'imports.entry.lead': {
		vi: 'Dành cho trường không dùng Excel. Số liệu được kiểm tra như khi tải tệp lên. Ô để trống sẽ không được lưu.',
		en: 'For schools without Excel. The figures are checked as an uploaded file is. Empty fields are not stored.'
	},
	'imports.entry.period': { vi: 'Kỳ báo cáo', en: 'Reporting period' },
	'imports.entry.show': { vi: 'Xem', en: 'Show' },
	'imports.entry.noFigures': {
		vi: 'Kỳ này không có chỉ số nào áp dụng cho cấp học của trường.',
		en: 'No figures of this period apply to the school’s level.'
	},
	'imports.entry.locked': {
		vi: 'Báo cáo kỳ này đã được duyệt nên số liệu đã khóa. Đề nghị Phòng GD&ĐT trả lại báo cáo nếu cần sửa.',
		en: 'This report has been approved, so its figures are locked. Ask the education office to return it if it needs correcting.'
	},
	'imports.entry.closed': {
		vi: 'Kỳ báo cáo này đã khóa sổ.',
		en: 'This reporting period is closed.'
	},
	'imports.entry.state': {
		vi: 'Trạng thái: {status} · phiên bản {version}',
		en: 'State: {status} · version {version}'
	},
	'imports.entry.save': { vi: 'Kiểm tra và lưu', en: 'Check and store' },
	'imports.entry.saved': {
		vi: 'Đã lưu {new} số liệu mới và {changed} số liệu thay đổi.',
		en: 'Stored {new} new and {changed} changed figures.'
	},
	'imports.entry.unchanged': { vi: 'Không có gì thay đổi.', en: 'Nothing changed.' },
	'imports.entry.errors': {
		vi: 'Chưa lưu: có {count} ô cần sửa (đánh dấu đỏ bên dưới).',
		en: 'Not stored: {count} fields need correcting (marked in red below).'
	},
	'imports.entry.warnings': {
		vi: 'Chưa lưu: có {count} cảnh báo (đánh dấu vàng). Kiểm tra lại; nếu số liệu đúng, đánh dấu xác nhận rồi lưu lại.',
		en: 'Not stored: {count} warnings (marked in yellow). Check them; if the figures are right, tick the confirmation and store again.'
	},
	'imports.entry.blank': { vi: '— chưa nhập —', en: '— not entered —' },
	'imports.entry.yes': { vi: 'Có', en: 'Yes' },
	'imports.entry.no': { vi: 'Không', en: 'No' },
	'imports.entry.group.MN': { vi: 'Mầm non', en: 'Preschool' },
	'imports.entry.group.TH': { vi: 'Tiểu học', en: 'Primary' },
	'imports.entry.group.THCS': { vi: 'Trung học cơ sở', en: 'Lower secondary' },
	'imports.entry.group.GV': { vi: 'Đội ngũ', en: 'Staff' },
	'imports.entry.group.PH': { vi: 'Cơ sở vật chất', en: 'Facilities' },
	'imports.entry.group.other': {
		vi: 'Chuẩn, kiểm định, chuyển đổi số',
		en: 'Standards, accreditation, digital'
	},
	// hardening
	'imports.refused.bad_name': {
		vi: 'Tên tệp không hợp lệ (mã hoá sai hoặc chứa ký tự điều khiển).',
		en: 'The file name is invalid (malformed encoding or control characters).'
	},
	'imports.api.bad_name': {
		vi: 'Tên tệp không hợp lệ: ?fileName= hoặc X-File-Name phải là tên tệp (X-File-Name mã hoá phần trăm UTF-8), không chứa ký tự điều khiển.',
		en: 'Invalid file name: ?fileName= or X-File-Name must be a file name (X-File-Name percent-encoded UTF-8) without control characters.'
	},
	'imports.failedRows.truncated': {
		vi: '… và {count} dòng lỗi khác không được liệt kê (tệp chỉ giữ {kept} dòng đầu).',
		en: '… and {count} more failed rows not listed (the file keeps only the first {kept}).'
	},
	// impossible figures
	'imports.check.impossible': {
		vi: 'Số liệu không thể đúng ({rule}): {left} = {leftValue} lớn hơn {right} = {rightValue}. Sửa lại số liệu trước khi tải lên.',
		en: 'Impossible figures ({rule}): {left} = {leftValue} is more than {right} = {rightValue}. Correct the figures before uploading.'
	},
	'imports.check.rule_incomplete': {
		vi: '{rule}: thiếu {missing}, nên chưa kiểm tra được tổng. Các mức đã có: {left} = {leftValue}; {right} = {rightValue}. Bổ sung số liệu còn thiếu hoặc xác nhận.',
		en: '{rule}: {missing} missing, so the sum cannot be checked. The parts given: {left} = {leftValue}; {right} = {rightValue}. Add the missing figures or confirm.'
	},
	'imports.col.comment': { vi: 'Ghi chú', en: 'Comment' },
	'imports.comment.was': { vi: 'Ghi chú hiện tại: {comment}', en: 'Current comment: {comment}' },
	'imports.check.rows_more': { vi: '{rows} và {more} dòng khác', en: '{rows} and {more} more rows' },
	'imports.rule.rate_part': {
		vi: 'Tử số của tỷ lệ lớn hơn mẫu số (tỷ lệ trên 100%)',
		en: 'A rate’s numerator is larger than its denominator (a rate above 100%)'
	}
} satisfies Catalogue;

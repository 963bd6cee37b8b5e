import type { Catalogue } from '../types';

export const reporting = {
	'nav.reporting': { vi: 'Nộp báo cáo', en: 'Reporting' },

	'reporting.filter.area': { vi: 'Đơn vị', en: 'Area' },
	'reporting.filter.year': { vi: 'Năm học', en: 'School year' },
	'reporting.filter.period': { vi: 'Kỳ báo cáo', en: 'Reporting period' },
	'reporting.filter.all': { vi: 'Tất cả', en: 'All' },
	'reporting.filter.show': { vi: 'Xem', en: 'Show' },

	'reporting.status.none': { vi: 'Chưa có báo cáo', en: 'No report' },
	'reporting.status.draft': { vi: 'Đang soạn', en: 'Draft' },
	'reporting.status.submitted': { vi: 'Chờ duyệt', en: 'Awaiting review' },
	'reporting.status.returned': { vi: 'Bị trả lại', en: 'Returned' },
	'reporting.status.approved': { vi: 'Đã duyệt', en: 'Approved' },

	'reporting.count.expected': { vi: 'Phải nộp', en: 'Expected' },
	'reporting.count.received': { vi: 'Đã nộp', en: 'Received' },
	'reporting.count.onTime': { vi: 'Đúng hạn', en: 'On time' },
	'reporting.count.late': { vi: 'Nộp muộn', en: 'Late' },
	'reporting.count.missing': { vi: 'Chưa nộp', en: 'Missing' },
	'reporting.count.ofWhichReturned': { vi: '(bị trả lại: {n})', en: '({n} returned)' },
	'reporting.rate.completeness': { vi: 'Tỷ lệ đã nộp', en: 'Completeness' },
	'reporting.rate.timeliness': { vi: 'Tỷ lệ đúng hạn', en: 'Timeliness' },

	'reporting.days.late': { vi: 'muộn {n} ngày', en: '{n} days late' },
	'reporting.days.onTime': { vi: 'đúng hạn', en: 'on time' },
	'reporting.days.overdue': { vi: 'quá hạn {n} ngày', en: '{n} days overdue' },
	'reporting.days.today': { vi: 'hạn cuối hôm nay', en: 'due today' },
	'reporting.days.left': { vi: 'còn {n} ngày', en: '{n} days left' },

	'reporting.board.title': { vi: 'Tình hình nộp báo cáo', en: 'Report completeness' },
	'reporting.board.noPeriod': {
		vi: 'Năm học này chưa có kỳ báo cáo nào.',
		en: 'This school year has no reporting periods.'
	},
	'reporting.board.schoolDeadline': { vi: 'Hạn trường nộp', en: 'School deadline' },
	'reporting.board.districtDeadline': { vi: 'Hạn nộp lên Sở', en: 'Deadline to the province' },
	'reporting.board.exportMissing': {
		vi: 'Tải danh sách chưa nộp (Excel)',
		en: 'Download missing list (Excel)'
	},
	'reporting.board.exportUpward': { vi: 'Tải báo cáo tổng hợp (CSV)', en: 'Download roll-up (CSV)' },
	'reporting.board.byArea': { vi: 'Theo đơn vị trực thuộc', en: 'By area' },
	'reporting.board.owing': {
		vi: 'Chưa nộp, nộp chưa đủ hoặc bị trả lại ({n})',
		en: 'Missing, incomplete or returned ({n})'
	},
	'reporting.board.noneOwing': { vi: 'Tất cả các trường đã nộp.', en: 'Every school has reported.' },
	'reporting.board.lateList': { vi: 'Nộp muộn ({n})', en: 'Late ({n})' },
	'reporting.board.noneLate': { vi: 'Không có trường nào nộp muộn.', en: 'No school reported late.' },
	'reporting.board.onTimeList': { vi: 'Nộp đúng hạn ({n})', en: 'On time ({n})' },
	'reporting.board.noneOnTime': {
		vi: 'Chưa có trường nào nộp đúng hạn.',
		en: 'No school has reported on time yet.'
	},
	'reporting.board.school': { vi: 'Trường', en: 'School' },
	'reporting.board.contact': { vi: 'Người liên hệ', en: 'Contact' },
	'reporting.board.deadlineState': { vi: 'Thời hạn', en: 'Deadline' },
	'reporting.board.submittedAt': { vi: 'Nộp lúc', en: 'Received' },
	'reporting.board.submittedBy': { vi: 'Người nộp', en: 'Submitted by' },
	'reporting.board.timeliness': { vi: 'Đúng/muộn hạn', en: 'Timeliness' },
	'reporting.board.status': { vi: 'Trạng thái', en: 'Status' },
	'reporting.board.select': { vi: 'Chọn', en: 'Select' },
	'reporting.board.selectSchool': { vi: 'Chọn báo cáo của {name}', en: 'Select the report of {name}' },
	'reporting.board.waiting': {
		vi: '{n} báo cáo đang chờ duyệt. Đánh dấu các báo cáo cần duyệt ở bảng dưới.',
		en: '{n} reports await review. Tick the ones to approve below.'
	},
	'reporting.board.selectAll': { vi: 'Chọn tất cả', en: 'Select all' },
	'reporting.board.approveSelected': { vi: 'Duyệt các báo cáo đã chọn', en: 'Approve selected reports' },
	'reporting.board.approvedResult': {
		vi: 'Đã duyệt {n} báo cáo; {refused} báo cáo không duyệt được.',
		en: 'Approved {n} reports; {refused} could not be approved.'
	},
	'reporting.board.changedSince': {
		vi: '{n} trường đã gửi phiên bản mới sau khi trang được mở: mở lại báo cáo để xem trước khi duyệt.',
		en: '{n} schools sent a new version after the page was opened: open the report to see it before approving.'
	},

	'reporting.watch.title': { vi: 'Sắp đến hạn và vừa quá hạn', en: 'Deadlines coming up and just passed' },
	'reporting.watch.deadline': { vi: 'hạn {date}', en: 'due {date}' },
	'reporting.watch.missing': { vi: '{n}/{total} trường chưa nộp', en: '{n} of {total} schools missing' },
	'reporting.watch.export': { vi: 'Tải danh sách (Excel)', en: 'Download list (Excel)' },

	'reporting.rollup.title': { vi: 'Báo cáo tổng hợp gửi Sở', en: 'Roll-up to the province' },
	'reporting.rollup.column': { vi: 'Báo cáo tổng hợp', en: 'Roll-up' },
	'reporting.rollup.send': { vi: 'Gửi báo cáo tổng hợp lên Sở', en: 'Send the roll-up to the province' },
	'reporting.rollup.result.sent': { vi: 'Đã gửi báo cáo tổng hợp.', en: 'Roll-up sent.' },
	'reporting.rollup.result.wrong_status': {
		vi: 'Báo cáo tổng hợp đã được gửi hoặc đã duyệt.',
		en: 'The roll-up has already been sent or approved.'
	},
	'reporting.rollup.result.forbidden': {
		vi: 'Bạn không có quyền gửi báo cáo tổng hợp này.',
		en: 'You may not send this roll-up.'
	},
	'reporting.rollup.result.comment_required': { vi: 'Cần ghi lý do.', en: 'A reason is required.' },
	'reporting.rollup.result.no_figures': { vi: 'Chưa có số liệu.', en: 'No figures yet.' },
	'reporting.rollup.result.schools_pending': {
		vi: 'Còn báo cáo của trường chưa được duyệt.',
		en: 'Some school reports still await review.'
	},
	'reporting.rollup.result.rollup_approved': {
		vi: 'Báo cáo tổng hợp đã được Sở duyệt.',
		en: 'The province has approved the roll-up.'
	},
	'reporting.rollup.result.not_found': { vi: 'Không tìm thấy.', en: 'Not found.' },

	'reporting.calendar.title': { vi: 'Lịch báo cáo', en: 'Reporting calendar' },
	'reporting.calendar.helpSystem': {
		vi: 'Đóng một kỳ ở đây sẽ đóng cho toàn hệ thống. Có thể mở lại cho từng trường, kèm lý do.',
		en: 'Closing a period here closes it system-wide. It can be reopened for a single school, with a reason.'
	},
	'reporting.calendar.helpArea': {
		vi: 'Đóng một kỳ ở đây chỉ đóng cho các trường thuộc đơn vị. Có thể mở lại cho từng trường, kèm lý do.',
		en: 'Closing a period here closes it for this area’s schools only. It can be reopened for a single school, with a reason.'
	},
	'reporting.calendar.toBoard': { vi: 'Xem tình hình nộp báo cáo', en: 'See report completeness' },
	'reporting.calendar.closedAbove': {
		vi: 'Không mở được: kỳ này đang bị đóng ở cấp trên.',
		en: 'Cannot open: the period is closed above this area.'
	},
	'reporting.calendar.levels': { vi: 'Cấp học nộp', en: 'Reported by' },
	'reporting.calendar.dates': { vi: 'Thời gian', en: 'Dates' },
	'reporting.calendar.state': { vi: 'Tình trạng', en: 'State' },
	'reporting.calendar.state.open': { vi: 'Đang mở', en: 'Open' },
	'reporting.calendar.state.closed': { vi: 'Đã đóng', en: 'Closed' },
	'reporting.calendar.state.closed_for_area': { vi: 'Đã đóng (đơn vị)', en: 'Closed (area)' },
	'reporting.calendar.closedBy': { vi: 'do {name} đóng', en: 'closed by {name}' },
	'reporting.calendar.actions': { vi: 'Thao tác', en: 'Actions' },
	'reporting.calendar.close': { vi: 'Đóng kỳ', en: 'Close' },
	'reporting.calendar.open': { vi: 'Mở lại kỳ', en: 'Reopen' },
	'reporting.calendar.grant': { vi: 'Mở lại cho một trường…', en: 'Reopen for one school…' },
	'reporting.calendar.grantButton': { vi: 'Mở lại cho trường này', en: 'Reopen for this school' },
	'reporting.calendar.reason': { vi: 'Lý do', en: 'Reason' },
	'reporting.calendar.untilLabel': { vi: 'Mở đến hết ngày (không bắt buộc)', en: 'Open until (optional)' },
	'reporting.calendar.until': { vi: 'đến {date}', en: 'until {date}' },
	'reporting.calendar.revoke': { vi: 'Thu hồi', en: 'Revoke' },

	'reporting.action.submit': { vi: 'Nộp báo cáo', en: 'Submit' },
	'reporting.action.approve': { vi: 'Duyệt', en: 'Approve' },
	'reporting.action.return': { vi: 'Trả lại để sửa', en: 'Return for correction' },
	'reporting.action.reopen': { vi: 'Mở lại báo cáo đã duyệt', en: 'Reopen the approved report' },
	'reporting.refusal.forbidden': {
		vi: 'Bạn không có quyền thực hiện thao tác này.',
		en: 'You may not do this.'
	},
	'reporting.refusal.wrong_status': {
		vi: 'Báo cáo đã thay đổi trạng thái; hãy tải lại trang.',
		en: 'The report’s status has changed; reload the page.'
	},
	'reporting.refusal.comment_required': {
		vi: 'Hãy ghi rõ lý do (ít nhất 5 ký tự) để trường biết cần sửa gì.',
		en: 'Give a reason (at least 5 characters) so the school knows what to fix.'
	},
	'reporting.refusal.no_figures': {
		vi: 'Báo cáo chưa có số liệu nào để nộp.',
		en: 'The report has no figures to submit.'
	},
	'reporting.refusal.schools_pending': {
		vi: 'Còn báo cáo của trường đang chờ duyệt hoặc bị trả lại; hãy xử lý trước khi duyệt tổng hợp.',
		en: 'School reports still await review or correction; settle them before approving the roll-up.'
	},
	'reporting.refusal.rollup_approved': {
		vi: 'Sở đã duyệt báo cáo tổng hợp có báo cáo này; cần Sở mở lại báo cáo tổng hợp trước.',
		en: 'The province approved the roll-up containing this report; it must reopen the roll-up first.'
	},

	'reporting.submission.rollupTitle': { vi: 'Báo cáo tổng hợp — {name}', en: 'Roll-up — {name}' },
	'reporting.submission.version': { vi: 'phiên bản {n}', en: 'version {n}' },
	'reporting.submission.returnedNote': {
		vi: 'Báo cáo bị trả lại để sửa. Ý kiến:',
		en: 'Returned for correction. Comment:'
	},
	'reporting.submission.fixHint': {
		vi: 'Sửa số liệu nếu cần (nhập trực tiếp hoặc tải tệp lên; mỗi lần lưu là nộp lại), hoặc bấm Nộp báo cáo nếu số liệu đã đúng.',
		en: 'Correct the figures if needed (enter them or upload a file; saving resubmits), or press Submit if they are right.'
	},
	'reporting.submission.firstSubmitted': { vi: 'Nộp lần đầu', en: 'First received' },
	'reporting.submission.lastSubmitted': { vi: 'Nộp gần nhất', en: 'Last submitted' },
	'reporting.submission.decided': { vi: 'Xử lý gần nhất', en: 'Last decision' },
	'reporting.submission.inRollup': { vi: 'Thuộc báo cáo tổng hợp', en: 'Part of the roll-up' },
	'reporting.submission.actions': { vi: 'Xử lý báo cáo', en: 'Review' },
	'reporting.submission.done': { vi: 'Đã chuyển sang trạng thái: {status}.', en: 'Now: {status}.' },
	'reporting.submission.returnComment': {
		vi: 'Ý kiến gửi trường (cần sửa gì)',
		en: 'Comment to the school (what to fix)'
	},
	'reporting.submission.reopenReason': { vi: 'Lý do mở lại', en: 'Reason for reopening' },
	'reporting.submission.rollupFigures': { vi: 'Số liệu tổng hợp', en: 'Rolled-up figures' },
	'reporting.submission.rollupNote': {
		vi: 'Tổng hợp trực tiếp từ báo cáo đã nộp của {n} trường; khi Sở duyệt, số liệu lúc duyệt được lưu vào nhật ký.',
		en: 'Computed live from the received reports of {n} schools; when the province approves, the figures at that moment are kept in the audit log.'
	},
	'reporting.submission.timeline': { vi: 'Quá trình xử lý', en: 'Timeline' },
	'reporting.submission.figures': { vi: 'Số liệu ({n})', en: 'Figures ({n})' },
	'reporting.submission.figure': { vi: 'Chỉ số', en: 'Figure' },
	'reporting.submission.value': { vi: 'Giá trị', en: 'Value' },
	'reporting.submission.comment': { vi: 'Ghi chú', en: 'Note' },
	'reporting.submission.noFigures': { vi: 'Chưa có số liệu.', en: 'No figures yet.' },
	'reporting.value.yes': { vi: 'Có', en: 'Yes' },
	'reporting.value.no': { vi: 'Không', en: 'No' },

	'reporting.timeline.submitted': { vi: 'Nộp báo cáo', en: 'Submitted' },
	'reporting.timeline.resubmitted': { vi: 'Nộp lại sau khi sửa', en: 'Resubmitted' },
	'reporting.timeline.returned': { vi: 'Trả lại để sửa', en: 'Returned for correction' },
	'reporting.timeline.reopened': { vi: 'Mở lại báo cáo đã duyệt', en: 'Approved report reopened' },
	'reporting.timeline.approved': { vi: 'Duyệt', en: 'Approved' },
	'reporting.timeline.upload': { vi: 'Tải lên tệp', en: 'Uploaded' },
	'reporting.timeline.empty': { vi: 'Chưa có thao tác nào.', en: 'Nothing has happened yet.' },

	'reporting.open.title': { vi: 'Kỳ báo cáo cần nộp', en: 'Reports due' },
	'reporting.open.none': { vi: 'Hiện không có kỳ báo cáo nào cần nộp.', en: 'No report is due right now.' },
	'reporting.open.deadline': { vi: 'Hạn nộp {date}', en: 'Due {date}' },
	'reporting.open.enter': { vi: 'Nhập số liệu', en: 'Enter figures' },
	'reporting.open.upload': { vi: 'Tải tệp lên', en: 'Upload a file' },
	'reporting.open.view': { vi: 'Xem báo cáo', en: 'View report' },
	'reporting.open.exception': { vi: 'mở lại riêng cho trường', en: 'reopened for this school' },

	'reporting.xlsx.missingSheet': { vi: 'Chưa nộp', en: 'Missing' },
	'reporting.xlsx.missingTitle': {
		vi: 'Các trường chưa nộp: {period} — {area}',
		en: 'Schools missing: {period} — {area}'
	},
	'reporting.xlsx.contact': { vi: 'Người liên hệ', en: 'Contact person' },
	'reporting.xlsx.phone': { vi: 'Điện thoại', en: 'Phone' },
	'reporting.xlsx.daysLeft': { vi: 'Số ngày còn lại (âm: quá hạn)', en: 'Days left (negative: overdue)' },

	'reporting.error.invalid': { vi: 'Giá trị không hợp lệ.', en: 'Invalid value.' },
	'reporting.error.date': { vi: 'Ngày không hợp lệ.', en: 'Invalid date.' },
	'reporting.error.tooLong': { vi: 'Nội dung quá dài.', en: 'Too long.' },
	'reporting.error.noneSelected': { vi: 'Chưa chọn báo cáo nào.', en: 'No report selected.' },
	'reporting.error.schoolRequired': { vi: 'Hãy chọn một trường.', en: 'Choose a school.' },
	'reporting.error.reasonRequired': {
		vi: 'Hãy ghi lý do (ít nhất 5 ký tự).',
		en: 'Give a reason (at least 5 characters).'
	},
	'reporting.error.notClosed': {
		vi: 'Kỳ này đang mở với trường đã chọn; không cần mở lại.',
		en: 'The period is open for that school; nothing to reopen.'
	}
} satisfies Catalogue;

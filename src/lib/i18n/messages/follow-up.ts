import type { Catalogue } from '../types';

/** Inspection follow-up: the findings form, the school's response, attachments, the year's visits. */
export const followUp = {
	'followUp.pick.school': { vi: 'Chọn trường', en: 'Choose school' },
	'followUp.pick.first': {
		vi: 'Chọn trường trước: biểu mẫu chỉ liệt kê các chỉ tiêu thuộc cấp học của trường.',
		en: 'Choose the school first: the form lists only the indicators of its levels.'
	},
	'followUp.picker.chooseSchool': {
		vi: 'Chưa có chỉ tiêu nào cho cấp học của trường.',
		en: 'No indicators apply to this school’s levels.'
	},
	'followUp.picker.search': { vi: 'Tìm chỉ tiêu (tên hoặc mã)', en: 'Find an indicator (name or code)' },
	'followUp.picker.find': { vi: 'Tìm', en: 'Find' },
	'followUp.picker.count': {
		vi: 'Hiển thị {shown}/{total} chỉ tiêu của cấp học của trường',
		en: 'Showing {shown} of the school’s {total} indicators'
	},

	'followUp.owner': { vi: 'Đơn vị khắc phục', en: 'Owner' },
	'followUp.deadline': { vi: 'Hạn khắc phục', en: 'Deadline' },
	'followUp.noDeadline': { vi: 'Chưa đặt hạn', en: 'No deadline set' },
	'followUp.overdue': { vi: 'quá hạn', en: 'overdue' },
	'followUp.inspector': { vi: 'Người kiểm tra', en: 'Inspector' },

	'followUp.response': { vi: 'Phản hồi của trường', en: 'School’s response' },
	'followUp.noResponse': { vi: 'Trường chưa phản hồi.', en: 'The school has not responded yet.' },
	'followUp.responded': { vi: 'Đã gửi phản hồi.', en: 'Response sent.' },
	'followUp.respond.label': {
		vi: 'Trường đã khắc phục thế nào (việc đã làm, kết quả, việc còn lại)',
		en: 'What the school has done (actions, results, what remains)'
	},
	'followUp.respond.edit': { vi: 'Cập nhật phản hồi', en: 'Update the response' },
	'followUp.respond.send': { vi: 'Gửi phản hồi', en: 'Send response' },
	'followUp.respond.closed': {
		vi: 'Kết luận đã đóng; không thể phản hồi thêm.',
		en: 'The finding is closed; no further response.'
	},

	'followUp.attachments': { vi: 'Tệp đính kèm (biên bản, ảnh)', en: 'Attachments (minutes, photos)' },
	'followUp.noAttachments': { vi: 'Chưa có tệp đính kèm.', en: 'No attachments.' },
	'followUp.attached': { vi: 'Đã đính kèm {n} tệp.', en: '{n} file(s) attached.' },
	'followUp.attach.label': { vi: 'Chọn tệp', en: 'Choose files' },
	'followUp.attach.help': {
		vi: 'PDF, Word (.docx), ảnh JPEG, PNG hoặc WebP; mỗi tệp tối đa 10 MB, mỗi kết luận tối đa 20 tệp.',
		en: 'PDF, Word (.docx), JPEG, PNG or WebP images; at most 10 MB each and 20 files per finding.'
	},
	'followUp.attach.send': { vi: 'Tải lên', en: 'Upload' },
	'followUp.attach.error.empty': {
		vi: 'Chưa chọn tệp nào (hoặc tệp rỗng).',
		en: 'No file chosen (or it is empty).'
	},
	'followUp.attach.error.too_big': {
		vi: 'Tệp “{name}” lớn hơn 10 MB; chưa lưu.',
		en: '“{name}” is larger than 10 MB; not stored.'
	},
	'followUp.attach.error.wrong_type': {
		vi: 'Tệp “{name}” không phải PDF, Word (.docx) hay ảnh JPEG/PNG/WebP; chưa lưu.',
		en: '“{name}” is not a PDF, Word (.docx) or JPEG/PNG/WebP image; not stored.'
	},
	'followUp.attach.error.too_many': {
		vi: 'Kết luận đã có 20 tệp; không thể thêm “{name}”.',
		en: 'The finding already has 20 files; “{name}” was not added.'
	},
	'followUp.attach.error.closed': {
		vi: 'Kết luận đã đóng; không thể thêm tệp.',
		en: 'The finding is closed; no files can be added.'
	},
	'followUp.attach.error.not_found': { vi: 'Không tìm thấy kết luận.', en: 'Finding not found.' },

	'followUp.error.foreignIndicator': {
		vi: 'Chỉ chọn chỉ tiêu thuộc cấp học của trường.',
		en: 'Choose only indicators of the school’s levels.'
	},
	'followUp.error.responseRequired': {
		vi: 'Hãy ghi phản hồi (ít nhất 5 ký tự).',
		en: 'Write the response (at least 5 characters).'
	},
	'followUp.error.closed': {
		vi: 'Kết luận đã đóng; không thể phản hồi thêm.',
		en: 'The finding is closed; no further response.'
	},
	'followUp.error.endBeforeStart': {
		vi: 'Ngày kết thúc không thể trước ngày bắt đầu.',
		en: 'The end cannot be before the start.'
	},

	'followUp.again': {
		vi: 'Chưa khắc phục từ {period}; chỉ số khi đó → nay:',
		en: 'Open since {period}; indicators then → now:'
	},
	'followUp.again.noIndicators': {
		vi: 'Kết luận không gắn chỉ tiêu nào.',
		en: 'The finding names no indicators.'
	},
	'followUp.visit.title': { vi: 'Lịch kiểm tra', en: 'Inspection schedule' },
	'followUp.visit.one': { vi: 'Lịch kiểm tra', en: 'Planned visit' },
	'followUp.visit.year': { vi: 'năm học {year}', en: 'school year {year}' },
	'followUp.visit.yearLabel': { vi: 'Năm học', en: 'School year' },
	'followUp.visit.area': { vi: 'Đơn vị', en: 'Area' },
	'followUp.visit.planned': { vi: 'Các đợt kiểm tra ({n})', en: 'Planned visits ({n})' },
	'followUp.visit.none': {
		vi: 'Chưa có đợt kiểm tra nào trong năm học.',
		en: 'No visits planned this school year.'
	},
	'followUp.visit.when': { vi: 'Thời gian', en: 'When' },
	'followUp.visit.by': { vi: 'Người kiểm tra', en: 'By' },
	'followUp.visit.note': { vi: 'Nội dung', en: 'Purpose' },
	'followUp.visit.start': { vi: 'Từ ngày', en: 'From' },
	'followUp.visit.end': { vi: 'Đến ngày (không bắt buộc)', en: 'To (optional)' },
	'followUp.visit.inspector': { vi: 'Thanh tra viên (tài khoản)', en: 'Inspector (account)' },
	'followUp.visit.inspectorName': {
		vi: 'Hoặc tên người / đoàn kiểm tra',
		en: 'Or the name of the person / team'
	},
	'followUp.visit.new': { vi: 'Thêm đợt kiểm tra', en: 'Plan a visit' },
	'followUp.visit.edit': { vi: 'Sửa đợt kiểm tra', en: 'Edit the visit' },
	'followUp.visit.save': { vi: 'Lưu', en: 'Save' },
	'followUp.visit.delete': { vi: 'Xóa đợt kiểm tra', en: 'Delete the visit' },
	'followUp.visit.onWorklist': { vi: 'Lịch kiểm tra năm học', en: 'This year’s inspection schedule' },
	'followUp.visit.all': { vi: 'Xem và sửa lịch kiểm tra', en: 'View and edit the schedule' },
	'followUp.visit.error.outside_year': {
		vi: 'Ngày kiểm tra phải nằm trong năm học.',
		en: 'The visit must fall within the school year.'
	},
	'followUp.visit.error.unknown_year': { vi: 'Không có năm học này.', en: 'No such school year.' },
	'followUp.visit.error.unknown_inspector': {
		vi: 'Người này không phải thanh tra viên của đơn vị.',
		en: 'This account is not one of the area’s inspectors.'
	},
	'inspection.history.finding.respond': { vi: 'Trường phản hồi', en: 'School responded' },
	'inspection.history.finding.attach': { vi: 'Đính kèm tệp', en: 'File attached' },
	'followUp.responded.badge': { vi: 'trường đã phản hồi', en: 'school responded' }
} satisfies Catalogue;

import type { Catalogue } from '../types';

/** Review with context (figure comparisons, comment threads) and explanations (giải trình). */
export const review = {
	'review.context.title': { vi: 'Số liệu so với các kỳ trước', en: 'Figures against earlier periods' },
	'review.context.intro': {
		vi: 'Mỗi chỉ số đặt cạnh kỳ trước ({previous}) và cùng kỳ năm trước ({lastYear}).',
		en: 'Each figure beside the previous period ({previous}) and the same period last year ({lastYear}).'
	},
	'review.context.introOnce': {
		vi: 'Mỗi chỉ số đặt cạnh cùng kỳ năm trước ({lastYear}), cũng là kỳ báo cáo trước của biểu này.',
		en: 'Each figure beside the same period last year ({lastYear}), which is also this form’s previous report.'
	},
	'review.context.none': { vi: 'không có', en: 'none' },
	'review.context.summary': {
		vi: '{swing} biến động bất thường · {rule} vi phạm kiểm tra · {missing} thiếu số liệu bắt buộc',
		en: '{swing} unusual swings · {rule} broken checks · {missing} required figures missing'
	},
	'review.col.figure': { vi: 'Chỉ số', en: 'Figure' },
	'review.col.value': { vi: 'Kỳ này', en: 'This period' },
	'review.col.previous': { vi: 'Kỳ trước', en: 'Previous period' },
	'review.col.lastYear': { vi: 'Cùng kỳ năm trước', en: 'Same period last year' },
	'review.col.flags': { vi: 'Cần xem', en: 'To check' },
	'review.change': { vi: '{delta} ({percent})', en: '{delta} ({percent})' },
	'review.flag.swing': {
		vi: 'Biến động quá {threshold}% so với kỳ trước',
		en: 'Changed more than {threshold}% from the previous period'
	},
	'review.flag.rule': { vi: 'Không khớp: {rule}', en: 'Does not fit: {rule}' },
	'review.flag.missing': { vi: 'Thiếu số liệu bắt buộc', en: 'Required figure missing' },
	'review.noValue': { vi: 'chưa có số liệu', en: 'no data' },

	'review.thread.count': { vi: '{n} trao đổi', en: '{n} messages' },
	'review.thread.open': { vi: 'Nhận xét', en: 'Comment' },
	'review.thread.label': { vi: 'Trao đổi về {figure}', en: 'Thread on {figure}' },
	'review.thread.reviewer': { vi: 'Phòng', en: 'District' },
	'review.thread.school': { vi: 'Trường', en: 'School' },
	'review.thread.placeholderReviewer': {
		vi: 'Hỏi trường về chỉ số này…',
		en: 'Ask the school about this figure…'
	},
	'review.thread.placeholderSchool': { vi: 'Trả lời Phòng…', en: 'Answer the district…' },
	'review.thread.send': { vi: 'Gửi', en: 'Send' },
	'review.thread.sent': { vi: 'Đã gửi nhận xét.', en: 'Comment sent.' },
	'review.thread.error.empty': { vi: 'Hãy nhập nội dung nhận xét.', en: 'Type the comment.' },
	'review.thread.error.too_long': {
		vi: 'Nhận xét dài quá 2.000 ký tự.',
		en: 'The comment is longer than 2,000 characters.'
	},
	'review.thread.error.unknown_figure': { vi: 'Không có chỉ số này.', en: 'No such figure.' },
	'review.commented.title': {
		vi: 'Các chỉ số Phòng đã nhận xét',
		en: 'Figures the district commented on'
	},
	'review.commented.done': {
		vi: 'Đã trả lại; các chỉ số đã nhận xét: {figures}.',
		en: 'Returned; figures commented on: {figures}.'
	},

	'reporting.refusal.explanation_required': {
		vi: 'Chưa thể duyệt: trường chưa viết giải trình cho các chỉ tiêu Phòng yêu cầu.',
		en: 'Cannot approve yet: the school has not written the explanations the district required.'
	},
	'reporting.rollup.result.explanation_required': {
		vi: 'Chưa thể duyệt: còn giải trình Phòng yêu cầu mà trường chưa viết.',
		en: 'Cannot approve yet: explanations the district required are not written.'
	},
	'review.refusal.explanation_required': {
		vi: 'Chưa thể duyệt: trường chưa viết giải trình cho {indicators}.',
		en: 'Cannot approve yet: the school has not explained {indicators}.'
	},

	'explanations.title': { vi: 'Giải trình', en: 'Explanations' },
	'explanations.intro': {
		vi: 'Các chỉ tiêu chưa đạt hoặc có nguy cơ không đạt ở kỳ này: trường nêu nguyên nhân, biện pháp và thời hạn dự kiến đạt.',
		en: 'Indicators off track or at risk at this period: the school states the cause, the measures and when it expects to meet the target.'
	},
	'explanations.none': { vi: 'Chưa có giải trình nào.', en: 'No explanation yet.' },
	'explanations.nothingToExplain': {
		vi: 'Không có chỉ tiêu nào cần giải trình ở kỳ này.',
		en: 'No indicator needs an explanation at this period.'
	},
	'explanations.cause': { vi: 'Nguyên nhân', en: 'Cause' },
	'explanations.measures': { vi: 'Biện pháp khắc phục', en: 'Measures' },
	'explanations.expectedDate': { vi: 'Dự kiến đạt (dd/mm/yyyy)', en: 'Expected by (dd/mm/yyyy)' },
	'explanations.expectedShort': { vi: 'Dự kiến đạt', en: 'Expected by' },
	'explanations.save': { vi: 'Lưu giải trình', en: 'Save the explanation' },
	'explanations.saved': { vi: 'Đã lưu giải trình.', en: 'Explanation saved.' },
	'explanations.required': { vi: 'Phòng yêu cầu giải trình', en: 'Required by the district' },
	'explanations.written': { vi: 'Đã giải trình', en: 'Explained' },
	'explanations.notWritten': { vi: 'Chưa giải trình', en: 'Not explained yet' },
	'explanations.write': { vi: 'Viết giải trình', en: 'Write an explanation' },
	'explanations.edit': { vi: 'Sửa giải trình', en: 'Edit the explanation' },
	'explanations.link': { vi: 'Giải trình kỳ này', en: 'Explanations for this period' },
	'explanations.by': { vi: '{author}, {date}', en: '{author}, {date}' },
	'explanations.error.cause': { vi: 'Hãy nêu nguyên nhân.', en: 'State the cause.' },
	'explanations.error.measures': { vi: 'Hãy nêu biện pháp.', en: 'State the measures.' },
	'explanations.error.date': {
		vi: 'Ngày không hợp lệ: nhập dd/mm/yyyy.',
		en: 'Not a valid date: type dd/mm/yyyy.'
	},
	'explanations.error.not_explainable': {
		vi: 'Chỉ tiêu này không cần giải trình ở kỳ này.',
		en: 'This indicator needs no explanation at this period.'
	},
	'explanations.require.title': {
		vi: 'Yêu cầu giải trình trước khi duyệt',
		en: 'Require explanations before approval'
	},
	'explanations.require.intro': {
		vi: 'Chọn các chỉ tiêu trường phải giải trình; báo cáo chỉ được duyệt khi trường đã viết đủ.',
		en: 'Choose the indicators the school must explain; the report can be approved only once they are written.'
	},
	'explanations.require.save': { vi: 'Lưu yêu cầu', en: 'Save the requirement' },
	'explanations.require.saved': {
		vi: 'Đã lưu: yêu cầu giải trình {n} chỉ tiêu.',
		en: 'Saved: {n} indicators to explain.'
	},
	'explanations.status.off_track': { vi: 'Không đạt', en: 'Off track' },
	'explanations.status.at_risk': { vi: 'Có nguy cơ', en: 'At risk' },
	'explanations.col.school': { vi: 'Trường', en: 'School' },
	'explanations.col.indicator': { vi: 'Chỉ tiêu', en: 'Indicator' },
	'explanations.col.period': { vi: 'Kỳ', en: 'Period' },
	'explanations.col.status': { vi: 'Tình trạng khi giải trình', en: 'Status when explained' },
	'explanations.worklist': { vi: 'Giải trình: {n}', en: 'Explanations: {n}' }
} satisfies Catalogue;

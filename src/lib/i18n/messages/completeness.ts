import type { Catalogue } from '../types';

/** Incomplete reports (required figures missing) and missing figures shown as "no data". */
export const completeness = {
	'completeness.problem.incomplete': {
		vi: 'Báo cáo của {school} kỳ {period} còn thiếu {count} chỉ số bắt buộc: {codes}.',
		en: 'The report of {school} for {period} lacks {count} required figures: {codes}.'
	},
	'completeness.problem.incompleteMore': {
		vi: 'Báo cáo của {school} kỳ {period} còn thiếu {count} chỉ số bắt buộc: {codes} và {more} chỉ số khác.',
		en: 'The report of {school} for {period} lacks {count} required figures: {codes} and {more} more.'
	},
	'completeness.missing.title': { vi: 'Còn thiếu số liệu bắt buộc', en: 'Required figures missing' },
	'completeness.missing.intro': {
		vi: 'Báo cáo này còn thiếu {count} chỉ số mà biểu mẫu yêu cầu với cấp học của đơn vị:',
		en: 'This report lacks {count} figures its form requires for the unit’s level:'
	},
	'completeness.missing.none': {
		vi: 'Báo cáo đã có đủ các chỉ số bắt buộc.',
		en: 'The report has every required figure.'
	},
	'completeness.missing.entryIntro': {
		vi: 'Còn {count} chỉ số bắt buộc chưa có số liệu (được đánh dấu bên dưới).',
		en: '{count} required figures have no data yet (marked below).'
	},
	'completeness.missing.field': { vi: 'chưa có số liệu', en: 'no data yet' },
	'completeness.confirm.label': {
		vi: 'Tôi xác nhận báo cáo chưa đủ số liệu bắt buộc',
		en: 'I confirm the report lacks required figures'
	},
	'completeness.error.incomplete': {
		vi: 'Báo cáo còn thiếu {count} chỉ số bắt buộc ({codes}); hãy xác nhận nếu vẫn muốn tiếp tục.',
		en: 'The report lacks {count} required figures ({codes}); confirm to go on anyway.'
	},
	'reporting.refusal.incomplete': {
		vi: 'Báo cáo còn thiếu chỉ số bắt buộc; cần xác nhận trước khi nộp hoặc duyệt.',
		en: 'The report lacks required figures; confirm before submitting or approving it.'
	},
	'reporting.rollup.result.incomplete': {
		vi: 'Báo cáo còn thiếu chỉ số bắt buộc.',
		en: 'The report lacks required figures.'
	},
	'completeness.state.incomplete': { vi: 'Nộp chưa đủ', en: 'Incomplete' },
	'completeness.count.incomplete': { vi: 'Chưa đủ số liệu', en: 'Incomplete' },
	'completeness.count.ofWhichIncomplete': { vi: '(chưa đủ số liệu: {n})', en: '({n} incomplete)' },
	'completeness.school.missingCount': { vi: 'thiếu {n} chỉ số', en: '{n} figures missing' },
	'completeness.noData': { vi: 'chưa có số liệu', en: 'no data' }
} satisfies Catalogue;

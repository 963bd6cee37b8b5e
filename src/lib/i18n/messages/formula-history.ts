import type { Catalogue } from '../types';

/** An indicator's formula by school year (catalogue page of an indicator). */
export const formulaHistory = {
	'formulaHistory.title': { vi: 'Lịch sử công thức', en: 'Formula history' },
	'formulaHistory.from': { vi: 'Áp dụng từ năm học', en: 'From school year' },
	'formulaHistory.fromFirst': { vi: 'Năm học đầu tiên', en: 'The earliest school year' },
	'formulaHistory.years': { vi: 'Các năm học dùng công thức này', en: 'School years using it' },
	'formulaHistory.noYears': { vi: 'Chưa có năm học nào', en: 'No school year yet' },
	'formulaHistory.latest': { vi: 'mới nhất', en: 'latest' },
	'formulaHistory.lead': {
		vi: 'Mỗi năm học được đánh giá theo công thức có hiệu lực cho năm đó. Đổi công thức chỉ áp dụng từ năm học được chọn trở đi; các năm trước giữ công thức và kết quả cũ.',
		en: 'Each school year is evaluated with the formula in force for it. A formula change applies from the chosen school year on; earlier years keep their formula and results.'
	},
	'formulaHistory.evaluated': {
		vi: 'Đã được đánh giá ở năm học {years}.',
		en: 'Already evaluated in school year {years}.'
	},
	'formulaHistory.evaluatedOption': { vi: '{year} (đã đánh giá)', en: '{year} (evaluated)' },
	'formulaHistory.fromHelp': {
		vi: 'Chỉ dùng khi công thức thay đổi. Đề xuất: năm học đầu tiên sau năm đã đánh giá gần nhất.',
		en: 'Used only when the formula changes. Proposed: the first school year after the last one evaluated.'
	},
	'formulaHistory.confirm': {
		vi: 'Tôi đồng ý tính lại kết quả đã đánh giá của các năm học từ năm đã chọn theo công thức mới.',
		en: 'I agree that the evaluations already made for the school years from the chosen one on are recomputed with the new formula.'
	},
	'formulaHistory.refused.rewrites': {
		vi: 'Đổi công thức từ năm học này sẽ làm thay đổi kết quả đã đánh giá của năm học {years}. Hãy chọn một năm học sau đó, hoặc đánh dấu đồng ý tính lại.',
		en: 'A change from this school year would change the evaluations already made for {years}. Choose a later school year, or tick the box to recompute them.'
	},
	'formulaHistory.refused.code': {
		vi: 'Chỉ tiêu đã được đánh giá ở năm học {years}: không đổi được mã. Hãy tạo một chỉ tiêu mới.',
		en: 'The indicator was evaluated in school year {years}: its code cannot change. Create a new indicator instead.'
	},
	'formulaHistory.refused.unknownYear': {
		vi: 'Không có năm học {years}.',
		en: 'There is no school year {years}.'
	},
	'formulaHistory.refused.yearHasFormulas': {
		vi: 'Không xóa được: công thức của một chỉ tiêu thay đổi từ năm học này.',
		en: 'Cannot delete: an indicator’s formula changes from this school year on.'
	}
} satisfies Catalogue;

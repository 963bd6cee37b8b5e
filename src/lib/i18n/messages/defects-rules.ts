import type { Catalogue } from '../types';

/** Issue #17's defects: values above an equality target, upload state, default periods, dates, file links. */
export const defectsRules = {
	'aboveTarget.status.fine': { vi: 'Vượt chỉ tiêu', en: 'Above target' },
	'aboveTarget.status.warning': { vi: 'Vượt chỉ tiêu, cần xem lại', en: 'Above target: check' },
	'aboveTarget.status.miss': { vi: 'Vượt chỉ tiêu, chưa đạt', en: 'Above target: missed' },
	'aboveTarget.field': { vi: 'Khi vượt chỉ tiêu “bằng”', en: 'Above an “equal to” target' },
	'aboveTarget.rule.default': { vi: 'Mặc định ({rule})', en: 'Default ({rule})' },
	'aboveTarget.rule.fine': { vi: 'Vẫn đạt', en: 'Fine' },
	'aboveTarget.rule.warning': { vi: 'Cảnh báo', en: 'A warning' },
	'aboveTarget.rule.miss': { vi: 'Chưa đạt', en: 'A miss' },
	'aboveTarget.help': {
		vi: 'Chỉ tiêu dạng “= 291 lớp”: số liệu cao hơn được tính là đạt, cảnh báo (như vượt ngưỡng trên) hay chưa đạt. Mặc định: cao hơn là tốt → vẫn đạt; thấp hơn là tốt → chưa đạt; trong khoảng → cảnh báo.',
		en: 'Targets such as “= 291 classes”: a higher value counts as met, a warning (like above a band) or a miss. Default: higher is better → fine; lower is better → a miss; within a band → a warning.'
	},
	'aboveTarget.error.rule': { vi: 'Chọn một cách đánh giá.', en: 'Choose a rule.' },
	'uploadState.stored': {
		vi: 'Đã lưu: {new} số liệu mới, {changed} số liệu thay đổi.',
		en: 'Stored: {new} new and {changed} changed figures.'
	},
	'uploadState.reportsNow': {
		vi: 'Báo cáo hiện ở trạng thái “{status}”.',
		en: 'The report is now “{status}”.'
	},
	'dates.placeholder': { vi: 'dd/mm/yyyy', en: 'dd/mm/yyyy' },
	'dates.hint': {
		vi: 'Ngày/tháng/năm, ví dụ 12/03/2026 là ngày 12 tháng 3 năm 2026',
		en: 'Day/month/year: 12/03/2026 is 12 March 2026'
	}
} satisfies Catalogue;

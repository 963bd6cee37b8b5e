import type { Catalogue } from '../types';

export const targets = {
	'targets.status.met': { vi: 'Đạt', en: 'Met' },
	'targets.status.on_track': { vi: 'Đúng tiến độ', en: 'On track' },
	'targets.status.at_risk': { vi: 'Có nguy cơ không đạt', en: 'At risk' },
	'targets.status.off_track': { vi: 'Chưa đạt', en: 'Off track' },
	'targets.status.above_band': { vi: 'Vượt ngưỡng trên', en: 'Above the band' },
	'targets.status.no_data': { vi: 'Chưa có số liệu', en: 'No data' },
	'targets.noTarget': { vi: 'Chưa giao chỉ tiêu', en: 'No target set' },

	'targets.scope.area': { vi: 'Toàn địa bàn', en: 'Whole area' },
	'targets.scope.school': { vi: 'Giao riêng cho trường', en: 'Assigned to the school' },
	'targets.scope.group': { vi: 'Theo nhóm trường', en: 'For a group of schools' },

	'targets.unit.pp': { vi: '{value} điểm phần trăm', en: '{value} pp' },
	'targets.unit.level': { vi: 'mức {value}', en: 'level {value}' },

	'targets.projection.trend': {
		vi: 'Theo đà hiện tại: {value} vào kỳ {period}, chỉ tiêu {target}',
		en: 'At the current pace: {value} by {period}, target {target}'
	},
	'targets.projection.last_year_pattern': {
		vi: 'Theo diễn biến năm học trước: {value} vào kỳ {period}, chỉ tiêu {target}',
		en: "Following last year's pattern: {value} by {period}, target {target}"
	},
	'targets.projection.carry_forward': {
		vi: 'Nếu giữ mức hiện tại: {value} vào kỳ {period}, chỉ tiêu {target}',
		en: 'If it stays where it is: {value} by {period}, target {target}'
	},

	'targets.api.missing': { vi: 'Thiếu tham số {name}.', en: 'The {name} parameter is missing.' },
	'targets.api.badParam': { vi: 'Tham số {name} không hợp lệ.', en: 'The {name} parameter is not valid.' },
	'targets.api.badYear': {
		vi: 'Năm học "{year}" không hợp lệ hoặc chưa có trong hệ thống (dạng 2024-2025).',
		en: 'School year "{year}" is invalid or unknown (format 2024-2025).'
	},
	'targets.api.badPeriod': {
		vi: 'Năm học {year} không có kỳ báo cáo "{period}".',
		en: 'School year {year} has no reporting period "{period}".'
	},
	'targets.api.badIndicator': {
		vi: 'Không có chỉ số "{indicator}".',
		en: 'There is no indicator "{indicator}".'
	},
	'targets.api.badGroup': {
		vi: 'Không có nhóm trường "{group}".',
		en: 'There is no group of schools "{group}".'
	},
	'targets.api.badChildren': {
		vi: 'Tham số children chỉ nhận true hoặc false.',
		en: 'The children parameter takes true or false.'
	}
} satisfies Catalogue;

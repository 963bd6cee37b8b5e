import type { Catalogue } from '../types';

/** Messages of the import service (checks against the database), the upload page and the entry form. */
export const imports = {
	// Checks against the database (src/lib/server/imports/check-records.ts)
	'imports.check.school_unknown': {
		vi: 'Không có trường nào mang mã “{value}”.',
		en: 'No school has the code “{value}”.'
	},
	'imports.check.school_not_school': {
		vi: 'Mã “{value}” là của đơn vị “{name}”, không phải một trường; số liệu chỉ nhập cho trường (hoặc xã với số liệu phổ cập).',
		en: 'The code “{value}” belongs to the unit “{name}”, not a school; figures are entered for schools (or communes, for universal-education figures).'
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
	}
} satisfies Catalogue;

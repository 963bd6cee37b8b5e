import type { Catalogue } from '../types';

export const catalogueAdmin = {
	'nav.admin.catalogue': { vi: 'Danh mục chỉ số', en: 'Catalogue' },
	'catalogueAdmin.title': { vi: 'Danh mục chỉ số và quy tắc kiểm tra', en: 'Catalogue and validation rules' },
	'catalogueAdmin.intro': {
		vi: 'Số liệu gốc là các mã trường học báo cáo trong tệp; chỉ tiêu là công thức trên các số liệu đó; quy tắc kiểm tra so sánh các số liệu của cùng một báo cáo khi nhập.',
		en: 'Data elements are the codes schools report in their files; indicators are formulas over them; validation rules compare the figures of one report when it is uploaded.'
	},
	'catalogueAdmin.standard.title': { vi: 'Danh mục chuẩn', en: 'The standard catalogue' },
	'catalogueAdmin.standard.help': {
		vi: 'Thêm các số liệu, chỉ tiêu và quy tắc chuẩn còn thiếu. Mục đã có (cùng mã) được giữ nguyên; chạy lại nhiều lần cũng không sao.',
		en: 'Adds the standard data elements, indicators and rules that are missing. Existing ones (same code) are left as they are; running it again is harmless.'
	},
	'catalogueAdmin.standard.submit': { vi: 'Nạp danh mục chuẩn', en: 'Load the standard catalogue' },
	'catalogueAdmin.standard.loaded': {
		vi: 'Đã thêm {elements} số liệu, {indicators} chỉ tiêu, {rules} quy tắc.',
		en: 'Added {elements} data elements, {indicators} indicators, {rules} rules.'
	},
	'catalogueAdmin.elements': { vi: 'Số liệu gốc', en: 'Data elements' },
	'catalogueAdmin.indicators': { vi: 'Chỉ tiêu', en: 'Indicators' },
	'catalogueAdmin.rules': { vi: 'Quy tắc kiểm tra', en: 'Validation rules' },
	'catalogueAdmin.addElement': { vi: 'Thêm số liệu', en: 'Add a data element' },
	'catalogueAdmin.addIndicator': { vi: 'Thêm chỉ tiêu', en: 'Add an indicator' },
	'catalogueAdmin.addRule': { vi: 'Thêm quy tắc', en: 'Add a rule' },
	'catalogueAdmin.editElement': { vi: 'Sửa số liệu {code}', en: 'Edit data element {code}' },
	'catalogueAdmin.editIndicator': { vi: 'Sửa chỉ tiêu {code}', en: 'Edit indicator {code}' },
	'catalogueAdmin.editRule': { vi: 'Sửa quy tắc', en: 'Edit rule' },
	'catalogueAdmin.edit': { vi: 'Sửa', en: 'Edit' },
	'catalogueAdmin.back': { vi: '← Danh mục', en: '← Catalogue' },
	'catalogueAdmin.empty': { vi: 'Chưa có mục nào.', en: 'None yet.' },
	'catalogueAdmin.saved': { vi: 'Đã lưu.', en: 'Saved.' },
	'catalogueAdmin.save': { vi: 'Lưu', en: 'Save' },
	'catalogueAdmin.code': { vi: 'Mã', en: 'Code' },
	'catalogueAdmin.codeHint': {
		vi: 'Chữ in hoa không dấu, số và _, ví dụ TH_TS_HS. Mã là thỏa thuận với tệp của các trường: không đổi được khi đã có số liệu.',
		en: 'Upper-case letters, digits and _, e.g. TH_TS_HS. The code is the contract with schools’ files: it cannot change once figures exist.'
	},
	'catalogueAdmin.nameVi': { vi: 'Tên (tiếng Việt)', en: 'Name (Vietnamese)' },
	'catalogueAdmin.nameEn': { vi: 'Tên (tiếng Anh)', en: 'Name (English)' },
	'catalogueAdmin.valueType': { vi: 'Kiểu giá trị', en: 'Value type' },
	'catalogueAdmin.valueType.count': { vi: 'Số đếm', en: 'Count' },
	'catalogueAdmin.valueType.yes_no': { vi: 'Có/không', en: 'Yes/no' },
	'catalogueAdmin.valueType.level': { vi: 'Mức độ', en: 'Level' },
	'catalogueAdmin.valueType.decimal': { vi: 'Số thập phân', en: 'Decimal' },
	'catalogueAdmin.levels': { vi: 'Cấp học', en: 'School levels' },
	'catalogueAdmin.forms': { vi: 'Biểu báo cáo', en: 'Report forms' },
	'catalogueAdmin.unitScope': { vi: 'Đơn vị báo cáo', en: 'Reported by' },
	'catalogueAdmin.unitScope.school': { vi: 'Trường', en: 'Schools' },
	'catalogueAdmin.unitScope.commune': { vi: 'Xã/phường', en: 'Communes' },
	'catalogueAdmin.maxLevel': { vi: 'Mức cao nhất', en: 'Highest level' },
	'catalogueAdmin.maxLevelHint': { vi: 'Chỉ cho kiểu “Mức độ”.', en: 'For the “Level” type only.' },
	'catalogueAdmin.group': { vi: 'Nhóm', en: 'Group' },
	'catalogueAdmin.formula': { vi: 'Công thức', en: 'Formula' },
	'catalogueAdmin.formulaKind': { vi: 'Loại công thức', en: 'Formula kind' },
	'catalogueAdmin.kind.rate': {
		vi: 'Tỉ lệ: Σ tử số / Σ mẫu số × 100',
		en: 'Rate: Σ numerator / Σ denominator × 100'
	},
	'catalogueAdmin.kind.sum': { vi: 'Tổng số', en: 'Sum' },
	'catalogueAdmin.kind.share_of_schools': {
		vi: 'Tỉ lệ trường đạt mức tối thiểu',
		en: 'Share of schools at a level or above'
	},
	'catalogueAdmin.kind.level': { vi: 'Mức độ (khu vực: mức thấp nhất)', en: 'Level (an area: the lowest)' },
	'catalogueAdmin.numerator': { vi: 'Tử số (hoặc các số cộng lại)', en: 'Numerator (or the codes summed)' },
	'catalogueAdmin.denominator': { vi: 'Mẫu số (chỉ cho tỉ lệ)', en: 'Denominator (rates only)' },
	'catalogueAdmin.element': { vi: 'Số liệu (mức độ, tỉ lệ trường)', en: 'Element (level, share of schools)' },
	'catalogueAdmin.atLeast': { vi: 'Mức tối thiểu', en: 'At least' },
	'catalogueAdmin.codesHint': {
		vi: 'Mã số liệu, cách nhau bằng dấu cách, dấu phẩy hoặc +.',
		en: 'Element codes separated by spaces, commas or +.'
	},
	'catalogueAdmin.direction': { vi: 'Chiều tốt', en: 'Better when' },
	'catalogueAdmin.direction.higher': { vi: 'Cao hơn', en: 'Higher' },
	'catalogueAdmin.direction.lower': { vi: 'Thấp hơn', en: 'Lower' },
	'catalogueAdmin.direction.band': { vi: 'Trong khoảng', en: 'Within a band' },
	'catalogueAdmin.unit': { vi: 'Đơn vị', en: 'Unit' },
	'catalogueAdmin.unit.percent': { vi: 'Phần trăm', en: 'Percent' },
	'catalogueAdmin.unit.count': { vi: 'Số lượng', en: 'Count' },
	'catalogueAdmin.unit.level': { vi: 'Mức', en: 'Level' },
	'catalogueAdmin.preview': { vi: 'Xem thử trên số liệu', en: 'Preview on real figures' },
	'catalogueAdmin.preview.value': {
		vi: 'Toàn tỉnh, {period} ({ref}): {value} (tử số {numerator}, mẫu số {denominator}; {reporters} đơn vị báo cáo). Chưa lưu gì.',
		en: 'Whole province, {period} ({ref}): {value} (numerator {numerator}, denominator {denominator}; {reporters} reporting units). Nothing saved yet.'
	},
	'catalogueAdmin.preview.none': {
		vi: 'Chưa có số liệu nào cho công thức này.',
		en: 'No figures for this formula yet.'
	},
	'catalogueAdmin.ruleKind': { vi: 'Phép so sánh', en: 'Comparison' },
	'catalogueAdmin.ruleKind.le': {
		vi: 'Σ vế trái ≤ Σ vế phải (lỗi nếu sai)',
		en: 'Σ left ≤ Σ right (an error when broken)'
	},
	'catalogueAdmin.ruleKind.eq': {
		vi: 'Σ vế trái = Σ vế phải (cảnh báo cần xác nhận)',
		en: 'Σ left = Σ right (a warning to confirm)'
	},
	'catalogueAdmin.left': { vi: 'Vế trái', en: 'Left side' },
	'catalogueAdmin.right': { vi: 'Vế phải', en: 'Right side' },
	'catalogueAdmin.ruleGroup': { vi: 'Loại kiểm tra', en: 'Kind of check' },
	'catalogueAdmin.ruleName': { vi: 'Tên riêng (không bắt buộc)', en: 'Own wording (optional)' },
	'catalogueAdmin.active': { vi: 'Đang áp dụng', en: 'Active' },
	'catalogueAdmin.inactive': { vi: 'Tạm dừng', en: 'Paused' },
	'catalogueAdmin.knownCodes': { vi: 'Các mã số liệu hiện có', en: 'Existing element codes' },
	'catalogueAdmin.error.code': {
		vi: 'Mã gồm 2–40 ký tự: chữ in hoa không dấu, số và _, bắt đầu bằng chữ.',
		en: 'A code is 2–40 characters: upper-case letters, digits and _, starting with a letter.'
	},
	'catalogueAdmin.error.name': {
		vi: 'Cần tên (tối đa 200 ký tự).',
		en: 'A name is needed (200 characters at most).'
	},
	'catalogueAdmin.error.valueType': { vi: 'Chọn kiểu giá trị.', en: 'Choose a value type.' },
	'catalogueAdmin.error.levels': { vi: 'Chọn ít nhất một cấp học.', en: 'Choose at least one school level.' },
	'catalogueAdmin.error.unitScope': { vi: 'Chọn đơn vị báo cáo.', en: 'Choose who reports it.' },
	'catalogueAdmin.error.forms': {
		vi: 'Chọn ít nhất một biểu báo cáo.',
		en: 'Choose at least one report form.'
	},
	'catalogueAdmin.error.maxLevel': {
		vi: 'Số liệu kiểu mức độ cần mức cao nhất (1–10).',
		en: 'A level figure needs its highest level (1–10).'
	},
	'catalogueAdmin.error.group': { vi: 'Chọn nhóm.', en: 'Choose a group.' },
	'catalogueAdmin.error.kind': { vi: 'Chọn phép so sánh.', en: 'Choose a comparison.' },
	'catalogueAdmin.error.codes': {
		vi: 'Cần 1–20 mã số liệu hợp lệ.',
		en: 'Needs 1–20 valid element codes.'
	},
	'catalogueAdmin.error.oneCode': { vi: 'Cần đúng một mã số liệu.', en: 'Needs exactly one element code.' },
	'catalogueAdmin.error.atLeast': { vi: 'Mức tối thiểu là một số 0–99.', en: 'The level is a number 0–99.' },
	'catalogueAdmin.error.sameSide': {
		vi: 'Một mã không thể nằm ở cả hai vế.',
		en: 'A code cannot be on both sides.'
	},
	'catalogueAdmin.error.ruleNames': {
		vi: 'Điền tên riêng bằng cả hai thứ tiếng, hoặc để trống cả hai.',
		en: 'Give the own wording in both languages, or leave both empty.'
	},
	'catalogueAdmin.error.formulaKind': { vi: 'Chọn loại công thức.', en: 'Choose a formula kind.' },
	'catalogueAdmin.error.direction': { vi: 'Chọn chiều tốt.', en: 'Choose which way is better.' },
	'catalogueAdmin.error.unit': { vi: 'Chọn đơn vị.', en: 'Choose a unit.' },
	'catalogueAdmin.refused.notFound': { vi: 'Không tìm thấy mục này.', en: 'This item was not found.' },
	'catalogueAdmin.refused.exists': {
		vi: 'Mã hoặc quy tắc này đã có.',
		en: 'This code or rule exists already.'
	},
	'catalogueAdmin.refused.codeInUse': {
		vi: 'Mã đang được dùng (số liệu đã nhập, công thức hoặc quy tắc): không đổi được.',
		en: 'The code is in use (stored figures, a formula or a rule): it cannot change.'
	},
	'catalogueAdmin.refused.unknownCodes': {
		vi: 'Không phải số liệu gốc trong danh mục: {codes}.',
		en: 'Not a data element of the catalogue: {codes}.'
	}
} satisfies Catalogue;

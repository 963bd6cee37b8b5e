import type { Catalogue } from '../types';

export const plans = {
	'nav.plans': { vi: 'Kế hoạch, chỉ tiêu', en: 'Plans & targets' },
	'plans.defaultTitle': {
		vi: 'Kế hoạch năm học {year} – {unit}',
		en: '{unit}: plan for the school year {year}'
	},

	// Targets in words
	'plans.cmp.gte': { vi: '≥ {value}', en: '≥ {value}' },
	'plans.cmp.lte': { vi: '≤ {value}', en: '≤ {value}' },
	'plans.cmp.eq': { vi: '= {value}', en: '= {value}' },
	'plans.cmp.range': { vi: '{min}–{max}', en: '{min}–{max}' },
	'plans.cmp.points': { vi: '{value} điểm %', en: '{value} pp' },
	'plans.cmp.down': { vi: 'giảm {size} so với {base}', en: 'down {size} on {base}' },
	'plans.cmp.up': { vi: 'tăng {size} so với {base}', en: 'up {size} on {base}' },
	'plans.cmp.noRise': { vi: 'không tăng so với {base}', en: 'no rise on {base}' },
	'plans.cmp.noFall': { vi: 'không giảm so với {base}', en: 'no fall on {base}' },
	'plans.cmp.level': { vi: 'đạt mức {value}', en: 'reach level {value}' },
	'plans.cmp.planned': { vi: '{text} ({numerator}/{denominator})', en: '{text} ({numerator}/{denominator})' },
	'plans.scope.area': { vi: 'Toàn địa bàn', en: 'Whole area' },
	'plans.scope.group': { vi: 'Nhóm: {name}', en: 'Group: {name}' },
	'plans.period.DAU_NAM': { vi: 'Đầu năm học', en: 'Start of year' },
	'plans.period.CAN_DO_1': { vi: 'Cân đo lần 1', en: 'Growth check 1' },
	'plans.period.CAN_DO_2': { vi: 'Cân đo lần 2', en: 'Growth check 2' },
	'plans.period.CAN_DO_3': { vi: 'Cân đo lần 3', en: 'Growth check 3' },
	'plans.period.HK1': { vi: 'Học kỳ I', en: 'Semester I' },
	'plans.period.CUOI_NAM': { vi: 'Cuối năm học', en: 'End of year' },
	'plans.period.THANG': { vi: 'Hằng tháng', en: 'Every month' },
	'plans.period.month': { vi: 'Tháng {month}/{year}', en: '{month}/{year}' },

	// Plan documents' sections
	'plans.group.scale': { vi: 'Quy mô, mạng lưới trường lớp', en: 'Scale and school network' },
	'plans.group.staff': { vi: 'Đội ngũ cán bộ, giáo viên', en: 'Teaching staff' },
	'plans.group.quality': { vi: 'Chất lượng giáo dục', en: 'Quality of education' },
	'plans.group.accreditation': {
		vi: 'Kiểm định chất lượng và trường chuẩn quốc gia',
		en: 'Accreditation and national standard'
	},
	'plans.group.universal': { vi: 'Phổ cập giáo dục, xóa mù chữ', en: 'Universal education and literacy' },
	'plans.group.it': {
		vi: 'Ứng dụng công nghệ thông tin, chuyển đổi số',
		en: 'IT and digital transformation'
	},

	// Plan list
	'plans.list.title': { vi: 'Kế hoạch và chỉ tiêu năm học', en: 'School-year plans and targets' },
	'plans.list.year': { vi: 'Năm học', en: 'School year' },
	'plans.list.allYears': { vi: 'Tất cả các năm', en: 'All years' },
	'plans.list.filter': { vi: 'Lọc', en: 'Filter' },
	'plans.list.unit': { vi: 'Đơn vị', en: 'Unit' },
	'plans.list.plan': { vi: 'Kế hoạch', en: 'Plan' },
	'plans.list.targets': { vi: 'Số chỉ tiêu', en: 'Targets' },
	'plans.list.perSchool': {
		vi: 'trong đó {count} giao riêng cho trường',
		en: '{count} of them for single schools'
	},
	'plans.list.open': { vi: 'Mở kế hoạch', en: 'Open the plan' },
	'plans.list.empty': {
		vi: 'Chưa có kế hoạch nào trong phạm vi bạn được xem.',
		en: 'There is no plan within what you may see.'
	},
	'plans.readOnly': { vi: 'Chỉ xem', en: 'Read only' },
	'plans.crumbs': { vi: 'Vị trí trang', en: 'Breadcrumbs' },
	'plans.new.title': { vi: 'Lập kế hoạch năm học', en: 'Start a school-year plan' },
	'plans.new.hint': {
		vi: 'Sao chép toàn bộ chỉ tiêu của năm học trước rồi sửa lại, hoặc bắt đầu với kế hoạch trống.',
		en: 'Copy all targets of the previous school year and adjust them, or start with an empty plan.'
	},
	'plans.new.allPlanned': {
		vi: 'Mọi năm học đã có kế hoạch. Sửa chỉ tiêu ngay trong từng kế hoạch ở trên.',
		en: 'Every school year has a plan. Edit the targets within each plan above.'
	},
	'plans.new.titleVi': { vi: 'Tên kế hoạch (không bắt buộc)', en: 'Plan title (optional)' },
	'plans.new.titlePlaceholder': {
		vi: 'Ví dụ: Kế hoạch triển khai nhiệm vụ năm học 2025-2026',
		en: 'E.g. Plan for the tasks of the 2025-2026 school year'
	},
	'plans.new.copy': { vi: 'Sao chép từ năm học trước', en: 'Copy from the previous year' },
	'plans.new.empty': { vi: 'Tạo kế hoạch trống', en: 'Create an empty plan' },
	'plans.copy.done': {
		vi: 'Đã sao chép {count} chỉ tiêu vào kế hoạch năm học {year} của {unit}.',
		en: 'Copied {count} targets into the {year} plan of {unit}.'
	},
	'plans.copy.skippedIntro': {
		vi: '{count} chỉ tiêu không sao chép được, cần giao lại:',
		en: '{count} targets could not be copied and must be set again:'
	},
	'plans.copy.skip.school_gone': {
		vi: 'trường không còn hoạt động trong năm học này',
		en: 'the school is not open this school year'
	},
	'plans.copy.skip.group_gone': {
		vi: 'nhóm trường không dùng được trong năm học này',
		en: 'the school group does not exist this school year'
	},
	'plans.copy.skip.period_gone': {
		vi: 'năm học này không có kỳ đánh giá tương ứng',
		en: 'this school year has no matching period'
	},
	'plans.copy.skip.invalid': {
		vi: 'không còn hợp lệ với danh mục hiện tại',
		en: 'no longer valid with the current catalogue'
	},
	'plans.copy.year_unknown': { vi: 'Không có năm học {year}.', en: 'There is no school year {year}.' },
	'plans.copy.no_previous_plan': {
		vi: 'Đơn vị này không có kế hoạch của năm học trước {year} để sao chép.',
		en: 'This unit has no plan of the year before {year} to copy.'
	},
	'plans.copy.has_targets': {
		vi: 'Kế hoạch năm học {year} đã có {count} chỉ tiêu; không sao chép chồng lên. Hãy sửa trực tiếp hoặc nhập lại từ tệp.',
		en: 'The {year} plan already has {count} targets; copying never merges into them. Edit them, or import a file instead.'
	},
	'plans.copy.unit_type': {
		vi: 'Kế hoạch chỉ lập cho quận/huyện hoặc tỉnh/thành phố.',
		en: 'Plans belong to a district or a province.'
	},

	// Plan page
	'plans.page.summary': {
		vi: '{unit} · năm học {year} · {count} chỉ tiêu',
		en: '{unit} · school year {year} · {count} targets'
	},
	'plans.page.sections': { vi: 'Các nhóm chỉ tiêu', en: 'Sections' },
	'plans.page.add': { vi: 'Thêm chỉ tiêu', en: 'Add a target' },
	'plans.page.grid': { vi: 'Giao chỉ tiêu theo trường', en: 'Targets per school' },
	'plans.page.import': { vi: 'Nhập từ tệp', en: 'Import a file' },
	'plans.page.exportXlsx': { vi: 'Tải Excel', en: 'Download Excel' },
	'plans.page.exportCsv': { vi: 'Tải CSV', en: 'Download CSV' },
	'plans.page.empty': { vi: 'Kế hoạch này chưa có chỉ tiêu nào.', en: 'This plan has no targets yet.' },
	'plans.page.copy': {
		vi: 'Sao chép chỉ tiêu của năm học {year}',
		en: 'Copy the targets of {year}'
	},
	'plans.target.judgedAt': { vi: 'đánh giá: {period}', en: 'judged: {period}' },
	'plans.target.edit': { vi: 'Sửa', en: 'Edit' },
	'plans.target.editOf': { vi: 'Sửa chỉ tiêu {name}', en: 'Edit the target {name}' },
	'plans.target.perSchool': { vi: 'Giao theo trường', en: 'Per school' },
	'plans.target.delete': { vi: 'Xoá', en: 'Delete' },
	'plans.delete.confirm': {
		vi: 'Xoá chỉ tiêu “{name}” khỏi kế hoạch?',
		en: 'Delete the target “{name}” from the plan?'
	},
	'plans.delete.done': { vi: 'Đã xoá chỉ tiêu.', en: 'The target was deleted.' },

	// Target form
	'plans.new.targetTitle': { vi: 'Thêm chỉ tiêu', en: 'Add a target' },
	'plans.edit.title': { vi: 'Sửa chỉ tiêu', en: 'Edit the target' },
	'plans.edit.toGrid': {
		vi: 'Giao chỉ tiêu riêng cho từng trường theo chỉ số này',
		en: 'Set this indicator’s target school by school'
	},
	'plans.form.indicator': { vi: 'Chỉ số', en: 'Indicator' },
	'plans.form.chooseIndicator': { vi: '— Chọn chỉ số —', en: '— Choose an indicator —' },
	'plans.form.scope': { vi: 'Phạm vi áp dụng', en: 'Applies to' },
	'plans.form.scopeHint': {
		vi: 'Chỉ tiêu giao riêng cho một trường thay thế chỉ tiêu chung đối với trường đó.',
		en: 'A target for one school replaces the area’s target for that school.'
	},
	'plans.form.groups': { vi: 'Nhóm trường', en: 'School groups' },
	'plans.form.schools': { vi: 'Trường', en: 'Schools' },
	'plans.form.target': { vi: 'Mức chỉ tiêu', en: 'Target' },
	'plans.form.comparator': { vi: 'Cách so sánh', en: 'Comparison' },
	'plans.form.value': { vi: 'Giá trị', en: 'Value' },
	'plans.form.change': { vi: 'Mức thay đổi (âm là giảm)', en: 'Change (negative = down)' },
	'plans.form.changePoints': {
		vi: 'Mức thay đổi, điểm % (âm là giảm)',
		en: 'Change in percentage points (negative = down)'
	},
	'plans.form.min': { vi: 'Từ', en: 'From' },
	'plans.form.max': { vi: 'Đến', en: 'To' },
	'plans.form.unitPoints': { vi: 'điểm %', en: 'pp' },
	'plans.form.unitLevel': { vi: '(mức)', en: '(level)' },
	'plans.form.numberHint': {
		vi: 'Gõ số như thường viết: 85,7 hoặc 7.910; giảm 1,5 điểm % ghi −1,5.',
		en: 'Type numbers as usual: 85.7 or 7910; a fall of 1.5 points is −1.5.'
	},
	'plans.form.judgedAt': { vi: 'Kỳ đánh giá', en: 'Judged at' },
	'plans.form.baseline': { vi: 'So với kỳ', en: 'Against the period' },
	'plans.form.plannedNumerator': {
		vi: 'Số kế hoạch: tử số (không bắt buộc)',
		en: 'Planned count: numerator (optional)'
	},
	'plans.form.plannedDenominator': {
		vi: 'Số kế hoạch: mẫu số (không bắt buộc)',
		en: 'Planned count: denominator (optional)'
	},
	'plans.form.source': { vi: 'Căn cứ (trích văn bản kế hoạch)', en: 'Source (quote from the plan)' },
	'plans.form.sourceHint': {
		vi: 'Ví dụ: “Học sinh Hoàn thành xuất sắc: 55-60%”.',
		en: 'E.g. “Pupils completing with excellence: 55-60%”.'
	},
	'plans.form.create': { vi: 'Thêm chỉ tiêu', en: 'Add the target' },
	'plans.form.save': { vi: 'Lưu thay đổi', en: 'Save changes' },

	// Per-school grid
	'plans.grid.title': { vi: 'Giao chỉ tiêu theo trường', en: 'Targets per school' },
	'plans.grid.intro': {
		vi: 'Mỗi dòng là một trường có áp dụng chỉ số. Ô để trống: trường theo chỉ tiêu chung. Nhập số: giao chỉ tiêu riêng cho trường đó.',
		en: 'One row per school the indicator applies to. A blank cell: the school follows the common target. A number: the school’s own target.'
	},
	'plans.grid.titleRead': { vi: 'Chỉ tiêu của từng trường', en: 'Each school’s targets' },
	'plans.grid.introRead': {
		vi: 'Chỉ tiêu của từng trường: theo chỉ tiêu chung, hoặc chỉ tiêu được giao riêng cho trường.',
		en: 'Each school’s target: the common one, or the school’s own.'
	},
	'plans.grid.followsCommon': { vi: 'Theo chỉ tiêu chung', en: 'The common target' },
	'plans.grid.area': {
		vi: 'Chỉ tiêu chung: {target} (đánh giá: {period})',
		en: 'Common target: {target} (judged: {period})'
	},
	'plans.grid.noArea': {
		vi: 'Chưa có chỉ tiêu chung cho toàn địa bàn (đánh giá: {period})',
		en: 'No common target for the whole area (judged: {period})'
	},
	'plans.grid.count': {
		vi: '{schools} trường, {own} trường có chỉ tiêu riêng',
		en: '{schools} schools, {own} with their own target'
	},
	'plans.grid.comparator': {
		vi: 'Cách so sánh cho các chỉ tiêu riêng',
		en: 'Comparison of the schools’ targets'
	},
	'plans.grid.source': {
		vi: 'Căn cứ giao chỉ tiêu (không bắt buộc)',
		en: 'Source of the assignment (optional)'
	},
	'plans.grid.sourcePlaceholder': {
		vi: 'Ví dụ: Quyết định giao chỉ tiêu số …',
		en: 'E.g. Decision no. … assigning targets'
	},
	'plans.grid.hint': {
		vi: 'Xoá số trong một ô để bỏ chỉ tiêu riêng của trường đó.',
		en: 'Clear a cell to remove that school’s own target.'
	},
	'plans.grid.fix': {
		vi: 'Chưa lưu: hãy sửa các ô được đánh dấu đỏ.',
		en: 'Not saved: correct the cells marked in red.'
	},
	'plans.grid.school': { vi: 'Trường', en: 'School' },
	'plans.grid.inherited': { vi: 'Chỉ tiêu chung đang áp dụng', en: 'Common target that applies' },
	'plans.grid.own': { vi: 'Chỉ tiêu riêng của trường', en: 'The school’s own target' },
	'plans.grid.usedMark': {
		vi: '● chỉ số đã có chỉ tiêu trong kế hoạch',
		en: '● indicators the plan already has targets for'
	},
	'plans.grid.noTarget': { vi: 'Chưa giao', en: 'None' },
	'plans.grid.placeholder': { vi: 'theo chỉ tiêu chung', en: 'common target' },
	'plans.grid.valueFor': { vi: 'Chỉ tiêu riêng của {school}', en: 'Own target of {school}' },
	'plans.grid.minFor': { vi: 'Chỉ tiêu riêng của {school}: từ', en: 'Own target of {school}: from' },
	'plans.grid.maxFor': { vi: 'Chỉ tiêu riêng của {school}: đến', en: 'Own target of {school}: to' },
	'plans.grid.now': { vi: 'Đang giao: {target}', en: 'Now: {target}' },
	'plans.grid.save': { vi: 'Lưu giao chỉ tiêu', en: 'Save the assignments' },
	'plans.grid.saved': {
		vi: 'Đã lưu: {created} chỉ tiêu riêng mới, {updated} sửa, {deleted} bỏ.',
		en: 'Saved: {created} new school targets, {updated} changed, {deleted} removed.'
	},
	'plans.grid.none': {
		vi: 'Không có chỉ số nào giao được theo trường.',
		en: 'No indicator can be assigned per school.'
	},

	// Import page
	'plans.import.title': { vi: 'Nhập chỉ tiêu từ tệp', en: 'Import targets from a file' },
	'plans.import.intro': {
		vi: 'Tệp CSV hoặc Excel, mỗi dòng một chỉ tiêu, cùng các cột như tệp tải về từ kế hoạch. Dùng tệp tải về làm mẫu:',
		en: 'A CSV or Excel file, one target per row, with the columns of the file downloaded from a plan. Use a downloaded file as the template:'
	},
	'plans.import.template': { vi: 'tải chỉ tiêu hiện có (Excel)', en: 'download the current targets (Excel)' },
	'plans.import.file': {
		vi: 'Tệp .csv hoặc .xlsx (tối đa {mb} MB)',
		en: 'A .csv or .xlsx file ({mb} MB at most)'
	},
	'plans.import.mode': { vi: 'Cách nhập', en: 'How to import' },
	'plans.import.replace': {
		vi: 'Thay toàn bộ {count} chỉ tiêu hiện có bằng chỉ tiêu trong tệp',
		en: 'Replace all {count} current targets with the file’s'
	},
	'plans.import.append': { vi: 'Thêm vào các chỉ tiêu hiện có', en: 'Add to the current targets' },
	'plans.import.check': { vi: 'Kiểm tra tệp', en: 'Check the file' },
	'plans.import.result': { vi: 'Kết quả kiểm tra tệp {name}', en: 'Check of {name}' },
	'plans.import.problems': {
		vi: 'Có {count} lỗi; chưa nhập chỉ tiêu nào ({ok} dòng hợp lệ). Sửa tệp rồi kiểm tra lại.',
		en: '{count} problems; nothing was imported ({ok} rows are fine). Correct the file and check it again.'
	},
	'plans.import.ready': {
		vi: 'Tệp hợp lệ: {count} chỉ tiêu. Xem lại rồi bấm xác nhận để nhập.',
		en: 'The file is valid: {count} targets. Review them, then confirm to import.'
	},
	'plans.import.replaceWarning': {
		vi: '{count} chỉ tiêu hiện có của kế hoạch sẽ bị thay thế.',
		en: 'The plan’s {count} current targets will be replaced.'
	},
	'plans.import.row': { vi: 'Dòng', en: 'Row' },
	'plans.import.column': { vi: 'Cột', en: 'Column' },
	'plans.import.value': { vi: 'Giá trị', en: 'Value' },
	'plans.import.reason': { vi: 'Lỗi', en: 'Problem' },
	'plans.import.otherLang': { vi: 'en', en: 'vi' },
	'plans.import.confirm': { vi: 'Xác nhận nhập {count} chỉ tiêu', en: 'Import {count} targets' },
	'plans.import.cancel': { vi: 'Huỷ', en: 'Cancel' },
	'plans.import.changed': {
		vi: 'Tệp đã thay đổi sau khi kiểm tra. Hãy kiểm tra lại.',
		en: 'The file changed after the check. Check it again.'
	},
	'plans.import.done': {
		vi: 'Đã nhập {created} chỉ tiêu (thay thế {deleted} chỉ tiêu cũ).',
		en: 'Imported {created} targets (replacing {deleted}).'
	},

	// Validation
	'plans.error.tooLong': { vi: 'Nội dung quá dài.', en: 'This is too long.' },
	'plans.error.notNumber': {
		vi: 'Không đọc được số này. Ví dụ: 85,7 hoặc 7910.',
		en: 'This is not a number. Examples: 85.7 or 7910.'
	},
	'plans.error.scope': { vi: 'Chọn phạm vi áp dụng.', en: 'Choose where the target applies.' },
	'plans.error.periodUnknown': {
		vi: 'Năm học này không có kỳ báo cáo “{key}”.',
		en: 'This school year has no reporting period “{key}”.'
	},
	'plans.error.unitRequired': { vi: 'Chọn đơn vị.', en: 'Choose a unit.' },
	'plans.error.yearRequired': { vi: 'Chọn năm học.', en: 'Choose a school year.' },
	'plans.error.yearUnknown': { vi: 'Không có năm học này.', en: 'There is no such school year.' },
	'plans.error.unitUnknown': { vi: 'Không có đơn vị này.', en: 'There is no such unit.' },
	'plans.error.unitType': {
		vi: 'Kế hoạch chỉ lập cho quận/huyện hoặc tỉnh/thành phố.',
		en: 'Plans belong to a district or a province.'
	},
	'plans.error.planExists': {
		vi: 'Đơn vị này đã có kế hoạch năm học {year}.',
		en: 'This unit already has a plan for {year}.'
	},
	'plans.error.indicatorRequired': { vi: 'Chọn chỉ số.', en: 'Choose an indicator.' },
	'plans.error.indicatorUnknown': { vi: 'Không có chỉ số “{code}”.', en: 'There is no indicator “{code}”.' },
	'plans.error.comparatorRequired': {
		vi: 'Chọn cách so sánh (≥, ≤, =, khoảng, thay đổi, mức).',
		en: 'Choose a comparison (≥, ≤, =, range, change, level).'
	},
	'plans.error.valueRequired': { vi: 'Nhập giá trị chỉ tiêu.', en: 'Enter the target value.' },
	'plans.error.minRequired': { vi: 'Nhập giá trị tối thiểu.', en: 'Enter the minimum.' },
	'plans.error.maxRequired': { vi: 'Nhập giá trị tối đa.', en: 'Enter the maximum.' },
	'plans.error.rangeBoth': {
		vi: 'Nhập cả tối thiểu và tối đa.',
		en: 'Enter both the minimum and the maximum.'
	},
	'plans.error.minAboveMax': {
		vi: 'Giá trị tối đa phải lớn hơn hoặc bằng tối thiểu.',
		en: 'The maximum must not be below the minimum.'
	},
	'plans.error.baselineRequired': {
		vi: 'Chỉ tiêu thay đổi cần kỳ gốc để so sánh.',
		en: 'A change target needs a baseline period.'
	},
	'plans.error.baselineSame': {
		vi: 'Kỳ gốc phải khác kỳ đánh giá.',
		en: 'The baseline must be another period than the one judged.'
	},
	'plans.error.levelInteger': {
		vi: 'Mức phải là số nguyên (1, 2, 3…).',
		en: 'A level is a whole number (1, 2, 3…).'
	},
	'plans.error.levelRange': { vi: 'Mức phải từ 0 đến {max}.', en: 'The level must be 0 to {max}.' },
	'plans.error.plannedBoth': {
		vi: 'Nhập cả tử số và mẫu số kế hoạch, hoặc bỏ trống cả hai.',
		en: 'Enter both planned counts, or neither.'
	},
	'plans.error.plannedPercentOnly': {
		vi: 'Tử số/mẫu số kế hoạch chỉ dùng cho chỉ số tỷ lệ.',
		en: 'Planned counts are for rate indicators only.'
	},
	'plans.error.countInteger': {
		vi: 'Số lượng phải là số nguyên không âm.',
		en: 'A count is a whole number, not negative.'
	},
	'plans.error.denominatorZero': { vi: 'Mẫu số phải lớn hơn 0.', en: 'The denominator must be above 0.' },
	'plans.error.percentRange': { vi: 'Tỷ lệ phải từ 0 đến 100 %.', en: 'A rate is between 0 and 100%.' },
	'plans.error.changeRange': {
		vi: 'Mức thay đổi phải từ −100 đến 100 điểm %.',
		en: 'A change is between −100 and 100 percentage points.'
	},
	'plans.error.levelComparator': {
		vi: 'Chỉ số mức độ dùng “đạt mức” hoặc “=”.',
		en: 'A level indicator takes “reach level” or “=”.'
	},
	'plans.error.notLevelIndicator': {
		vi: '“Đạt mức” chỉ dùng cho chỉ số mức độ (chuẩn quốc gia, kiểm định, phổ cập).',
		en: '“Reach level” is for level indicators only (national standard, accreditation, universalisation).'
	},
	'plans.error.schoolUnknown': {
		vi: 'Không có trường “{code}” trên địa bàn trong năm học này.',
		en: 'There is no school “{code}” in this area this school year.'
	},
	'plans.error.groupUnknown': {
		vi: 'Không có nhóm trường “{code}” của địa bàn.',
		en: 'There is no school group “{code}” in this area.'
	},
	'plans.error.areaOnly': {
		vi: 'Chỉ số này tính cho cả địa bàn (xã/phường), không giao riêng cho trường hay nhóm trường.',
		en: 'This indicator is for the whole area (communes), not for a school or group.'
	},
	'plans.error.levelNotApplicable': {
		vi: 'Chỉ số này không áp dụng cho cấp học của {name}.',
		en: 'This indicator does not apply to the level of {name}.'
	},
	'plans.error.groupNotApplicable': {
		vi: 'Chỉ số này không áp dụng cho trường nào trong nhóm {name}.',
		en: 'This indicator applies to no school of the group {name}.'
	},
	'plans.error.targetUnknown': { vi: 'Không tìm thấy chỉ tiêu này.', en: 'This target was not found.' },
	'plans.error.importMode': { vi: 'Chọn cách nhập.', en: 'Choose how to import.' },
	'plans.error.invalid': { vi: 'Giá trị không hợp lệ.', en: 'This value is not valid.' },
	'plans.comparator.gte': { vi: 'Tối thiểu (≥)', en: 'At least (≥)' },
	'plans.comparator.lte': { vi: 'Tối đa (≤)', en: 'At most (≤)' },
	'plans.comparator.eq': { vi: 'Bằng (=)', en: 'Equal (=)' },
	'plans.comparator.range': { vi: 'Trong khoảng (từ … đến …)', en: 'Within a range (min–max)' },
	'plans.comparator.change': { vi: 'Thay đổi so với kỳ gốc (điểm %)', en: 'Change against a baseline (pp)' },
	'plans.comparator.level_gte': { vi: 'Đạt mức (từ mức … trở lên)', en: 'Reach a level (or higher)' },
	'plans.export.codesSheet': { vi: 'ma_hop_le', en: 'codes' },
	'plans.export.codeColumn': { vi: 'Mã', en: 'Code' },
	'plans.export.meaningColumn': { vi: 'Ý nghĩa', en: 'Meaning' },
	'plans.import.empty': { vi: 'Tệp {name} không có dữ liệu.', en: 'The file {name} is empty.' },
	'plans.import.tooLarge': {
		vi: 'Tệp quá lớn (tối đa 2 MB cho một tệp chỉ tiêu).',
		en: 'The file is too large (2 MB at most for a targets file).'
	},
	'plans.import.unreadable': {
		vi: 'Không đọc được tệp {name}. Hãy lưu lại dưới dạng CSV (UTF-8) hoặc Excel (.xlsx).',
		en: 'The file {name} cannot be read. Save it as CSV (UTF-8) or Excel (.xlsx).'
	},
	'plans.import.format': {
		vi: 'Chỉ nhận tệp .csv hoặc .xlsx (tệp .xls cũ: mở bằng Excel và lưu lại dạng .xlsx).',
		en: 'Only .csv or .xlsx files (an old .xls file: open it in Excel and save it as .xlsx).'
	},
	'plans.import.noHeader': {
		vi: 'Không tìm thấy dòng tiêu đề có cột ma_chi_so và phep_so_sanh. Hãy dùng tệp xuất từ trang này làm mẫu.',
		en: 'No header row with the columns ma_chi_so and phep_so_sanh. Use a file exported from this page as the template.'
	},
	'plans.import.tooManyRows': { vi: 'Tệp có quá {max} dòng.', en: 'The file has more than {max} rows.' },
	'plans.import.noRows': { vi: 'Tệp không có chỉ tiêu nào.', en: 'The file holds no targets.' },
	'plans.import.scopeUnknown': {
		vi: '“{code}” không phải mã trường hay mã nhóm trường của địa bàn (để trống hoặc ghi “area” cho toàn địa bàn).',
		en: '“{code}” is neither a school nor a school group of this area (leave it blank or write “area” for the whole area).'
	},
	'plans.import.duplicateRow': {
		vi: 'Trùng với dòng {first}: cùng chỉ số, phạm vi và kỳ đánh giá.',
		en: 'Same indicator, scope and judging period as row {first}.'
	},
	'plans.import.duplicateExisting': {
		vi: 'Kế hoạch đã có chỉ tiêu này (cùng chỉ số, phạm vi và kỳ đánh giá).',
		en: 'The plan already has this target (same indicator, scope and judging period).'
	},
	'plans.import.fileRequired': { vi: 'Chọn tệp CSV hoặc Excel.', en: 'Choose a CSV or Excel file.' }
} satisfies Catalogue;

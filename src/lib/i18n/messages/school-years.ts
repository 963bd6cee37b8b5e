import type { Catalogue } from '../types';

export const schoolYears = {
	'nav.admin.schoolYears': { vi: 'Năm học', en: 'School years' },
	'schoolYears.title': { vi: 'Năm học và lịch báo cáo', en: 'School years and the reporting calendar' },
	'schoolYears.intro': {
		vi: 'Mỗi năm học có thời gian, hai học kỳ và các kỳ báo cáo của từng biểu mẫu với hai hạn nộp (trường → phòng, phòng → sở). Tạo năm mới bằng cách sao chép năm trước rồi xem lại, hoặc nhập tay.',
		en: 'Each school year has its dates, two semesters and the reporting periods of each form with two deadlines (school → district, district → province). Make a new year by copying last year’s and reviewing it, or by hand.'
	},
	'schoolYears.manageLink': { vi: 'Quản lý năm học và kỳ báo cáo', en: 'Manage school years and periods' },
	'schoolYears.editThisYear': { vi: 'Sửa năm học {code}', en: 'Edit school year {code}' },
	'schoolYears.calendarEmpty': {
		vi: 'Năm học này chưa có kỳ báo cáo nào. Quản trị viên tạo năm học và kỳ báo cáo ở mục “Năm học”.',
		en: 'This year has no reporting period yet. Administrators create school years and periods under “School years”.'
	},
	'schoolYears.new': { vi: 'Tạo năm học', en: 'New school year' },
	'schoolYears.newIntro': {
		vi: 'Nhập mã và thời gian của năm học; các kỳ báo cáo được thêm ở trang của năm học.',
		en: 'Enter the year’s code and dates; its reporting periods are added on the year’s page.'
	},
	'schoolYears.copy': { vi: 'Sao chép năm trước', en: 'Copy last year' },
	'schoolYears.copyInstead': { vi: 'Hoặc sao chép một năm đã có.', en: 'Or copy an existing year.' },
	'schoolYears.formsLink': { vi: 'Biểu mẫu báo cáo ({count})', en: 'Report forms ({count})' },
	'schoolYears.toCalendar': { vi: 'Lịch báo cáo', en: 'Reporting calendar' },
	'schoolYears.empty': {
		vi: 'Chưa có năm học nào. Hãy tạo năm học đầu tiên.',
		en: 'No school year yet. Create the first one.'
	},
	'schoolYears.back': { vi: '← Năm học', en: '← School years' },
	'schoolYears.code': { vi: 'Mã năm học', en: 'Year code' },
	'schoolYears.codeHint': {
		vi: 'Dạng 2026-2027 (hai năm liền nhau).',
		en: 'Like 2026-2027 (two consecutive years).'
	},
	'schoolYears.dates': { vi: 'Thời gian', en: 'Dates' },
	'schoolYears.hk1': { vi: 'Học kỳ I', en: 'Semester I' },
	'schoolYears.hk2': { vi: 'Học kỳ II', en: 'Semester II' },
	'schoolYears.periods': { vi: 'Kỳ báo cáo', en: 'Periods' },
	'schoolYears.submissions': { vi: 'Báo cáo đã nhận', en: 'Reports received' },
	'schoolYears.startDate': { vi: 'Ngày bắt đầu năm học', en: 'Year starts' },
	'schoolYears.endDate': { vi: 'Ngày kết thúc năm học', en: 'Year ends' },
	'schoolYears.hk1Start': { vi: 'Học kỳ I từ', en: 'Semester I from' },
	'schoolYears.hk1End': { vi: 'Học kỳ I đến', en: 'Semester I to' },
	'schoolYears.hk2Start': { vi: 'Học kỳ II từ', en: 'Semester II from' },
	'schoolYears.hk2End': { vi: 'Học kỳ II đến', en: 'Semester II to' },
	'schoolYears.createSubmit': { vi: 'Tạo năm học', en: 'Create the year' },
	'schoolYears.created': {
		vi: 'Đã tạo năm học. Hãy thêm các kỳ báo cáo bên dưới.',
		en: 'School year created. Add its reporting periods below.'
	},
	'schoolYears.copied': {
		vi: 'Đã sao chép năm học với {count} kỳ báo cáo.',
		en: 'School year copied with {count} reporting periods.'
	},
	'schoolYears.saved': { vi: 'Đã lưu.', en: 'Saved.' },
	'schoolYears.yearTitle': { vi: 'Năm học {code}', en: 'School year {code}' },
	'schoolYears.yearDates': { vi: 'Thời gian và học kỳ', en: 'Dates and semesters' },
	'schoolYears.save': { vi: 'Lưu', en: 'Save' },
	'schoolYears.periodsOfYear': { vi: 'Kỳ báo cáo ({count})', en: 'Reporting periods ({count})' },
	'schoolYears.noPeriods': {
		vi: 'Năm học chưa có kỳ báo cáo nào.',
		en: 'This year has no reporting period yet.'
	},
	'schoolYears.deadlinesShort': {
		vi: 'Hạn trường {school} · phòng {district}',
		en: 'Due: school {school} · district {district}'
	},
	'schoolYears.submissionsCount': { vi: '{count} báo cáo', en: '{count} reports' },
	'schoolYears.deletePeriod': { vi: 'Xóa kỳ {key}', en: 'Delete period {key}' },
	'schoolYears.periodDeleted': { vi: 'Đã xóa kỳ {key}.', en: 'Period {key} deleted.' },
	'schoolYears.addPeriod': { vi: 'Thêm kỳ báo cáo', en: 'Add a reporting period' },
	'schoolYears.addPeriodSubmit': { vi: 'Thêm kỳ', en: 'Add the period' },
	'schoolYears.form': { vi: 'Biểu mẫu', en: 'Form' },
	'schoolYears.key': { vi: 'Mã kỳ', en: 'Period key' },
	'schoolYears.keyHint': {
		vi: 'Chữ hoa, số, gạch dưới (DAU_NAM, HK1, CUOI_NAM, CAN_DO_1…); biểu mẫu tháng: YYYY-MM.',
		en: 'Capitals, digits, underscore (DAU_NAM, HK1, CUOI_NAM, CAN_DO_1…); monthly forms: YYYY-MM.'
	},
	'schoolYears.labelVi': { vi: 'Tên kỳ (tiếng Việt)', en: 'Label (Vietnamese)' },
	'schoolYears.labelEn': { vi: 'Tên kỳ (tiếng Anh)', en: 'Label (English)' },
	'schoolYears.periodStart': { vi: 'Từ ngày', en: 'From' },
	'schoolYears.periodEnd': { vi: 'Đến ngày', en: 'To' },
	'schoolYears.schoolDeadline': { vi: 'Hạn trường → phòng', en: 'Due school → district' },
	'schoolYears.districtDeadline': { vi: 'Hạn phòng → sở', en: 'Due district → province' },
	'schoolYears.sortOrder': { vi: 'Thứ tự', en: 'Order' },
	'schoolYears.noForms': { vi: 'Chưa có biểu mẫu báo cáo nào.', en: 'No report form yet.' },
	'schoolYears.addMonths': { vi: 'Thêm các kỳ tháng', en: 'Add the monthly periods' },
	'schoolYears.addMonthsHelp': {
		vi: 'Tạo một kỳ cho mỗi tháng của năm học (các tháng đã có được giữ nguyên), hạn nộp vào các ngày dưới đây của tháng sau.',
		en: 'Makes one period per month of the year (months already there stay as they are), due on the days below of the following month.'
	},
	'schoolYears.schoolDay': { vi: 'Ngày hạn trường (tháng sau)', en: 'School due day (next month)' },
	'schoolYears.districtDay': { vi: 'Ngày hạn phòng (tháng sau)', en: 'District due day (next month)' },
	'schoolYears.addMonthsSubmit': { vi: 'Thêm các tháng', en: 'Add the months' },
	'schoolYears.monthsAdded': { vi: 'Đã thêm {count} kỳ tháng.', en: '{count} monthly periods added.' },
	'schoolYears.deleteYear': { vi: 'Xóa năm học', en: 'Delete the school year' },
	'schoolYears.deleteYearHelp': {
		vi: 'Chỉ xóa được năm học chưa có báo cáo và kế hoạch nào; các kỳ báo cáo của nó bị xóa theo.',
		en: 'Only a year without reports or plans can be deleted; its periods go with it.'
	},
	'schoolYears.deleteYearSubmit': { vi: 'Xóa năm học {code}', en: 'Delete school year {code}' },
	'schoolYears.copyTitle': { vi: 'Sao chép năm học', en: 'Copy a school year' },
	'schoolYears.copyIntro': {
		vi: 'Chọn năm nguồn và mã năm mới: mọi ngày được dời theo số năm; hạn nộp rơi vào thứ Bảy hoặc Chủ nhật được dời sang thứ Hai; ngày 29/02 thành 28/02. Xem lại, sửa nếu cần, rồi lưu.',
		en: 'Pick the source year and the new code: every date moves by the years between them; a deadline on a Saturday or Sunday moves to Monday; 29/02 becomes 28/02. Review, correct if needed, then save.'
	},
	'schoolYears.source': { vi: 'Năm nguồn', en: 'Source year' },
	'schoolYears.target': { vi: 'Năm học mới', en: 'New year' },
	'schoolYears.preview': { vi: 'Xem trước', en: 'Preview' },
	'schoolYears.nothingToCopy': {
		vi: 'Chưa có năm học nào để sao chép.',
		en: 'There is no school year to copy yet.'
	},
	'schoolYears.reviewYear': { vi: 'Năm {code} (từ {source})', en: 'Year {code} (from {source})' },
	'schoolYears.was': { vi: 'Năm nguồn: {dates}', en: 'Source year: {dates}' },
	'schoolYears.reviewPeriods': { vi: 'Các kỳ báo cáo ({count})', en: 'Reporting periods ({count})' },
	'schoolYears.reviewHelp': {
		vi: 'Mỗi ô ghi ngày cũ → ngày mới; sửa ngày mới nếu cần. Chưa có gì được lưu cho đến khi bấm nút bên dưới.',
		en: 'Each cell shows old → new date; correct the new one if needed. Nothing is saved until you press the button below.'
	},
	'schoolYears.reviewErrors': {
		vi: '{count} ô chưa hợp lệ; hãy sửa rồi lưu lại.',
		en: '{count} fields are not valid; correct them and save again.'
	},
	'schoolYears.movedOffWeekend': { vi: 'dời khỏi cuối tuần', en: 'moved off a weekend' },
	'schoolYears.copySubmit': {
		vi: 'Lưu năm học {code} với {count} kỳ',
		en: 'Save school year {code} with {count} periods'
	},
	'schoolYears.formsTitle': { vi: 'Biểu mẫu báo cáo', en: 'Report forms' },
	'schoolYears.formsIntro': {
		vi: 'Biểu mẫu dùng chung cho mọi năm học; mỗi biểu mẫu có các kỳ báo cáo riêng trong từng năm. Mã biểu mẫu không đổi được.',
		en: 'Forms are shared by every school year; each has its own periods in each year. A form’s code cannot change.'
	},
	'schoolYears.formCode': { vi: 'Mã biểu mẫu', en: 'Form code' },
	'schoolYears.formCodeHint': {
		vi: 'Chữ hoa, số, gạch dưới (ví dụ CAN_DO).',
		en: 'Capitals, digits, underscore (e.g. CAN_DO).'
	},
	'schoolYears.nameVi': { vi: 'Tên (tiếng Việt)', en: 'Name (Vietnamese)' },
	'schoolYears.nameEn': { vi: 'Tên (tiếng Anh)', en: 'Name (English)' },
	'schoolYears.periodType': { vi: 'Loại kỳ', en: 'Period type' },
	'schoolYears.type.school_year': { vi: 'Theo năm học', en: 'School-year periods' },
	'schoolYears.type.monthly': { vi: 'Hằng tháng', en: 'Monthly' },
	'schoolYears.levels': { vi: 'Cấp học', en: 'Levels' },
	'schoolYears.periodsCount': { vi: '{count} kỳ', en: '{count} periods' },
	'schoolYears.newForm': { vi: 'Thêm biểu mẫu', en: 'New form' },
	'schoolYears.createFormSubmit': { vi: 'Thêm biểu mẫu', en: 'Add the form' },
	'schoolYears.formSaved': { vi: 'Đã lưu biểu mẫu {code}.', en: 'Form {code} saved.' },
	'schoolYears.error.date': { vi: 'Ngày không hợp lệ.', en: 'Not a valid date.' },
	'schoolYears.error.code': {
		vi: 'Mã năm học có dạng 2026-2027 (hai năm liền nhau).',
		en: 'A year code is like 2026-2027 (two consecutive years).'
	},
	'schoolYears.error.yearOrder': {
		vi: 'Ngày phải theo thứ tự: bắt đầu ≤ HK I từ ≤ HK I đến < HK II từ ≤ HK II đến ≤ kết thúc.',
		en: 'Dates must be in order: start ≤ semester I from ≤ semester I to < semester II from ≤ semester II to ≤ end.'
	},
	'schoolYears.error.startInYear': {
		vi: 'Năm học phải bắt đầu trong năm đầu của mã (2026-2027 bắt đầu năm 2026).',
		en: 'The year must start in the first year of its code (2026-2027 starts in 2026).'
	},
	'schoolYears.error.label': {
		vi: 'Nhập tên (tối đa 200 ký tự).',
		en: 'Enter a label (at most 200 characters).'
	},
	'schoolYears.error.periodOrder': {
		vi: 'Ngày kết thúc trước ngày bắt đầu.',
		en: 'The end is before the start.'
	},
	'schoolYears.error.deadlineBeforeStart': {
		vi: 'Hạn nộp của trường trước ngày bắt đầu kỳ.',
		en: 'The school deadline is before the period starts.'
	},
	'schoolYears.error.deadlineOrder': {
		vi: 'Hạn phòng → sở phải từ hạn trường → phòng trở đi.',
		en: 'The district deadline cannot be before the school deadline.'
	},
	'schoolYears.error.sortOrder': {
		vi: 'Thứ tự là số nguyên từ 0.',
		en: 'The order is a whole number from 0.'
	},
	'schoolYears.error.form': { vi: 'Chọn một biểu mẫu.', en: 'Choose a form.' },
	'schoolYears.error.key': {
		vi: 'Mã kỳ: chữ hoa, số, gạch dưới (2–20 ký tự), hoặc tháng YYYY-MM.',
		en: 'Period key: capitals, digits, underscore (2–20 characters), or a month YYYY-MM.'
	},
	'schoolYears.error.day': { vi: 'Một ngày từ 1 đến 31.', en: 'A day from 1 to 31.' },
	'schoolYears.error.formCode': {
		vi: 'Mã biểu mẫu: chữ hoa, số, gạch dưới (2–30 ký tự, bắt đầu bằng chữ).',
		en: 'Form code: capitals, digits, underscore (2–30 characters, starting with a letter).'
	},
	'schoolYears.error.periodType': { vi: 'Chọn loại kỳ.', en: 'Choose a period type.' },
	'schoolYears.error.levels': { vi: 'Chọn ít nhất một cấp học.', en: 'Choose at least one level.' },
	'schoolYears.error.copyLater': {
		vi: 'Năm mới phải sau năm nguồn.',
		en: 'The new year must come after the source year.'
	},
	'schoolYears.refused.exists': { vi: 'Mã này đã có.', en: 'This code already exists.' },
	'schoolYears.refused.notFound': { vi: 'Không tìm thấy.', en: 'Not found.' },
	'schoolYears.refused.sourceNotFound': { vi: 'Không có năm nguồn này.', en: 'No such source year.' },
	'schoolYears.refused.hasSubmissions': {
		vi: 'Không xóa được: đã có báo cáo của các trường cho kỳ này. Có thể đổi ngày và hạn nộp thay vì xóa.',
		en: 'Cannot delete: schools have already reported for it. Change its dates and deadlines instead.'
	},
	'schoolYears.refused.hasPlans': {
		vi: 'Không xóa được: đã có kế hoạch chỉ tiêu cho năm học này.',
		en: 'Cannot delete: plans with targets were made for this year.'
	},
	'schoolYears.refused.unknownForm': { vi: 'Không có biểu mẫu này.', en: 'No such form.' },
	'schoolYears.refused.keyForm': {
		vi: 'Biểu mẫu hằng tháng có mã kỳ dạng YYYY-MM; các biểu mẫu khác có mã như HK1.',
		en: 'A monthly form’s periods are keyed YYYY-MM; other forms’ like HK1.'
	},
	'schoolYears.refused.duplicateKey': { vi: 'Hai kỳ trùng mã.', en: 'Two periods have the same key.' },
	'schoolYears.refused.notMonthly': {
		vi: 'Biểu mẫu này không phải hằng tháng.',
		en: 'This form is not monthly.'
	},
	'schoolYears.refused.typeInUse': {
		vi: 'Không đổi được loại kỳ khi biểu mẫu đã có kỳ báo cáo.',
		en: 'The period type cannot change while the form has periods.'
	}
} satisfies Catalogue;

import type { Catalogue } from '../types';

/** The period report (báo cáo sơ kết / tổng kết): the document's fixed wording and the page that makes it. */
export const periodReport = {
	'periodReport.doc.nation': {
		vi: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
		en: 'SOCIALIST REPUBLIC OF VIETNAM'
	},
	'periodReport.doc.motto': { vi: 'Độc lập - Tự do - Hạnh phúc', en: 'Independence - Freedom - Happiness' },
	'periodReport.doc.number': { vi: 'Số: {number}', en: 'No.: {number}' },
	'periodReport.doc.placeDate': {
		vi: '{place}, ngày {day} tháng {month} năm {year}',
		en: '{place}, {day}/{month}/{year}'
	},
	'periodReport.doc.kind': { vi: 'BÁO CÁO', en: 'REPORT' },
	'periodReport.doc.section.intro': { vi: 'Đặc điểm tình hình', en: 'Background' },
	'periodReport.doc.section.results': {
		vi: 'Kết quả thực hiện các chỉ tiêu kế hoạch',
		en: 'Results against the plan targets'
	},
	'periodReport.doc.section.under.schools': {
		vi: 'Các trường chưa đạt chỉ tiêu',
		en: 'Schools under target'
	},
	'periodReport.doc.section.under.units': { vi: 'Các đơn vị chưa đạt chỉ tiêu', en: 'Areas under target' },
	'periodReport.doc.section.explanations': { vi: 'Giải trình của các trường', en: 'Schools’ explanations' },
	'periodReport.doc.section.completeness': {
		vi: 'Tình hình thực hiện chế độ báo cáo',
		en: 'Completeness and timeliness of reports'
	},
	'periodReport.doc.section.conclusions': {
		vi: 'Đánh giá chung và kiến nghị',
		en: 'Conclusions and proposals'
	},
	'periodReport.doc.col.no': { vi: 'TT', en: 'No.' },
	'periodReport.doc.col.indicator': { vi: 'Chỉ tiêu', en: 'Indicator' },
	'periodReport.doc.col.target': { vi: 'Kế hoạch', en: 'Target' },
	'periodReport.doc.col.actual': { vi: 'Thực hiện', en: 'Actual' },
	'periodReport.doc.col.schoolsOff': { vi: 'Số trường chưa đạt', en: 'Schools off track' },
	'periodReport.doc.col.unitsOff': { vi: 'Số đơn vị chưa đạt', en: 'Areas off track' },
	'periodReport.doc.col.status': { vi: 'Đánh giá', en: 'Status' },
	'periodReport.doc.col.school': { vi: 'Trường', en: 'School' },
	'periodReport.doc.col.unit': { vi: 'Đơn vị', en: 'Area' },
	'periodReport.doc.col.misses': {
		vi: 'Chỉ tiêu chưa đạt (thực hiện; kế hoạch)',
		en: 'Indicators off track (actual; target)'
	},
	'periodReport.doc.col.cause': { vi: 'Nguyên nhân', en: 'Cause' },
	'periodReport.doc.col.measures': { vi: 'Biện pháp khắc phục', en: 'Measures' },
	'periodReport.doc.col.expected': { vi: 'Dự kiến đạt', en: 'Expected by' },
	'periodReport.doc.miss': { vi: '{name}: {actual}; KH {target}', en: '{name}: {actual}; target {target}' },
	'periodReport.doc.noRows': {
		vi: 'Chưa có chỉ tiêu nào áp dụng cho đơn vị trong kỳ này.',
		en: 'No indicator applies to the area in this period.'
	},
	'periodReport.doc.noneUnder.schools': {
		vi: 'Không có trường nào chưa đạt chỉ tiêu trong kỳ này.',
		en: 'No school is under target in this period.'
	},
	'periodReport.doc.noneUnder.units': {
		vi: 'Không có đơn vị nào chưa đạt chỉ tiêu trong kỳ này.',
		en: 'No area is under target in this period.'
	},
	'periodReport.doc.completeness': {
		vi: 'Báo cáo {form}: số báo cáo phải nộp {expected}; đã nhận {received} (tỷ lệ đầy đủ {completeness}); nộp đúng hạn {onTime} (tỷ lệ đúng hạn {timeliness}); nộp muộn {late}; chưa nộp hoặc chưa đủ {missing}.',
		en: 'Report {form}: expected {expected}; received {received} (completeness {completeness}); on time {onTime} (timeliness {timeliness}); late {late}; missing or incomplete {missing}.'
	},
	'periodReport.doc.notReceived': { vi: 'Chưa nộp hoặc chưa đủ: {names}.', en: 'Not received: {names}.' },
	'periodReport.doc.late': { vi: 'Nộp muộn: {names}.', en: 'Received late: {names}.' },
	'periodReport.doc.recipients': { vi: 'Nơi nhận:', en: 'Recipients:' },
	'periodReport.doc.defaultTitle': {
		vi: 'Kết quả thực hiện chỉ tiêu kế hoạch {period}',
		en: 'Results against the plan targets: {period}'
	},
	'periodReport.error.tooLong': { vi: 'Nội dung quá dài', en: 'Too long' },
	'periodReport.error.required': { vi: 'Cần nhập mục này', en: 'Required' },
	'periodReport.error.date': { vi: 'Ngày không hợp lệ (dd/mm/yyyy)', en: 'Not a valid date (dd/mm/yyyy)' },
	'periodReport.error.noPeriod': { vi: 'Không có kỳ báo cáo này', en: 'No such reporting period' },
	'periodReport.error.school': {
		vi: 'Báo cáo kỳ được lập cho phòng hoặc sở, không cho một trường.',
		en: 'Period reports are made for a district or a province, not for a school.'
	},

	'periodReport.default.superior': { vi: 'UBND {area}', en: '{area} People’s Committee' },
	'periodReport.default.issuer.district': {
		vi: 'Phòng Giáo dục và Đào tạo',
		en: 'Office of Education and Training'
	},
	'periodReport.default.docNumber.district': { vi: '     /BC-PGDĐT', en: '     /BC-PGDĐT' },
	'periodReport.default.docNumber.province': { vi: '     /BC-SGDĐT', en: '     /BC-SGDĐT' },
	'periodReport.default.signer.district': { vi: 'Trưởng phòng', en: 'Head of Office' },
	'periodReport.default.signer.province': { vi: 'Giám đốc', en: 'Director' },
	'periodReport.default.recipients.district': {
		vi: 'Sở GD&ĐT (để b/c)\nUBND {area} (để b/c)\nCác trường trực thuộc (để t/h)\nLưu: VT',
		en: 'Department of Education (to report)\n{area} People’s Committee (to report)\nSchools (to act)\nFiling: VT'
	},
	'periodReport.default.recipients.province': {
		vi: 'Bộ GD&ĐT (để b/c)\nUBND tỉnh, thành phố (để b/c)\nCác phòng GD&ĐT, đơn vị trực thuộc\nLưu: VT',
		en: 'Ministry of Education (to report)\nProvincial People’s Committee (to report)\nDistrict offices and units\nFiling: VT'
	},

	'nav.periodReports': { vi: 'Báo cáo kỳ', en: 'Period reports' },
	'periodReport.page.title': { vi: 'Báo cáo sơ kết, tổng kết', en: 'Period report' },
	'periodReport.page.lead': {
		vi: 'Soạn báo cáo của {area} theo thể thức Nghị định 30/2020/NĐ-CP: bảng kết quả so với chỉ tiêu, trường chưa đạt, tình hình nộp báo cáo. Số liệu được lưu lại lúc tạo, tải lại sau vẫn ra đúng văn bản đó.',
		en: 'Write {area}’s report in the format of Decree 30/2020: results against targets, schools under target, completeness. The figures are kept as they were when generated, so a later download gives the same document.'
	},
	'periodReport.page.filters': { vi: 'Đơn vị và kỳ báo cáo', en: 'Area and period' },
	'periodReport.field.superior': { vi: 'Cơ quan chủ quản', en: 'Superior body' },
	'periodReport.field.issuer': { vi: 'Cơ quan ban hành', en: 'Issuing unit' },
	'periodReport.field.docNumber': { vi: 'Số, ký hiệu', en: 'Number and symbol' },
	'periodReport.field.place': { vi: 'Địa danh', en: 'Place' },
	'periodReport.field.issuedOn': { vi: 'Ngày ban hành', en: 'Date' },
	'periodReport.field.title': { vi: 'Trích yếu (tên báo cáo)', en: 'Title' },
	'periodReport.field.intro': { vi: 'Đặc điểm tình hình (mở đầu)', en: 'Introduction' },
	'periodReport.field.conclusions': { vi: 'Đánh giá chung và kiến nghị', en: 'Conclusions and proposals' },
	'periodReport.field.signerTitle': {
		vi: 'Chức vụ người ký (mỗi dòng một dòng, ví dụ KT. TRƯỞNG PHÒNG / PHÓ TRƯỞNG PHÒNG)',
		en: 'Signer’s title (one line each, e.g. KT. TRƯỞNG PHÒNG / PHÓ TRƯỞNG PHÒNG)'
	},
	'periodReport.field.signerName': { vi: 'Họ tên người ký', en: 'Signer’s name' },
	'periodReport.field.recipients': { vi: 'Nơi nhận (mỗi dòng một nơi)', en: 'Recipients (one a line)' },
	'periodReport.hint.figures': {
		vi: 'Bảng số liệu, danh sách trường chưa đạt và tình hình nộp báo cáo được lấy tự động khi tạo báo cáo.',
		en: 'The tables, the schools under target and completeness are filled in from the figures when you generate.'
	},
	'periodReport.hint.explanations': {
		vi: 'Giải trình của các trường ở kỳ này (nếu có) được in thành một mục riêng.',
		en: 'The schools’ explanations for this period, when there are any, are printed as their own section.'
	},
	'periodReport.action.generate': { vi: 'Tạo báo cáo', en: 'Generate the report' },
	'periodReport.generated': { vi: 'Đã tạo báo cáo số {number}.', en: 'Report {number} generated.' },
	'periodReport.list.title': { vi: 'Báo cáo đã tạo cho kỳ này', en: 'Reports generated for this period' },
	'periodReport.list.empty': { vi: 'Chưa có báo cáo nào cho kỳ này.', en: 'No report for this period yet.' },
	'periodReport.list.number': { vi: 'Số', en: 'Number' },
	'periodReport.list.title.col': { vi: 'Trích yếu', en: 'Title' },
	'periodReport.list.created': { vi: 'Tạo lúc', en: 'Generated' },
	'periodReport.list.by': { vi: 'Người tạo', en: 'By' },
	'periodReport.list.files': { vi: 'Tải về', en: 'Download' },
	'periodReport.download.docx': { vi: 'Word (.docx)', en: 'Word (.docx)' },
	'periodReport.download.pdf': { vi: 'PDF để in', en: 'PDF to print' },
	'periodReport.pdf.missing': {
		vi: 'Máy chủ chưa cài LibreOffice nên chưa tạo được bản PDF; hãy tải bản Word và in từ Word.',
		en: 'LibreOffice is not installed on the server, so no PDF can be made; download the Word file and print it from Word.'
	},
	'periodReport.pdf.failed': {
		vi: 'Chưa chuyển được báo cáo sang PDF (LibreOffice báo lỗi hoặc quá thời gian). Hãy thử lại hoặc tải bản Word.',
		en: 'The report could not be converted to PDF (LibreOffice failed or timed out). Try again or download the Word file.'
	},
	'periodReport.readOnly': {
		vi: 'Bạn chỉ xem và tải các báo cáo đã tạo; tạo báo cáo là việc của lãnh đạo, chuyên viên phòng, sở.',
		en: 'You may view and download reports; generating them is for the district or province office.'
	}
} satisfies Catalogue;

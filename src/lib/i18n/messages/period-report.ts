import type { Catalogue } from '../types';

/** The period report (báo cáo sơ kết / tổng kết): the document's fixed wording and the page that makes it. */
export const periodReport = {
	'periodReport.doc.nation': { vi: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', en: 'SOCIALIST REPUBLIC OF VIETNAM' },
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
	'periodReport.doc.section.conclusions': { vi: 'Đánh giá chung và kiến nghị', en: 'Conclusions and proposals' },
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
		vi: 'Kết quả thực hiện chỉ tiêu kế hoạch năm học {year}, {period}',
		en: 'Results against the plan targets, school year {year}, {period}'
	}
} satisfies Catalogue;

import type { Catalogue } from '../types';

export const inspection = {
	'nav.inspection': { vi: 'Kiểm tra', en: 'Inspection' },

	'inspection.title': { vi: 'Danh sách trường cần kiểm tra', en: 'Inspection worklist' },
	'inspection.summary': {
		vi: '{flagged}/{total} trường có vấn đề cần xem, xếp từ nghiêm trọng nhất.',
		en: '{flagged} of {total} schools need a look, most serious first.'
	},
	'inspection.severityHelp': {
		vi: 'Điểm mức độ = tổng (trọng số × mức thiếu hụt) của các chỉ tiêu không đạt, + kết quả giảm so với năm trước, + kết quả cao bất thường, + báo cáo nộp muộn hoặc chưa nộp.',
		en: 'Severity = Σ (weight × shortfall) over targets missed, + results worse than last year, + implausibly high results, + late or missing reports.'
	},
	'inspection.empty': { vi: 'Không có trường nào phù hợp bộ lọc.', en: 'No school matches the filters.' },
	'inspection.export': { vi: 'Tải Excel', en: 'Download Excel' },
	'inspection.print': { vi: 'In danh sách', en: 'Print' },
	'inspection.printedOn': { vi: 'in ngày {date}', en: 'printed {date}' },
	'inspection.schoolPage': { vi: 'Xem trang của trường', en: 'School page' },
	'inspection.recordFinding': { vi: 'Ghi nhận kết quả kiểm tra', en: 'Record a finding' },
	'inspection.weight': { vi: 'trọng số {w}', en: 'weight {w}' },

	'inspection.filter.group': { vi: 'Cụm / xã, phường', en: 'Cluster / commune' },
	'inspection.filter.indicatorGroup': { vi: 'Nhóm chỉ tiêu', en: 'Indicator group' },
	'inspection.group.scale': { vi: 'Quy mô', en: 'Scale' },
	'inspection.group.staff': { vi: 'Đội ngũ', en: 'Staff' },
	'inspection.group.quality': { vi: 'Chất lượng', en: 'Quality' },
	'inspection.group.accreditation': {
		vi: 'Kiểm định, chuẩn quốc gia',
		en: 'Accreditation & national standard'
	},
	'inspection.group.universal': { vi: 'Phổ cập, xóa mù chữ', en: 'Universal education & literacy' },
	'inspection.group.it': { vi: 'Chuyển đổi số', en: 'IT & digital' },

	'inspection.badge.missed': { vi: 'không đạt {n}', en: '{n} missed' },
	'inspection.badge.aboveBand': { vi: 'cao bất thường {n}', en: '{n} implausibly high' },
	'inspection.badge.worsening': { vi: 'giảm so với năm trước {n}', en: '{n} worse than last year' },
	'inspection.badge.late': { vi: 'báo cáo muộn {n}', en: '{n} late reports' },
	'inspection.badge.missing': { vi: 'chưa nộp {n}', en: '{n} reports missing' },
	'inspection.badge.incomplete': { vi: 'nộp chưa đủ số liệu {n}', en: '{n} incomplete reports' },
	'inspection.badge.findings': { vi: 'kết luận chưa đóng {n}', en: '{n} open findings' },
	'inspection.badge.clear': { vi: 'không có vấn đề', en: 'nothing flagged' },

	'inspection.evidence.title': { vi: 'Chỉ tiêu cần chú ý', en: 'Targets to look at' },
	'inspection.evidence.none': {
		vi: 'Không có chỉ tiêu nào đáng lo ({n} chỉ tiêu được đánh giá).',
		en: 'No target of concern ({n} targets judged).'
	},
	'inspection.reports.title': { vi: 'Báo cáo trong năm học', en: 'Reports this school year' },
	'inspection.reports.allOnTime': {
		vi: 'Cả {total} báo cáo đều nộp đúng hạn.',
		en: 'All {total} reports on time.'
	},
	'inspection.reports.summary': {
		vi: '{onTime}/{total} báo cáo nộp đúng hạn; các báo cáo muộn hoặc chưa nộp:',
		en: '{onTime} of {total} reports on time; the late or missing ones:'
	},
	'inspection.status.met': { vi: 'Đạt', en: 'Met' },
	'inspection.status.on_track': { vi: 'Đúng tiến độ', en: 'On track' },
	'inspection.status.at_risk': { vi: 'Có nguy cơ không đạt', en: 'At risk' },
	'inspection.status.off_track': { vi: 'Không đạt', en: 'Off track' },
	'inspection.status.above_band': { vi: 'Cao bất thường', en: 'Implausibly high' },
	'inspection.status.no_data': { vi: 'Chưa có số liệu', en: 'No data' },

	'inspection.col.rank': { vi: 'TT', en: 'Rank' },
	'inspection.col.severity': { vi: 'Điểm mức độ', en: 'Severity' },
	'inspection.col.missed': { vi: 'Chỉ tiêu không đạt', en: 'Targets missed' },
	'inspection.col.aboveBand': { vi: 'Cao bất thường', en: 'Implausibly high' },
	'inspection.col.worsening': { vi: 'Giảm so với năm trước', en: 'Worse than last year' },
	'inspection.col.lateReports': { vi: 'Báo cáo muộn', en: 'Late reports' },
	'inspection.col.missingReports': { vi: 'Báo cáo chưa nộp', en: 'Missing reports' },
	'inspection.col.openFindings': { vi: 'Kết luận chưa đóng', en: 'Open findings' },
	'inspection.col.evidence': { vi: 'Chi tiết', en: 'Evidence' },
	'inspection.col.indicator': { vi: 'Chỉ tiêu', en: 'Indicator' },
	'inspection.col.actual': { vi: 'Thực hiện', en: 'Actual' },
	'inspection.col.target': { vi: 'Chỉ tiêu giao', en: 'Target' },
	'inspection.col.gap': { vi: 'Chênh lệch', en: 'Gap' },
	'inspection.col.lastYear': { vi: 'Năm trước', en: 'Last year' },
	'inspection.col.status': { vi: 'Đánh giá', en: 'Status' },
	'inspection.col.points': { vi: 'Điểm', en: 'Points' },

	'inspection.xlsx.sheet': { vi: 'Danh sách kiểm tra', en: 'Worklist' },
	'inspection.xlsx.title': {
		vi: 'Danh sách trường cần kiểm tra — {area} — {period}',
		en: 'Inspection worklist — {area} — {period}'
	},

	'inspection.findings.title': { vi: 'Kết quả kiểm tra', en: 'Inspection findings' },
	'inspection.findings.one': { vi: 'Kết quả kiểm tra', en: 'Finding' },
	'inspection.findings.heading': {
		vi: 'Kết quả kiểm tra ({open} chưa đóng / {total})',
		en: 'Findings ({open} open of {total})'
	},
	'inspection.findings.none': { vi: 'Chưa có kết quả kiểm tra nào.', en: 'No findings recorded.' },
	'inspection.findings.open': { vi: 'Kết luận kiểm tra chưa đóng', en: 'Open findings' },
	'inspection.findings.visit': { vi: 'Kiểm tra ngày {date}', en: 'Visit of {date}' },
	'inspection.findings.followUp': { vi: 'hạn khắc phục {date}', en: 'follow up by {date}' },
	'inspection.findings.status.open': { vi: 'Chưa đóng', en: 'Open' },
	'inspection.findings.status.closed': { vi: 'Đã đóng', en: 'Closed' },
	'inspection.findings.new': { vi: 'Ghi nhận kết quả kiểm tra', en: 'Record a finding' },
	'inspection.findings.edit': { vi: 'Sửa nội dung', en: 'Edit' },
	'inspection.findings.save': { vi: 'Lưu', en: 'Save' },
	'inspection.findings.saved': { vi: 'Đã lưu.', en: 'Saved.' },
	'inspection.findings.close': { vi: 'Đóng kết luận (đã khắc phục)', en: 'Close (followed up)' },
	'inspection.findings.reopen': { vi: 'Mở lại kết luận', en: 'Reopen' },
	'inspection.findings.history': { vi: 'Lịch sử', en: 'History' },
	'inspection.history.finding.create': { vi: 'Ghi nhận', en: 'Recorded' },
	'inspection.history.finding.update': { vi: 'Sửa nội dung', en: 'Edited' },
	'inspection.history.finding.close': { vi: 'Đóng', en: 'Closed' },
	'inspection.history.finding.reopen': { vi: 'Mở lại', en: 'Reopened' },

	'inspection.form.visitDate': { vi: 'Ngày kiểm tra', en: 'Visit date' },
	'inspection.form.followUpDue': { vi: 'Hạn khắc phục (không bắt buộc)', en: 'Follow-up due (optional)' },
	'inspection.form.text': { vi: 'Nội dung, kết luận', en: 'Finding' },
	'inspection.form.indicators': { vi: 'Chỉ tiêu liên quan', en: 'Indicators concerned' },
	'inspection.form.indicatorsHelp': {
		vi: 'Giữ Ctrl (hoặc ⌘) để chọn nhiều chỉ tiêu.',
		en: 'Hold Ctrl (or ⌘) to choose several.'
	},

	'inspection.error.form': {
		vi: 'Vui lòng kiểm tra lại các ô được đánh dấu.',
		en: 'Please check the marked fields.'
	},
	'inspection.error.schoolRequired': { vi: 'Hãy chọn trường.', en: 'Choose a school.' },
	'inspection.error.textRequired': {
		vi: 'Hãy ghi nội dung (ít nhất 5 ký tự).',
		en: 'Write the finding (at least 5 characters).'
	},
	'inspection.error.followUpBeforeVisit': {
		vi: 'Hạn khắc phục không thể trước ngày kiểm tra.',
		en: 'The follow-up date cannot be before the visit.'
	}
} satisfies Catalogue;

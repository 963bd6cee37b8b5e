import type { Catalogue } from '../types';

export const dashboards = {
	'chart.noData': { vi: 'Chưa có số liệu', en: 'No data yet' },
	'chart.showTable': { vi: 'Xem bảng số liệu', en: 'Show the figures as a table' },
	'chart.key': { vi: 'Chú giải', en: 'Key' },
	'chart.png': { vi: 'Tải ảnh PNG', en: 'Download PNG' },
	'chart.svg': { vi: 'Tải ảnh SVG', en: 'Download SVG' },
	'chart.more': {
		vi: 'Còn {count} trường nữa — tải CSV hoặc Excel để xem đủ danh sách.',
		en: '{count} more schools — download the CSV or Excel file for the full list.'
	},

	'dash.breadcrumbs': { vi: 'Vị trí trong cây đơn vị', en: 'Where this is in the tree of units' },
	'dash.print': { vi: 'In bảng (A4 ngang)', en: 'Print (A4 landscape)' },
	'dash.export.csv': { vi: 'Tải CSV', en: 'CSV' },
	'dash.export.xlsx': { vi: 'Tải Excel', en: 'Excel' },
	'dash.export.group': { vi: 'Nhóm chỉ tiêu', en: 'Group' },
	'dash.export.unit': { vi: 'Đơn vị tính', en: 'Unit' },
	'dash.export.count': { vi: 'Số đơn vị', en: 'Count' },
	'dash.export.title': { vi: '{what} – {unit} – {period}', en: '{what} – {unit} – {period}' },

	'dash.filters.label': { vi: 'Chọn năm học, kỳ và bộ lọc', en: 'Choose the year, period and filters' },
	'dash.filters.year': { vi: 'Năm học', en: 'School year' },
	'dash.filters.period': { vi: 'Kỳ báo cáo', en: 'Period' },
	'dash.filters.planPeriods': { vi: 'Các kỳ trong năm học', en: 'Periods of the year' },
	'dash.filters.months': { vi: 'Báo cáo tháng', en: 'Monthly reports' },
	'dash.filters.level': { vi: 'Cấp học', en: 'Level' },
	'dash.filters.ownership': { vi: 'Loại hình', en: 'Ownership' },
	'dash.filters.group': { vi: 'Cụm trường / xã', en: 'Cluster / commune' },
	'dash.filters.kind.cluster': { vi: 'Cụm chuyên môn', en: 'Clusters' },
	'dash.filters.kind.commune': { vi: 'Xã, phường (từ 2025)', en: 'Communes and wards (from 2025)' },
	'dash.filters.all': { vi: 'Tất cả', en: 'All' },
	'dash.filters.apply': { vi: 'Xem', en: 'Show' },

	'dash.group.scale': { vi: 'Quy mô, phát triển trường lớp', en: 'Scale: schools, classes, pupils' },
	'dash.group.staff': { vi: 'Đội ngũ nhà giáo', en: 'Teaching staff' },
	'dash.group.quality': { vi: 'Chất lượng giáo dục', en: 'Quality of education' },
	'dash.group.accreditation': {
		vi: 'Kiểm định chất lượng, trường chuẩn quốc gia',
		en: 'Accreditation and national standard'
	},
	'dash.group.universal': { vi: 'Phổ cập giáo dục, xóa mù chữ', en: 'Universal education and literacy' },
	'dash.group.it': { vi: 'Chuyển đổi số, ứng dụng CNTT', en: 'Digital transformation and IT' },

	'dash.col.indicator': { vi: 'Chỉ số', en: 'Indicator' },
	'dash.col.actual': { vi: 'Thực hiện', en: 'Actual' },
	'dash.col.target': { vi: 'Chỉ tiêu', en: 'Target' },
	'dash.col.status': { vi: 'Đánh giá', en: 'Status' },
	'dash.col.trend': { vi: 'Xu hướng', en: 'Trend' },
	'dash.col.trendYears': {
		vi: 'Cùng kỳ các năm học {from} đến {to}',
		en: 'The same period, school years {from} to {to}'
	},
	'dash.col.schools': { vi: 'Số trường theo đánh giá', en: 'Schools by status' },
	'dash.col.units': { vi: 'Số đơn vị theo đánh giá', en: 'Sub-units by status' },
	'dash.col.gap': { vi: 'Chênh lệch', en: 'Gap' },
	'dash.col.school': { vi: 'Trường', en: 'School' },
	'dash.col.value': { vi: 'Giá trị', en: 'Value' },
	'dash.actualFrom': { vi: 'số liệu {period}', en: 'figures of {period}' },
	'dash.period.DAU_NAM': { vi: 'đầu năm', en: 'start of year' },
	'dash.period.HK1': { vi: 'học kỳ I', en: 'semester I' },
	'dash.period.CUOI_NAM': { vi: 'cuối năm', en: 'end of year' },
	'dash.period.CAN_DO': { vi: 'cân đo lần {n}', en: 'growth round {n}' },
	'dash.period.month': { vi: 'tháng {m}/{y}', en: '{m}/{y}' },
	'dash.col.trendSince': { vi: 'từ {year}', en: 'since {year}' },
	'dash.noTargetCount': {
		vi: '{count} chỉ số chưa giao chỉ tiêu',
		en: '{count} indicators without a target'
	},

	'dash.overview.subtitle': {
		vi: 'Thực hiện so với chỉ tiêu · {period}',
		en: 'Actual versus target · {period}'
	},
	'dash.overview.scorecard': { vi: 'Bảng theo dõi chỉ tiêu', en: 'Scorecard' },
	'dash.scorecard.caption': {
		vi: 'Các chỉ số theo nhóm của kế hoạch: thực hiện, chỉ tiêu, đánh giá, xu hướng và số đơn vị theo đánh giá',
		en: 'Indicators grouped like the plan: actual, target, status, trend and sub-units by status'
	},
	'dash.children.areas': { vi: 'Đơn vị trực thuộc', en: 'Sub-units' },
	'dash.children.schools': { vi: 'Các trường ({count})', en: 'Schools ({count})' },
	'dash.children.schoolsLabel': { vi: 'Các trường', en: 'Schools' },
	'dash.children.statuses': { vi: 'Số chỉ số theo đánh giá', en: 'Indicators by status' },
	'dash.children.offTrack': { vi: 'Chỉ số chưa đạt', en: 'Indicators off track' },

	'dash.ownTarget': { vi: 'chỉ tiêu riêng', en: 'own target' },
	'dash.indicator.headline': { vi: 'Kết quả của địa bàn', en: 'The area’s result' },
	'dash.indicator.notApplicable': {
		vi: 'Chỉ số này không áp dụng cho các trường đang chọn.',
		en: 'This indicator does not apply to the schools selected.'
	},
	'dash.indicator.trend': { vi: 'Diễn biến trong năm học {year}', en: 'Over the school year {year}' },
	'dash.indicator.trendLabel': {
		vi: 'Biểu đồ đường: {name} qua các kỳ của năm học {year}, so với chỉ tiêu {target} và cùng kỳ năm học trước',
		en: 'Line chart: {name} over the periods of {year}, against the target {target} and the previous year'
	},
	'dash.indicator.distribution': { vi: 'Phân bố các trường', en: 'How the schools are spread' },
	'dash.indicator.distributionLabel': {
		vi: 'Biểu đồ cột: số trường theo từng khoảng giá trị của {name}; chỉ tiêu {target}',
		en: 'Histogram: schools by range of {name}; target {target}'
	},
	'dash.indicator.range': { vi: 'Khoảng giá trị', en: 'Range' },
	'dash.indicator.schoolCount': { vi: 'Số trường', en: 'Schools' },
	'dash.indicator.ranked': {
		vi: 'Các trường, xếp từ thấp nhất so với chỉ tiêu ({count} trường)',
		en: 'Every school, furthest from the target first ({count} schools)'
	},
	'dash.indicator.rankedShort': { vi: 'Xếp hạng các trường', en: 'Schools ranked' },
	'dash.indicator.rankedLabel': {
		vi: 'Biểu đồ điểm: {name} của từng trường, trường xa chỉ tiêu nhất ở trên cùng; chỉ tiêu {target}',
		en: 'Dot chart: {name} of each school, furthest from the target at the top; target {target}'
	},
	'dash.indicator.under': {
		vi: 'Trường chưa đạt hoặc có nguy cơ không đạt ({count})',
		en: 'Schools under target or at risk ({count})'
	},
	'dash.indicator.underShort': { vi: 'Trường chưa đạt chỉ tiêu', en: 'Schools under target' },
	'dash.indicator.listMore': {
		vi: 'Danh sách chỉ hiện 50 trường xa chỉ tiêu nhất; còn {count} trường nữa trong tệp CSV/Excel ở trên.',
		en: 'Only the 50 furthest from the target are listed; {count} more are in the CSV/Excel download above.'
	},
	'dash.indicator.noneUnder': { vi: 'Không có trường nào dưới chỉ tiêu.', en: 'No school is under target.' },
	'dash.indicator.above': { vi: 'Trường vượt ngưỡng trên ({count})', en: 'Schools above the band ({count})' },
	'dash.indicator.aboveShort': { vi: 'Trường vượt ngưỡng trên', en: 'Schools above the band' },
	'dash.indicator.aboveHint': {
		vi: 'Kết quả cao hơn khoảng chỉ tiêu có thể là dấu hiệu đánh giá chưa thực chất (bệnh thành tích) — nên kiểm tra.',
		en: 'Results above the target band can be a sign of inflated grading — worth checking.'
	},
	'dash.indicator.missing': {
		vi: 'Chưa có số liệu ({count} trường)',
		en: 'No figures yet ({count} schools)'
	},
	'dash.school.enter': { vi: 'Nhập số liệu', en: 'Enter figures' },
	'dash.school.indicators': {
		vi: 'Các chỉ số của trường · {period}',
		en: 'The school’s indicators · {period}'
	},
	'dash.school.indicatorsShort': { vi: 'Các chỉ số của trường', en: 'The school’s indicators' },
	'dash.school.trend': { vi: 'Diễn biến: {name}', en: 'Over time: {name}' },
	'dash.school.trendLabel': {
		vi: 'Biểu đồ đường: {name} của trường qua các kỳ của năm học {year}, so với chỉ tiêu và cùng kỳ năm học trước',
		en: 'Line chart: the school’s {name} over the periods of {year}, against its target and the previous year'
	},
	'dash.school.pick': { vi: 'Chọn chỉ số để xem diễn biến', en: 'Choose an indicator to chart' },
	'dash.school.submissions': { vi: 'Báo cáo đã nộp, năm học {year}', en: 'Reports, school year {year}' },
	'dash.school.status': { vi: 'Trạng thái', en: 'Status' },
	'dash.school.version': { vi: 'Lần nộp', en: 'Version' },
	'dash.school.submittedAt': { vi: 'Ngày nộp', en: 'Submitted' },
	'dash.school.figureCount': { vi: 'Số mục số liệu', en: 'Figures' },
	'dash.school.noSubmissions': {
		vi: 'Chưa có báo cáo nào trong năm học này.',
		en: 'No reports this school year.'
	},
	'dash.school.figures': { vi: 'Số liệu đã báo cáo · {period}', en: 'Reported figures · {period}' },
	'dash.school.figuresShort': { vi: 'Số liệu đã báo cáo', en: 'Reported figures' },
	'dash.school.comment': { vi: 'Ghi chú', en: 'Comment' },
	'dash.school.noFigures': {
		vi: 'Trường chưa báo cáo số liệu kỳ này.',
		en: 'No figures reported for this period.'
	}
} satisfies Catalogue;

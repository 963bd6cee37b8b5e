import type { Catalogue } from '../types';

/** The setup workbook: export and import of a whole setup (/admin/setup, npm run setup:*). */
export const setupWorkbook = {
	'setupBook.title': { vi: 'Sổ thiết lập (một tệp Excel)', en: 'Setup workbook (one Excel file)' },
	'setupBook.help': {
		vi: 'Một tệp .xlsx chứa toàn bộ thiết lập của một đơn vị: đơn vị, biểu mẫu, năm học và kỳ báo cáo, số liệu, chỉ số, quy tắc kiểm tra, kế hoạch và chỉ tiêu — mỗi loại một trang tính. Tải về để lưu hoặc chuẩn bị trên Excel, rồi nhập vào một cơ sở dữ liệu trống.',
		en: 'One .xlsx file holding a unit’s whole setup: units, report forms, school years and periods, figures, indicators, validation rules, plans and targets — one sheet per kind. Download it to keep or prepare it in Excel, then import it into an empty database.'
	},
	'setupBook.exportUnit': { vi: 'Đơn vị', en: 'Unit' },
	'setupBook.exportSubmit': { vi: 'Tải sổ thiết lập (.xlsx)', en: 'Download the setup workbook (.xlsx)' },
	'setupBook.importTitle': { vi: 'Nhập sổ thiết lập', en: 'Import a setup workbook' },
	'setupBook.importHelp': {
		vi: 'Chỉ nhập được vào cơ sở dữ liệu chưa có đơn vị, năm học, danh mục hay kế hoạch nào. Tệp có lỗi thì không lưu gì; lưu thì lưu tất cả trong một lần.',
		en: 'Only into a database without any unit, school year, catalogue or plan. A file with any error stores nothing; storing stores everything at once.'
	},
	'setupBook.file': { vi: 'Tệp sổ thiết lập (.xlsx)', en: 'Setup workbook (.xlsx)' },
	'setupBook.check': { vi: 'Kiểm tra sổ', en: 'Check the workbook' },
	'setupBook.store': { vi: 'Lưu toàn bộ thiết lập', en: 'Store the whole setup' },
	'setupBook.preview': {
		vi: 'Sổ hợp lệ. Sẽ tạo: {counts}.',
		en: 'The workbook is valid. It will create: {counts}.'
	},
	'setupBook.stored': {
		vi: 'Đã lưu toàn bộ thiết lập: {counts}.',
		en: 'The whole setup is stored: {counts}.'
	},
	'setupBook.rejected': {
		vi: 'Sổ có {count} lỗi; chưa lưu gì.',
		en: 'The workbook has {count} problems; nothing was stored.'
	},
	'setupBook.sheet': { vi: 'Trang tính', en: 'Sheet' },
	'setupBook.row': { vi: 'Dòng', en: 'Row' },
	'setupBook.column': { vi: 'Cột', en: 'Column' },
	'setupBook.value': { vi: 'Giá trị', en: 'Value' },
	'setupBook.problem': { vi: 'Lỗi', en: 'Problem' },
	'setupBook.count.units': { vi: '{n} đơn vị', en: '{n} units' },
	'setupBook.count.groups': { vi: '{n} nhóm trường', en: '{n} school groups' },
	'setupBook.count.forms': { vi: '{n} biểu mẫu', en: '{n} report forms' },
	'setupBook.count.years': { vi: '{n} năm học', en: '{n} school years' },
	'setupBook.count.periods': { vi: '{n} kỳ báo cáo', en: '{n} periods' },
	'setupBook.count.elements': { vi: '{n} số liệu', en: '{n} data elements' },
	'setupBook.count.indicators': { vi: '{n} chỉ số', en: '{n} indicators' },
	'setupBook.count.rules': { vi: '{n} quy tắc kiểm tra', en: '{n} validation rules' },
	'setupBook.count.plans': { vi: '{n} kế hoạch', en: '{n} plans' },
	'setupBook.count.targets': { vi: '{n} chỉ tiêu', en: '{n} targets' },
	'setupBook.error.noFile': { vi: 'Chưa chọn tệp.', en: 'No file chosen.' },
	'setupBook.error.tooLarge': { vi: 'Tệp lớn hơn 20 MB.', en: 'The file is larger than 20 MB.' },
	'setupBook.error.unreadable': {
		vi: 'Không đọc được tệp: sổ thiết lập là tệp Excel .xlsx.',
		en: 'The file cannot be read: a setup workbook is an Excel .xlsx file.'
	},
	'setupBook.error.noSheets': {
		vi: 'Tệp không có trang tính nào của sổ thiết lập (Đơn vị, Biểu mẫu, Năm học, Kỳ báo cáo, Số liệu, Chỉ số, Quy tắc kiểm tra, Kế hoạch, Chỉ tiêu).',
		en: 'The file has none of the setup workbook’s sheets (Đơn vị, Biểu mẫu, Năm học, Kỳ báo cáo, Số liệu, Chỉ số, Quy tắc kiểm tra, Kế hoạch, Chỉ tiêu).'
	},
	'setupBook.error.notEmpty': {
		vi: 'Cơ sở dữ liệu đã có dữ liệu thiết lập ({kinds}). Sổ thiết lập chỉ nhập vào cơ sở dữ liệu trống; hãy sửa từng phần trên các trang của nó.',
		en: 'The database already holds setup data ({kinds}). A setup workbook is imported only into an empty database; change each part on its own page.'
	},
	'setupBook.error.missingColumn': { vi: 'Thiếu cột này.', en: 'This column is missing.' },
	'setupBook.error.unknownYear': {
		vi: 'Năm học không có trong sổ (trang Năm học).',
		en: 'No such school year in the workbook (sheet Năm học).'
	},
	'setupBook.error.unknownUnit': {
		vi: 'Mã đơn vị không có trong sổ (trang Đơn vị).',
		en: 'No such unit code in the workbook (sheet Đơn vị).'
	},
	'setupBook.error.noPlan': {
		vi: 'Không có kế hoạch của đơn vị và năm học này (trang Kế hoạch).',
		en: 'No plan of this unit and school year (sheet Kế hoạch).'
	},
	'setupBook.error.plan.exists': {
		vi: 'Đơn vị đã có kế hoạch năm học này (dòng lặp lại).',
		en: 'The unit already has a plan for this year (a repeated row).'
	},
	'setupBook.error.plan.unit_type': {
		vi: 'Chỉ Sở hoặc Phòng mới có kế hoạch.',
		en: 'Only a province or district has plans.'
	},
	'setupBook.error.groupCode': {
		vi: 'Mã nhóm chỉ gồm chữ in hoa không dấu, số, “-”, “_” hoặc “.” (tối đa 40 ký tự).',
		en: 'A group code is upper-case ASCII letters, digits, “-”, “_” or “.” (at most 40).'
	},
	'setupBook.error.name': { vi: 'Cần có tên.', en: 'A name is required.' },
	'setupBook.error.groupKind': {
		vi: 'Loại nhóm là cluster, commune hoặc custom.',
		en: 'A group’s kind is cluster, commune or custom.'
	},
	'setupBook.error.unknownMembers': {
		vi: 'Có mã trường không có trong sổ (trang Đơn vị).',
		en: 'Some school codes are not in the workbook (sheet Đơn vị).'
	},
	'setupBook.error.groupExists': { vi: 'Mã nhóm bị lặp.', en: 'A repeated group code.' }
} satisfies Catalogue;

import type { Catalogue } from '../types';

/** Messages of the file reader and the templates (src/lib/server/imports: read-file, templates). */
export const importsRead = {
	'imports.problem.file_empty': {
		vi: 'Tệp không có số liệu nào: tệp trống, hoặc mọi ô số liệu đều để trống.',
		en: 'The file has no figures: it is empty, or every figure cell is blank.'
	},
	'imports.problem.file_too_large': {
		vi: 'Tệp lớn hơn giới hạn {limit} MB. Hãy chia thành nhiều tệp nhỏ hơn.',
		en: 'The file is larger than the {limit} MB limit. Split it into smaller files.'
	},
	'imports.problem.too_many_rows': {
		vi: 'Tệp có hơn {limit} dòng số liệu (giới hạn của mỗi tệp). Hãy chia thành nhiều tệp.',
		en: 'The file has more than {limit} data rows (the limit per file). Split it into several files.'
	},
	'imports.problem.unsupported_format': {
		vi: 'Không đọc được tệp “{name}”. Chỉ nhận tệp Excel (.xlsx) hoặc CSV/văn bản (.csv, .txt).',
		en: 'Cannot read “{name}”. Only Excel (.xlsx) or CSV/text (.csv, .txt) files are accepted.'
	},
	'imports.problem.unsupported_format.xls': {
		vi: 'Tệp Excel 97–2003 (.xls) không được hỗ trợ. Hãy mở tệp trong Excel và lưu lại dưới dạng “Excel Workbook (.xlsx)”.',
		en: 'Excel 97–2003 files (.xls) are not supported. Open the file in Excel and save it as “Excel Workbook (.xlsx)”.'
	},
	'imports.problem.unsupported_format.xlsx': {
		vi: 'Tệp “{name}” không phải là tệp Excel (.xlsx) hợp lệ hoặc đã bị hỏng.',
		en: '“{name}” is not a valid Excel (.xlsx) file, or it is damaged.'
	},
	'imports.problem.unsupported_format.quote': {
		vi: 'Có dấu ngoặc kép (") mở mà không đóng từ dòng này; phần còn lại của tệp không tách được thành cột.',
		en: 'A double quote (") opened on this row is never closed; the rest of the file cannot be split into columns.'
	},
	'imports.problem.encoding_unreadable': {
		vi: 'Không nhận ra bảng mã ký tự của tệp. Trong Excel, hãy lưu lại bằng “CSV UTF-8 (Comma delimited)”.',
		en: 'The character encoding of the file is not recognised. In Excel, save it again as “CSV UTF-8 (Comma delimited)”.'
	},
	'imports.problem.header_missing': {
		vi: 'Không tìm thấy dòng tiêu đề. Dòng tiêu đề cần có cột Mã trường, Kỳ báo cáo và các cột mã chỉ số (như TH_TS_HS), hoặc các cột Mã chỉ số và Giá trị.',
		en: 'No header row found. The header row needs the columns school code, period and one column per figure code (such as TH_TS_HS), or the columns figure code and value.'
	},
	'imports.problem.header_missing.school': {
		vi: 'Dòng tiêu đề thiếu cột “Mã trường” (ma_truong).',
		en: 'The header row has no school code column (“Mã trường”, ma_truong, school_code).'
	},
	'imports.problem.header_missing.period': {
		vi: 'Dòng tiêu đề thiếu cột “Kỳ báo cáo” (ky_bao_cao).',
		en: 'The header row has no period column (“Kỳ báo cáo”, ky_bao_cao, period).'
	},
	'imports.problem.header_missing.code': {
		vi: 'Dòng tiêu đề có cột “Giá trị” nhưng thiếu cột “Mã chỉ số” (ma_chi_so).',
		en: 'The header row has a value column but no figure code column (“Mã chỉ số”, ma_chi_so, code).'
	},
	'imports.problem.header_missing.value': {
		vi: 'Dòng tiêu đề có cột “Mã chỉ số” nhưng thiếu cột “Giá trị” (gia_tri).',
		en: 'The header row has a figure code column but no value column (“Giá trị”, gia_tri, value).'
	},
	'imports.problem.header_unknown': {
		vi: 'Cột “{column}” không được nhận diện nên sẽ bị bỏ qua.',
		en: 'The column “{column}” is not recognised and will be ignored.'
	},
	'imports.problem.header_duplicate': {
		vi: 'Cột “{column}” trùng với cột {other} (“{otherHeader}”); mỗi cột chỉ được có một lần.',
		en: 'The column “{column}” repeats column {other} (“{otherHeader}”); each column may appear only once.'
	},
	'imports.problem.layout_unknown': {
		vi: 'Không nhận ra cách trình bày của tệp: cần cột Mã chỉ số và Giá trị (mỗi dòng một số liệu), hoặc mỗi chỉ số một cột có mã như TH_TS_HS (mỗi dòng một trường).',
		en: 'The layout of the file is not recognised: it needs figure code and value columns (one figure per row), or one column per figure code such as TH_TS_HS (one school per row).'
	},
	'imports.problem.school_missing': {
		vi: 'Thiếu mã trường.',
		en: 'The school code is missing.'
	},
	'imports.problem.period_missing': {
		vi: 'Thiếu kỳ báo cáo.',
		en: 'The reporting period is missing.'
	},
	'imports.problem.period_malformed': {
		vi: 'Kỳ báo cáo “{value}” không đúng dạng. Ví dụ đúng: 2024-2025/CUOI_NAM, 2024-2025/HK1, 2024-2025/DAU_NAM, 2024-10.',
		en: 'The reporting period “{value}” is not in a recognised form. Valid examples: 2024-2025/CUOI_NAM, 2024-2025/HK1, 2024-2025/DAU_NAM, 2024-10.'
	},
	'imports.problem.code_missing': {
		vi: 'Thiếu mã chỉ số.',
		en: 'The figure code is missing.'
	},
	'imports.problem.value_missing': {
		vi: 'Thiếu giá trị.',
		en: 'The value is missing.'
	},
	'imports.problem.value_not_number': {
		vi: '“{value}” không phải là số.',
		en: '“{value}” is not a number.'
	},
	'imports.problem.value_not_number.percent': {
		vi: '“{value}” là tỉ lệ phần trăm, nhưng ở đây cần nhập số lượng.',
		en: '“{value}” is a percentage, but this figure is a count.'
	},
	'imports.problem.value_ambiguous': {
		vi: '“{value}” không rõ nghĩa: là {int}{frac} hay {int} phẩy {frac}? Nếu là số nguyên, hãy viết liền không dấu ({int}{frac}); nếu là số thập phân, hãy thêm một chữ số 0 ở cuối ({value}0).',
		en: '“{value}” is ambiguous: {int}{frac} or {int} point {frac}? For a whole number write it without separators ({int}{frac}); for a decimal add a trailing zero ({value}0).'
	},
	'imports.problem.value_not_integer': {
		vi: 'Số liệu này phải là số nguyên, nhưng “{value}” có phần thập phân.',
		en: 'This figure must be a whole number, but “{value}” has a fractional part.'
	},
	'imports.problem.value_negative': {
		vi: 'Giá trị không được âm (“{value}”).',
		en: 'The value cannot be negative (“{value}”).'
	},
	'imports.problem.value_not_yes_no': {
		vi: '“{value}” không phải câu trả lời có/không. Hãy nhập 1 (có) hoặc 0 (không).',
		en: '“{value}” is not a yes/no answer. Enter 1 (yes) or 0 (no).'
	},
	'imports.problem.value_out_of_range': {
		vi: 'Giá trị phải là số nguyên từ {min} đến {max} (đã nhập “{value}”).',
		en: 'The value must be a whole number from {min} to {max} (got “{value}”).'
	},
	'imports.problem.value_out_of_range.large': {
		vi: 'Giá trị “{value}” quá lớn (tối đa {max}).',
		en: 'The value “{value}” is too large (at most {max}).'
	},

	'imports.read.template.sheet': { vi: 'Số liệu', en: 'Figures' },
	'imports.read.template.helpSheet': { vi: 'Hướng dẫn', en: 'Instructions' },
	'imports.read.template.title': {
		vi: 'BÁO CÁO SỐ LIỆU – {periodLabel} ({period})',
		en: 'FIGURES REPORT – {periodLabel} ({period})'
	},
	'imports.read.template.subtitle': {
		vi: 'Nhập số liệu vào các ô trắng, mỗi trường một dòng. Không sửa dòng tiêu đề và các cột mã. Xem trang “Hướng dẫn”.',
		en: 'Enter the figures in the white cells, one school per row. Do not change the header row or the code columns. See the “Instructions” sheet.'
	},
	'imports.read.template.school': { vi: 'Mã trường', en: 'School code' },
	'imports.read.template.schoolName': { vi: 'Tên trường', en: 'School name' },
	'imports.read.template.period': { vi: 'Kỳ báo cáo', en: 'Period' },
	'imports.read.template.type.count': {
		vi: 'Số nguyên không âm (ví dụ 7910)',
		en: 'Whole number, not negative (e.g. 7910)'
	},
	'imports.read.template.type.yes_no': { vi: '1 = có, 0 = không', en: '1 = yes, 0 = no' },
	'imports.read.template.type.level': {
		vi: 'Mức, số nguyên từ 0 đến {max}',
		en: 'Level, a whole number from 0 to {max}'
	},
	'imports.read.template.type.decimal': {
		vi: 'Số thập phân (ví dụ 85,7)',
		en: 'Decimal number (e.g. 85.7)'
	},
	'imports.read.template.notApplicable': {
		vi: 'Chỉ số này không áp dụng cho cấp học của trường; để trống.',
		en: 'This figure does not apply to the school’s level; leave it empty.'
	},
	'imports.read.template.invalidTitle': { vi: 'Giá trị không hợp lệ', en: 'Invalid value' },
	'imports.read.template.help.title': {
		vi: 'HƯỚNG DẪN NHẬP SỐ LIỆU',
		en: 'HOW TO FILL IN THIS TEMPLATE'
	},
	'imports.read.template.help.1': {
		vi: '1. Trang “Số liệu” có mỗi trường một dòng; nhập số liệu vào các ô trắng. Ô để trống nghĩa là chưa báo cáo chỉ số đó.',
		en: '1. The “Figures” sheet has one row per school; enter the figures in the white cells. An empty cell means the figure is not reported.'
	},
	'imports.read.template.help.2': {
		vi: '2. Không sửa dòng tiêu đề, cột Mã trường và cột Kỳ báo cáo: mã trong ngoặc, ví dụ (TH_TS_HS), là mã chỉ số dùng để đọc tệp.',
		en: '2. Do not change the header row, the school code column or the period column: the code in brackets, e.g. (TH_TS_HS), is how the file is read.'
	},
	'imports.read.template.help.3': {
		vi: '3. Số lượng nhập số nguyên, có thể viết 7910 hoặc 7.910. Số thập phân dùng dấu phẩy, ví dụ 85,7. Có/không nhập 1 hoặc 0.',
		en: '3. Counts are whole numbers, written 7910 or 7,910. Decimals may use a comma or a point, e.g. 85.7. Yes/no is entered as 1 or 0.'
	},
	'imports.read.template.help.4': {
		vi: '4. Có thể tải lên tệp .xlsx này, hoặc lưu thành “CSV UTF-8”. Trước khi lưu, hệ thống sẽ hiển thị bản xem trước và mọi lỗi theo từng dòng.',
		en: '4. Upload this .xlsx file, or save it as “CSV UTF-8”. Before anything is stored you will see a preview and every problem by row.'
	},
	'imports.read.template.help.5': {
		vi: '5. Giới hạn: {mb} MB và {rows} dòng mỗi tệp.',
		en: '5. Limits: {mb} MB and {rows} rows per file.'
	},
	'imports.read.template.help.code': { vi: 'Mã chỉ số', en: 'Figure code' },
	'imports.read.template.help.name': { vi: 'Tên chỉ số', en: 'Figure' },
	'imports.read.template.help.type': { vi: 'Cách nhập', en: 'How to enter it' },
	// row structure
	'imports.problem.header_unknown.list': {
		vi: 'Các cột sau không được nhận diện nên sẽ bị bỏ qua: {columns}. Nếu cột là số liệu, hãy ghi mã chỉ số trong tiêu đề, ví dụ “Tổng số học sinh (TH_TS_HS)”.',
		en: 'These columns are not recognised and will be ignored: {columns}. If a column holds figures, put the figure code in its header, e.g. “Tổng số học sinh (TH_TS_HS)”.'
	},
	'imports.problem.row_too_long': {
		vi: 'Dòng này có {count} ô, nhiều hơn {expected} cột của dòng tiêu đề: ô ở cột {column} (“{value}”) không thuộc cột nào nên các giá trị có thể đã bị lệch cột. Nếu một giá trị có dấu “{delimiter}”, hãy đặt giá trị đó trong dấu ngoặc kép.',
		en: 'This row has {count} fields, more than the {expected} columns of the header row: the field in column {column} (“{value}”) belongs to no column, so values may have shifted. If a value contains “{delimiter}”, put it in double quotes.'
	},
	'imports.problem.row_too_long.comma': {
		vi: 'Dòng này có {count} ô, nhiều hơn {expected} cột của dòng tiêu đề: ô ở cột {column} (“{value}”) không thuộc cột nào. Thường do số thập phân viết bằng dấu phẩy trong tệp phân cách bằng dấu phẩy: 97,5 bị đọc thành hai ô 97 và 5. Hãy đặt giá trị trong dấu ngoặc kép ("97,5") hoặc lưu tệp với dấu chấm phẩy (;) làm dấu phân cách.',
		en: 'This row has {count} fields, more than the {expected} columns of the header row: the field in column {column} (“{value}”) belongs to no column. Usually a decimal comma in a comma-separated file: 97,5 is read as two fields, 97 and 5. Put the value in double quotes ("97,5") or save the file with semicolons (;) as the delimiter.'
	},
	'imports.problem.row_too_short': {
		vi: 'Dòng này chỉ có {count} ô, ít hơn {expected} cột của dòng tiêu đề: thiếu từ cột “{column}” trở đi, nên các giá trị có thể đã bị lệch cột (thiếu một dấu “{delimiter}”, hoặc một giá trị bị xuống dòng).',
		en: 'This row has only {count} fields, fewer than the {expected} columns of the header row: it stops before column “{column}”, so values may have shifted (a missing “{delimiter}”, or a value broken over two lines).'
	},
	'imports.problem.unsupported_format.stray_quote': {
		vi: 'Có dấu ngoặc kép (") đóng một ô nhưng theo sau không phải dấu phân cách hay xuống dòng, ở dòng này hoặc ngay sau đó; các ô có thể đã bị dồn vào nhau. Trong một ô có ngoặc kép, hãy viết dấu ngoặc kép thành hai dấu ("").',
		en: 'A double quote (") closes a field but is not followed by a delimiter or a line break, on this row or just after it; fields may have run together. Inside a quoted field, write a double quote twice ("").'
	},
	'imports.problem.too_many_figures': {
		vi: 'Tệp có hơn {limit} số liệu (giới hạn của mỗi tệp). Hãy chia thành nhiều tệp.',
		en: 'The file has more than {limit} figures (the limit per file). Split it into several files.'
	},
	'imports.problem.too_many_problems': {
		vi: 'Chỉ liệt kê {shown} lỗi và cảnh báo đầu tiên; tệp còn {more} lỗi hoặc cảnh báo khác. Hãy sửa các lỗi trên rồi tải lên lại.',
		en: 'Only the first {shown} errors and warnings are listed; the file has {more} more. Fix the ones above and upload again.'
	},

	// spreadsheet limits
	'imports.problem.sheet_too_large': {
		vi: 'Tệp bảng tính khi giải nén lớn hơn {limit} MB, vượt giới hạn xử lý. Hãy xóa các trang, hàng và cột thừa, hoặc chia thành nhiều tệp nhỏ hơn.',
		en: 'Unpacked, the spreadsheet is larger than {limit} MB, beyond what can be read. Delete unused sheets, rows and columns, or split it into smaller files.'
	},
	'imports.problem.sheet_too_large.cells': {
		vi: 'Bảng tính có hơn {millions} triệu ô có dữ liệu, vượt giới hạn xử lý. Hãy chia thành nhiều tệp nhỏ hơn.',
		en: 'The spreadsheet has more than {millions} million filled cells, beyond what can be read. Split it into smaller files.'
	},
	'imports.problem.sheet_too_large.sheets': {
		vi: 'Bảng tính có hơn {limit} trang, vượt giới hạn xử lý. Hãy xóa các trang thừa hoặc chia thành nhiều tệp.',
		en: 'The spreadsheet has more than {limit} sheets, beyond what can be read. Delete unused sheets or split it into several files.'
	},
	'imports.problem.column_beyond_limit': {
		vi: 'Ô {cell} có dữ liệu nhưng nằm ngoài giới hạn {limit} cột (cột cuối cùng được đọc là {last}). Hãy xóa dữ liệu ở các cột thừa bên phải rồi tải lại.',
		en: 'Cell {cell} has data beyond the limit of {limit} columns (the last column read is {last}). Delete the data in the extra columns on the right and upload again.'
	},
	'imports.problem.unsupported_format.ods': {
		vi: 'Tệp “{name}” không phải là bảng tính OpenDocument (.ods) hợp lệ hoặc đã bị hỏng. Hãy mở tệp và lưu lại dưới dạng .ods hoặc “Excel Workbook (.xlsx)”.',
		en: '“{name}” is not a valid OpenDocument spreadsheet (.ods), or it is damaged. Open it and save it again as .ods or as “Excel Workbook (.xlsx)”.'
	},
	'imports.problem.too_many_schools': {
		vi: 'Tệp có hơn {limit} mã trường khác nhau (giới hạn của mỗi tệp): có lẽ cột mã trường bị lệch hoặc chọn nhầm tệp. Hãy kiểm tra lại tệp.',
		en: 'The file names more than {limit} different schools (the limit per file): the school code column may have shifted, or this is the wrong file. Check the file.'
	}
} satisfies Catalogue;

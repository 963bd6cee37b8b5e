import type { Catalogue } from '../types';

export const setup = {
	'nav.admin.setup': { vi: 'Thiết lập', en: 'Setup' },
	'nav.admin.units': { vi: 'Danh sách đơn vị', en: 'School list' },
	'setup.title': { vi: 'Thiết lập hệ thống', en: 'Setting up' },
	'setup.lead': {
		vi: 'Cơ sở dữ liệu này chưa có dữ liệu mẫu. Hãy làm lần lượt các bước dưới đây; mỗi bước cho biết đã có gì và làm ở đâu.',
		en: 'This database has no demo data. Take the steps below in order; each says what exists so far and where it is done.'
	},
	'setup.complete': {
		vi: 'Đã có đủ các phần cơ bản. Trang chủ của quản trị viên nay là danh sách đơn vị.',
		en: 'Every basic part is in place. The administrator’s home is now the list of units.'
	},
	'setup.done': { vi: 'Đã xong', en: 'Done' },
	'setup.todo': { vi: 'Cần làm', en: 'To do' },
	'setup.open': { vi: 'Mở trang', en: 'Open' },
	'setup.notAvailable': {
		vi: 'Chưa có chức năng này trong ứng dụng.',
		en: 'Not available in the app yet.'
	},
	'setup.step.units': { vi: 'Đơn vị và trường học', en: 'Units and schools' },
	'setup.step.units.help': {
		vi: 'Nhập danh sách đơn vị (Sở, phòng/xã, trường) từ tệp CSV hoặc Excel.',
		en: 'Import the list of units (province, districts/communes, schools) from a CSV or Excel file.'
	},
	'setup.step.years': { vi: 'Năm học và lịch báo cáo', en: 'School years and calendar' },
	'setup.step.years.help': {
		vi: 'Năm học, các kỳ báo cáo và hạn nộp.',
		en: 'School years, reporting periods and deadlines.'
	},
	'setup.step.catalogue': { vi: 'Danh mục chỉ số', en: 'Indicator catalogue' },
	'setup.step.catalogue.help': {
		vi: 'Các số liệu trường báo cáo và các chỉ số tính từ đó.',
		en: 'The figures schools report and the indicators computed from them.'
	},
	'setup.step.plans': { vi: 'Kế hoạch và chỉ tiêu', en: 'Plans and targets' },
	'setup.step.plans.help': {
		vi: 'Kế hoạch năm học của từng đơn vị và các chỉ tiêu (cần có năm học và danh mục chỉ số).',
		en: 'Each unit’s school-year plan and its targets (needs school years and the catalogue).'
	},
	'setup.step.accounts': { vi: 'Tài khoản người dùng', en: 'User accounts' },
	'setup.step.accounts.help': {
		vi: 'Tài khoản cho lãnh đạo Sở, phòng/xã, thanh tra và trường (cần có đơn vị).',
		en: 'Accounts for province and district/commune leaders, inspectors and schools (needs the units).'
	},
	'setup.count.units': { vi: '{n} đơn vị', en: '{n} units' },
	'setup.count.schools': { vi: '{n} trường', en: '{n} schools' },
	'setup.count.schoolYears': { vi: '{n} năm học', en: '{n} school years' },
	'setup.count.periods': { vi: '{n} kỳ báo cáo', en: '{n} reporting periods' },
	'setup.count.indicators': { vi: '{n} chỉ số', en: '{n} indicators' },
	'setup.count.plans': { vi: '{n} kế hoạch', en: '{n} plans' },
	'setup.count.targets': { vi: '{n} chỉ tiêu', en: '{n} targets' },
	'setup.count.accounts': {
		vi: '{n} tài khoản (ngoài quản trị viên)',
		en: '{n} accounts (besides administrators)'
	},
	'units.import.problem.unreadable': {
		vi: 'Không đọc được tệp: hãy gửi tệp .xlsx hoặc CSV.',
		en: 'The file cannot be read: send an .xlsx or CSV file.'
	},
	'units.import.problem.no_header': {
		vi: 'Không tìm thấy dòng tiêu đề có cột "Mã đơn vị" và "Tên đơn vị".',
		en: 'No header row with the columns "Mã đơn vị" (code) and "Tên đơn vị" (name).'
	},
	'units.import.problem.missing_column': {
		vi: 'Thiếu cột bắt buộc: {field} ("Loại" hoặc "Mã đơn vị cấp trên").',
		en: 'A required column is missing: {field} ("Loại"/type or "Mã đơn vị cấp trên"/parent code).'
	},
	'units.import.problem.no_rows': { vi: 'Tệp không có dòng đơn vị nào.', en: 'The file has no unit rows.' },
	'units.import.problem.bad_code': {
		vi: 'Mã không hợp lệ: chỉ gồm chữ không dấu, số, ".", "_" hoặc "-", tối đa 40 ký tự.',
		en: 'Invalid code: unaccented letters, digits, ".", "_" or "-", at most 40 characters.'
	},
	'units.import.problem.duplicate_code': {
		vi: 'Mã đơn vị đã có ở dòng {other} của tệp.',
		en: 'This unit code is already on row {other} of the file.'
	},
	'units.import.problem.missing_name': { vi: 'Thiếu tên đơn vị.', en: 'The unit name is missing.' },
	'units.import.problem.bad_type': {
		vi: 'Loại không hợp lệ: Sở (tỉnh), Phòng (huyện), Xã/Phường, Cụm hoặc Trường.',
		en: 'Invalid type: province, district, commune, cluster or school.'
	},
	'units.import.problem.bad_level': {
		vi: 'Cấp học không hợp lệ: Mầm non, Tiểu học, THCS, THPT, TH&THCS hoặc THCS&THPT.',
		en: 'Invalid school level: MN, TH, THCS, THPT, TH_THCS or THCS_THPT.'
	},
	'units.import.problem.bad_ownership': {
		vi: 'Loại hình không hợp lệ: Công lập hoặc Ngoài công lập (Tư thục).',
		en: 'Invalid ownership: public or non-public.'
	},
	'units.import.problem.not_a_school_field': {
		vi: 'Chỉ trường học mới có cấp học, loại hình và mã trường CSDL.',
		en: 'Only schools have a level, an ownership and a sector database code.'
	},
	'units.import.problem.unknown_parent': {
		vi: 'Đơn vị cấp trên không có trong tệp cũng như trong hệ thống.',
		en: 'The parent unit is neither in the file nor in the system.'
	},
	'units.import.problem.parent_required': {
		vi: 'Thiếu mã đơn vị cấp trên (chỉ Sở không có cấp trên).',
		en: 'The parent code is missing (only a province has no parent).'
	},
	'units.import.problem.parent_not_allowed': {
		vi: 'Sở (tỉnh) không có đơn vị cấp trên.',
		en: 'A province has no parent unit.'
	},
	'units.import.problem.parent_is_school': {
		vi: 'Đơn vị cấp trên là một trường học.',
		en: 'The parent unit is a school.'
	},
	'units.import.problem.cluster_parent': {
		vi: 'Chỉ trường học mới thuộc một cụm, và cụm phải thuộc một đơn vị (không thuộc cụm khác).',
		en: 'Only schools belong to a cluster, and a cluster belongs to a unit (not to another cluster).'
	},
	'units.import.problem.cycle': {
		vi: 'Đơn vị cấp trên tạo thành vòng lặp (đơn vị nằm dưới chính nó).',
		en: 'The parent makes a loop (the unit would be under itself).'
	},
	'units.import.problem.type_changed': {
		vi: 'Mã này đã dùng cho một đơn vị hoặc nhóm loại khác; không đổi loại qua nhập tệp.',
		en: 'This code is already used by a unit or group of another type; an import does not change types.'
	},
	'units.import.problem.forbidden': {
		vi: 'Đơn vị này nằm ngoài phạm vi bạn được quản lý.',
		en: 'This unit is outside the units you manage.'
	},
	'units.template.sheet': { vi: 'Đơn vị', en: 'Units' },
	'units.template.helpSheet': { vi: 'Hướng dẫn', en: 'Help' },
	'units.template.helpTitle': {
		vi: 'Mỗi dòng một đơn vị; đơn vị cấp trên có thể ở dòng sau hoặc đã có trong hệ thống.',
		en: 'One unit per row; a parent may come on a later row or already be in the system.'
	},
	'units.template.help.code': {
		vi: 'Bắt buộc. Mã duy nhất (chữ không dấu, số, "-", "_", "."), ví dụ QN-HALONG-TH1.',
		en: 'Required. A unique code (unaccented letters, digits, "-", "_", "."), e.g. QN-HALONG-TH1.'
	},
	'units.template.help.name': { vi: 'Bắt buộc. Tên đầy đủ.', en: 'Required. The full name.' },
	'units.template.help.type': {
		vi: 'Bắt buộc. Sở, Phòng (huyện), Xã/Phường/Đặc khu, Cụm (cụm chuyên môn) hoặc Trường.',
		en: 'Required. Sở (province), Phòng (district), Xã/Phường (commune), Cụm (cluster) or Trường (school).'
	},
	'units.template.help.parent': {
		vi: 'Mã đơn vị cấp trên; để trống cho Sở. Trường thuộc một cụm: ghi mã cụm (trường nằm dưới đơn vị sở hữu cụm).',
		en: 'The parent’s code; empty for the province. A school in a cluster: the cluster’s code (the school sits under the cluster’s owner).'
	},
	'units.template.help.level': {
		vi: 'Trường: Mầm non, Tiểu học, THCS, THPT, TH&THCS hoặc THCS&THPT.',
		en: 'Schools: Mầm non (MN), Tiểu học (TH), THCS, THPT, TH&THCS or THCS&THPT.'
	},
	'units.template.help.ownership': {
		vi: 'Trường: Công lập hoặc Ngoài công lập (Tư thục, Dân lập).',
		en: 'Schools: Công lập (public) or Ngoài công lập (non-public).'
	},
	'units.template.help.ministryCode': {
		vi: 'Không bắt buộc. Mã trường trên CSDL ngành.',
		en: 'Optional. The school’s code in the national sector database.'
	},
	'units.template.help.address': { vi: 'Không bắt buộc.', en: 'Optional.' },
	'units.template.help.phone': { vi: 'Không bắt buộc.', en: 'Optional.' },
	'units.template.help.head': {
		vi: 'Không bắt buộc. Hiệu trưởng hoặc thủ trưởng đơn vị.',
		en: 'Optional. The head teacher or head of the unit.'
	},
	'units.import.title': { vi: 'Danh sách đơn vị', en: 'School list' },
	'units.import.lead': {
		vi: 'Nhập hoặc cập nhật các đơn vị (Sở, phòng/xã, cụm, trường) từ tệp Excel hoặc CSV. Xem trước mọi thay đổi; tệp có lỗi không được lưu dòng nào; nhập lại cùng tệp không thay đổi gì.',
		en: 'Import or update units (province, districts/communes, clusters, schools) from an Excel or CSV file. Every change is previewed; nothing of a file with errors is stored; the same file again changes nothing.'
	},
	'units.import.count.province': { vi: '{n} sở', en: '{n} provinces' },
	'units.import.count.district': { vi: '{n} phòng/huyện', en: '{n} districts' },
	'units.import.count.commune': { vi: '{n} xã/phường', en: '{n} communes' },
	'units.import.count.school': { vi: '{n} trường', en: '{n} schools' },
	'units.import.step.template': { vi: '1. Tải mẫu', en: '1. Download a template' },
	'units.import.step.upload': { vi: '2. Gửi tệp để kiểm tra', en: '2. Send the file for checking' },
	'units.import.templateHelp': {
		vi: 'Mỗi dòng một đơn vị. Cột: Mã đơn vị, Tên đơn vị, Loại, Mã đơn vị cấp trên, Cấp học, Loại hình, Mã trường CSDL, Địa chỉ, Điện thoại, Hiệu trưởng.',
		en: 'One unit per row. Columns: code, name, type, parent code, school level, ownership, sector database code, address, phone, head teacher (Vietnamese or English headers).'
	},
	'units.import.template.xlsx': { vi: 'Mẫu Excel (.xlsx)', en: 'Excel template (.xlsx)' },
	'units.import.template.csv': { vi: 'Mẫu CSV', en: 'CSV template' },
	'units.import.file': { vi: 'Tệp danh sách (.xlsx, .csv)', en: 'List file (.xlsx, .csv)' },
	'units.import.check': { vi: 'Kiểm tra', en: 'Check' },
	'units.import.store': { vi: 'Lưu các thay đổi', en: 'Store the changes' },
	'units.import.noFile': { vi: 'Hãy chọn một tệp.', en: 'Choose a file.' },
	'units.import.tooLarge': {
		vi: 'Tệp quá lớn (tối đa 20 MB).',
		en: 'The file is too large (20 MB at most).'
	},
	'units.import.expired': {
		vi: 'Bản kiểm tra đã hết hạn; hãy gửi lại tệp.',
		en: 'The check has expired; send the file again.'
	},
	'units.import.status.preview': { vi: 'Xem trước: chưa lưu', en: 'Preview: not stored yet' },
	'units.import.status.stored': { vi: 'Đã lưu', en: 'Stored' },
	'units.import.status.unchanged': { vi: 'Không có gì thay đổi', en: 'Nothing changed' },
	'units.import.status.rejected': {
		vi: 'Tệp có lỗi: không lưu gì',
		en: 'The file has errors: nothing stored'
	},
	'units.import.counts': {
		vi: '{new} đơn vị mới · {changed} thay đổi · {unchanged} không đổi',
		en: '{new} new · {changed} changed · {unchanged} unchanged'
	},
	'units.import.errors': { vi: '{n} lỗi', en: '{n} errors' },
	'units.import.col.row': { vi: 'Dòng', en: 'Row' },
	'units.import.col.column': { vi: 'Cột', en: 'Column' },
	'units.import.col.value': { vi: 'Giá trị', en: 'Value' },
	'units.import.col.message': { vi: 'Lỗi', en: 'Problem' }
} satisfies Catalogue;

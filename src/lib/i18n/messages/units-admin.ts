import type { Catalogue } from '../types';

/** Adding, renaming, moving, closing and merging units by hand (/admin/units/new, /admin/units/[code]). */
export const unitsAdmin = {
	'unitsAdmin.list.title': { vi: 'Các đơn vị', en: 'Units' },
	'unitsAdmin.list.help': {
		vi: 'Mở một đơn vị để đổi tên, chuyển sang đơn vị cấp trên khác, đóng hoặc sáp nhập. Không tìm kiếm thì chỉ hiện các đơn vị không phải trường.',
		en: 'Open a unit to rename it, move it under another parent, close or merge it. Without a search only the units that are not schools are listed.'
	},
	'unitsAdmin.list.search': { vi: 'Tìm theo mã hoặc tên', en: 'Search by code or name' },
	'unitsAdmin.list.find': { vi: 'Tìm', en: 'Find' },
	'unitsAdmin.list.add': { vi: 'Thêm đơn vị', en: 'Add a unit' },
	'unitsAdmin.list.none': { vi: 'Không có đơn vị nào phù hợp.', en: 'No unit matches.' },
	'unitsAdmin.list.more': {
		vi: 'Chỉ hiện {n} đơn vị đầu; hãy tìm cụ thể hơn.',
		en: 'Only the first {n} units are shown; narrow the search.'
	},
	'unitsAdmin.col.code': { vi: 'Mã', en: 'Code' },
	'unitsAdmin.col.name': { vi: 'Tên', en: 'Name' },
	'unitsAdmin.col.type': { vi: 'Loại', en: 'Type' },
	'unitsAdmin.col.parent': { vi: 'Cấp trên', en: 'Parent' },
	'unitsAdmin.col.state': { vi: 'Trạng thái', en: 'State' },
	'unitsAdmin.state.open': { vi: 'Đang hoạt động', en: 'Open' },
	'unitsAdmin.state.opens': { vi: 'Hoạt động từ {date}', en: 'Opens on {date}' },
	'unitsAdmin.state.closed': { vi: 'Đóng từ {date}', en: 'Closed from {date}' },
	'unitsAdmin.state.merged': {
		vi: 'Sáp nhập vào {into} từ {date}',
		en: 'Merged into {into} from {date}'
	},

	'unitsAdmin.new.title': { vi: 'Thêm đơn vị', en: 'Add a unit' },
	'unitsAdmin.new.intro': {
		vi: 'Một đơn vị mới dưới một đơn vị cấp trên. Ngày bắt đầu hoạt động để trống nghĩa là đơn vị được chờ báo cáo ở mọi kỳ.',
		en: 'A new unit under a parent. Leave the opening date empty only if the unit is expected to report in every period.'
	},
	'unitsAdmin.new.submit': { vi: 'Thêm', en: 'Add' },
	'unitsAdmin.back': { vi: '← Danh sách đơn vị', en: '← School list' },

	'unitsAdmin.field.code': { vi: 'Mã đơn vị', en: 'Unit code' },
	'unitsAdmin.field.type': { vi: 'Loại', en: 'Type' },
	'unitsAdmin.field.parentCode': { vi: 'Mã đơn vị cấp trên', en: 'Parent code' },
	'unitsAdmin.field.activeFrom': { vi: 'Hoạt động từ ngày', en: 'Open from' },
	'unitsAdmin.field.name': { vi: 'Tên đơn vị', en: 'Name' },
	'unitsAdmin.field.schoolLevel': { vi: 'Cấp học (trường)', en: 'School level (schools)' },
	'unitsAdmin.field.ownership': { vi: 'Loại hình (trường)', en: 'Ownership (schools)' },
	'unitsAdmin.field.ministryCode': { vi: 'Mã trường CSDL ngành', en: 'Sector database code' },
	'unitsAdmin.field.address': { vi: 'Địa chỉ', en: 'Address' },
	'unitsAdmin.field.contactName': { vi: 'Thủ trưởng / hiệu trưởng', en: 'Head' },
	'unitsAdmin.field.contactPhone': { vi: 'Điện thoại', en: 'Phone' },
	'unitsAdmin.field.moveParent': { vi: 'Đơn vị cấp trên mới (mã)', en: 'New parent (code)' },
	'unitsAdmin.field.from': { vi: 'Có hiệu lực từ ngày', en: 'Takes effect on' },
	'unitsAdmin.field.closeFrom': { vi: 'Đóng từ ngày', en: 'Closed from' },
	'unitsAdmin.field.into': { vi: 'Sáp nhập vào trường (mã)', en: 'Merge into school (code)' },
	'unitsAdmin.choose': { vi: '— chọn —', en: '— choose —' },

	'unitsAdmin.page.readOnly': {
		vi: 'Bạn xem được đơn vị này nhưng không sửa được: đơn vị của chính bạn do cấp trên quản lý.',
		en: 'You may view this unit but not change it: your own unit is managed from above.'
	},
	'unitsAdmin.page.figures': { vi: 'Xem số liệu và chỉ tiêu', en: 'See its figures and targets' },
	'unitsAdmin.page.children': { vi: '{n} đơn vị trực thuộc', en: '{n} units directly under it' },
	'unitsAdmin.details.title': { vi: 'Tên và thông tin', en: 'Name and details' },
	'unitsAdmin.details.submit': { vi: 'Lưu', en: 'Save' },
	'unitsAdmin.move.title': { vi: 'Chuyển đơn vị cấp trên', en: 'Move under another parent' },
	'unitsAdmin.move.help': {
		vi: 'Các năm học bắt đầu trước ngày có hiệu lực vẫn được tính theo cây đơn vị cũ; từ năm học sau, đơn vị (và mọi đơn vị trực thuộc) thuộc cấp trên mới.',
		en: 'School years that began before the date keep the old tree; from the next school year on, the unit (and everything under it) belongs to the new parent.'
	},
	'unitsAdmin.move.submit': { vi: 'Chuyển', en: 'Move' },
	'unitsAdmin.close.title': { vi: 'Đóng đơn vị', en: 'Close the unit' },
	'unitsAdmin.close.help': {
		vi: 'Đơn vị đã đóng vẫn được giữ cùng số liệu và lịch sử, nhưng không còn được chờ báo cáo ở các kỳ có hạn nộp từ ngày đóng. Hãy chuyển hoặc đóng các đơn vị trực thuộc trước.',
		en: 'A closed unit is kept with its figures and history but is no longer expected to report for periods due from the closing date. Move or close the units under it first.'
	},
	'unitsAdmin.close.submit': { vi: 'Đóng đơn vị', en: 'Close' },
	'unitsAdmin.reopen.title': { vi: 'Mở lại đơn vị', en: 'Reopen the unit' },
	'unitsAdmin.reopen.help': {
		vi: 'Bỏ ngày đóng (và sáp nhập, nếu có). Tài khoản đã bị khóa khi sáp nhập không tự mở lại.',
		en: 'Clears the closing date (and the merge, if any). Accounts disabled by a merge stay disabled.'
	},
	'unitsAdmin.reopen.submit': { vi: 'Mở lại', en: 'Reopen' },
	'unitsAdmin.merge.title': { vi: 'Sáp nhập vào trường khác', en: 'Merge into another school' },
	'unitsAdmin.merge.help': {
		vi: 'Trường này đóng từ ngày sáp nhập; số liệu các kỳ trước vẫn thuộc trường này và xem được ở trang của trường; các kỳ sau chỉ chờ báo cáo của trường nhận. Tài khoản chỉ dùng cho trường này bị khóa.',
		en: 'This school closes from the merge date; figures of earlier periods stay under it and readable on its pages; later periods expect only the receiving school. Accounts used only for this school are disabled.'
	},
	'unitsAdmin.merge.submit': { vi: 'Sáp nhập', en: 'Merge' },
	'unitsAdmin.history.title': { vi: 'Lịch sử', en: 'History' },
	'unitsAdmin.history.placements': {
		vi: 'Vị trí trong cây theo năm học (các năm khác: như hiện nay)',
		en: 'Place in the tree by school year (other years: as now)'
	},
	'unitsAdmin.history.year': { vi: 'Năm học', en: 'School year' },
	'unitsAdmin.history.when': { vi: 'Thời điểm', en: 'When' },
	'unitsAdmin.history.who': { vi: 'Người thực hiện', en: 'By' },
	'unitsAdmin.history.action': { vi: 'Thay đổi', en: 'Change' },
	'unitsAdmin.history.none': { vi: 'Chưa có thay đổi nào được ghi.', en: 'No change recorded yet.' },

	'unitsAdmin.done.created': { vi: 'Đã thêm đơn vị.', en: 'The unit was added.' },
	'unitsAdmin.done.update': { vi: 'Đã lưu.', en: 'Saved.' },
	'unitsAdmin.done.move': { vi: 'Đã chuyển đơn vị.', en: 'The unit was moved.' },
	'unitsAdmin.done.close': { vi: 'Đã đóng đơn vị.', en: 'The unit was closed.' },
	'unitsAdmin.done.reopen': { vi: 'Đã mở lại đơn vị.', en: 'The unit was reopened.' },
	'unitsAdmin.done.merge': {
		vi: 'Đã sáp nhập. Tài khoản bị khóa: {accounts}.',
		en: 'Merged. Accounts disabled: {accounts}.'
	},

	'unitsAdmin.error.date': { vi: 'Nhập ngày dạng năm-tháng-ngày.', en: 'Enter a date as year-month-day.' },
	'unitsAdmin.error.code': {
		vi: 'Mã gồm chữ không dấu, số, “-”, “_” hoặc “.” (tối đa 40 ký tự).',
		en: 'A code is ASCII letters, digits, “-”, “_” or “.” (40 characters at most).'
	},
	'unitsAdmin.error.type': { vi: 'Chọn loại đơn vị.', en: 'Choose the unit’s type.' },
	'unitsAdmin.error.parent': { vi: 'Nhập mã đơn vị cấp trên.', en: 'Enter the parent’s code.' },
	'unitsAdmin.error.into': { vi: 'Nhập mã trường nhận.', en: 'Enter the receiving school’s code.' },
	'unitsAdmin.error.name': {
		vi: 'Nhập tên (tối đa 200 ký tự).',
		en: 'Enter a name (200 characters at most).'
	},
	'unitsAdmin.error.tooLong': { vi: 'Tối đa 300 ký tự.', en: '300 characters at most.' },
	'unitsAdmin.error.level': { vi: 'Chọn cấp học của trường.', en: 'Choose the school’s level.' },
	'unitsAdmin.error.ownership': { vi: 'Chọn loại hình của trường.', en: 'Choose the school’s ownership.' },

	'unitsAdmin.refused.forbidden': {
		vi: 'Bạn không có quyền thay đổi ở đơn vị này.',
		en: 'You may not make this change at this unit.'
	},
	'unitsAdmin.refused.codeTaken': { vi: 'Mã này đã có đơn vị dùng.', en: 'Another unit has this code.' },
	'unitsAdmin.refused.unknownParent': { vi: 'Không có đơn vị mang mã này.', en: 'No unit has this code.' },
	'unitsAdmin.refused.parentSchool': {
		vi: 'Một trường không thể là đơn vị cấp trên.',
		en: 'A school cannot be a parent.'
	},
	'unitsAdmin.refused.parentInSubtree': {
		vi: 'Không thể chuyển đơn vị vào dưới chính nó.',
		en: 'A unit cannot be moved under itself.'
	},
	'unitsAdmin.refused.parentClosed': {
		vi: 'Đơn vị cấp trên này không hoạt động vào ngày đó.',
		en: 'That parent is not open on that date.'
	},
	'unitsAdmin.refused.sameParent': {
		vi: 'Đơn vị đã ở dưới cấp trên này.',
		en: 'The unit is already under this parent.'
	},
	'unitsAdmin.refused.root': {
		vi: 'Đơn vị gốc (Sở) không chuyển được.',
		en: 'The top unit (the province) cannot be moved.'
	},
	'unitsAdmin.refused.closed': { vi: 'Đơn vị đã đóng.', en: 'The unit is closed.' },
	'unitsAdmin.refused.notClosed': { vi: 'Đơn vị đang hoạt động.', en: 'The unit is open.' },
	'unitsAdmin.refused.beforeOpening': {
		vi: 'Ngày này không sau ngày đơn vị bắt đầu hoạt động.',
		en: 'This date is not after the unit opened.'
	},
	'unitsAdmin.refused.openChildren': {
		vi: 'Còn đơn vị trực thuộc đang hoạt động vào ngày đó: hãy chuyển hoặc đóng chúng trước.',
		en: 'Units under it are still open on that date: move or close them first.'
	},
	'unitsAdmin.refused.notSchool': {
		vi: 'Chỉ sáp nhập được trường vào trường.',
		en: 'Only a school merges into a school.'
	},
	'unitsAdmin.refused.unknownInto': { vi: 'Không có trường mang mã này.', en: 'No school has this code.' },
	'unitsAdmin.refused.intoSelf': {
		vi: 'Không thể sáp nhập trường vào chính nó.',
		en: 'A school cannot merge into itself.'
	},
	'unitsAdmin.refused.intoClosed': {
		vi: 'Trường nhận không hoạt động vào ngày đó.',
		en: 'The receiving school is not open on that date.'
	}
} satisfies Catalogue;

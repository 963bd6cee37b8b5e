import type { Catalogue } from '../types';

export const bulkAccounts = {
	'bulkAccounts.title': { vi: 'Cấp tài khoản cho các trường', en: 'Accounts for the schools' },
	'bulkAccounts.intro': {
		vi: 'Mỗi trường chưa có tài khoản được tạo một tài khoản, tên đăng nhập là mã trường viết thường, kèm mật khẩu tạm thời phải đổi ở lần đăng nhập đầu. Trường đã có tài khoản được giữ nguyên.',
		en: 'Each school without an account gets one, named after its school code in lower case, with a temporary password to be changed at first sign-in. Schools that have an account keep it as it is.'
	},
	'bulkAccounts.unit': { vi: 'Đơn vị', en: 'Unit' },
	'bulkAccounts.level': { vi: 'Cấp học', en: 'Level' },
	'bulkAccounts.ownership': { vi: 'Loại hình', en: 'Ownership' },
	'bulkAccounts.any': { vi: 'Tất cả', en: 'All' },
	'bulkAccounts.show': { vi: 'Xem danh sách trường', en: 'List the schools' },
	'bulkAccounts.summary': {
		vi: '{total} trường · {missing} trường chưa có tài khoản',
		en: '{total} schools · {missing} without an account'
	},
	'bulkAccounts.noSchools': {
		vi: 'Không có trường nào khớp với lựa chọn.',
		en: 'No school matches the choice.'
	},
	'bulkAccounts.colPick': { vi: 'Tạo', en: 'Create' },
	'bulkAccounts.pick': { vi: 'Tạo tài khoản cho {name}', en: 'Create an account for {name}' },
	'bulkAccounts.colSchool': { vi: 'Trường', en: 'School' },
	'bulkAccounts.colUsername': { vi: 'Tên đăng nhập', en: 'Username' },
	'bulkAccounts.colState': { vi: 'Tài khoản', en: 'Account' },
	'bulkAccounts.willCreate': { vi: 'Sẽ được tạo', en: 'Will be created' },
	'bulkAccounts.hasAccount': { vi: 'Đã có tài khoản', en: 'Has an account' },
	'bulkAccounts.usernameNote': {
		vi: 'Nếu tên đăng nhập đã thuộc về tài khoản khác, hệ thống thêm -2, -3… vào sau.',
		en: 'When a username already belongs to another account, -2, -3… is added.'
	},
	'bulkAccounts.submit': { vi: 'Tạo {count} tài khoản', en: 'Create {count} accounts' },
	'bulkAccounts.nothingToCreate': {
		vi: 'Mọi trường trong danh sách đã có tài khoản.',
		en: 'Every school in the list already has an account.'
	},
	'bulkAccounts.tooMany': {
		vi: 'Mỗi lần tạo tối đa {max} tài khoản; hãy chọn đơn vị nhỏ hơn hoặc lọc theo cấp học.',
		en: 'At most {max} accounts at a time; choose a smaller unit or filter by level.'
	},
	'bulkAccounts.done': {
		vi: 'Đã tạo {created} tài khoản; {skipped} trường đã có tài khoản được giữ nguyên.',
		en: '{created} accounts created; {skipped} schools that had an account were left as they were.'
	},
	'bulkAccounts.onceWarning': {
		vi: 'Mật khẩu tạm thời chỉ hiện một lần này và không được lưu lại. Hãy tải tệp Excel hoặc in phiếu ngay bây giờ.',
		en: 'The temporary passwords are shown this once and are not kept. Download the Excel file or print the slips now.'
	},
	'bulkAccounts.downloadXlsx': { vi: 'Tải tệp Excel (.xlsx)', en: 'Download Excel (.xlsx)' },
	'bulkAccounts.printView': { vi: 'Mở bản in A4', en: 'Open A4 print view' },
	'bulkAccounts.colPassword': { vi: 'Mật khẩu tạm thời', en: 'Temporary password' },
	'bulkAccounts.colSignIn': { vi: 'Địa chỉ đăng nhập', en: 'Sign-in address' },
	'bulkAccounts.colCode': { vi: 'Mã trường', en: 'School code' },
	'bulkAccounts.colName': { vi: 'Tên trường', en: 'School name' },
	'bulkAccounts.created': { vi: 'Tài khoản vừa tạo', en: 'Accounts created' },
	'bulkAccounts.skipped': {
		vi: 'Trường đã có tài khoản (giữ nguyên)',
		en: 'Schools that had an account (unchanged)'
	},
	'bulkAccounts.again': { vi: 'Tạo thêm', en: 'Create more' },
	'bulkAccounts.sheetTitle': {
		vi: 'Tài khoản đăng nhập của các trường — {unit}',
		en: 'School sign-in accounts — {unit}'
	},
	'bulkAccounts.instruction': {
		vi: 'Đăng nhập tại {url} bằng tên đăng nhập và mật khẩu tạm thời của trường. Ở lần đăng nhập đầu, hệ thống yêu cầu đặt mật khẩu mới. Giữ kín phiếu này; mật khẩu tạm thời hết tác dụng khi đã đổi.',
		en: 'Sign in at {url} with the school’s username and temporary password. At the first sign-in you are asked to set a new password. Keep this slip private; the temporary password stops working once changed.'
	},
	'bulkAccounts.print': { vi: 'In', en: 'Print' },
	'bulkAccounts.printHint': {
		vi: 'Mỗi phiếu là một trường; cắt theo đường viền và giao cho trường.',
		en: 'One slip per school; cut along the border and hand it to the school.'
	},
	'bulkAccounts.printEmpty': {
		vi: 'Bản in chỉ mở được ngay sau khi tạo tài khoản, từ trang kết quả.',
		en: 'The print view opens only right after creating accounts, from the result page.'
	},
	'bulkAccounts.back': { vi: '← Cấp tài khoản cho các trường', en: '← Accounts for the schools' },
	'bulkAccounts.slipSchool': { vi: 'Trường', en: 'School' },
	'bulkAccounts.error.unknown_unit': { vi: 'Không có đơn vị với mã này.', en: 'No unit has this code.' },
	'bulkAccounts.error.forbidden': {
		vi: 'Bạn không được tạo tài khoản cho các trường của đơn vị này.',
		en: 'You may not create accounts for the schools of this unit.'
	},
	'bulkAccounts.error.unknown_school': {
		vi: 'Có trường được chọn không thuộc đơn vị và bộ lọc đã chọn; hãy tải lại danh sách.',
		en: 'A chosen school is not in the unit and filter chosen; list the schools again.'
	},
	'bulkAccounts.error.nothing_chosen': {
		vi: 'Hãy chọn ít nhất một trường chưa có tài khoản.',
		en: 'Choose at least one school without an account.'
	},
	'bulkAccounts.error.too_many': {
		vi: 'Quá nhiều trường cho một lần; hãy chọn đơn vị nhỏ hơn hoặc lọc theo cấp học.',
		en: 'Too many schools at once; choose a smaller unit or filter by level.'
	},
	'bulkAccounts.error.sheet': {
		vi: 'Không đọc được danh sách tài khoản; hãy tạo lại từ trang kết quả.',
		en: 'The list of accounts could not be read; start again from the result page.'
	}
} satisfies Catalogue;

import type { Catalogue } from '../types';

export const admin = {
	'nav.admin.users': { vi: 'Người dùng', en: 'Users' },
	'admin.users.title': { vi: 'Tài khoản người dùng', en: 'User accounts' },
	'admin.users.introAdmin': {
		vi: 'Quản trị viên quản lý mọi tài khoản: tạo tài khoản, gán vai trò và đơn vị, đặt lại mật khẩu, khóa hoặc mở khóa. Mọi thay đổi được ghi vào nhật ký.',
		en: 'Administrators manage every account: create accounts, assign roles and units, reset passwords, disable or enable. Every change is logged.'
	},
	'admin.users.introDistrict': {
		vi: 'Bạn quản lý tài khoản của các trường thuộc đơn vị mình. Mọi thay đổi được ghi vào nhật ký.',
		en: 'You manage the accounts of the schools in your area. Every change is logged.'
	},
	'admin.users.new': { vi: 'Tạo tài khoản', en: 'New account' },
	'admin.users.search': {
		vi: 'Tìm theo tên đăng nhập, họ tên hoặc mã đơn vị',
		en: 'Find by username, name or unit code'
	},
	'admin.users.find': { vi: 'Tìm', en: 'Find' },
	'admin.users.searchPlaceholder': {
		vi: 'Tên, tên đăng nhập, mã đơn vị',
		en: 'Name, username, unit code'
	},
	'admin.users.security': { vi: 'Mật khẩu và truy cập', en: 'Password and access' },
	'admin.users.count': { vi: '{count} tài khoản', en: '{count} accounts' },
	'admin.users.more': {
		vi: 'Đang hiện {shown} trên {total} tài khoản; hãy tìm cụ thể hơn.',
		en: 'Showing {shown} of {total} accounts; narrow the search.'
	},
	'admin.users.empty': { vi: 'Không có tài khoản nào.', en: 'No accounts.' },
	'admin.users.colUser': { vi: 'Tài khoản', en: 'Account' },
	'admin.users.colRoles': { vi: 'Vai trò · đơn vị', en: 'Roles · units' },
	'admin.users.colStatus': { vi: 'Trạng thái', en: 'Status' },
	'admin.users.colLastLogin': { vi: 'Đăng nhập gần nhất', en: 'Last sign-in' },
	'admin.users.lastLogin': { vi: 'Đăng nhập gần nhất: {date}', en: 'Last sign-in: {date}' },
	'admin.users.active': { vi: 'Đang hoạt động', en: 'Active' },
	'admin.users.disabled': { vi: 'Đã khóa', en: 'Disabled' },
	'admin.users.mustChange': { vi: 'Chờ đổi mật khẩu', en: 'Must change password' },
	'admin.users.never': { vi: 'Chưa đăng nhập', en: 'Never' },
	'admin.users.everything': { vi: 'Toàn hệ thống', en: 'Everything' },
	'admin.users.username': { vi: 'Tên đăng nhập', en: 'Username' },
	'admin.users.usernameHint': {
		vi: '3–40 ký tự: chữ thường không dấu, số, dấu chấm, gạch dưới, gạch ngang.',
		en: '3–40 characters: lower-case letters, digits, dot, underscore, hyphen.'
	},
	'admin.users.displayName': { vi: 'Họ và tên / tên hiển thị', en: 'Display name' },
	'admin.users.email': { vi: 'Thư điện tử (không bắt buộc)', en: 'Email (optional)' },
	'admin.users.phone': { vi: 'Số điện thoại (không bắt buộc)', en: 'Phone (optional)' },
	'admin.users.role': { vi: 'Vai trò', en: 'Role' },
	'admin.users.unit': { vi: 'Mã đơn vị', en: 'Unit code' },
	'admin.users.unitHint': {
		vi: 'Ví dụ HA-TH-CATBI. Vai trò quản trị: để trống.',
		en: 'For example HA-TH-CATBI. Administrator role: leave empty.'
	},
	'admin.users.unitHintSchools': {
		vi: 'Mã một trường thuộc đơn vị của bạn, ví dụ {code}.',
		en: 'The code of a school in your area, for example {code}.'
	},
	'admin.users.createSubmit': { vi: 'Tạo tài khoản', en: 'Create account' },
	'admin.users.created': {
		vi: 'Đã tạo tài khoản {username}.',
		en: 'Account {username} created.'
	},
	'admin.users.tempPassword': {
		vi: 'Mật khẩu tạm thời (chỉ hiện một lần):',
		en: 'Temporary password (shown only once):'
	},
	'admin.users.tempPasswordNote': {
		vi: 'Hãy gửi mật khẩu này cho người dùng qua kênh an toàn. Người dùng phải đổi mật khẩu ở lần đăng nhập tiếp theo.',
		en: 'Pass it to the user over a safe channel. They must change it when they next sign in.'
	},
	'admin.users.open': { vi: 'Mở tài khoản {username}', en: 'Open account {username}' },
	'admin.users.back': { vi: '← Tất cả tài khoản', en: '← All accounts' },
	'admin.users.profile': { vi: 'Thông tin', en: 'Profile' },
	'admin.users.save': { vi: 'Lưu', en: 'Save' },
	'admin.users.saved': { vi: 'Đã lưu thay đổi.', en: 'Changes saved.' },
	'admin.users.roles': { vi: 'Vai trò và đơn vị', en: 'Roles and units' },
	'admin.users.addRole': { vi: 'Thêm vai trò', en: 'Add role' },
	'admin.users.removeRole': { vi: 'Gỡ', en: 'Remove' },
	'admin.users.removeRoleLabel': { vi: 'Gỡ vai trò {role} tại {unit}', en: 'Remove {role} at {unit}' },
	'admin.users.password': { vi: 'Mật khẩu', en: 'Password' },
	'admin.users.reset': { vi: 'Đặt lại mật khẩu', en: 'Reset password' },
	'admin.users.resetHint': {
		vi: 'Tạo mật khẩu tạm thời mới. Mọi phiên đăng nhập của tài khoản này kết thúc và người dùng phải đổi mật khẩu khi đăng nhập.',
		en: 'Creates a new temporary password. Every session of this account ends and the user must change the password at sign-in.'
	},
	'admin.users.resetDone': {
		vi: 'Đã đặt lại mật khẩu cho {username}.',
		en: 'Password of {username} reset.'
	},
	'admin.users.access': { vi: 'Truy cập', en: 'Access' },
	'admin.users.disable': { vi: 'Khóa tài khoản', en: 'Disable account' },
	'admin.users.enable': { vi: 'Mở khóa tài khoản', en: 'Enable account' },
	'admin.users.disableHint': {
		vi: 'Tài khoản bị khóa không đăng nhập được; các phiên đăng nhập kết thúc và mã API ngừng hoạt động.',
		en: 'A disabled account cannot sign in; its sessions end and its API tokens stop working.'
	},
	'admin.users.disabledDone': { vi: 'Đã khóa tài khoản.', en: 'Account disabled.' },
	'admin.users.enabledDone': { vi: 'Đã mở khóa tài khoản.', en: 'Account enabled.' },
	'admin.users.history': { vi: 'Lịch sử thay đổi', en: 'History' },
	'admin.users.historyEmpty': { vi: 'Chưa có thay đổi nào.', en: 'No changes yet.' },
	'admin.users.colWhen': { vi: 'Thời điểm', en: 'When' },
	'admin.users.colWho': { vi: 'Người thực hiện', en: 'By' },
	'admin.users.colWhat': { vi: 'Thay đổi', en: 'Change' },
	'audit.user.create': { vi: 'Tạo tài khoản', en: 'Account created' },
	'audit.user.update': { vi: 'Sửa thông tin', en: 'Profile changed' },
	'audit.user.role_add': { vi: 'Thêm vai trò', en: 'Role added' },
	'audit.user.role_remove': { vi: 'Gỡ vai trò', en: 'Role removed' },
	'audit.user.password_reset': { vi: 'Đặt lại mật khẩu', en: 'Password reset' },
	'audit.user.password_change': { vi: 'Tự đổi mật khẩu', en: 'Password changed by the user' },
	'audit.user.disable': { vi: 'Khóa tài khoản', en: 'Account disabled' },
	'audit.user.enable': { vi: 'Mở khóa tài khoản', en: 'Account enabled' },
	'audit.field.username': { vi: 'Tên đăng nhập', en: 'Username' },
	'audit.field.displayName': { vi: 'Tên hiển thị', en: 'Display name' },
	'audit.field.email': { vi: 'Thư điện tử', en: 'Email' },
	'audit.field.phone': { vi: 'Điện thoại', en: 'Phone' },
	'audit.field.disabled': { vi: 'Bị khóa', en: 'Disabled' },
	'audit.field.mustChangePassword': { vi: 'Phải đổi mật khẩu', en: 'Must change password' },
	'audit.field.roles': { vi: 'Vai trò', en: 'Roles' },
	'audit.yes': { vi: 'có', en: 'yes' },
	'audit.no': { vi: 'không', en: 'no' },
	'admin.users.error.role': { vi: 'Vui lòng chọn một vai trò.', en: 'Choose a role.' },
	'admin.users.error.username': {
		vi: 'Tên đăng nhập gồm 3–40 ký tự: chữ thường không dấu, số, dấu chấm, gạch dưới, gạch ngang.',
		en: 'A username has 3–40 characters: lower-case letters, digits, dot, underscore, hyphen.'
	},
	'admin.users.error.displayName': {
		vi: 'Vui lòng nhập họ và tên (tối đa 100 ký tự).',
		en: 'Enter a display name (at most 100 characters).'
	},
	'admin.users.error.email': { vi: 'Địa chỉ thư điện tử không hợp lệ.', en: 'Not a valid email address.' },
	'admin.users.error.phone': { vi: 'Số điện thoại không hợp lệ.', en: 'Not a valid phone number.' },
	'admin.users.error.unknown_unit': {
		vi: 'Không có đơn vị nào mang mã này.',
		en: 'There is no unit with this code.'
	},
	'admin.users.error.unit_required': {
		vi: 'Vai trò này cần một đơn vị.',
		en: 'This role needs a unit.'
	},
	'admin.users.error.unit_not_allowed': {
		vi: 'Vai trò quản trị áp dụng cho toàn hệ thống; hãy để trống mã đơn vị.',
		en: 'The administrator role covers everything; leave the unit empty.'
	},
	'admin.users.error.wrong_unit_type': {
		vi: 'Đơn vị này không phù hợp với vai trò đã chọn (ví dụ vai trò Trường cần mã một trường).',
		en: 'This unit does not fit the role (a School role needs a school’s code, for example).'
	},
	'admin.users.error.forbidden': {
		vi: 'Bạn không có quyền gán vai trò này cho đơn vị này.',
		en: 'You may not give this role at this unit.'
	},
	'admin.users.error.username_taken': {
		vi: 'Tên đăng nhập này đã được dùng.',
		en: 'This username is taken.'
	},
	'admin.users.error.last_role': {
		vi: 'Tài khoản cần ít nhất một vai trò. Muốn chặn truy cập, hãy khóa tài khoản.',
		en: 'An account needs at least one role. To stop access, disable the account.'
	},
	'admin.users.error.self': {
		vi: 'Bạn không thể làm việc này với chính tài khoản của mình.',
		en: 'You cannot do this to your own account.'
	}
} satisfies Catalogue;

import type { Catalogue } from '../types';

export const auth = {
	'auth.login.title': { vi: 'Đăng nhập', en: 'Sign in' },
	'auth.login.username': { vi: 'Tên đăng nhập', en: 'Username' },
	'auth.login.password': { vi: 'Mật khẩu', en: 'Password' },
	'auth.login.submit': { vi: 'Đăng nhập', en: 'Sign in' },
	'auth.login.invalid': {
		vi: 'Tên đăng nhập hoặc mật khẩu không đúng.',
		en: 'Wrong username or password.'
	},
	'auth.login.usernameRequired': { vi: 'Vui lòng nhập tên đăng nhập.', en: 'Please enter the username.' },
	'auth.login.passwordRequired': { vi: 'Vui lòng nhập mật khẩu.', en: 'Please enter the password.' },
	'auth.login.disabled': {
		vi: 'Tài khoản đã bị khóa. Liên hệ quản trị viên.',
		en: 'This account is disabled. Contact the administrator.'
	},
	'auth.login.throttled': {
		vi: 'Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau {minutes} phút.',
		en: 'Too many failed sign-ins. Please try again in {minutes} minutes.'
	},
	'auth.logout': { vi: 'Đăng xuất', en: 'Sign out' },
	'auth.signedInAs': { vi: 'Đăng nhập: {name}', en: 'Signed in: {name}' },
	'role.admin': { vi: 'Quản trị', en: 'Administrator' },
	'role.province': { vi: 'Sở GD&ĐT', en: 'Province' },
	'role.district': { vi: 'Phòng GD&ĐT', en: 'District' },
	'role.inspector': { vi: 'Thanh tra', en: 'Inspector' },
	'role.school': { vi: 'Trường', en: 'School' },
	'account.password.title': { vi: 'Đổi mật khẩu', en: 'Change password' },
	'account.password.current': { vi: 'Mật khẩu hiện tại', en: 'Current password' },
	'account.password.next': { vi: 'Mật khẩu mới', en: 'New password' },
	'account.password.confirm': { vi: 'Nhập lại mật khẩu mới', en: 'Repeat the new password' },
	'account.password.submit': { vi: 'Lưu mật khẩu mới', en: 'Save the new password' },
	'account.password.hint': {
		vi: 'Mật khẩu mới cần ít nhất {min} ký tự. Sau khi đổi, các phiên đăng nhập khác sẽ bị đăng xuất.',
		en: 'The new password needs at least {min} characters. Your other sessions will be signed out.'
	},
	'account.password.mustChange': {
		vi: 'Bạn đang dùng mật khẩu tạm thời. Vui lòng đặt mật khẩu mới để tiếp tục.',
		en: 'You are using a temporary password. Choose a new one to continue.'
	},
	'account.password.currentRequired': {
		vi: 'Vui lòng nhập mật khẩu hiện tại.',
		en: 'Enter your current password.'
	},
	'account.password.tooShort': {
		vi: 'Mật khẩu mới cần ít nhất {min} ký tự.',
		en: 'The new password needs at least {min} characters.'
	},
	'account.password.mismatch': { vi: 'Hai mật khẩu mới không khớp.', en: 'The two new passwords differ.' },
	'account.password.wrongCurrent': {
		vi: 'Mật khẩu hiện tại không đúng.',
		en: 'The current password is wrong.'
	},
	'nav.account': { vi: 'Tài khoản', en: 'Account' },
	'account.title': { vi: 'Tài khoản của tôi', en: 'My account' },
	'account.username': { vi: 'Tên đăng nhập', en: 'Username' },
	'account.roles': { vi: 'Vai trò và phạm vi', en: 'Roles and scope' },
	'account.everything': { vi: 'Toàn hệ thống', en: 'Everything' },
	'account.security': { vi: 'Bảo mật', en: 'Security' },
	'account.changePassword': { vi: 'Đổi mật khẩu', en: 'Change password' },
	'account.tokens.title': { vi: 'Mã truy cập API', en: 'API tokens' },
	'account.tokens.intro': {
		vi: 'Mã truy cập cho phép phần mềm khác (ví dụ phần mềm của phòng gửi số liệu) gọi API của Chỉ tiêu với đúng quyền của bạn. Chỉ tiêu chỉ lưu giá trị băm của mã, nên mã chỉ hiện một lần khi tạo.',
		en: 'A token lets other software (a district’s own system pushing figures, say) call the Chỉ tiêu API with exactly your rights. Only a hash is stored, so the token is shown once, when it is created.'
	},
	'account.tokens.usage': { vi: 'Cách dùng:', en: 'Usage:' },
	'account.tokens.name': { vi: 'Tên gợi nhớ', en: 'Name' },
	'account.tokens.nameHint': {
		vi: 'Ví dụ: Phần mềm thống kê của phòng',
		en: 'For example: the district’s statistics software'
	},
	'account.tokens.create': { vi: 'Tạo mã', en: 'Create token' },
	'account.tokens.created': {
		vi: 'Mã mới “{name}”. Hãy sao chép ngay: mã sẽ không hiện lại.',
		en: 'New token “{name}”. Copy it now: it will not be shown again.'
	},
	'account.tokens.copy': { vi: 'Sao chép', en: 'Copy' },
	'account.tokens.copied': { vi: 'Đã sao chép', en: 'Copied' },
	'account.tokens.yours': { vi: 'Mã của bạn', en: 'Your tokens' },
	'account.tokens.colCreated': { vi: 'Ngày tạo', en: 'Created' },
	'account.tokens.colLastUsed': { vi: 'Dùng gần nhất', en: 'Last used' },
	'account.tokens.colStatus': { vi: 'Trạng thái', en: 'Status' },
	'account.tokens.never': { vi: 'Chưa dùng', en: 'Never' },
	'account.tokens.active': { vi: 'Đang hiệu lực', en: 'Active' },
	'account.tokens.revokedOn': { vi: 'Đã thu hồi ngày {date}', en: 'Revoked on {date}' },
	'account.tokens.revoke': { vi: 'Thu hồi', en: 'Revoke' },
	'account.tokens.revokeLabel': { vi: 'Thu hồi mã “{name}”', en: 'Revoke the token “{name}”' },
	'account.tokens.revokedDone': {
		vi: 'Đã thu hồi mã. Phần mềm dùng mã này sẽ không gọi được API nữa.',
		en: 'Token revoked. Software using it can no longer call the API.'
	},
	'account.tokens.notFound': {
		vi: 'Không tìm thấy mã này trong các mã đang hiệu lực của bạn.',
		en: 'No such active token among yours.'
	},
	'account.tokens.empty': { vi: 'Bạn chưa có mã truy cập nào.', en: 'You have no tokens yet.' },
	'account.tokens.nameRequired': { vi: 'Vui lòng đặt tên gợi nhớ cho mã.', en: 'Give the token a name.' },
	'account.tokens.nameTooLong': { vi: 'Tên gợi nhớ tối đa 80 ký tự.', en: 'At most 80 characters.' },
	'error.400': { vi: 'Yêu cầu không hợp lệ.', en: 'The request is not valid.' },
	'error.401': {
		vi: 'Bạn cần đăng nhập để xem nội dung này.',
		en: 'You need to sign in to see this.'
	},
	'error.429': {
		vi: 'Quá nhiều yêu cầu. Vui lòng thử lại sau ít phút.',
		en: 'Too many requests. Please try again in a few minutes.'
	},
	'error.login': { vi: 'Đăng nhập', en: 'Sign in' },
	'error.title401': { vi: 'Cần đăng nhập', en: 'Sign-in needed' },
	'error.title403': { vi: 'Không có quyền truy cập', en: 'No access' },
	'error.title404': { vi: 'Không tìm thấy', en: 'Not found' }
} satisfies Catalogue;

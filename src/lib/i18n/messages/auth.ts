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
	'auth.login.required': { vi: 'Vui lòng nhập {field}.', en: 'Please enter the {field}.' },
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
		vi: 'Mật khẩu của bạn vừa được đặt lại. Vui lòng đổi mật khẩu để tiếp tục.',
		en: 'Your password was reset. Please choose a new one to continue.'
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
	'nav.account': { vi: 'Tài khoản', en: 'Account' }
} satisfies Catalogue;

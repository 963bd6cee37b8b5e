import type { Catalogue } from '../types';

/** Sign-in limits, account unlock, API token expiry, decisions tied to a version. */
export const doors = {
	'doors.login.triesLeft': {
		vi: 'Tên đăng nhập hoặc mật khẩu không đúng. Còn {n} lần thử, sau đó đăng nhập bị tạm dừng {minutes} phút.',
		en: 'Wrong username or password. {n} tries left, then sign-in is paused for {minutes} minutes.'
	},
	'doors.login.lastTry': {
		vi: 'Tên đăng nhập hoặc mật khẩu không đúng. Đăng nhập bị tạm dừng {minutes} phút (quản trị viên có thể mở khóa).',
		en: 'Wrong username or password. Sign-in is paused for {minutes} minutes (an administrator can unlock it).'
	},
	'doors.unlock.heading': { vi: 'Tạm dừng đăng nhập', en: 'Sign-in pause' },
	'doors.unlock.locked': {
		vi: 'Đã nhập sai mật khẩu 5 lần: đăng nhập bằng tên này đang tạm dừng thêm {minutes} phút. Các phiên đang mở không bị ảnh hưởng.',
		en: '5 wrong passwords: sign-in with this username is paused for {minutes} more minutes. Open sessions are not affected.'
	},
	'doors.unlock.notLocked': {
		vi: 'Đăng nhập bằng tên này không bị tạm dừng.',
		en: 'Sign-in with this username is not paused.'
	},
	'doors.unlock.button': { vi: 'Mở lại đăng nhập', en: 'Lift the pause' },
	'admin.users.unlockedDone': {
		vi: 'Đã mở lại đăng nhập. Địa chỉ mạng đã thử sai nhiều lần vẫn bị tạm dừng.',
		en: 'Sign-in allowed again. Addresses with many failures stay paused.'
	},
	'audit.user.unlock': { vi: 'Mở lại đăng nhập', en: 'Sign-in pause lifted' }
} satisfies Catalogue;

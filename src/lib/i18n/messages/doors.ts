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
	'audit.user.unlock': { vi: 'Mở lại đăng nhập', en: 'Sign-in pause lifted' },
	'doors.tokens.passwordEnds': {
		vi: 'Khi bạn đổi mật khẩu hoặc quản trị viên đặt lại mật khẩu, mọi mã truy cập của bạn bị thu hồi: hãy tạo mã mới cho phần mềm đang dùng.',
		en: 'When you change your password or an administrator resets it, all your tokens are revoked: create new ones for the software that uses them.'
	},
	'doors.tokens.lifetime': { vi: 'Hết hạn sau', en: 'Expires after' },
	'doors.tokens.lifetimeDays': { vi: '{n} ngày', en: '{n} days' },
	'doors.tokens.lifetimeNever': { vi: 'Không hết hạn', en: 'Never' },
	'doors.tokens.colExpires': { vi: 'Hết hạn', en: 'Expires' },
	'doors.tokens.noExpiryShort': { vi: 'Không', en: 'Never' },
	'doors.tokens.expiresOn': { vi: 'Mã hết hạn ngày {date}.', en: 'The token expires on {date}.' },
	'doors.tokens.noExpiry': {
		vi: 'Mã không hết hạn: thu hồi khi không dùng nữa.',
		en: 'The token does not expire: revoke it when no longer needed.'
	},
	'doors.tokens.expired': { vi: 'Đã hết hạn', en: 'Expired' },
	'reporting.refusal.version_changed': {
		vi: 'Trường đã gửi phiên bản mới (phiên bản {version}) sau khi bạn mở báo cáo: hãy xem lại số liệu rồi quyết định.',
		en: 'The school sent a new version (version {version}) after you opened the report: review the figures, then decide.'
	},
	'reporting.submission.approveComment': {
		vi: 'Ý kiến gửi trường (bắt buộc khi trả lại, không bắt buộc khi duyệt)',
		en: 'Comment to the school (required to return, optional to approve)'
	},
	'reporting.submission.approvedNote': { vi: 'Nhận xét khi duyệt', en: 'Comment on approval' },
	'reporting.error.exceptionClosedAbove': {
		vi: 'Kỳ này do cấp trên khóa: chỉ cấp đã khóa (hoặc cấp cao hơn) mới cho trường nộp bổ sung được.',
		en: 'This period was closed above your area: only the level that closed it (or one above) can reopen it for a school.'
	},
	'reporting.rollup.result.version_changed': {
		vi: 'Báo cáo đã có phiên bản mới: tải lại trang rồi thử lại.',
		en: 'The report has a new version: reload the page and try again.'
	}
} satisfies Catalogue;

import type { Catalogue } from '../types';

export const common = {
	'app.name': { vi: 'Chỉ tiêu', en: 'Chỉ tiêu' },
	'app.tagline': {
		vi: 'Theo dõi chỉ tiêu kế hoạch năm học',
		en: 'Tracking school-year plan targets'
	},
	'nav.home': { vi: 'Trang chủ', en: 'Home' },
	'nav.units': { vi: 'Đơn vị', en: 'Units' },
	'nav.skip': { vi: 'Bỏ qua đến nội dung', en: 'Skip to content' },
	'nav.menu': { vi: 'Điều hướng chính', en: 'Main navigation' },
	'lang.switch': { vi: 'English', en: 'Tiếng Việt' },
	'lang.label': { vi: 'Ngôn ngữ', en: 'Language' },
	'unit.type.province': { vi: 'Tỉnh/Thành phố', en: 'Province' },
	'unit.type.district': { vi: 'Quận/Huyện', en: 'District' },
	'unit.type.commune': { vi: 'Xã/Phường', en: 'Commune' },
	'unit.type.school': { vi: 'Trường', en: 'School' },
	'level.MN': { vi: 'Mầm non', en: 'Preschool' },
	'level.TH': { vi: 'Tiểu học', en: 'Primary' },
	'level.THCS': { vi: 'THCS', en: 'Lower secondary' },
	'level.THPT': { vi: 'THPT', en: 'Upper secondary' },
	'level.TH_THCS': { vi: 'TH&THCS', en: 'Primary & lower sec.' },
	'level.THCS_THPT': { vi: 'THCS&THPT', en: 'Lower & upper sec.' },
	'ownership.public': { vi: 'Công lập', en: 'Public' },
	'ownership.non_public': { vi: 'Ngoài công lập', en: 'Non-public' },
	'home.title': { vi: 'Các đơn vị và trường học', en: 'Units and schools' },
	'home.schools': { vi: '{count} trường', en: '{count} schools' },
	'home.find': { vi: 'Tìm trường theo tên hoặc mã', en: 'Find a school by name or code' },
	'home.empty': { vi: 'Chưa có đơn vị nào.', en: 'No units yet.' },
	'picker.label': { vi: 'Chọn đơn vị', en: 'Choose a unit' },
	'picker.go': { vi: 'Xem', en: 'Open' },
	'table.code': { vi: 'Mã', en: 'Code' },
	'table.name': { vi: 'Tên', en: 'Name' },
	'table.level': { vi: 'Cấp học', en: 'Level' },
	'table.ownership': { vi: 'Loại hình', en: 'Ownership' },
	'table.type': { vi: 'Loại', en: 'Type' },
	'error.title': { vi: 'Đã có lỗi xảy ra', en: 'Something went wrong' },
	'error.404': { vi: 'Không tìm thấy trang này.', en: 'This page does not exist.' },
	'error.403': {
		vi: 'Bạn không có quyền xem nội dung này.',
		en: 'You do not have permission to see this.'
	},
	'error.500': {
		vi: 'Lỗi hệ thống. Vui lòng thử lại sau; nếu lỗi lặp lại, hãy báo quản trị viên kèm mã lỗi.',
		en: 'A system error occurred. Please try again later; if it persists, tell the administrator the error id.'
	},
	'error.id': { vi: 'Mã lỗi: {id}', en: 'Error id: {id}' },
	'error.back': { vi: 'Về trang chủ', en: 'Back to home' },
	// hardening
	'error.nul': {
		vi: 'Yêu cầu chứa ký tự NUL (\\0), không được chấp nhận.',
		en: 'The request contains a NUL character (\\0), which is not accepted.'
	},
	'form.error.invalid': { vi: 'Giá trị không hợp lệ.', en: 'Invalid value.' },
	'form.error.nul': {
		vi: 'Không được chứa ký tự NUL (\\0).',
		en: 'Must not contain a NUL character (\\0).'
	}
} satisfies Catalogue;

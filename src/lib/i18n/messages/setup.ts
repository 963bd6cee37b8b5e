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
	}
} satisfies Catalogue;

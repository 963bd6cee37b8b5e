import type { Catalogue } from '../types';

export const processes = {
	'pglite.locked': {
		vi: 'Cơ sở dữ liệu nhúng {dir} đang được tiến trình {pid} ({host}, từ {since}) sử dụng. CSDL nhúng chỉ dành cho một tiến trình: hãy dừng tiến trình kia, hoặc dùng PostgreSQL (DATABASE_URL) để chạy nhiều tiến trình. Nếu chắc chắn không còn tiến trình nào, xóa tệp {file}.',
		en: 'The embedded database {dir} is in use by process {pid} ({host}, since {since}). The embedded database is for one process: stop the other one, or use PostgreSQL (DATABASE_URL) to run several processes. If you are sure no process uses it, delete {file}.'
	}
} satisfies Catalogue;

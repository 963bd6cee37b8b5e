import type { Catalogue } from '../types';

/** The database briefly out of reach (restart, dropped connections): the request may be sent again. */
export const outage = {
	'error.database_unavailable': {
		vi: 'Hệ thống tạm thời không kết nối được cơ sở dữ liệu, yêu cầu này chưa hoàn tất. Vui lòng thử lại sau ít giây (gửi lại cùng một tệp không làm thay đổi gì nếu tệp đã được lưu).',
		en: 'The system briefly cannot reach its database and this request did not complete. Please try again in a few seconds (sending the same file again changes nothing if it was stored).'
	}
} satisfies Catalogue;

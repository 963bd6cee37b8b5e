import type { Catalogue } from '../types';

/** Notification texts ({unit}, {period}, {deadline} …) and the pages about them. */
export const notifications = {
	'notify.deadline_soon.subject': {
		vi: 'Còn {days} ngày: hạn nộp báo cáo {period}',
		en: '{days} days left: {period} report due'
	},
	'notify.deadline_soon.body': {
		vi: '{unit} chưa nộp báo cáo {period}. Hạn nộp: {deadline} (còn {days} ngày).',
		en: '{unit} has not sent the {period} report. Deadline: {deadline} ({days} days left).'
	},
	'notify.deadline_overdue.subject': {
		vi: 'Quá hạn: báo cáo {period}',
		en: 'Overdue: {period} report'
	},
	'notify.deadline_overdue.body': {
		vi: '{unit} chưa nộp báo cáo {period}, đã quá hạn {days} ngày (hạn {deadline}). Đề nghị nộp ngay.',
		en: '{unit} has not sent the {period} report, {days} days past the deadline ({deadline}). Please send it now.'
	},
	'notify.nudge.subject': {
		vi: 'Nhắc nộp báo cáo {period}',
		en: 'Reminder: {period} report'
	},
	'notify.nudge.body': {
		vi: '{sender} nhắc {unit} nộp báo cáo {period} (hạn {deadline}).',
		en: '{sender} reminds {unit} to send the {period} report (due {deadline}).'
	},
	'notify.missing_digest.subject': {
		vi: '{count} trường chưa nộp báo cáo',
		en: '{count} schools have not reported'
	},
	'notify.missing_digest.body': {
		vi: 'Các trường của {unit} chưa nộp:\n{list}',
		en: 'Schools of {unit} still missing:\n{list}'
	},
	'notify.submission_returned.subject': {
		vi: 'Báo cáo {period} bị trả lại',
		en: '{period} report returned'
	},
	'notify.submission_returned.body': {
		vi: 'Báo cáo {period} của {unit} được trả lại để sửa. Nhận xét: {comment}',
		en: 'The {period} report of {unit} was returned for correction. Comment: {comment}'
	},
	'notify.submission_approved.subject': {
		vi: 'Báo cáo {period} đã được duyệt',
		en: '{period} report approved'
	},
	'notify.submission_approved.body': {
		vi: 'Báo cáo {period} của {unit} đã được duyệt. {comment}',
		en: 'The {period} report of {unit} was approved. {comment}'
	},
	'notify.submission_reopened.subject': {
		vi: 'Báo cáo {period} được mở lại',
		en: '{period} report reopened'
	},
	'notify.submission_reopened.body': {
		vi: 'Báo cáo {period} của {unit} được mở lại để sửa. Lý do: {comment}',
		en: 'The {period} report of {unit} was reopened for correction. Reason: {comment}'
	},
	'notify.rollup_returned.subject': {
		vi: 'Báo cáo tổng hợp {period} bị trả lại',
		en: '{period} roll-up returned'
	},
	'notify.rollup_returned.body': {
		vi: 'Báo cáo tổng hợp {period} của {unit} được Sở trả lại. Nhận xét: {comment}',
		en: 'The {period} roll-up of {unit} was returned by the province. Comment: {comment}'
	},
	'notify.rollup_approved.subject': {
		vi: 'Báo cáo tổng hợp {period} đã được duyệt',
		en: '{period} roll-up approved'
	},
	'notify.rollup_approved.body': {
		vi: 'Báo cáo tổng hợp {period} của {unit} đã được Sở duyệt. {comment}',
		en: 'The {period} roll-up of {unit} was approved by the province. {comment}'
	},
	'notify.rollup_reopened.subject': {
		vi: 'Báo cáo tổng hợp {period} được mở lại',
		en: '{period} roll-up reopened'
	},
	'notify.rollup_reopened.body': {
		vi: 'Báo cáo tổng hợp {period} của {unit} được mở lại. Lý do: {comment}',
		en: 'The {period} roll-up of {unit} was reopened. Reason: {comment}'
	},
	'notify.finding_recorded.subject': {
		vi: 'Kết luận kiểm tra tại {unit}',
		en: 'Inspection finding at {unit}'
	},
	'notify.finding_recorded.body': {
		vi: 'Kết luận kiểm tra ngày {date} tại {unit}: {text}. Hạn khắc phục: {due}.',
		en: 'Inspection finding of {date} at {unit}: {text}. Follow-up due: {due}.'
	},
	'notify.finding_follow_up.subject': {
		vi: 'Hạn khắc phục kết luận kiểm tra: {due}',
		en: 'Finding follow-up due: {due}'
	},
	'notify.finding_follow_up.body': {
		vi: 'Kết luận kiểm tra tại {unit} ({text}) có hạn khắc phục {due}.',
		en: 'The finding at {unit} ({text}) has its follow-up due on {due}.'
	},
	'notify.noDue': { vi: 'không đặt', en: 'none set' },
	'notify.open': { vi: 'Mở trong ứng dụng', en: 'Open in the app' },
	'notify.footer': {
		vi: 'Thư tự động từ hệ thống Chỉ tiêu. Chọn kênh nhận thông báo tại trang Tài khoản.',
		en: 'An automatic message from Chỉ tiêu. Choose your channels on the Account page.'
	},
	'nav.admin.notifications': { vi: 'Thông báo', en: 'Notifications' },
	'notify.bell': { vi: 'Thông báo', en: 'Notifications' },
	'notify.bellUnread': { vi: 'Thông báo ({count} chưa đọc)', en: 'Notifications ({count} unread)' },
	'inbox.title': { vi: 'Hộp thông báo', en: 'Inbox' },
	'inbox.empty': { vi: 'Chưa có thông báo nào.', en: 'No notifications yet.' },
	'inbox.markRead': { vi: 'Đánh dấu đã đọc', en: 'Mark read' },
	'inbox.markAllRead': { vi: 'Đánh dấu tất cả đã đọc', en: 'Mark all read' },
	'inbox.unread': { vi: 'Chưa đọc', en: 'Unread' },
	'inbox.open': { vi: 'Xem', en: 'Open' },
	'prefs.title': { vi: 'Nhận thông báo', en: 'Notifications' },
	'prefs.intro': {
		vi: 'Chọn kênh nhận thông báo cho từng loại. Hộp thông báo trong ứng dụng luôn bật. Zalo và SMS không gửi từ 21:00 đến 07:00. Kênh do phòng GD&ĐT bắt buộc không tắt được.',
		en: 'Choose channels per kind. The in-app inbox is always on. Zalo and SMS are not sent between 21:00 and 07:00. Channels your district requires cannot be turned off.'
	},
	'prefs.contact': {
		vi: 'E-mail: {email} · Điện thoại: {phone}',
		en: 'E-mail: {email} · Phone: {phone}'
	},
	'prefs.noAddress': { vi: 'chưa có', en: 'none' },
	'prefs.required': { vi: 'bắt buộc', en: 'required' },
	'prefs.save': { vi: 'Lưu lựa chọn', en: 'Save choices' },
	'prefs.saved': { vi: 'Đã lưu lựa chọn nhận thông báo.', en: 'Notification choices saved.' },
	'prefs.kind.deadline': { vi: 'Hạn nộp, quá hạn, nhắc nộp', en: 'Deadlines, overdue, reminders' },
	'prefs.kind.digest': {
		vi: 'Tổng hợp hằng ngày các trường chưa nộp',
		en: 'Daily digest of missing schools'
	},
	'prefs.kind.decision': {
		vi: 'Báo cáo được duyệt, trả lại, mở lại',
		en: 'Reports approved, returned, reopened'
	},
	'prefs.kind.finding': { vi: 'Kết luận kiểm tra', en: 'Inspection findings' },
	'channel.in_app': { vi: 'Trong ứng dụng', en: 'In the app' },
	'channel.email': { vi: 'E-mail', en: 'E-mail' },
	'channel.zalo': { vi: 'Zalo', en: 'Zalo' },
	'channel.sms': { vi: 'SMS', en: 'SMS' },
	'notifyAdmin.title': { vi: 'Gửi thông báo', en: 'Notification deliveries' },
	'notifyAdmin.intro': {
		vi: 'Các thông báo gần đây theo từng kênh: đang chờ, đã gửi, lỗi (kèm lý do) và đã bỏ sau nhiều lần thử.',
		en: 'Recent notifications per channel: queued, sent, failed (with the reason) and given up after several attempts.'
	},
	'notifyAdmin.status': { vi: 'Trạng thái', en: 'Status' },
	'notifyAdmin.all': { vi: 'Tất cả', en: 'All' },
	'notifyAdmin.filter': { vi: 'Lọc', en: 'Filter' },
	'notifyAdmin.created': { vi: 'Tạo lúc', en: 'Created' },
	'notifyAdmin.recipient': { vi: 'Người nhận', en: 'Recipient' },
	'notifyAdmin.channel': { vi: 'Kênh', en: 'Channel' },
	'notifyAdmin.subject': { vi: 'Nội dung', en: 'Subject' },
	'notifyAdmin.attempts': { vi: 'Lần thử', en: 'Attempts' },
	'notifyAdmin.error': { vi: 'Lỗi gần nhất', en: 'Last error' },
	'notifyAdmin.counts': {
		vi: 'Chờ {queued} · Đã gửi {sent} · Lỗi {failed} · Đã bỏ {gave_up}',
		en: 'Queued {queued} · Sent {sent} · Failed {failed} · Gave up {gave_up}'
	},
	'notifyStatus.queued': { vi: 'Đang chờ', en: 'Queued' },
	'notifyStatus.sent': { vi: 'Đã gửi', en: 'Sent' },
	'notifyStatus.failed': { vi: 'Lỗi, sẽ thử lại', en: 'Failed, will retry' },
	'notifyStatus.gave_up': { vi: 'Đã bỏ', en: 'Gave up' },
	'nudge.button': { vi: 'Nhắc nộp', en: 'Send reminder' },
	'nudge.help': {
		vi: 'Gửi ngay lời nhắc đến các trường đã chọn (mỗi trường tối đa một lần trong {hours} giờ).',
		en: 'Send a reminder now to the chosen schools (each school at most once in {hours} hours).'
	},
	'nudge.sent': {
		vi: 'Đã nhắc {sent} trường; {skipped} trường vừa được nhắc gần đây nên bỏ qua.',
		en: 'Reminded {sent} schools; {skipped} skipped as reminded recently.'
	},
	'nudge.closed': {
		vi: '{closed} trường không được nhắc vì kỳ báo cáo đã khóa với trường (mở ngoại lệ cho trường trước).',
		en: '{closed} schools not reminded: the period is locked for them (grant an exception first).'
	},
	'nudge.none': { vi: 'Chưa chọn trường nào chưa nộp.', en: 'No missing school chosen.' },
	'nudge.last': { vi: 'Đã nhắc {when}', en: 'Reminded {when}' },
	'nudge.choose': { vi: 'Chọn để nhắc', en: 'Choose to remind' },
	'requirements.link': { vi: 'Kênh thông báo bắt buộc', en: 'Required notification channels' },
	'requirements.title': {
		vi: 'Kênh thông báo bắt buộc cho các trường',
		en: 'Notification channels required of schools'
	},
	'requirements.intro': {
		vi: 'Kênh được chọn ở đây luôn được gửi đến tài khoản các trường trong đơn vị, kể cả khi trường đã tắt kênh đó (trường thấy "bắt buộc" ở trang Tài khoản). Thông báo trong ứng dụng luôn bật.',
		en: 'The channels ticked here always reach the accounts of the schools in this area, even when a school turned them off (it sees "required" on its Account page). In-app notifications are always on.'
	},
	'requirements.kind': { vi: 'Loại thông báo', en: 'Kind of notification' },
	'requirements.always': { vi: 'luôn bật', en: 'always on' },
	'requirements.above': { vi: 'đã bắt buộc bởi {unit}', en: 'already required by {unit}' },
	'requirements.save': { vi: 'Lưu kênh bắt buộc', en: 'Save required channels' },
	'requirements.saved': { vi: 'Đã lưu kênh bắt buộc.', en: 'Required channels saved.' }
} satisfies Catalogue;

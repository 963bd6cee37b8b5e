import type { Catalogue } from '../types';

export const planReader = {
	'reader.link': { vi: 'Đọc từ văn bản kế hoạch', en: 'Read from the plan document' },
	'reader.title': { vi: 'Đọc chỉ tiêu từ văn bản kế hoạch', en: 'Read targets from the plan document' },
	'reader.intro': {
		vi: 'Tải lên kế hoạch (.docx, .pdf có chữ, .txt) hoặc dán nội dung. Hệ thống đề xuất từng chỉ tiêu kèm câu gốc; anh/chị chấp nhận, sửa hoặc bỏ qua từng đề xuất.',
		en: 'Upload the plan (.docx, text .pdf, .txt) or paste its text. Each proposed target comes with its sentence; accept, edit or reject each.'
	},
	'reader.file': { vi: 'Tệp kế hoạch', en: 'Plan file' },
	'reader.paste': { vi: 'Hoặc dán nội dung kế hoạch', en: 'Or paste the plan text' },
	'reader.submit': { vi: 'Đọc văn bản', en: 'Read the document' },
	'reader.previous': { vi: 'Các lần đọc trước', en: 'Earlier readings' },
	'reader.document': { vi: 'Văn bản', en: 'Document' },
	'reader.proposals': { vi: 'Chỉ tiêu đề xuất ({count})', en: 'Proposed targets ({count})' },
	'reader.unplaced': {
		vi: 'Số liệu chưa xác định được chỉ số ({count})',
		en: 'Figures with no indicator found ({count})'
	},
	'reader.unplacedHint': {
		vi: 'Không xác định được chỉ số: chọn chỉ số bằng tay hoặc tạo chỉ số mới từ câu này.',
		en: 'No indicator found: pick one by hand or create a new indicator from this sentence.'
	},
	'reader.inSolutions': {
		vi: 'Nằm trong phần nhiệm vụ, giải pháp; có thể là chỉ số {indicator}.',
		en: 'In the tasks and solutions part; possibly {indicator}.'
	},
	'reader.pick': { vi: 'Chọn chỉ số', en: 'Pick an indicator' },
	'reader.newIndicator': { vi: 'Tạo chỉ số mới', en: 'Create a new indicator' },
	'reader.score': { vi: 'Độ khớp {score}', en: 'Match {score}' },
	'reader.phrase': { vi: 'theo cụm “{phrase}”', en: 'by the phrase “{phrase}”' },
	'reader.alternatives': { vi: 'Chỉ số khác có thể:', en: 'Other possible indicators:' },
	'reader.showSentence': { vi: 'Xem câu trong văn bản', en: 'Show the sentence in the document' },
	'reader.ratioOk': {
		vi: 'Tử số/mẫu số {n}/{d} khớp tỷ lệ.',
		en: 'Numerator/denominator {n}/{d} agree with the rate.'
	},
	'reader.ratioMismatch': {
		vi: 'Tử số/mẫu số {n}/{d} = {rate}% không khớp tỷ lệ ghi trong câu.',
		en: 'Numerator/denominator {n}/{d} = {rate}% do not agree with the stated rate.'
	},
	'reader.scopeNotFound': {
		vi: 'Chưa tìm thấy đơn vị/nhóm trường “{scope}” trong kế hoạch: chọn phạm vi khi sửa.',
		en: 'No school or group “{scope}” found in this plan: choose the scope when editing.'
	},
	'reader.period': { vi: 'Đánh giá tại: {period}', en: 'Judged at: {period}' },
	'reader.accept': { vi: 'Chấp nhận', en: 'Accept' },
	'reader.reject': { vi: 'Bỏ qua', en: 'Reject' },
	'reader.edit': { vi: 'Sửa rồi chấp nhận', en: 'Edit, then accept' },
	'reader.accepted': { vi: 'Đã chấp nhận', en: 'Accepted' },
	'reader.openTarget': { vi: 'xem chỉ tiêu', en: 'open the target' },
	'reader.rejected': { vi: 'Đã bỏ qua', en: 'Rejected' },
	'reader.legacy': {
		vi: 'Văn bản có đoạn mã cũ ({encodings}); đã chuyển sang Unicode, hãy kiểm tra lại chữ.',
		en: 'Parts of the text were in a legacy encoding ({encodings}); converted to Unicode: check the letters.'
	},
	'reader.scope.area': { vi: 'Toàn địa bàn', en: 'The whole area' },
	'reader.scope.public': { vi: 'công lập', en: 'public' },
	'reader.scope.nonPublic': { vi: 'ngoài công lập', en: 'non-public' },
	'reader.error.noInput': {
		vi: 'Chọn tệp hoặc dán nội dung kế hoạch.',
		en: 'Choose a file or paste the plan text.'
	},
	'reader.error.too_large': {
		vi: 'Tệp quá lớn (tối đa 15 MB).',
		en: 'The file is too large (15 MB at most).'
	},
	'reader.error.unsupported': {
		vi: 'Chỉ đọc được tệp .docx, .pdf hoặc .txt.',
		en: 'Only .docx, .pdf and .txt files can be read.'
	},
	'reader.error.scan': {
		vi: 'Tệp PDF này là bản quét (ảnh), không có chữ để đọc. Hãy dùng tệp .docx hoặc PDF xuất từ Word.',
		en: 'This PDF is a scan (images) with no text to read. Use the .docx, or a PDF exported from Word.'
	},
	'reader.error.unreadable': { vi: 'Không đọc được tệp này.', en: 'This file could not be read.' },
	'reader.error.timeout': {
		vi: 'Đọc tệp quá lâu; hãy thử tệp nhỏ hơn.',
		en: 'Reading took too long; try a smaller file.'
	},
	'reader.error.empty': { vi: 'Tệp không có nội dung.', en: 'The file has no text.' },
	'reader.notFound': { vi: 'Không tìm thấy lần đọc này.', en: 'This reading was not found.' },
	'reader.phrases.title': { vi: 'Cách viết trong kế hoạch', en: 'How plans write it' },
	'reader.phrases.help': {
		vi: 'Mỗi dòng một cụm từ kế hoạch dùng cho chỉ số này; “…” thay cho các từ ở giữa (ví dụ: rèn luyện … khá).',
		en: 'One phrase a line that plans use for this indicator; “…” stands for words in between (e.g. rèn luyện … khá).'
	},
	'reader.phrases.save': { vi: 'Lưu cách viết', en: 'Save the phrases' },
	'reader.phrases.saved': { vi: 'Đã lưu cách viết trong kế hoạch.', en: 'Phrases saved.' },
	'reader.source': { vi: 'Câu gốc trong kế hoạch', en: 'Sentence in the plan' }
} satisfies Catalogue;

import { describe, expect, it } from 'vitest';
import { convertLegacy, detectEncoding } from './legacy-text';
import { normaliseText } from './normalise-text';

describe('legacy Vietnamese encodings', () => {
	it('reads TCVN3 (.VnTime) text', () => {
		const raw = 'Tr\u00adêng TiÓu häc: ®¹t 97% trë lªn';
		expect(detectEncoding(raw)).toBe('tcvn3');
		expect(convertLegacy(raw, 'tcvn3')).toBe('Trường Tiểu học: đạt 97% trở lên');
	});
	it('reads VNI-Windows text', () => {
		const raw = 'Tyû leä hoïc sinh hoïc 2 buoåi/ngaøy ñaït 97% trôû leân; chæ tieâu';
		expect(detectEncoding(raw)).toBe('vni');
		expect(convertLegacy(raw, 'vni')).toBe('Tỷ lệ học sinh học 2 buổi/ngày đạt 97% trở lên; chỉ tiêu');
	});
	it('leaves Unicode text alone, in NFC and NFD', () => {
		const nfc = 'Hoàn thành xuất sắc: 55-60%; tỷ lệ trẻ suy dinh dưỡng';
		expect(detectEncoding(nfc)).toBe('unicode');
		expect(detectEncoding(nfc.normalize('NFD'))).toBe('unicode');
		expect(normaliseText(nfc.normalize('NFD')).text).toBe(nfc);
	});
	it('converts legacy lines inside a Unicode document and says so', () => {
		const out = normaliseText('Kế hoạch năm học\nTr\u00adêng TiÓu häc ®¹t chuÈn\n');
		expect(out.text).toBe('Kế hoạch năm học\nTrường Tiểu học đạt chuẩn\n');
		expect(out.legacy).toEqual(['tcvn3']);
		expect(out.legacyLines).toBe(1);
	});
});

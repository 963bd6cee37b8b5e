import { describe, expect, it } from 'vitest';
import { MAX_COUNT, parseFigureValue, type ValueType } from './parse-number';

const ok = (raw: string, type: ValueType, maxLevel?: number | null) => {
	const result = parseFigureValue(raw, type, maxLevel);
	if (!result.ok) throw new Error(`${raw} as ${type}: ${result.code}`);
	return result.value;
};
const code = (raw: string, type: ValueType, maxLevel?: number | null) => {
	const result = parseFigureValue(raw, type, maxLevel);
	return result.ok ? `ok ${result.value}` : result.code;
};

describe('parseFigureValue: counts', () => {
	it.each([
		['7910', 7910],
		['7.910', 7910],
		['7,910', 7910],
		['1.234.567', 1234567],
		['1,234,567', 1234567],
		['7 910', 7910],
		['7\u00a0910', 7910],
		['  980 ', 980],
		['+12', 12],
		['0', 0],
		['-0', 0],
		['7910,0', 7910],
		['7910.00', 7910],
		['1.234,0', 1234]
	])('%j → %d', (raw, value) => {
		expect(ok(raw, 'count')).toBe(value);
	});

	it.each([
		['1.5', 'value_not_integer'],
		['1,5', 'value_not_integer'],
		['24,50', 'value_not_integer'],
		['1.234,5', 'value_not_integer'],
		['1,234.5', 'value_not_integer'],
		['0,125', 'value_not_integer'],
		['-5', 'value_negative'],
		['\u22125', 'value_negative'],
		['- 7.910', 'value_negative'],
		['85%', 'value_not_number'],
		['một trăm', 'value_not_number'],
		['1.2.3', 'value_not_number'],
		['1,23,456', 'value_not_number'],
		['7 91', 'value_not_number'],
		['7.', 'value_not_number'],
		['1e3', 'value_not_number'],
		['Infinity', 'value_not_number'],
		['(5)', 'value_not_number'],
		['#REF!', 'value_not_number'],
		['', 'value_missing'],
		['   ', 'value_missing'],
		[String(MAX_COUNT + 1), 'value_out_of_range']
	])('%j is %s', (raw, problem) => {
		expect(code(raw, 'count')).toBe(problem);
	});
});

describe('parseFigureValue: decimals and the ambiguity rule', () => {
	it.each([
		['85,7', 85.7],
		['85.7', 85.7],
		['85,70', 85.7],
		['85.70', 85.7],
		['85,7%', 85.7],
		['85.7 %', 85.7],
		['0,125', 0.125],
		['0.125', 0.125],
		['1234,567', 1234.567],
		['1.234,5', 1234.5],
		['1,234.5', 1234.5],
		['1.234.567,89', 1234567.89],
		['7 910,5', 7910.5],
		['7,9100', 7.91],
		['7910', 7910],
		[',5', 0.5],
		['100%', 100]
	])('%j → %d', (raw, value) => {
		expect(ok(raw, 'decimal')).toBeCloseTo(value, 10);
	});

	it.each(['7,910', '7.910', '1.500', '12,345', '999.999', '85,700%'])(
		'%j could be thousands or three decimals: value_ambiguous',
		(raw) => {
			expect(code(raw, 'decimal')).toBe('value_ambiguous');
		}
	);

	it('never guesses, and says both readings and how to write each', () => {
		const result = parseFigureValue('7,910', 'decimal');
		expect(result).toEqual({
			ok: false,
			code: 'value_ambiguous',
			message: {
				vi: '“7,910” không rõ nghĩa: là 7910 hay 7 phẩy 910? Nếu là số nguyên, hãy viết liền không dấu (7910); nếu là số thập phân, hãy thêm một chữ số 0 ở cuối (7,9100).',
				en: '“7,910” is ambiguous: 7910 or 7 point 910? For a whole number write it without separators (7910); for a decimal add a trailing zero (7,9100).'
			}
		});
	});

	it('refuses negative decimals and text', () => {
		expect(code('-1,5', 'decimal')).toBe('value_negative');
		expect(code('85,7 phần trăm', 'decimal')).toBe('value_not_number');
	});
});

describe('parseFigureValue: yes/no and levels', () => {
	it.each([
		['1', 1],
		['x', 1],
		['X', 1],
		['có', 1],
		['Có', 1],
		['yes', 1],
		['TRUE', 1],
		['Đạt', 1],
		['0', 0],
		['không', 0],
		['Không', 0],
		['no', 0],
		['FALSE', 0],
		['chưa đạt', 0],
		['Chưa  đạt', 0]
	])('%j → %d', (raw, value) => {
		expect(ok(raw, 'yes_no')).toBe(value);
	});

	it.each(['2', 'có lẽ', '1,0', 'v', '-1'])('%j is not a yes/no answer', (raw) => {
		expect(code(raw, 'yes_no')).toBe('value_not_yes_no');
	});

	it('reads levels as whole numbers from 0 to the maximum', () => {
		expect(ok('0', 'level', 2)).toBe(0);
		expect(ok('2', 'level', 2)).toBe(2);
		expect(ok('4', 'level', 4)).toBe(4);
		expect(code('3', 'level', 2)).toBe('value_out_of_range');
		expect(code('1,5', 'level', 2)).toBe('value_not_integer');
		expect(code('-1', 'level', 2)).toBe('value_negative');
		expect(code('1.000', 'level', 4)).toBe('value_out_of_range');
		expect(ok('7', 'level', null)).toBe(7);
	});

	it('explains a level out of range with its bounds, in both languages', () => {
		const result = parseFigureValue('3', 'level', 2);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.message.vi).toBe('Giá trị phải là số nguyên từ 0 đến 2 (đã nhập “3”).');
		expect(result.message.en).toBe('The value must be a whole number from 0 to 2 (got “3”).');
	});
});

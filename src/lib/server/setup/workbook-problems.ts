// Problems of a setup workbook, by sheet, row (as Excel shows it; 0 = the whole sheet or file) and
// column, in both languages.
import type { z } from 'zod';
import { fieldErrors } from '../form-errors';
import type { MessageKey } from '$lib/i18n/catalogue';
import { translate, type Params } from '$lib/i18n/translate';
import type { Locale } from '$lib/i18n/types';
import { headerText, type SheetSpec } from './workbook-sheets';

export type Bilingual = { vi: string; en: string };
export type WorkbookProblem = {
	sheet: string;
	row: number;
	column: string;
	value: string;
	message: Bilingual;
};

export function bilingual(key: MessageKey, params?: Params): Bilingual {
	return { vi: translate('vi', key, params), en: translate('en', key, params) };
}

/** Collects the problems of one sheet; columns are named as the sheet heads them. */
export class SheetProblems {
	constructor(
		private spec: SheetSpec,
		private out: WorkbookProblem[]
	) {}

	column(field: string): string {
		const c = this.spec.columns.find(([f]) => f === field);
		return c ? headerText(this.spec, c) : field;
	}

	/** Problems of this sheet so far. */
	count = 0;

	add(row: number, field: string, value: string, message: Bilingual) {
		this.count++;
		this.out.push({ sheet: this.spec.name, row, column: this.column(field), value, message });
	}

	/** Every field a form schema refused, with the form's own messages. */
	addZod(row: number, values: Record<string, unknown>, error: z.ZodError) {
		const vi = fieldErrors('vi', error);
		const en = fieldErrors('en', error);
		for (const field of Object.keys(vi)) {
			const v = values[field];
			this.add(row, field, Array.isArray(v) ? v.join(', ') : String(v ?? ''), {
				vi: vi[field],
				en: en[field] ?? vi[field]
			});
		}
	}

	/** A store function's refusal, translated by the pages' own table (`(locale) → { field: message }`). */
	addRefusal(
		row: number,
		values: Record<string, unknown>,
		translateFor: (l: Locale) => Record<string, string>,
		fallbackField: string
	) {
		const vi = translateFor('vi');
		const en = translateFor('en');
		const [field] = Object.keys(vi);
		const column = field && field !== 'form' ? field : fallbackField;
		this.add(row, column, String(values[column] ?? ''), { vi: vi[field], en: en[field] ?? vi[field] });
	}
}

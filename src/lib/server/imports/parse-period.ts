// Reporting periods as people type them, to the keys of the calendar:
// '<school year>/<period key>' ('2024-2025/CUOI_NAM', '2024-2025/HK1', '2024-2025/CAN_DO_2') or a month '2024-10'.
import { foldMarks } from '$lib/text/fold-marks';

const SCHOOL_YEAR = /(\d{4})\s*[-–—]\s*(\d{4})/;
const EDGE_SEPARATORS = /^[\s/|:,;–—-]+|[\s/|:,;–—-]+$/g;
const MONTH_ISO = /^(\d{4})-(\d{1,2})$/;
const MONTH_DATE = /^(\d{4})-(\d{2})-01(?:t00:00:00(?:\.000)?z?)?$/;
const MONTH_SLASH = /^(?:t|thang|month)?\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/;
const MONTH_WORDS = /^(?:t|thang|month)\s*(\d{1,2})\s*(?:nam|year)\s*(\d{4})$/;
const MONTH_IN_YEAR = /^(?:t|thang|month)?\s*(\d{1,2})$/;
const SEMESTER = /^(?:hk|hoc ?k[yi]|semester|sem) ?(1|2|i|ii)$/;
const END_OF_YEAR = /^(?:cuoi ?nam(?: hoc)?|end of (?:the )?(?:school )?year)$/;
const START_OF_YEAR = /^(?:dau ?nam(?: hoc)?|(?:start|beginning) of (?:the )?(?:school )?year)$/;
const GROWTH_ROUND = /^(?:can ?do|growth(?: monitoring)?)(?: (?:lan|dot|round))? ?([1-9])$/;
const KEY = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/;

function fold(text: string): string {
	return foldMarks(text).replace(/\s+/g, ' ').trim();
}

function month(year: string | number, m: string | number): string | null {
	const n = Number(m);
	if (!Number.isInteger(n) || n < 1 || n > 12) return null;
	return `${year}-${String(n).padStart(2, '0')}`;
}

function monthOnly(folded: string): string | null | undefined {
	const iso = MONTH_ISO.exec(folded) ?? MONTH_DATE.exec(folded);
	if (iso) return month(iso[1], iso[2]);
	const slash = MONTH_SLASH.exec(folded) ?? MONTH_WORDS.exec(folded);
	if (slash) return month(slash[2], slash[1]);
	return undefined;
}

/** The period key within a school year y1-y2, from what is left once the year is taken out. */
function keyInYear(rest: string, original: string, y1: number, y2: number): string | null {
	const explicit = MONTH_ISO.exec(rest);
	if (explicit) {
		const year = Number(explicit[1]);
		return year === y1 || year === y2 ? month(year, explicit[2]) : null;
	}
	const words = rest
		.replace(/[_.-]+/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
	for (const candidate of [words, words.replace(/^nam hoc /, '').replace(/ nam hoc$/, '')]) {
		const semester = SEMESTER.exec(candidate);
		if (semester) return semester[1] === '1' || semester[1] === 'i' ? 'HK1' : 'HK2';
		if (END_OF_YEAR.test(candidate)) return 'CUOI_NAM';
		if (START_OF_YEAR.test(candidate)) return 'DAU_NAM';
		const growth = GROWTH_ROUND.exec(candidate);
		if (growth) return `CAN_DO_${growth[1]}`;
		const inYear = MONTH_IN_YEAR.exec(candidate);
		if (inYear) {
			// The school year runs September to May: months 6–8 could belong to either end.
			const m = Number(inYear[1]);
			if (m >= 9 && m <= 12) return month(y1, m);
			if (m >= 1 && m <= 5) return month(y2, m);
			return null;
		}
	}
	return KEY.test(original) ? original : null;
}

/**
 * The normalised period key of `raw`, or null when it is not a recognisable period.
 * Years must be consecutive ('2024-2025'); unknown but well-formed keys ('2024-2025/GIUA_HK1') pass
 * through for the calendar to judge.
 */
export function parsePeriod(raw: string): string | null {
	const text = raw.normalize('NFC').trim();
	if (text === '') return null;
	const folded = fold(text);
	const only = monthOnly(folded);
	if (only !== undefined) return only;

	const year = SCHOOL_YEAR.exec(folded);
	if (!year) return null;
	const y1 = Number(year[1]);
	const y2 = Number(year[2]);
	if (y2 !== y1 + 1) return null;
	const rest = folded.replace(SCHOOL_YEAR, ' ').replace(EDGE_SEPARATORS, '');
	if (rest === '') return null;
	const original = text.replace(SCHOOL_YEAR, ' ').replace(EDGE_SEPARATORS, '');
	const key = keyInYear(rest, original, y1, y2);
	if (key === null) return null;
	return /^\d{4}-\d{2}$/.test(key) ? key : `${y1}-${y2}/${key}`;
}

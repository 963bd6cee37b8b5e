// Targets about named schools: "Công nhận lại trường chuẩn quốc gia mức độ 1: TH An Tiến, An Thắng…",
// "đánh giá ngoài chu kỳ 2 trường: Mầm non Tràng Cát, Trung học cơ sở Đằng Lâm", "Xây dựng trường
// Mầm non Thành Tô đạt chuẩn Quốc gia mức 1".
import { levelOf } from './scope-words';
import type { ReaderLevel } from './types';

export type SchoolStatus = {
	indicator: 'CHUAN_QG_MUC' | 'KDCL_CAPDO';
	value: number;
	school: string;
	level: ReaderLevel | null;
};

const LEVEL_NAME = String.raw`(?:Mầm non|Tiểu học|Trung học cơ sở|TH&THCS|THCS|TH|MN)`;
// Up to four capitalised words (or a number: "Mĩ Đức 2"), never an office or a month ("Phòng", "Tháng").
const STOP = String.raw`(?!(?:Phòng|Tháng|Ủy|Uỷ|UBND|Sở|Quận|Huyện|Ban|Kế)(?!\p{L}))`;
const NAME = String.raw`${STOP}\p{Lu}[\p{L}]*(?:\s+${STOP}(?:\p{Lu}[\p{L}]*|\d{1,2}(?!\d))){0,3}`;
const CHUAN = /chuẩn\s+quốc\s+gia\s*(?:mức\s*(?:độ\s*)?)?(\d)?/iu;
const DGN = /đánh\s+giá\s+ngoài/iu;

function schoolsIn(segment: string): { name: string; level: ReaderLevel | null }[] {
	const out: { name: string; level: ReaderLevel | null }[] = [];
	const colon = segment.indexOf(':');
	if (colon >= 0) {
		let level: ReaderLevel | null = null;
		for (const part of segment.slice(colon + 1).split(/,|(?<!\p{L})và(?!\p{L})|…|[.;]\s*$/u)) {
			const m = new RegExp(String.raw`^\s*(?:[Tt]rường\s+)?(${LEVEL_NAME}\s+)?(${NAME})\s*\.?\s*$`, 'u').exec(
				part
			);
			if (!m) continue;
			if (m[1]) level = levelOf(m[1]);
			out.push({ name: m[2].trim(), level });
		}
		if (out.length > 0) return out;
	}
	const re = new RegExp(String.raw`[Tt]rường\s+(${LEVEL_NAME})\s+(${NAME})`, 'gu');
	let m: RegExpExecArray | null;
	while ((m = re.exec(segment))) out.push({ name: m[2].trim(), level: levelOf(m[1]) });
	return out;
}

/** Status targets of named schools in one clause; [] when the clause names none. */
export function findSchoolStatuses(clause: string): SchoolStatus[] {
	const out: SchoolStatus[] = [];
	for (const segment of clause.split(/,\s*(?=trường\s)/u)) {
		const chuan = CHUAN.exec(segment);
		const dgn = DGN.test(segment);
		if (!chuan && !dgn) continue;
		const schools = schoolsIn(segment);
		for (const s of schools) {
			if (dgn) out.push({ indicator: 'KDCL_CAPDO', value: 1, school: s.name, level: s.level });
			if (chuan)
				out.push({ indicator: 'CHUAN_QG_MUC', value: Number(chuan[1] ?? 1), school: s.name, level: s.level });
		}
	}
	return out;
}

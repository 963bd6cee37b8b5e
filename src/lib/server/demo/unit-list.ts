import type { NewUnit } from '../units/store';
import type { UnitRow } from '../units/queries';

type ProvinceSchool = {
	code: string;
	name: string;
	level: UnitRow['schoolLevel'];
	ownership: UnitRow['ownership'];
	contactName?: string | null;
	contactPhone?: string | null;
	activeFrom?: string | null;
	activeTo?: string | null;
};
type ProvinceDistrict = {
	code: string;
	name: string;
	communes: { code: string; name: string }[];
	schools: ProvinceSchool[];
};

/** A generated province as the unit list `insertUnits` takes: parents before their children. */
export function listProvinceUnits(
	province: { code: string; name: string },
	districts: readonly ProvinceDistrict[]
): NewUnit[] {
	const list: NewUnit[] = [{ code: province.code, name: province.name, type: 'province', parentCode: null }];
	for (const d of districts) {
		list.push({ code: d.code, name: d.name, type: 'district', parentCode: province.code });
		for (const c of d.communes)
			list.push({ code: c.code, name: c.name, type: 'commune', parentCode: d.code });
		for (const s of d.schools) {
			list.push({
				code: s.code,
				name: s.name,
				type: 'school',
				parentCode: d.code,
				schoolLevel: s.level,
				ownership: s.ownership,
				contactName: s.contactName ?? null,
				contactPhone: s.contactPhone ?? null,
				activeFrom: s.activeFrom ?? null,
				activeTo: s.activeTo ?? null
			});
		}
	}
	return list;
}

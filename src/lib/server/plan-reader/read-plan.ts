// The plan reader: text in, proposed targets and unplaced figures out, each tied to its clause.
// Pure and deterministic: the same text and catalogue give the same proposals.
import { checkRatio, decideComparator } from './decide-comparator';
import { findValues, type FoundValue } from './find-values';
import { labelValues } from './label-values';
import { foldText } from './fold';
import { compileIndicators, rankIndicators, type CompiledIndicator } from './match-indicator';
import { findSchoolStatuses } from './named-schools';
import { normaliseText } from './normalise-text';
import { documentLevel, levelOf, levelsIn, ownershipOf } from './scope-words';
import { splitBlocks, type Block } from './split-blocks';
import type { Proposal, ReaderIndicator, ReaderLevel, ReaderScope, Unplaced } from './types';

export type PlanReading = {
	blocks: Block[];
	proposals: Proposal[];
	unplaced: Unplaced[];
	legacy: string[];
	documentLevel: ReaderLevel | null;
};

function allowFor(v: FoundValue, label: string, clause: string) {
	const folded = foldText(label);
	const schools =
		/^(cac |100 )?(nha truong|truong|co so giao duc)\b/.test(folded) ||
		/\bmoi (nha )?truong\b/.test(foldText(clause));
	return (ind: CompiledIndicator) => {
		// A school's own level (national standard, accreditation) is a target only for named schools.
		if (v.kind === 'level') return ind.unit === 'level' && ind.levels.length === 0;
		if (ind.unit === 'level') return false;
		if (ind.formulaKind === 'share_of_schools') return schools;
		if (v.kind === 'count' || v.kind === 'count_range') return ind.unit === 'count';
		if (schools && /^(cac |)?(nha truong|truong)\b/.test(folded)) return false;
		if (ind.unit === 'count') return ind.direction === 'lower' && v.value === 100 && /\bkhong\b/.test(folded);
		return true;
	};
}

type Push = (p: Omit<Proposal, 'id' | 'blockId' | 'clauseId' | 'source' | 'alsoIn'>) => void;

/** Reading state carried from block to block: the section's level, table columns, the plan's parts. */
type Walk = {
	section: ReaderLevel | null;
	columns: ReaderLevel[] | null;
	sawTargets: boolean;
	inSolutions: boolean;
};

function advance(walk: Walk, block: Block, hasValues: boolean) {
	const folded = foldText(block.text);
	const enumerated = block.heading || /^(?:[a-zđ]\)|\d+\.|[IVX]+\.|[A-Z]\.)/u.test(block.text);
	if (enumerated && /\bchi tieu\b/.test(folded)) walk.sawTargets = true;
	else if (enumerated && walk.sawTargets && /\b(giai phap|nhiem vu)\b/.test(folded)) walk.inSolutions = true;
	if (enumerated || /^[-+•]/.test(block.text)) walk.section = null;
	if (/^[-+•]/.test(block.text) || block.heading) walk.columns = null;
	if (/:\s*$/.test(block.text) && block.text.length < 40 && levelOf(block.text))
		walk.section = levelOf(block.text);
	const levels = levelsIn(block.text);
	if (!hasValues && levels.length >= 2 && block.text.length < 90) walk.columns = levels;
}

export function readPlanText(raw: string, catalogue: ReaderIndicator[]): PlanReading {
	const { text, legacy } = normaliseText(raw);
	const indicators = compileIndicators(catalogue);
	const byCode = new Map(indicators.map((i) => [i.code, i]));
	const blocks = splitBlocks(text);
	const docLevel = documentLevel(text);
	const proposals: Proposal[] = [];
	const unplaced: Unplaced[] = [];
	const walk: Walk = { section: null, columns: null, sawTargets: false, inSolutions: false };

	for (const block of blocks) {
		const found = block.clauses.map((c) => findValues(c.text));
		advance(
			walk,
			block,
			found.some((f) => f.length > 0)
		);
		const blockLevel = block.prefix ? levelOf(block.prefix) : null;
		const context = block.prefix ?? '';
		let column = -1;
		block.clauses.forEach((clause, ci) => {
			const values = found[ci];
			const statuses = findSchoolStatuses(clause.text);
			const push: Push = (p) => {
				if (walk.inSolutions) {
					unplaced.push({
						blockId: block.id,
						clauseId: clause.id,
						source: clause.text,
						valueText: p.valueText,
						suggestion: p.indicator
					});
					return;
				}
				proposals.push({
					...p,
					id: `${clause.id}-${proposals.length + 1}`,
					blockId: block.id,
					clauseId: clause.id,
					source: clause.text,
					alsoIn: []
				});
			};
			if (ci === 0 && block.prefix && !values.some((v) => v.kind === 'level'))
				readStatusHeading(block.prefix, indicators, push);
			for (const s of statuses) {
				push({
					valueText: clause.text,
					indicator: s.indicator,
					score: 1,
					phrase: s.indicator === 'KDCL_CAPDO' ? 'đánh giá ngoài' : 'chuẩn quốc gia',
					alternatives: [],
					comparator: 'level_gte',
					value: s.value,
					min: null,
					max: null,
					numerator: null,
					denominator: null,
					ratioCheck: null,
					scope: { kind: 'school', name: s.school, level: s.level },
					judgedAt: 'CUOI_NAM',
					baseline: null
				});
			}
			const rest = statuses.length > 0 ? values.filter((v) => v.kind !== 'level') : values;
			for (const l of labelValues(clause.text, block.prefix, rest)) {
				let labelLevel = pickLevel(l.label, l.tail);
				if (walk.columns && l.found.kind !== 'level') {
					// A table read as text: values run across the level columns; "Công lập"/"Ngoài công lập" share one.
					if (!(ownershipOf(l.before) === 'non_public' && column >= 0)) column++;
					labelLevel = walk.columns[Math.min(column, walk.columns.length - 1)];
				}
				const lvl = labelLevel === 'many' ? null : (labelLevel ?? blockLevel ?? walk.section ?? docLevel);
				const negated = /\bkhông\b/iu.test(l.label);
				const allow = allowFor(l.found, l.label, clause.text);
				let ranked = rankIndicators(indicators, { label: l.label, context, level: lvl, allow });
				if (ranked.length === 0 && l.tail.trim() !== '')
					ranked = rankIndicators(indicators, { label: `${l.label} ${l.tail}`, context, level: lvl, allow });
				if (ranked.length === 0) {
					unplaced.push({
						blockId: block.id,
						clauseId: clause.id,
						source: clause.text,
						valueText: l.found.text,
						suggestion: null
					});
					continue;
				}
				if (l.found.kind === 'level') {
					// "Phổ cập giáo dục Tiểu học, phổ cập giáo dục Trung học cơ sở đạt mức độ 3": one level, two targets.
					for (const also of ranked
						.slice(1)
						.filter((c) => c.score >= ranked[0].score * 0.75 && c.score >= 0.6)
						.reverse())
						push({ ...levelProposal(l.found, also), scope: scopeFor(byCode.get(also.code)!, lvl, l.label) });
				}
				const best = byCode.get(ranked[0].code)!;
				let decided = decideComparator(l.found, best, l.before, l.after, negated);
				// "mỗi trường có ít nhất 04 tin bài": every school, i.e. 100 % of schools.
				if (best.formulaKind === 'share_of_schools' && l.found.kind === 'count')
					decided = { comparator: 'gte', value: 100, min: null, max: null };
				push({
					valueText: l.found.text,
					indicator: best.code,
					score: ranked[0].score,
					phrase: ranked[0].phrase,
					alternatives: ranked.slice(1, 4),
					...decided,
					numerator: l.found.numerator,
					denominator: l.found.denominator,
					ratioCheck: checkRatio(l.found),
					scope: scopeFor(best, lvl, walk.columns ? l.before : `${context} ${l.label}`),
					judgedAt: best.judgedAt ?? 'CUOI_NAM',
					baseline: decided.comparator === 'change' ? 'DAU_NAM' : null
				});
			}
			if (values.length === 0 && statuses.length === 0)
				readWordTargets(clause.text, indicators, blockLevel ?? walk.section ?? docLevel, push);
		});
	}
	return { blocks, proposals: dropRepeats(proposals), unplaced, legacy, documentLevel: docLevel };
}

function levelProposal(found: FoundValue, c: { code: string; score: number; phrase: string }) {
	return {
		valueText: found.text,
		indicator: c.code,
		score: c.score,
		phrase: c.phrase,
		alternatives: [],
		comparator: 'level_gte' as const,
		value: found.value,
		min: null,
		max: null,
		numerator: null,
		denominator: null,
		ratioCheck: null,
		judgedAt: 'CUOI_NAM',
		baseline: null
	};
}

/** The level a label names: one, several ('many': the target is for all of them), or none. */
function pickLevel(label: string, tail: string): ReaderLevel | 'many' | null {
	for (const text of [label, tail]) {
		const levels = levelsIn(text);
		if (levels.length > 1) return 'many';
		if (levels.length === 1) return levels[0];
	}
	return null;
}

/** A plan may state a target twice; the first statement is proposed, the others are named beside it. */
function dropRepeats(proposals: Proposal[]): Proposal[] {
	const seen = new Map<string, Proposal>();
	return proposals.filter((p) => {
		const key = JSON.stringify([p.indicator, p.comparator, p.value, p.min, p.max, p.scope]);
		const first = seen.get(key);
		if (first) {
			if (first.clauseId !== p.clauseId) first.alsoIn.push(p.clauseId);
			return false;
		}
		seen.set(key, p);
		return true;
	});
}

function scopeFor(ind: ReaderIndicator, lvl: ReaderLevel | null, text: string): ReaderScope {
	const multiLevel = ind.levels.length !== 1 && ind.unit !== 'level';
	return { kind: 'area', level: multiLevel ? lvl : null, ownership: ownershipOf(text) };
}

/** "Phổ cập giáo dục Mầm non cho trẻ 5 tuổi: …": a yes/no status (level 0–1) heading its block is to be met. */
function readStatusHeading(prefix: string, indicators: CompiledIndicator[], push: Push) {
	const ranked = rankIndicators(indicators, {
		label: prefix,
		context: '',
		level: null,
		allow: (i) => i.unit === 'level' && i.levels.length === 0 && i.maxLevel === 1
	});
	if (ranked.length === 0 || ranked[0].score < 0.6) return;
	push({
		...levelProposal({ text: prefix, value: 1 } as FoundValue, ranked[0]),
		scope: { kind: 'area', level: null, ownership: null }
	});
}

/** Targets with no figure: "không có học sinh bỏ học" (zero), "khống chế tỷ lệ trẻ béo phì" (no rise). */
function readWordTargets(
	clause: string,
	indicators: CompiledIndicator[],
	lvl: ReaderLevel | null,
	push: Push
) {
	const folded = foldText(clause);
	const zero = /\bkhong (co|de)\b/.test(folded);
	const contain = /\bkhong che\b/.test(folded);
	if (!zero && !contain) return;
	const ranked = rankIndicators(indicators, {
		label: clause,
		context: '',
		level: lvl,
		allow: (i) => i.direction === 'lower' && (zero ? i.unit === 'count' : i.unit === 'percent')
	});
	if (ranked.length === 0) return;
	const best = indicators.find((i) => i.code === ranked[0].code)!;
	push({
		valueText: clause,
		indicator: best.code,
		score: ranked[0].score,
		phrase: ranked[0].phrase,
		alternatives: ranked.slice(1, 4),
		comparator: zero ? 'lte' : 'change',
		value: 0,
		min: null,
		max: null,
		numerator: null,
		denominator: null,
		ratioCheck: null,
		scope: scopeFor(best, lvl, clause),
		judgedAt: best.judgedAt ?? 'CUOI_NAM',
		baseline: contain ? 'DAU_NAM' : null
	});
}

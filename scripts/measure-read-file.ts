// npx tsx scripts/measure-read-file.ts — CPU time of readFigureFile on a long CSV of 120,000 figures
// (2,000 schools × 60 figure codes), as an integration would send it, and the same as a wide .xlsx.
// npx tsx scripts/measure-read-file.ts wide20mb|million|duplicates — one hostile file per process:
// wall time, the longest the event loop was blocked, and peak RSS.
import { monitorEventLoopDelay } from 'node:perf_hooks';
// npx tsx scripts/measure-read-file.ts --spreadsheets — the same for spreadsheets, normal and hostile
// (each in a fresh process; see measure-spreadsheets.ts).
import { readFigureFile } from '../src/lib/server/imports/read-file';
import ExcelJS from 'exceljs';
import { dataElements } from '../src/lib/server/catalogue/standard';

const SCHOOLS = 2000;
const CODES = 60;

function longCsv(quoted: boolean): Uint8Array {
	const codes = dataElements.slice(0, CODES).map((e) => e.code);
	const lines = ['\uFEFFma_truong,ky_bao_cao,ma_chi_so,gia_tri,ghi_chu'];
	for (let s = 1; s <= SCHOOLS; s++) {
		const school = `S${String(s).padStart(5, '0')}`;
		for (let c = 0; c < codes.length; c++) {
			const value = String((s * 37 + c * 101) % 5000);
			const comment = quoted && c % 10 === 0 ? '"Ghi chú, có dấu phẩy"' : '';
			lines.push(`${school},2024-2025/CUOI_NAM,${codes[c]},${value},${comment}`);
		}
	}
	return new TextEncoder().encode(lines.join('\r\n') + '\r\n');
}

async function time(label: string, bytes: Uint8Array, name: string, runs = 5) {
	let best = Infinity;
	let figures = 0;
	for (let i = 0; i < runs; i++) {
		const cpu = process.cpuUsage();
		const result = await readFigureFile(bytes, name);
		const used = process.cpuUsage(cpu);
		best = Math.min(best, (used.user + used.system) / 1000);
		figures = result.records.length;
		if (result.problems.length) throw new Error(JSON.stringify(result.problems.slice(0, 3)));
	}
	const mb = (bytes.length / 1024 / 1024).toFixed(1);
	console.log(
		`${label}: ${figures} figures, ${mb} MB, best CPU ${best.toFixed(0)} ms of ${runs} runs, ` +
			`${Math.round(figures / (best / 1000)).toLocaleString('en-US')} figures/s`
	);
}

async function wideXlsx(): Promise<Uint8Array> {
	const codes = dataElements.slice(0, CODES).map((e) => e.code);
	const workbook = new ExcelJS.Workbook();
	const sheet = workbook.addWorksheet('Số liệu');
	sheet.addRow(['BÁO CÁO SỐ LIỆU CUỐI NĂM HỌC 2024-2025']);
	sheet.addRow(['Mã trường', 'Tên trường', 'Kỳ báo cáo', ...codes.map((c) => `Chỉ số (${c})`)]);
	for (let s = 1; s <= SCHOOLS; s++) {
		const values = codes.map((_, c) => (s * 37 + c * 101) % 5000);
		sheet.addRow([`S${String(s).padStart(5, '0')}`, `Trường ${s}`, '2024-2025/CUOI_NAM', ...values]);
	}
	return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function hostile(kind: string): Uint8Array {
	const codes = dataElements.slice(0, CODES).map((e) => e.code);
	const lines: string[] = [];
	if (kind === 'wide20mb') {
		lines.push(['ma_truong', 'ky_bao_cao', ...codes].join(','));
		const budget = 20 * 1024 * 1024 - 1024;
		let size = lines[0].length;
		for (let s = 1; ; s++) {
			const values = codes.map((_, c) => (s * 37 + c * 101) % 5000);
			const line = `S${String(s).padStart(6, '0')},2024-2025/CUOI_NAM,${values.join(',')}`;
			if (size + line.length + 2 > budget) break;
			size += line.length + 2;
			lines.push(line);
		}
	} else if (kind === 'million') {
		lines.push('ma_truong,ky_bao_cao,ma_chi_so,gia_tri');
		for (let i = 0; i < 1_000_000; i++) lines.push(`S${i % 10},2024-10,GV_TS,${i % 10}`);
	} else if (kind === 'duplicates') {
		lines.push('ma_truong,ky_bao_cao,ma_chi_so,gia_tri');
		for (let i = 0; i < 20_000; i++) lines.push('S1,2024-10,GV_TS,5');
	} else throw new Error(`unknown case ${kind}`);
	return new TextEncoder().encode(lines.join('\r\n') + '\r\n');
}

async function measureHostile(kind: string) {
	const bytes = hostile(kind);
	const delay = monitorEventLoopDelay({ resolution: 10 });
	delay.enable();
	// CPU time between two turns of the event loop: the block other requests see on an idle machine,
	// whatever else the machine is running.
	let last = process.cpuUsage();
	let maxCpu = 0;
	let probing = true;
	const probe = () => {
		const now = process.cpuUsage(last);
		maxCpu = Math.max(maxCpu, (now.user + now.system) / 1000);
		last = process.cpuUsage();
		if (probing) setImmediate(probe);
	};
	setImmediate(probe);
	const t0 = performance.now();
	const cpu0 = process.cpuUsage();
	const result = await readFigureFile(bytes, `${kind}.csv`);
	const ms = performance.now() - t0;
	const cpu = process.cpuUsage(cpu0);
	probing = false;
	delay.disable();
	const codes = new Map<string, number>();
	for (const p of result.problems) codes.set(p.code, (codes.get(p.code) ?? 0) + 1);
	console.log(
		`${kind}: ${(bytes.length / 1024 / 1024).toFixed(1)} MB, ${result.rowCount} rows read, ` +
			`${result.records.length} figures, problems ${JSON.stringify(Object.fromEntries(codes))}, ` +
			`${ms.toFixed(0)} ms wall, ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms CPU, ` +
			`event loop blocked at most ${maxCpu.toFixed(0)} ms CPU (${(delay.max / 1e6).toFixed(0)} ms wall), ` +
			`peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`
	);
}

if (process.argv.includes('--spreadsheets')) {
	const { measureSpreadsheets } = await import('./measure-spreadsheets');
	await measureSpreadsheets(await wideXlsx());
	process.exit(0);
}
if (dataElements.length < CODES) throw new Error(`catalogue has only ${dataElements.length} codes`);
if (process.argv[2]) {
	await measureHostile(process.argv[2]);
	process.exit(0);
}
await time('long CSV, unquoted', longCsv(false), 'long.csv');
await time('long CSV, quoted comments', longCsv(true), 'long.csv');
await time('wide .xlsx', await wideXlsx(), 'wide.xlsx', 2);
console.log(`peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);

// npx tsx scripts/measure-read-file.ts — CPU time of readFigureFile on a long CSV of 120,000 figures
// (2,000 schools × 60 figure codes), as an integration would send it, and the same as a wide .xlsx.
// npx tsx scripts/measure-read-file.ts --spreadsheets — time, peak RSS and the longest event-loop stall
// of reading spreadsheets, normal and hostile (each in a fresh process; see measure-spreadsheets.ts).
import { readFigureFile } from '../src/lib/server/imports/read-file';
import ExcelJS from 'exceljs';
import { dataElements } from '../src/lib/server/demo/data/catalogue';

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

if (process.argv.includes('--spreadsheets')) {
	const { measureSpreadsheets } = await import('./measure-spreadsheets');
	await measureSpreadsheets(await wideXlsx());
	process.exit(0);
}
if (dataElements.length < CODES) throw new Error(`catalogue has only ${dataElements.length} codes`);
await time('long CSV, unquoted', longCsv(false), 'long.csv');
await time('long CSV, quoted comments', longCsv(true), 'long.csv');
await time('wide .xlsx', await wideXlsx(), 'wide.xlsx', 2);
console.log(`peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);

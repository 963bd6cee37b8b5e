import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { convertToPdf } from '../period-report/convert-pdf';
import { readPlanDocument } from './read-document';

const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] });

async function planDocx(): Promise<Uint8Array> {
	const doc = new Document({
		sections: [
			{
				children: [
					new Paragraph({ children: [new TextRun('1. Chỉ tiêu thực hiện')] }),
					new Paragraph('- Tỷ lệ trẻ kênh bình thường đạt 94-97%.'),
					new Table({
						rows: [
							new TableRow({ children: ['Chỉ tiêu', 'Mầm non', 'Tiểu học'].map(cell) }),
							new TableRow({ children: ['Giáo viên đạt chuẩn', '99%', '97-98%'].map(cell) })
						]
					})
				]
			}
		]
	});
	return new Uint8Array(await Packer.toBuffer(doc));
}

/** A one-page PDF with no text layer: what a scanner gives, minus the image. */
function pdfWithoutText(): Uint8Array {
	const objects = [
		'<< /Type /Catalog /Pages 2 0 R >>',
		'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
		'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>',
		'<< /Length 0 >>\nstream\n\nendstream'
	];
	let body = '%PDF-1.4\n';
	const offsets: number[] = [];
	objects.forEach((o, i) => {
		offsets.push(body.length);
		body += `${i + 1} 0 obj\n${o}\nendobj\n`;
	});
	const xref = body.length;
	body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
	for (const off of offsets) body += `${String(off).padStart(10, '0')} 00000 n \n`;
	body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
	return new TextEncoder().encode(body);
}

describe('reading plan documents', () => {
	it('reads a docx, its tables as rows', async () => {
		const r = await readPlanDocument('ke-hoach.docx', await planDocx());
		expect(r).toMatchObject({ ok: true, format: 'docx' });
		if (!r.ok) return;
		expect(r.text.split('\n')).toEqual([
			'1. Chỉ tiêu thực hiện',
			'- Tỷ lệ trẻ kênh bình thường đạt 94-97%.',
			'Chỉ tiêu | Mầm non | Tiểu học',
			'Giáo viên đạt chuẩn | 99% | 97-98%'
		]);
	});
	it('reads a text PDF and says when a PDF is a scan', async () => {
		const pdf = await convertToPdf(
			Buffer.from('Tỷ lệ trẻ kênh bình thường đạt 94-97%.\nHoàn thành xuất sắc: 55-60%\n'),
			90_000,
			'plan.txt'
		);
		expect(pdf.ok).toBe(true);
		if (!pdf.ok) return;
		const r = await readPlanDocument('plan.pdf', pdf.pdf);
		expect(r).toMatchObject({ ok: true, format: 'pdf', pages: 1 });
		if (r.ok) expect(r.text).toContain('Hoàn thành xuất sắc: 55-60%');
		const scan = await readPlanDocument('scan.pdf', pdfWithoutText());
		expect(scan).toEqual({ ok: false, reason: 'scan' });
	}, 120_000);
	it('reads text files and refuses what it cannot read', async () => {
		expect(await readPlanDocument('a.txt', new TextEncoder().encode('\uFEFFĐạt 97%'))).toMatchObject({
			ok: true,
			text: 'Đạt 97%'
		});
		expect(await readPlanDocument('a.xlsx', new Uint8Array([0x50, 0x4b, 3, 4]))).toEqual({
			ok: false,
			reason: 'unsupported'
		});
		expect(await readPlanDocument('a.docx', new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]))).toEqual({
			ok: false,
			reason: 'unreadable'
		});
		expect(await readPlanDocument('a.txt', new Uint8Array(16 * 1024 * 1024))).toEqual({
			ok: false,
			reason: 'too_large'
		});
	});
});

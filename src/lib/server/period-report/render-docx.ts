// Blocks → .docx (the `docx` package): A4, margins of NĐ 30/2020 (top/bottom 20 mm, left 30 mm,
// right 15 mm), Times New Roman 14 in the body, 13 in tables.
import {
	AlignmentType,
	BorderStyle,
	Document,
	Packer,
	Paragraph,
	Table,
	TableCell,
	TableLayoutType,
	TableRow,
	TextRun,
	VerticalAlign,
	WidthType,
	type IBorderOptions
} from 'docx';
import type { Align, Block, ColumnsBlock, Para, TableBlock } from './blocks';

const MM = 56.7;
const PAGE = { width: 11906, height: 16838 };
const MARGIN = {
	top: Math.round(20 * MM),
	bottom: Math.round(20 * MM),
	left: Math.round(30 * MM),
	right: Math.round(15 * MM)
};
const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
const FONT = 'Times New Roman';

const ALIGN = {
	left: AlignmentType.LEFT,
	center: AlignmentType.CENTER,
	right: AlignmentType.RIGHT,
	justify: AlignmentType.JUSTIFIED
} as const;

const NONE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const LINE: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const noBorders = { top: NONE, bottom: NONE, left: NONE, right: NONE };

function paragraph(p: Para, width: number, size = 14): Paragraph {
	if (p.rule) {
		const side = Math.round((width * (100 - p.rule)) / 200);
		return new Paragraph({
			alignment: AlignmentType.CENTER,
			indent: { left: side, right: side },
			border: { top: { ...LINE, space: 1 } },
			spacing: { before: 0, after: (p.after ?? 0) * 20 },
			children: []
		});
	}
	return new Paragraph({
		alignment: ALIGN[p.align ?? 'left'],
		indent: p.indent ? { firstLine: Math.round(10 * MM) } : undefined,
		spacing: { before: 0, after: (p.after ?? (p.indent ? 6 : 0)) * 20 },
		children: p.runs.map(
			(r) =>
				new TextRun({ text: r.text, bold: r.bold, italics: r.italic, size: (r.size ?? size) * 2, font: FONT })
		)
	});
}

function cellParagraph(text: string, align: Align, bold = false): Paragraph[] {
	return text.split('\n').map(
		(line) =>
			new Paragraph({
				alignment: ALIGN[align],
				spacing: { before: 40, after: 40 },
				children: [new TextRun({ text: line, bold, size: 26, font: FONT })]
			})
	);
}

function table(b: TableBlock): Table {
	const widths = b.widths.map((w) => Math.round((TEXT_WIDTH * w) / 100));
	const cell = (text: string, i: number, head: boolean) =>
		new TableCell({
			width: { size: widths[i], type: WidthType.DXA },
			verticalAlign: VerticalAlign.CENTER,
			margins: { left: 60, right: 60 },
			children: cellParagraph(text, head ? 'center' : (b.align?.[i] ?? 'left'), head)
		});
	return new Table({
		width: { size: TEXT_WIDTH, type: WidthType.DXA },
		columnWidths: widths,
		layout: TableLayoutType.FIXED,
		rows: [
			new TableRow({ tableHeader: true, children: b.header.map((h, i) => cell(h, i, true)) }),
			...b.rows.map((r) => new TableRow({ cantSplit: true, children: r.map((c, i) => cell(c, i, false)) }))
		]
	});
}

function columns(b: ColumnsBlock): Table {
	const widths = b.widths.map((w) => Math.round((TEXT_WIDTH * w) / 100));
	const col = (paras: Para[], i: number) =>
		new TableCell({
			width: { size: widths[i], type: WidthType.DXA },
			borders: noBorders,
			children: paras.length ? paras.map((p) => paragraph(p, widths[i], 13)) : [new Paragraph('')]
		});
	return new Table({
		width: { size: TEXT_WIDTH, type: WidthType.DXA },
		columnWidths: widths,
		layout: TableLayoutType.FIXED,
		borders: { ...noBorders, insideHorizontal: NONE, insideVertical: NONE },
		rows: [new TableRow({ cantSplit: true, children: [col(b.left, 0), col(b.right, 1)] })]
	});
}

export function toDocument(blocks: readonly Block[], meta: { title: string; created: Date }): Document {
	return new Document({
		title: meta.title,
		creator: 'Chỉ tiêu',
		styles: { default: { document: { run: { font: FONT, size: 28 } } } },
		sections: [
			{
				properties: { page: { size: PAGE, margin: MARGIN } },
				children: blocks.map((b) =>
					b.kind === 'p' ? paragraph(b, TEXT_WIDTH) : b.kind === 'table' ? table(b) : columns(b)
				)
			}
		]
	});
}

export async function renderDocx(
	blocks: readonly Block[],
	meta: { title: string; created: Date }
): Promise<Buffer> {
	return Packer.toBuffer(toDocument(blocks, meta));
}

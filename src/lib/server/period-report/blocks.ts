// The document model the composer produces and the renderers (docx) read: paragraphs, tables and the
// two-column layouts of the header and the signature block. Sizes in points.
export type Run = { text: string; bold?: boolean; italic?: boolean; size?: number };
export type Align = 'left' | 'center' | 'right' | 'justify';

export type Para = {
	kind: 'p';
	runs: Run[];
	align?: Align;
	/** First-line indent (body text). */
	indent?: boolean;
	/** Extra space after, in points. */
	after?: number;
	/** A short horizontal rule under the line above (the lines under the issuer and the motto), in % of the column. */
	rule?: number;
};

export type TableBlock = {
	kind: 'table';
	header: string[];
	rows: string[][];
	/** Column widths in % of the text width. */
	widths: number[];
	/** Per column; cells default to left. */
	align?: Align[];
};

/** Two borderless columns: the header (issuer | Quốc hiệu) and the signature block (Nơi nhận | signer). */
export type ColumnsBlock = { kind: 'columns'; widths: [number, number]; left: Para[]; right: Para[] };

export type Block = Para | TableBlock | ColumnsBlock;

export const para = (text: string, options: Omit<Para, 'kind' | 'runs'> & Omit<Run, 'text'> = {}): Para => {
	const { bold, italic, size, ...rest } = options;
	return { kind: 'p', runs: [{ text, bold, italic, size }], ...rest };
};

/** The text of a block list, for tests and search: paragraphs by line, table cells by tab. */
export function plainText(blocks: readonly Block[]): string {
	const lines: string[] = [];
	const ofPara = (p: Para) => p.runs.map((r) => r.text).join('');
	for (const b of blocks) {
		if (b.kind === 'p') lines.push(ofPara(b));
		else if (b.kind === 'table') for (const row of [b.header, ...b.rows]) lines.push(row.join('\t'));
		else lines.push(...b.left.map(ofPara), ...b.right.map(ofPara));
	}
	return lines.join('\n');
}

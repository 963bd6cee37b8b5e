// What the setup pages show of a checked file (the setup workbook, a school list): plain data the
// server builds in the page's language and the page's components read.

export type SetupBookResult = {
	status: 'preview' | 'stored' | 'rejected';
	fileName: string;
	/** "157 đơn vị · 1 biểu mẫu · …" in the page's language. */
	summary: string;
	errorCount: number;
	errors: { sheet: string; row: number; column: string; value: string; message: string }[];
	token: string | null;
};

export type UnitPageResult = {
	status: 'preview' | 'stored' | 'unchanged' | 'rejected';
	fileName: string;
	encoding: string | null;
	units: { new: number; changed: number; unchanged: number };
	errorCount: number;
	errors: { row: number; column: string; value: string; message: string }[];
	/** Set while the file waits for its confirmation. */
	token: string | null;
};

// Vietnamese text from old documents: TCVN3 (.VnTime fonts) and VNI-Windows, as it arrives when such
// text is pasted or saved without its font: Latin-1 letters standing for Vietnamese ones.
export type TextEncoding = 'unicode' | 'tcvn3' | 'vni';

const TCVN3_PAIRS: [string, string][] = [
	['¸', 'á'],
	['µ', 'à'],
	['¶', 'ả'],
	['·', 'ã'],
	['¹', 'ạ'],
	['¨', 'ă'],
	['¾', 'ắ'],
	['»', 'ằ'],
	['¼', 'ẳ'],
	['½', 'ẵ'],
	['Æ', 'ặ'],
	['©', 'â'],
	['Ê', 'ấ'],
	['Ç', 'ầ'],
	['È', 'ẩ'],
	['É', 'ẫ'],
	['Ë', 'ậ'],
	['®', 'đ'],
	['Ð', 'é'],
	['Ì', 'è'],
	['Î', 'ẻ'],
	['Ï', 'ẽ'],
	['Ñ', 'ẹ'],
	['ª', 'ê'],
	['Õ', 'ế'],
	['Ò', 'ề'],
	['Ó', 'ể'],
	['Ô', 'ễ'],
	['Ö', 'ệ'],
	['Ý', 'í'],
	['×', 'ì'],
	['Ø', 'ỉ'],
	['Ü', 'ĩ'],
	['Þ', 'ị'],
	['ã', 'ó'],
	['ß', 'ò'],
	['á', 'ỏ'],
	['â', 'õ'],
	['ä', 'ọ'],
	['«', 'ô'],
	['è', 'ố'],
	['å', 'ồ'],
	['æ', 'ổ'],
	['ç', 'ỗ'],
	['é', 'ộ'],
	['¬', 'ơ'],
	['í', 'ớ'],
	['ê', 'ờ'],
	['ë', 'ở'],
	['ì', 'ỡ'],
	['î', 'ợ'],
	['ó', 'ú'],
	['ï', 'ù'],
	['ñ', 'ủ'],
	['ò', 'ũ'],
	['ô', 'ụ'],
	['\u00ad', 'ư'],
	['ø', 'ứ'],
	['õ', 'ừ'],
	['ö', 'ử'],
	['÷', 'ữ'],
	['ù', 'ự'],
	['ý', 'ý'],
	['ú', 'ỳ'],
	['û', 'ỷ'],
	['ü', 'ỹ'],
	['þ', 'ỵ'],
	['¡', 'Ă'],
	['¢', 'Â'],
	['§', 'Đ'],
	['£', 'Ê'],
	['¤', 'Ô'],
	['¥', 'Ơ'],
	['¦', 'Ư']
];
const TCVN3 = new Map(TCVN3_PAIRS);
// Characters that never occur in Vietnamese Unicode text: symbols TCVN3 uses as letters…
const TCVN3_SIGNS = /[¸µ¶·¹¨¾»¼½©®ª«¬\u00ad§¡¢£¤¥¦×÷þÞ]/g;

// VNI-Windows: a base letter followed by mark characters (lower and upper case forms).
const TONE: Record<string, string> = {
	ù: '\u0301',
	ø: '\u0300',
	û: '\u0309',
	õ: '\u0303',
	ï: '\u0323',
	Ù: '\u0301',
	Ø: '\u0300',
	Û: '\u0309',
	Õ: '\u0303',
	Ï: '\u0323'
};
const HAT_TONE: Record<string, string> = {
	â: '',
	á: '\u0301',
	à: '\u0300',
	å: '\u0309',
	ã: '\u0303',
	ä: '\u0323',
	Â: '',
	Á: '\u0301',
	À: '\u0300',
	Å: '\u0309',
	Ã: '\u0303',
	Ä: '\u0323'
};
const BREVE_TONE: Record<string, string> = {
	ê: '',
	é: '\u0301',
	è: '\u0300',
	ú: '\u0309',
	ü: '\u0303',
	ë: '\u0323',
	Ê: '',
	É: '\u0301',
	È: '\u0300',
	Ú: '\u0309',
	Ü: '\u0303',
	Ë: '\u0323'
};
const I_TONE: Record<string, string> = {
	í: 'í',
	ì: 'ì',
	æ: 'ỉ',
	ó: 'ĩ',
	ò: 'ị',
	Í: 'Í',
	Ì: 'Ì',
	Æ: 'Ỉ',
	Ó: 'Ĩ',
	Ò: 'Ị'
};
const VNI_SYLLABLE =
	/([aeouyAEOUY])([âáàåãäêéèúüëÂÁÀÅÃÄÊÉÈÚÜË])?([ùøûõïÙØÛÕÏ])?|([ôöÔÖ])([ùøûõïÙØÛÕÏ])?|[ñÑ]|[íìæóòÍÌÆÓÒ]/g;
// …and Latin-1 letters that VNI uses as marks (TCVN3 uses some of them too, but with the signs above).
const VNI_SIGNS = /[øûïöñæëüåäØÛÏÖÑÆËÜÅÄ]/g;
const UNICODE_VI = /[ăđơưĂĐƠƯ\u1ea0-\u1ef9]|\p{M}/gu;

function convertVni(text: string): string {
	return text
		.replace(VNI_SYLLABLE, (m, base, mod, tone, hornBase, hornTone) => {
			if (m === 'ñ') return 'đ';
			if (m === 'Ñ') return 'Đ';
			if (I_TONE[m]) return I_TONE[m];
			if (hornBase) {
				const b = { ô: 'ơ', ö: 'ư', Ô: 'Ơ', Ö: 'Ư' }[hornBase as 'ô'] ?? hornBase;
				return b + (hornTone ? TONE[hornTone] : '');
			}
			let out = base as string;
			if (mod !== undefined) {
				if (mod in HAT_TONE && /[aeoAEO]/.test(base)) out += '\u0302' + HAT_TONE[mod];
				else if (mod in BREVE_TONE && /[aA]/.test(base)) out += '\u0306' + BREVE_TONE[mod];
				else return m;
			}
			if (tone) out += TONE[tone];
			return out;
		})
		.normalize('NFC');
}

function convertTcvn3(text: string): string {
	let out = '';
	for (const ch of text) out += TCVN3.get(ch) ?? ch;
	return out.normalize('NFC');
}

/** Which encoding a piece of text is in: legacy only when its marks outnumber real Vietnamese letters. */
export function detectEncoding(text: string): TextEncoding {
	const unicode = (text.match(UNICODE_VI) ?? []).length;
	const tcvn3 = (text.match(TCVN3_SIGNS) ?? []).length;
	const vni = (text.match(VNI_SIGNS) ?? []).length;
	if (unicode >= Math.max(tcvn3, vni)) return 'unicode';
	if (tcvn3 >= 2) return 'tcvn3';
	return vni >= 2 ? 'vni' : 'unicode';
}

export function convertLegacy(text: string, encoding: TextEncoding): string {
	if (encoding === 'tcvn3') return convertTcvn3(text);
	if (encoding === 'vni') return convertVni(text);
	return text;
}

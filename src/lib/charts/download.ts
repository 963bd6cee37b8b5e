import type { EChartsType } from './echarts-setup';

function save(href: string, name: string): void {
	const a = document.createElement('a');
	a.href = href;
	a.download = name;
	document.body.append(a);
	a.click();
	a.remove();
}

/** Saves an SVG document as .svg, or drawn on a white canvas at twice its size as .png. */
export async function downloadSvg(svg: string, name: string, type: 'png' | 'svg'): Promise<void> {
	const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
	try {
		if (type === 'svg') return save(url, `${name}.svg`);
		const image = new Image();
		image.src = url;
		await image.decode();
		const scale = 2;
		const canvas = document.createElement('canvas');
		canvas.width = image.naturalWidth * scale;
		canvas.height = image.naturalHeight * scale;
		const ctx = canvas.getContext('2d')!;
		ctx.fillStyle = '#ffffff';
		ctx.fillRect(0, 0, canvas.width, canvas.height);
		ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
		save(canvas.toDataURL('image/png'), `${name}.png`);
	} finally {
		setTimeout(() => URL.revokeObjectURL(url), 1000);
	}
}

/** Saves the live chart (the SVG renderer's own markup, at its current size). */
export function downloadChart(chart: EChartsType, name: string, type: 'png' | 'svg'): Promise<void> {
	return downloadSvg(chart.renderToSVGString(), name, type);
}

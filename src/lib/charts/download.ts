import type { EChartsType } from './echarts-setup';

function save(href: string, name: string): void {
	const a = document.createElement('a');
	a.href = href;
	a.download = name;
	document.body.append(a);
	a.click();
	a.remove();
}

/**
 * Saves the live chart. The SVG renderer's getDataURL always yields SVG, so PNG is that SVG
 * drawn on a canvas at twice the size, on white (slides and Word documents want opaque images).
 */
export async function downloadChart(chart: EChartsType, name: string, type: 'png' | 'svg'): Promise<void> {
	const svgUrl = chart.getDataURL({ type: 'svg', backgroundColor: '#ffffff' });
	if (type === 'svg') return save(svgUrl, `${name}.svg`);
	const image = new Image();
	image.src = svgUrl;
	await image.decode();
	const scale = 2;
	const canvas = document.createElement('canvas');
	canvas.width = chart.getWidth() * scale;
	canvas.height = chart.getHeight() * scale;
	const ctx = canvas.getContext('2d')!;
	ctx.fillStyle = '#ffffff';
	ctx.fillRect(0, 0, canvas.width, canvas.height);
	ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
	save(canvas.toDataURL('image/png'), `${name}.png`);
}

// The one place ECharts is assembled: only the charts and components the dashboards draw.
import { init, use, type EChartsType } from 'echarts/core';
import { LineChart, ScatterChart, BarChart } from 'echarts/charts';
import {
	GridComponent,
	LegendComponent,
	MarkAreaComponent,
	MarkLineComponent,
	TooltipComponent
} from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

use([
	LineChart,
	ScatterChart,
	BarChart,
	GridComponent,
	LegendComponent,
	MarkAreaComponent,
	MarkLineComponent,
	TooltipComponent,
	SVGRenderer
]);

export { init };
export type { EChartsType };

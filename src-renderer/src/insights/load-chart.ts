/**
 * Chart.js, loaded the first time a chart is drawn. It is the largest library in the app and only the Insights
 * screen uses it, so it stays out of the script every window reads before it can show anything (a note, the Due
 * list). Loaded once; every chart after the first has it at once.
 */
import type { Chart } from 'chart.js';

let loading: Promise<typeof Chart> | null = null;

export function loadChart(): Promise<typeof Chart> {
  loading ??= import('chart.js').then(({ BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip }) => {
    Chart.register(BarController, BarElement, CategoryScale, LinearScale, LineController, LineElement, PointElement, Tooltip, Legend);
    return Chart;
  });
  return loading;
}

import { useEffect, useRef, useState } from 'react';
import { callsStrings as s } from '../calls.strings.js';

export type BarDatum = { label: string; value: number };

type BarChartProps = {
  /** Names the chart for screen readers, followed by every value, so the picture hides nothing. */
  title: string;
  data: BarDatum[];
  horizontal?: boolean;
  height: number;
};

const barColor = '#0b4a8b';

/** A bar chart drawn by echarts, which loads with the first chart and stays out of every other page's bundle. */
export function BarChart({ title, data, horizontal = false, height }: BarChartProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const [isLoading, setIsLoading] = useState(true);
  // Refetches bring equal data in new arrays; redraw only when the numbers change.
  const dataKey = JSON.stringify(data);

  useEffect(() => {
    const bars = JSON.parse(dataKey) as BarDatum[];
    let chart: { setOption: (option: object) => void; resize: () => void; dispose: () => void } | undefined;
    let observer: ResizeObserver | undefined;
    let isCancelled = false;
    void import('./echarts-setup.js').then(({ echarts }) => {
      if (isCancelled || !containerRef.current) return;
      chart = echarts.init(containerRef.current, undefined, { renderer: 'svg' });
      const categoryAxis = {
        type: 'category',
        data: bars.map((datum) => datum.label),
        // Every label, never every other one: a hidden state or region name would make its bar meaningless.
        axisLabel: { color: 'rgba(0, 0, 0, 0.78)', fontSize: 13, interval: 0, width: 96, overflow: 'break' },
        ...(horizontal ? { inverse: true } : {}),
      };
      const valueAxis = { type: 'value', minInterval: 1, axisLabel: { color: 'rgba(0, 0, 0, 0.65)' } };
      chart.setOption({
        animation: false,
        grid: { left: 8, right: 24, top: 16, bottom: 8, containLabel: true },
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
        xAxis: horizontal ? valueAxis : categoryAxis,
        yAxis: horizontal ? categoryAxis : valueAxis,
        series: [
          {
            type: 'bar',
            data: bars.map((datum) => datum.value),
            itemStyle: { color: barColor },
            barMaxWidth: 36,
            label: { show: true, position: horizontal ? 'right' : 'top', color: 'rgba(0, 0, 0, 0.85)' },
          },
        ],
      });
      observer = new ResizeObserver(() => chart?.resize());
      observer.observe(containerRef.current);
      setIsLoading(false);
    });
    return () => {
      isCancelled = true;
      observer?.disconnect();
      chart?.dispose();
    };
  }, [dataKey, horizontal]);

  const summary = data.map((datum) => `${datum.label} ${s.countUnit(datum.value)}`).join('，');
  return (
    <div className="bar-chart" role="img" aria-label={s.chartLabel(title, summary)} aria-busy={isLoading}>
      <div ref={containerRef} style={{ height }} />
    </div>
  );
}

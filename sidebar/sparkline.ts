/**
 * A small inline SVG line of a row's series (baseline then review values). The numbers it draws
 * are also in its accessible name, so the picture is never the only way to read them.
 */
import { svg } from './dom';

const WIDTH = 64;
const HEIGHT = 18;
const PAD = 2;

export function sparkline(series: readonly number[], label: string): SVGElement | null {
  const values = series.filter((v) => Number.isFinite(v));
  if (values.length < 2) return null;
  const min = Math.min(...values);
  const max = Math.max(...values);
  const span = max - min || 1;
  const step = (WIDTH - 2 * PAD) / (values.length - 1);
  const points = values.map((v, i) => {
    const x = PAD + i * step;
    const y = max === min ? HEIGHT / 2 : PAD + (1 - (v - min) / span) * (HEIGHT - 2 * PAD);
    return `${x.toFixed(1)},${y.toFixed(1)}`;
  });
  const [lastX, lastY] = points[points.length - 1].split(',');
  return svg(
    'svg',
    {
      class: 'spark',
      width: WIDTH,
      height: HEIGHT,
      viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
      role: 'img',
      'aria-label': label,
    },
    svg('polyline', { points: points.join(' '), fill: 'none', 'stroke-width': 1.5 }),
    svg('circle', { cx: lastX, cy: lastY, r: 2 }),
  );
}

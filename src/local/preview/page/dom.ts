/** DOM helpers: every piece of sheet or add-on text goes in through textContent. */

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: { className?: string; text?: string; title?: string } = {},
  ...children: Node[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.className) node.className = props.className;
  if (props.text !== undefined) node.textContent = props.text;
  if (props.title !== undefined) node.title = props.title;
  for (const child of children) node.appendChild(child);
  return node;
}

const SVG = 'http://www.w3.org/2000/svg';

/** SPARKLINE({…}) of plain numbers as a small line: the chart Sheets draws in the cell. */
export function sparkline(formula: string): SVGSVGElement | null {
  const m = /^=SPARKLINE\(\{([-\d.,;eE\s]*)\}/i.exec(formula);
  if (!m) return null;
  const values = m[1]
    .split(/[,;]/)
    .map((s) => Number(s.trim()))
    .filter((n) => Number.isFinite(n));
  if (values.length < 2) return null;
  const w = 80;
  const h = 16;
  const min = Math.min(...values);
  const span = Math.max(...values) - min || 1;
  const points = values
    .map((v, i) => {
      const x = (i / (values.length - 1)) * (w - 2) + 1;
      const y = h - 1 - ((v - min) / span) * (h - 2);
      return `${x.toFixed(1)},${y.toFixed(1)}`;
    })
    .join(' ');
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${w} ${h}`);
  svg.setAttribute('width', String(w));
  svg.setAttribute('height', String(h));
  svg.setAttribute('class', 'sparkline');
  svg.setAttribute('role', 'img');
  const line = document.createElementNS(SVG, 'polyline');
  line.setAttribute('points', points);
  svg.appendChild(line);
  return svg;
}

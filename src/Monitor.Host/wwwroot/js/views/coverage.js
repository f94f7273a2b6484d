import { h } from "../dom.js";

const svgNs = "http://www.w3.org/2000/svg";
// Colours are classes s0…s6 in app.css: the page's policy allows no inline style.
const colours = 6;
const hour = 3_600_000;
const day = 24 * hour;
const maxBins = 96;

// Coverage over time: the story's dated articles by hour (a story of up to three days) or by day,
// stacked by outlet (the six with most articles, then "others"). Inline SVG: nothing loaded from elsewhere.
export function coverageChart(articles) {
  const dated = articles.filter(a => a.published).map(a => ({ at: Date.parse(a.published), source: a.source }));
  const undated = articles.length - dated.length;
  if (dated.length === 0) return h("p", { class: "muted" }, "No article of this story gives its published time.");

  const start = Math.min(...dated.map(a => a.at));
  const end = Math.max(...dated.map(a => a.at));
  const width = end - start <= 3 * day ? hour : day;
  const first = Math.floor(start / width) * width;
  const bins = Math.min(maxBins, Math.floor((end - first) / width) + 1);
  const binOf = at => Math.min(bins - 1, Math.floor((at - first) / width));

  const totals = new Map();
  for (const a of dated) totals.set(a.source, (totals.get(a.source) ?? 0) + 1);
  const named = [...totals.entries()].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0])).slice(0, colours).map(([s]) => s);
  const series = [...named, ...(totals.size > named.length ? ["others"] : [])];
  const seriesOf = source => (named.includes(source) ? source : "others");

  const counts = Array.from({ length: bins }, () => new Map());
  for (const a of dated) {
    const bin = counts[binOf(a.at)];
    bin.set(seriesOf(a.source), (bin.get(seriesOf(a.source)) ?? 0) + 1);
  }
  const peak = Math.max(...counts.map(c => [...c.values()].reduce((x, y) => x + y, 0)));

  const [w, ht, left, bottom] = [640, 160, 28, 22];
  const barWidth = (w - left) / bins;
  const svg = svg_("svg", { class: "coverage", viewBox: `0 0 ${w} ${ht}`, role: "img", "aria-labelledby": "coverage-title" });
  svg.append(svg_("title", { id: "coverage-title" },
    `${dated.length} dated articles by ${width === hour ? "hour" : "day"}, from ${label(first, width)} to ${label(first + (bins - 1) * width, width)}; most in one ${width === hour ? "hour" : "day"}: ${peak}`));
  svg.append(svg_("line", { x1: left, y1: ht - bottom, x2: w, y2: ht - bottom, class: "axis" }));
  svg.append(svg_("text", { x: left - 4, y: 12, class: "tick", "text-anchor": "end" }, String(peak)));
  svg.append(svg_("text", { x: left, y: ht - 6, class: "tick" }, label(first, width)));
  if (bins > 1) svg.append(svg_("text", { x: w, y: ht - 6, class: "tick", "text-anchor": "end" }, label(first + (bins - 1) * width, width)));
  counts.forEach((bin, i) => {
    let y = ht - bottom;
    for (const [k, name] of series.entries()) {
      const n = bin.get(name) ?? 0;
      if (n === 0) continue;
      const height = (n / peak) * (ht - bottom - 16);
      y -= height;
      const rect = svg_("rect", { class: `bar s${k}`, x: left + i * barWidth + 1, y, width: Math.max(1, barWidth - 2), height });
      rect.append(svg_("title", {}, `${label(first + i * width, width)}: ${n} from ${name}`));
      svg.append(rect);
    }
  });

  return h("figure", { class: "coverage-chart" }, svg,
    h("figcaption", {},
      h("ul", { class: "legend" }, series.map((name, k) =>
        h("li", {}, h("span", { class: `swatch s${k}`, "aria-hidden": "true" }), h("bdi", {}, name), ` ${name === "others" ? "" : totals.get(name)}`))),
      undated ? h("p", { class: "muted" }, `${undated} undated article${undated === 1 ? "" : "s"} not shown.`) : null));
}

function svg_(tag, attributes, text) {
  const node = document.createElementNS(svgNs, tag);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

function label(at, width) {
  const date = new Date(at);
  return width === hour
    ? date.toLocaleString([], { month: "short", day: "numeric", hour: "2-digit", minute: "2-digit" })
    : date.toLocaleDateString([], { month: "short", day: "numeric" });
}

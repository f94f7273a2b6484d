import { h, list, plural, sourceLink } from "../dom.js";

// Divergences side by side: each value with the sources that give it and their own words. Soft ones (values
// that can both be true once rounding or vagueness is allowed for) come apart, after the contradictions.
export function divergences(items, emptyText) {
  const hard = items.filter(d => d.level !== "soft");
  const soft = items.filter(d => d.level === "soft");
  return [
    hard.length === 0 ? h("p", { class: "muted" }, emptyText) : hard.map(divergence),
    soft.length === 0 ? null : h("section", { class: "soft-divergences", "aria-label": "Rounding and vagueness" },
      h("h3", {}, "Rounding and vagueness"),
      h("p", { class: "muted" }, plural(soft.length, "difference"), " of precision, not of fact: a rounded or vague figure against an exact one."),
      soft.map(divergence)),
  ];
}

function divergence(d) {
  return h("article", { class: d.level === "soft" ? "divergence soft" : "divergence", dataset: { divergence: d.id, level: d.level ?? "hard" } },
    h("header", {}, h("h3", {}, d.slot), h("span", { class: "kind" }, d.kind)),
    h("div", { class: "sides" }, d.sides.map(side)));
}

function side(s) {
  return h("section", { class: "side" },
    h("p", { class: "value" }, s.value),
    h("p", { class: "who" }, plural(s.sources.length, "source"), ": ", list(s.sources, sourceLink)),
    s.quotes.map(q => h("blockquote", {}, q)));
}

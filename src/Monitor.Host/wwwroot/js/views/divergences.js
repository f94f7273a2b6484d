import { h, list, plural, sourceLink } from "../dom.js";

// Divergences side by side: each value with the sources that give it and their own words.
export function divergences(items, emptyText) {
  if (items.length === 0) return h("p", { class: "muted" }, emptyText);
  return items.map(d =>
    h("article", { class: "divergence", dataset: { divergence: d.id } },
      h("header", {}, h("h3", {}, d.slot), h("span", { class: "kind" }, d.kind)),
      h("div", { class: "sides" }, d.sides.map(side)),
    ));
}

function side(s) {
  return h("section", { class: "side" },
    h("p", { class: "value" }, s.value),
    h("p", { class: "who" }, plural(s.sources.length, "source"), ": ", list(s.sources, sourceLink)),
    s.quotes.map(q => h("blockquote", {}, q)));
}

import { h, sourceLink } from "../dom.js";

const legend = {
  agrees: "stands with the consensus",
  disagrees: "contradicts it",
  none: "no consensus yet",
};

// Sources by slots: each cell the value that source gives, coloured by agreement with the consensus.
export function claimMatrix(cells) {
  if (cells.length === 0) return h("p", { class: "muted" }, "No claims extracted yet.");
  const slots = [...new Set(cells.map(c => c.slot))].sort();
  const sources = [...new Set(cells.map(c => c.source))].sort();
  const at = new Map(cells.map(c => [c.source + "\u0000" + c.slot, c]));
  return [
    h("div", { class: "matrix-scroll" },
      h("table", { class: "matrix" },
        h("thead", {}, h("tr", {}, h("th", { scope: "col" }, "Source"), slots.map(s => h("th", { scope: "col" }, s)))),
        h("tbody", {}, sources.map(source =>
          h("tr", {},
            h("th", { scope: "row" }, sourceLink(source)),
            slots.map(slot => cell(at.get(source + "\u0000" + slot)))))))),
    h("p", { class: "legend" }, Object.entries(legend).map(([k, v]) => h("span", { class: "cell " + k }, v))),
  ];
}

function cell(c) {
  if (!c) return h("td", { class: "cell empty" }, "");
  return h("td", { class: "cell " + c.agreement, title: legend[c.agreement] ?? c.agreement, dataset: { agreement: c.agreement } }, c.value);
}

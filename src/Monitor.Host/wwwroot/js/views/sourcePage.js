import { api } from "../api.js";
import { h, replace, plural } from "../dom.js";
import { refresher } from "./refresher.js";

// One outlet: its articles and how often it stands with each story's consensus.
export function sourcePage(container, id) {
  const refresh = refresher(async () => {
    const source = await api.source(id);
    replace(container, source && source.articles.length ? render(source)
      : h("p", { class: "empty" }, "No article from ", h("code", {}, id), " (yet)."));
  }, container);
  refresh();
  return {
    onChanges(changes) {
      if (changes.some(c => c.kind === "source.updated" && c.payload?.id === id)) refresh();
    },
  };
}

function render(source) {
  const percent = Math.round(source.agreement * 100);
  return h("section", { class: "source-page", dataset: { source: source.id } },
    h("p", { class: "crumbs" }, h("a", { href: "#/" }, "Stories"), " / source"),
    h("h1", {}, source.name),
    h("p", { class: "facts" }, plural(source.articles.length, "article")),
    h("h2", {}, "Agreement with the consensus"),
    h("div", { class: "agreement" },
      h("meter", { min: 0, max: 1, low: 0.5, optimum: 1, value: source.agreement }, percent + "%"),
      h("span", { class: "value" }, percent + "%"),
      h("span", { class: "muted" }, " of the claims it shares with other sources stand with the best-supported value")),
    h("h2", {}, "Articles"),
    h("ul", { class: "links" }, source.articles.map(a => h("li", {}, h("code", {}, a)))));
}

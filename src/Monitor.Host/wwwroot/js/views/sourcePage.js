import { api } from "../api.js";
import { h, replace, plural, route, time } from "../dom.js";
import { refresher } from "./refresher.js";

const minOthers = 3;

// One outlet: how often it stands with each story's consensus, its articles, and its blindspots.
export function sourcePage(container, id) {
  const refresh = refresher(async () => {
    const [source, articles, missed] = await Promise.all([api.source(id), api.sourceArticles(id), api.sourceBlindspots(id, minOthers)]);
    replace(container, source && source.articles.length ? render(source, articles ?? [], missed ?? [])
      : h("p", { class: "empty" }, "No article from ", h("code", {}, id), " (yet)."));
  }, container);
  refresh();
  return {
    onChanges(changes) {
      if (changes.some(c => c.kind === "source.updated" && c.payload?.id === id)) refresh();
    },
  };
}

function render(source, articles, missed) {
  const percent = Math.round(source.agreement * 100);
  return h("section", { class: "source-page", dataset: { source: source.id } },
    h("p", { class: "crumbs" }, h("a", { href: "#/" }, "Stories"), " / source"),
    h("h1", { dir: "auto" }, source.name),
    h("p", { class: "facts" }, plural(source.articles.length, "article"), " · ",
      h("a", { href: route.stories(new URLSearchParams({ source: source.id })) }, "its stories")),
    h("h2", {}, "Agreement with the consensus"),
    h("div", { class: "agreement" },
      h("meter", { min: 0, max: 1, low: 0.5, optimum: 1, value: source.agreement }, percent + "%"),
      h("span", { class: "value" }, percent + "%"),
      h("span", { class: "muted" }, " of the claims it shares with other sources stand with the best-supported value")),
    h("h2", {}, "Blindspots"),
    h("p", { class: "muted" }, `Stories with an article on a day this outlet published (UTC), reported by at least ${minOthers} other outlets, with no article from it.`),
    missed.length === 0 ? h("p", { class: "muted" }, "None.")
      : h("ul", { class: "links blindspots" }, missed.map(m => h("li", { dataset: { story: m.story.id } },
        h("a", { href: route.story(m.story.id), dir: "auto" }, m.story.title || m.story.id), " — ",
        plural(m.others, "other outlet"), ", latest ", time(m.story.latest)))),
    h("h2", {}, "Articles"),
    h("ul", { class: "source-articles" }, articles.map(a => h("li", { dataset: { article: a.id } },
      a.dated ? time(a.at) : h("span", { class: "muted", title: "no published time: when Monitor first saw it" }, "seen ", time(a.at)), " ",
      a.url ? h("a", { class: "headline", href: a.url, rel: "noopener noreferrer", target: "_blank", dir: "auto" }, a.title || a.id)
        : h("span", { class: "headline", dir: "auto" }, a.title || a.id),
      " · ", h("a", { href: route.story(a.storyId), class: "story-link" }, "story")))));
}

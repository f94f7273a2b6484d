import { api } from "../api.js";
import { LiveFeed } from "../live.js";
import { h, replace, route, plural } from "../dom.js";
import { divergences } from "./divergences.js";
import { refresher } from "./refresher.js";

// One entity: its spellings, the stories that mention it, and where sources give it different names or titles.
export function entityPage(container, id) {
  const refresh = refresher(async () => {
    const [entity, stories] = await Promise.all([api.entity(id), api.stories(new URLSearchParams({ entity: id, pageSize: 200 }))]);
    const titles = new Map(stories.items.map(s => [s.id, s.title]));
    replace(container, entity && entity.articles.length ? render(entity, titles)
      : h("p", { class: "empty" }, "No mention of ", h("code", {}, id), " (yet)."));
  }, container);
  refresh();
  // The entity's own topic carries its summaries (counts, spellings) and its divergences.
  const feed = new LiveFeed("/hubs/monitor", "entity:" + id);
  feed.onChanges(() => refresh());
  feed.onReset(() => refresh());
  feed.start();
  return { dispose: () => feed.stop() };
}

function render(entity, titles) {
  return h("section", { class: "entity", dataset: { entity: entity.id } },
    h("p", { class: "crumbs" }, h("a", { href: "#/" }, "Stories"), " / entity"),
    h("h1", {}, entity.name, " ", h("span", { class: "kind" }, entity.kind)),
    h("p", { class: "facts" }, plural(entity.articles.length, "article"), " · ", plural(entity.stories.length, "story", "stories")),
    h("h2", {}, "Also written as"),
    entity.aliases.length
      ? h("p", { class: "chips" }, entity.aliases.map(a => h("span", { class: "chip" }, a)))
      : h("p", { class: "muted" }, "Always written the same way."),
    h("h2", {}, "Stories"),
    h("ul", { class: "links" }, entity.stories.map(s => h("li", {}, h("a", { href: route.story(s), dir: "auto" }, titles.get(s) || s)))),
    h("h2", {}, "Name and title divergences"),
    h("div", { class: "divergences" }, divergences(entity.divergences, "Every source names it the same way.")));
}

import { api } from "../api.js";
import { h, replace, route, list, plural, sourceLink, time, entityLabel } from "../dom.js";
import { divergences } from "./divergences.js";
import { claimMatrix } from "./matrix.js";
import { refresher } from "./refresher.js";
import { coverageChart } from "./coverage.js";

// One story: consensus, divergences side by side, the claim matrix, its articles in time order.
export function storyPage(container, id) {
  const refresh = refresher(async () => {
    const [detail, missing] = await Promise.all([api.story(id), api.storyBlindspots(id)]);
    if (!detail) {
      replace(container, h("p", { class: "empty" }, "No story ", h("code", {}, id), " here (yet)."));
      return;
    }
    replace(container, render(detail, missing ?? []));
  }, container);
  refresh();
  return {
    onChanges(changes) {
      if (changes.some(c => c.payload?.storyId === id || (c.kind.startsWith("story.") && c.payload?.id === id))) refresh();
    },
  };
}

function render({ story, articles, entities, matrix, mergedInto }, missing) {
  // The badge counts contradictions; soft divergences (rounding, vagueness) are listed apart below.
  const hard = story.divergences.filter(d => d.level !== "soft").length;
  return h("section", { class: "story", dataset: { story: story.id } },
    h("p", { class: "crumbs" }, h("a", { href: "#/" }, "Stories"), " / ", story.id),
    mergedInto ? h("p", { class: "merged", role: "status" },
      "An article that tells both events merged this story into ",
      h("a", { href: route.story(mergedInto) }, mergedInto), ", which holds its articles now: follow it there for what arrives next.") : null,
    h("h1", { dir: "auto" }, story.title),
    h("p", { class: "facts" },
      plural(articles.length, "article"), " · ", plural(story.sources.length, "source"), " · ",
      h("span", { class: hard ? "badge diverged" : "badge" }, plural(hard, "divergence"))),
    h("h2", {}, "Coverage over time"),
    coverageChart(articles),
    h("h2", {}, "Consensus"),
    consensus(story.consensus),
    h("h2", {}, "Divergences"),
    h("div", { class: "divergences" }, divergences(story.divergences, "The sources contradict each other nowhere (yet).")),
    h("h2", {}, "Claim matrix"),
    claimMatrix(matrix),
    h("h2", {}, "Articles"),
    h("ol", { class: "articles" }, articles.map(article)),
    h("h2", {}, "Blindspots"),
    blindspots(missing),
    entities.length ? [h("h2", {}, "Entities"),
      h("details", { class: "entities" },
        h("summary", {}, plural(entities.length, "entity", "entities"), " named in its articles"),
        h("p", { class: "chips" }, entities.map(e => h("a", { class: "chip", href: route.entity(e) }, entityLabel(e)))))] : null);
}

function consensus(items) {
  if (items.length === 0) return h("p", { class: "muted" }, "No value is backed by two independent sources yet.");
  return h("ul", { class: "consensus" }, items.map(c =>
    h("li", {},
      h("span", { class: "slot" }, c.slot), " ",
      h("strong", { class: "value" }, c.value), " ",
      h("span", { class: "who" }, "— ", plural(c.sources.length, "source"), ": ", list(c.sources, sourceLink)))));
}

function article(a) {
  return h("li", { class: "article", dataset: { article: a.id } },
    a.published ? time(a.published) : h("span", { class: "muted" }, "undated"), " ",
    sourceLink(a.source), " ",
    a.url ? h("a", { class: "headline", href: a.url, rel: "noopener noreferrer", target: "_blank", dir: "auto" }, a.title)
      : h("span", { class: "headline", dir: "auto" }, a.title));
}

// Outlets that usually cover this story's entities and have no article in it.
function blindspots(missing) {
  const rule = "An outlet is listed when it has no article here but reported at least half (and at least two) of the other stories naming one of this story's entities.";
  if (missing.length === 0) return h("p", { class: "muted blindspots" }, "No outlet that usually covers these entities is missing. ", rule);
  return h("div", { class: "blindspots" },
    h("p", { class: "muted" }, rule),
    h("ul", { class: "links" }, missing.map(m => h("li", { dataset: { outlet: m.outlet } },
      sourceLink(m.outlet), " — ", m.covered, " of ", m.naming, " stories naming ",
      list(m.entities.slice(0, 4), e => h("bdi", {}, e)), m.entities.length > 4 ? ` and ${m.entities.length - 4} more` : ""))));
}

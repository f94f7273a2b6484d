import { api } from "../api.js";
import { h, replace, route, time, plural } from "../dom.js";
import { refresher } from "./refresher.js";

const sorts = { latest: "Latest report", divergences: "Most divergences", sources: "Most independent sources", articles: "Most articles" };
const fields = ["q", "source", "from", "to", "sort", "page"];
const pageSize = 50;

// The story list: one page of the server's list for the view in the URL (search, outlet, days,
// sort, page). Changes to stories reload the page, so a new story lands where its sort puts it and
// a row whose counts moved flashes. The server's list answers with the change it reflects: while it
// is behind what the live feed has seen, the page asks again.
export function storyList(container, feed, params) {
  const state = Object.fromEntries(fields.map(f => [f, params.get(f) ?? ""]));
  const search = h("input", { type: "search", id: "q", value: state.q, autocomplete: "off", spellcheck: "false",
    placeholder: "Words of titles, people, places, outlets" });
  const sort = h("select", { id: "sort" }, Object.entries(sorts).map(([value, label]) => h("option", { value }, label)));
  const source = h("select", { id: "source" }, h("option", { value: "" }, "All outlets"));
  const from = h("input", { type: "date", id: "from", value: state.from });
  const to = h("input", { type: "date", id: "to", value: state.to });
  const status = h("p", { class: "count", id: "story-count", role: "status", "aria-live": "polite" });
  const body = h("tbody");
  const previous = h("button", { type: "button", id: "previous" }, "← Newer page");
  const next = h("button", { type: "button", id: "next" }, "Older page →");
  const position = h("span", { class: "muted" });
  const problem = h("div", { class: "problem" });
  sort.value = sorts[state.sort] ? state.sort : "latest";
  if (state.source) source.append(h("option", { value: state.source }, state.source));
  source.value = state.source;

  replace(container,
    h("section", { class: "stories" },
      h("h1", {}, "Stories"),
      h("form", { class: "filters", role: "search", "aria-label": "Find stories" },
        field("q", "Search", search), field("sort", "Sort by", sort), field("source", "Outlet", source),
        field("from", "From day", from), field("to", "To day", to)),
      problem,
      status,
      h("table", { id: "stories", class: "story-table" },
        h("caption", { class: "visually-hidden" }, "Stories, one a row"),
        h("thead", {}, h("tr", {}, h("th", { scope: "col" }, "Story"), h("th", { scope: "col" }, "First report"),
          h("th", { scope: "col" }, "Latest report"), h("th", { scope: "col", class: "num" }, "Sources"),
          h("th", { scope: "col", class: "num" }, "Articles"), h("th", { scope: "col", class: "num" }, "Divergences"))),
        body),
      h("nav", { class: "pager", "aria-label": "Pages of stories" }, previous, position, next)));

  let shown = null;
  let flash = false;
  let disposed = false;
  let retry = 0;
  let following = 0;
  const load = refresher(async () => {
    const live = flash;
    flash = false;
    const result = await api.stories(query(state));
    if (disposed) return;
    problem.replaceChildren();
    render(result, live);
    // The server's list is behind the changes this page has seen: ask again in a moment.
    clearTimeout(retry);
    if (result.sequence < feed.lastSequence && result.epoch === feed.epoch) retry = setTimeout(() => { flash = true; load(); }, 250);
  }, problem);

  function render(result, live) {
    const before = shown;
    shown = new Map(result.items.map(s => [s.id, key(s)]));
    body.replaceChildren(...result.items.map(s => row(s, live && before !== null && before.get(s.id) !== key(s))));
    const pages = Math.max(1, Math.ceil(result.total / result.pageSize));
    status.textContent = result.total === 0
      ? (state.q || state.source || state.from || state.to ? "No story matches." : "No stories yet. Post an article to /api/articles, or serve with a replay folder.")
      : plural(result.total, "story", "stories") + (state.q ? ` match “${state.q}”` : "");
    position.textContent = `page ${result.page} of ${pages}`;
    previous.disabled = result.page <= 1;
    next.disabled = result.page >= pages;
  }

  const changed = (name, value, debounce = 0) => {
    state[name] = value;
    if (name !== "page") state.page = "";
    history.replaceState(null, "", route.stories(query(state, false)));
    clearTimeout(typing);
    typing = setTimeout(load, debounce);
  };
  let typing = 0;
  search.addEventListener("input", () => changed("q", search.value, 120));
  sort.addEventListener("change", () => changed("sort", sort.value === "latest" ? "" : sort.value));
  source.addEventListener("change", () => changed("source", source.value));
  from.addEventListener("change", () => changed("from", from.value));
  to.addEventListener("change", () => changed("to", to.value));
  previous.addEventListener("click", () => changed("page", String(Math.max(1, Number(state.page || 1) - 1))));
  next.addEventListener("click", () => changed("page", String(Number(state.page || 1) + 1)));
  container.querySelector("form").addEventListener("submit", event => event.preventDefault());

  api.outlets().then(outlets => {
    for (const o of outlets ?? []) {
      if (o.id !== state.source) source.append(h("option", { value: o.id }, `${o.id} (${o.stories})`));
    }
  }).catch(error => console.warn("Could not load the outlets", error));
  const unfollow = feed.onState(s => { if (s === "connected") load(); });
  load();

  return {
    dispose() { disposed = true; clearTimeout(retry); clearTimeout(typing); clearTimeout(following); unfollow(); },
    onChanges(changes) {
      // A replay moves stories many times a second: the list follows at most five times a second.
      if (following || !changes.some(c => /^(story|divergence|consensus)\./.test(c.kind))) return;
      following = setTimeout(() => { following = 0; flash = true; load(); }, 200);
    },
  };
}

// The API's parameters for a view; in the URL, the defaults are left out.
function query(state, withSize = true) {
  const params = new URLSearchParams();
  for (const name of fields) if (state[name]) params.set(name, state[name]);
  if (withSize) params.set("pageSize", pageSize);
  return params;
}

function field(id, label, control) {
  return h("div", { class: "field" }, h("label", { for: id }, label), control);
}

function key(s) {
  return [s.title, s.articles, s.sources, s.divergences, s.first, s.latest].join("|");
}

function row(story, fresh) {
  return h("tr", { dataset: { story: story.id }, class: fresh ? "fresh" : null },
    h("td", { class: "title", "data-label": "Story" }, h("a", { href: route.story(story.id), dir: "auto" }, story.title || story.id)),
    h("td", { "data-label": "First" }, time(story.first)),
    h("td", { "data-label": "Latest" }, time(story.latest)),
    h("td", { class: "num", "data-label": "Sources" }, story.sources),
    h("td", { class: "num", "data-label": "Articles" }, story.articles),
    h("td", { class: "num", "data-label": "Divergences" },
      h("span", { class: story.divergences > 0 ? "badge diverged" : "badge" }, story.divergences)));
}

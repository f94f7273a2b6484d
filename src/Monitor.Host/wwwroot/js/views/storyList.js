import { h, replace, route, time } from "../dom.js";

// The story list: one row a story, updated in place as changes arrive.
export function storyList(container, board) {
  const body = h("tbody");
  const empty = h("p", { class: "empty" }, "No stories yet. Post an article to /api/articles, or serve with a replay folder.");
  replace(container,
    h("section", { class: "stories" },
      h("h1", {}, "Stories"),
      empty,
      h("table", { id: "stories", class: "story-table" },
        h("thead", {}, h("tr", {}, h("th", {}, "Story"), h("th", { class: "num" }, "Articles"),
          h("th", { class: "num" }, "Sources"), h("th", { class: "num" }, "Divergences"), h("th", {}, "Last update"))),
        body)));

  const render = touched => {
    const rows = board.all().map(story => row(story, touched?.has(story.id)));
    body.replaceChildren(...rows);
    empty.hidden = rows.length > 0;
  };
  render(null);
  return { dispose: board.onChange(render) };
}

function row(story, fresh) {
  return h("tr", { dataset: { story: story.id }, class: fresh ? "fresh" : null },
    h("td", { class: "title", "data-label": "Story" }, h("a", { href: route.story(story.id) }, story.title || story.id)),
    h("td", { class: "num", "data-label": "Articles" }, story.articles),
    h("td", { class: "num", "data-label": "Sources" }, story.sources),
    h("td", { class: "num", "data-label": "Divergences" },
      h("span", { class: story.divergences > 0 ? "badge diverged" : "badge" }, story.divergences)),
    h("td", { "data-label": "Last update" }, story.updatedAt ? time(story.updatedAt) : h("span", { class: "muted" }, "before you opened")));
}

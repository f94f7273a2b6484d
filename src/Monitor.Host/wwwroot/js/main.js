import { LiveFeed } from "./live.js";
import { StoryBoard } from "./stories.js";
import { storyList } from "./views/storyList.js";
import { storyPage } from "./views/storyPage.js";
import { entityPage } from "./views/entityPage.js";
import { sourcePage } from "./views/sourcePage.js";

const view = document.getElementById("view");
const indicator = document.getElementById("connection");
const board = new StoryBoard();
const feed = new LiveFeed("/hubs/monitor", "all");
let page = null;

const labels = { connecting: "connecting…", "catching-up": "catching up…", connected: "live", reconnecting: "reconnecting…", offline: "offline" };

function show() {
  page?.dispose?.();
  const [, kind, ...rest] = location.hash.replace(/^#/, "").split("/");
  const id = decodeURIComponent(rest.join("/"));
  if (kind === "story" && id) page = storyPage(view, id);
  else if (kind === "entity" && id) page = entityPage(view, id, board);
  else if (kind === "source" && id) page = sourcePage(view, id);
  else page = storyList(view, board);
  window.scrollTo(0, 0);
}

feed.onState(state => {
  indicator.dataset.state = state;
  indicator.textContent = labels[state] ?? state;
});
feed.onChanges(changes => {
  board.apply(changes);
  page?.onChanges?.(changes);
});
window.addEventListener("hashchange", show);

// A handle for tests and the curious: stop and start the live connection, read the last sequence.
window.monitor = {
  feed,
  stop: () => feed.stop(),
  start: () => feed.start(),
  get lastSequence() { return feed.lastSequence; },
};

show();
board.load().catch(error => console.warn("Could not load the stories", error)).finally(() => feed.start());

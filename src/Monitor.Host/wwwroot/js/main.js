import { LiveFeed } from "./live.js";
import { storyList } from "./views/storyList.js";
import { storyPage } from "./views/storyPage.js";
import { entityPage } from "./views/entityPage.js";
import { sourcePage } from "./views/sourcePage.js";

const view = document.getElementById("view");
const indicator = document.getElementById("connection");
const feed = new LiveFeed("/hubs/monitor", "all");
let page = null;

const labels = { connecting: "connecting…", "catching-up": "catching up…", connected: "live", reconnecting: "reconnecting…", offline: "offline" };

// Routes: #/?q=…&sort=… (the story list and its view), #/story/ID, #/entity/ID, #/source/ID.
function show() {
  page?.dispose?.();
  const [path, query = ""] = location.hash.replace(/^#/, "").split("?");
  const [, kind, ...rest] = path.split("/");
  const id = decodeURIComponent(rest.join("/"));
  if (kind === "story" && id) page = storyPage(view, id);
  else if (kind === "entity" && id) page = entityPage(view, id);
  else if (kind === "source" && id) page = sourcePage(view, id);
  else page = storyList(view, feed, new URLSearchParams(query));
}

feed.onState(state => {
  indicator.dataset.state = state;
  indicator.textContent = labels[state] ?? state;
});
feed.onChanges(changes => page?.onChanges?.(changes));
// The change log started over (the host restarted without its data): what the page shows is gone.
feed.onReset(() => show());
window.addEventListener("hashchange", () => { show(); window.scrollTo(0, 0); });

// A handle for tests and the curious: stop and start the live connection, read the last sequence.
window.monitor = {
  feed,
  stop: () => feed.stop(),
  start: () => feed.start(),
  get lastSequence() { return feed.lastSequence; },
  get epoch() { return feed.epoch; },
};

show();
feed.start();

import { api } from "./api.js";

// Every story's row of the list, kept from the snapshot API and then from the change feed, so the
// list is current whichever page is open. A change's time is the story's last update.
export class StoryBoard {
  #stories = new Map();
  #listeners = new Set();

  async load() {
    for (const summary of await api.stories()) this.#upsert(summary, null);
    this.#notify(null);
  }

  apply(changes) {
    const touched = new Set();
    for (const change of changes) {
      if (change.kind === "story.opened" || change.kind === "story.updated") {
        this.#upsert(change.payload, change.at);
        touched.add(change.payload.id);
      } else if (change.kind === "story.merged") {
        // Its articles now belong to the story it was merged into, whose own change follows.
        this.#stories.delete(change.payload.storyId);
        touched.add(change.payload.storyId);
      }
    }
    if (touched.size > 0) this.#notify(touched);
  }

  get(id) { return this.#stories.get(id); }

  // Latest first; stories never updated while watched keep the server's order after them.
  all() {
    return [...this.#stories.values()].filter(s => s.articles > 0).sort((a, b) => (b.updatedAt ?? "").localeCompare(a.updatedAt ?? ""));
  }

  onChange(listener) { this.#listeners.add(listener); return () => this.#listeners.delete(listener); }

  #upsert(summary, at) {
    const known = this.#stories.get(summary.id);
    this.#stories.set(summary.id, { ...summary, updatedAt: at ?? known?.updatedAt ?? null });
  }

  #notify(touched) {
    for (const listener of this.#listeners) listener(touched);
  }
}

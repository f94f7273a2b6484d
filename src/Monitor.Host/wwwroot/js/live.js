import { api } from "./api.js";

// The live change feed of one topic. SignalR promises nothing across a reconnect, so the feed
// keeps the last sequence it applied and asks the hub for everything after it on every (re)connect.
// Changes are applied strictly in sequence order: one that arrives early waits for the gap to
// fill, and a gap that stays open is filled from the change log over HTTP.
// A feed starts at the log's head (the page loads the current view itself), and every (re)connect
// checks the log's epoch: a log that was reset (an in-memory host restarted) numbers its changes
// from 1 again, so the feed starts over at the new head and tells the page to reload its view.
export class LiveFeed {
  #topic;
  #connection;
  #pending = new Map();
  #listeners = new Set();
  #stateListeners = new Set();
  #resetListeners = new Set();
  #gapTimer = 0;
  #wanted = false;
  lastSequence = 0;
  epoch = null;
  state = "connecting";

  constructor(url, topic = "all") {
    this.#topic = topic;
    this.#connection = new signalR.HubConnectionBuilder()
      .withUrl(url)
      .withAutomaticReconnect({ nextRetryDelayInMilliseconds: r => Math.min(10000, 500 * 2 ** r.previousRetryCount) })
      .configureLogging(signalR.LogLevel.Warning)
      .build();
    this.#connection.on("changes", batch => this.#receive(batch));
    this.#connection.onreconnecting(() => this.#setState("reconnecting"));
    this.#connection.onreconnected(() => this.#subscribe());
    this.#connection.onclose(() => {
      this.#setState("offline");
      if (this.#wanted) this.#retryStart(1000);
    });
  }

  onChanges(listener) { this.#listeners.add(listener); return () => this.#listeners.delete(listener); }

  onState(listener) { this.#stateListeners.add(listener); listener(this.state); return () => this.#stateListeners.delete(listener); }

  onReset(listener) { this.#resetListeners.add(listener); return () => this.#resetListeners.delete(listener); }

  async start() {
    this.#wanted = true;
    if (this.#connection.state !== signalR.HubConnectionState.Disconnected) return;
    this.#setState("connecting");
    try {
      await this.#connection.start();
    } catch {
      this.#setState("offline");
      this.#retryStart(2000);
      return;
    }
    await this.#subscribe();
  }

  async stop() {
    this.#wanted = false;
    await this.#connection.stop();
  }

  #retryStart(delay) {
    setTimeout(() => { if (this.#wanted) this.start(); }, delay);
  }

  async #subscribe() {
    this.#setState("catching-up");
    try {
      await this.#checkEpoch();
    } catch {
      // The host answers the hub but not (yet) the log's head: try again shortly.
      setTimeout(() => { if (this.#wanted) this.#subscribe(); }, 1000);
      return;
    }
    try {
      // The hub sends the backlog after our sequence before this call returns, then live changes.
      await this.#connection.invoke("Subscribe", this.#topic, this.lastSequence);
    } catch {
      return; // the connection dropped meanwhile: onreconnected or onclose takes over.
    }
    await this.#fillGap();
    this.#setState("connected");
  }

  async #checkEpoch() {
    const head = await api.head(this.#topic);
    if (this.epoch === null) {
      this.epoch = head.epoch;
      this.lastSequence = Math.max(this.lastSequence, head.sequence);
      return;
    }
    if (head.epoch !== this.epoch || head.sequence < this.lastSequence) {
      this.epoch = head.epoch;
      this.lastSequence = head.sequence;
      this.#pending.clear();
      for (const listener of this.#resetListeners) {
        try { listener(); } catch (error) { console.error(error); }
      }
    }
  }

  #receive(batch) {
    for (const change of batch) {
      if (change.topic === this.#topic && change.sequence > this.lastSequence) {
        this.#pending.set(change.sequence, change);
      }
    }
    this.#drain();
    if (this.#pending.size > 0 && !this.#gapTimer) {
      // Pushes of different grains may overtake one another; give the late one a moment.
      this.#gapTimer = setTimeout(() => { this.#gapTimer = 0; this.#fillGap(); }, 1500);
    }
  }

  #drain() {
    const applied = [];
    while (this.#pending.has(this.lastSequence + 1)) {
      const next = this.#pending.get(this.lastSequence + 1);
      this.#pending.delete(next.sequence);
      this.lastSequence = next.sequence;
      applied.push(next);
    }
    if (applied.length === 0) return;
    for (const listener of this.#listeners) {
      try { listener(applied); } catch (error) { console.error(error); }
    }
  }

  async #fillGap() {
    try {
      while (this.#pending.size > 0 && !this.#pending.has(this.lastSequence + 1)) {
        const page = await api.changes(this.#topic, this.lastSequence);
        if (page.length === 0) {
          // The log has nothing between: go on from what we hold rather than wait forever.
          this.lastSequence = Math.min(...this.#pending.keys()) - 1;
          this.#drain();
          break;
        }
        this.#receive(page);
      }
    } catch (error) {
      console.warn("Could not read the change log", error);
    }
  }

  #setState(state) {
    this.state = state;
    for (const listener of this.#stateListeners) listener(state);
  }
}

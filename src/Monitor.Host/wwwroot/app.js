"use strict";
// Third-party text is always written with textContent, never as HTML.
const rows = new Map();
const tbody = document.querySelector("#stories tbody");
const state = document.getElementById("connection");
let lastSequence = 0;

function showStory(s) {
  let row = rows.get(s.id);
  if (!row) {
    row = document.createElement("tr");
    row.dataset.story = s.id;
    for (let i = 0; i < 4; i++) row.appendChild(document.createElement("td"));
    rows.set(s.id, row);
    tbody.prepend(row);
  }
  const cells = row.children;
  cells[0].textContent = s.title;
  cells[1].textContent = s.articles;
  cells[2].textContent = s.sources;
  cells[3].textContent = s.divergences;
}

function setState(name) { state.dataset.state = name; state.textContent = name; }

const connection = new signalR.HubConnectionBuilder().withUrl("/hubs/monitor").withAutomaticReconnect().build();
connection.on("changes", changes => {
  for (const c of changes) {
    if (c.topic !== "all" || c.sequence <= lastSequence) continue;
    lastSequence = c.sequence;
    if (c.kind === "story.opened" || c.kind === "story.updated") showStory(c.payload);
  }
});
connection.onreconnecting(() => setState("reconnecting"));
connection.onreconnected(() => { setState("connected"); connection.invoke("Subscribe", "all", lastSequence); });
connection.onclose(() => setState("disconnected"));

async function start() {
  const stories = await (await fetch("/api/stories")).json();
  stories.forEach(showStory);
  await connection.start();
  setState("connected");
  await connection.invoke("Subscribe", "all", 0);
}
start();

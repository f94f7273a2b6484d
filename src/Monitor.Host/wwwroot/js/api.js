// Reads the snapshot API. A missing resource is null, any other failure an Error with the server's title.
export async function getJson(path) {
  const response = await fetch(path, { headers: { Accept: "application/json" } });
  if (response.status === 404) return null;
  if (!response.ok) {
    let title = response.statusText;
    try { title = (await response.json()).title ?? title; } catch { /* not ProblemDetails */ }
    throw new Error(`${path}: ${response.status} ${title}`);
  }
  return response.json();
}

export const api = {
  stories: () => getJson("/api/stories"),
  story: id => getJson("/api/stories/" + encodeURIComponent(id)),
  entity: id => getJson("/api/entities/" + encodeURIComponent(id)),
  source: id => getJson("/api/sources/" + encodeURIComponent(id)),
  changes: (topic, after) => getJson(`/api/changes?topic=${encodeURIComponent(topic)}&after=${after}`),
};

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

const id = value => encodeURIComponent(value);

export const api = {
  // params: URLSearchParams of q, source, entity, from, to, sort, page, pageSize.
  stories: params => getJson("/api/stories?" + params),
  story: storyId => getJson("/api/stories/" + id(storyId)),
  storyBlindspots: storyId => getJson(`/api/stories/${id(storyId)}/blindspots`),
  outlets: () => getJson("/api/outlets"),
  entity: entityId => getJson("/api/entities/" + id(entityId)),
  source: sourceId => getJson("/api/sources/" + id(sourceId)),
  sourceArticles: sourceId => getJson(`/api/sources/${id(sourceId)}/articles`),
  sourceBlindspots: (sourceId, min) => getJson(`/api/sources/${id(sourceId)}/blindspots?min=${min}`),
  head: topic => getJson("/api/changes/head?topic=" + id(topic)),
  changes: (topic, after) => getJson(`/api/changes?topic=${id(topic)}&after=${after}`),
};

// Builds DOM nodes. Every string becomes a text node: third-party text is never parsed as HTML.
export function h(tag, props, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key === "class") node.className = value;
    else if (key === "dataset") Object.assign(node.dataset, value);
    else if (key === "href") node.setAttribute("href", safeHref(value));
    else node.setAttribute(key, String(value));
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children) {
    if (child === undefined || child === null || child === false) continue;
    if (Array.isArray(child)) append(node, child);
    else if (child instanceof Node) node.appendChild(child);
    else node.appendChild(document.createTextNode(String(child)));
  }
}

// Only in-app routes and http(s) links: an article's url could be "javascript:".
export function safeHref(value) {
  const text = String(value);
  if (text.startsWith("#/")) return text;
  try {
    const url = new URL(text);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : "#/";
  } catch {
    return "#/";
  }
}

export function replace(container, ...children) {
  container.replaceChildren();
  append(container, children);
}

export const route = {
  stories: params => "#/" + (params && String(params) ? "?" + params : ""),
  story: id => "#/story/" + encodeURIComponent(id),
  entity: id => "#/entity/" + encodeURIComponent(id),
  source: id => "#/source/" + encodeURIComponent(id),
};

// dir="auto" isolates the text (HTML gives such elements unicode-bidi: isolate): a right-to-left
// outlet next to a right-to-left title, or a number after either, keeps its own direction.
export function sourceLink(id) {
  return h("a", { class: "source", href: route.source(id), dir: "auto" }, id);
}

export function list(items, render, separator = ", ") {
  return items.flatMap((item, i) => (i === 0 ? [render(item)] : [separator, render(item)]));
}

export function time(at) {
  if (!at) return h("span", { class: "muted" }, "undated");
  const date = new Date(at);
  return h("time", { datetime: date.toISOString(), title: date.toLocaleString() },
    date.toLocaleString([], { month: "short", day: "numeric", hour: "2-digit", minute: "2-digit", second: "2-digit" }));
}

export function plural(n, one, many = one + "s") {
  return `${n} ${n === 1 ? one : many}`;
}

// "other:el salvador" is shown as "el salvador" with its kind aside.
export function entityLabel(id) {
  const colon = id.indexOf(":");
  return colon < 0 ? id : id.slice(colon + 1);
}

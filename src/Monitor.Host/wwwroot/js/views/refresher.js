import { h, replace } from "../dom.js";

// Reloads a page's data when changes touch it: one load at a time, and one more if changes
// arrived meanwhile, so a burst of changes costs two requests, not one each.
export function refresher(load, container) {
  let running = null;
  let again = false;
  const run = async () => {
    if (running) { again = true; return running; }
    running = (async () => {
      do {
        again = false;
        try {
          await load();
        } catch (error) {
          replace(container, h("p", { class: "error" }, "Could not load this page: ", error.message));
        }
      } while (again);
      running = null;
    })();
    return running;
  };
  return run;
}

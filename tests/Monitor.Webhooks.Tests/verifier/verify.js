// Reads [{secret, id, timestamp, signature, body}] on stdin; prints [{id, ok, error}] on stdout.
const { Webhook } = require("standardwebhooks");

let input = "";
process.stdin.setEncoding("utf8");
process.stdin.on("data", (chunk) => (input += chunk));
process.stdin.on("end", () => {
  const results = JSON.parse(input).map((d) => {
    try {
      new Webhook(d.secret).verify(d.body, {
        "webhook-id": d.id,
        "webhook-timestamp": d.timestamp,
        "webhook-signature": d.signature,
      });
      return { id: d.id, ok: true, error: null };
    } catch (e) {
      return { id: d.id, ok: false, error: String(e && e.message ? e.message : e) };
    }
  });
  process.stdout.write(JSON.stringify(results));
});

// Drives Firefox through WebDriver BiDi (Firefox's --remote-debugging-port) for browser_fill.sh: installs
// the packed extension as a temporary add-on (webExtension.install, as about:debugging would), or points
// the first tab at a page. Firefox runs once, and each page is loaded after the extension is up, as
// content scripts only enter pages loaded after it. Needs Node's WebSocket (Node 22, or 20 with
// --experimental-websocket).
// Usage: node [--experimental-websocket] bidi_navigate.mjs WS_URL PAGE_URL
//        node [--experimental-websocket] bidi_navigate.mjs WS_URL --install XPI   (prints the add-on's id)
const [endpoint, page, archive] = process.argv.slice(2);
if (typeof WebSocket === "undefined") {
  console.error("bidi_navigate: this Node has no WebSocket (Node 22, or 20 with --experimental-websocket)");
  process.exit(2);
}
const socket = new WebSocket(`${endpoint}/session`);
let next = 0;
const waiting = new Map();
function send(method, params) {
  const id = ++next;
  socket.send(JSON.stringify({ id, method, params }));
  return new Promise((resolve, reject) => waiting.set(id, { resolve, reject }));
}
socket.onmessage = (event) => {
  const message = JSON.parse(event.data);
  const w = waiting.get(message.id);
  if (!w) return;
  waiting.delete(message.id);
  if (message.type === "error") w.reject(new Error(`${message.error}: ${message.message}`));
  else w.resolve(message.result);
};
setTimeout(() => { console.error("bidi_navigate: no answer in 20 s"); process.exit(1); }, 20000);
socket.onerror = () => { console.error(`bidi_navigate: cannot reach ${endpoint}`); process.exit(1); };
socket.onopen = async () => {
  try {
    await send("session.new", { capabilities: {} });
    if (page === "--install") {
      const installed = await send("webExtension.install", { extensionData: { type: "archivePath", path: archive } });
      console.log(installed.extension);
    } else {
      const tree = await send("browsingContext.getTree", { maxDepth: 0 });
      await send("browsingContext.navigate", { context: tree.contexts[0].context, url: page, wait: "none" });
    }
    await send("session.end", {});
    process.exit(0);
  } catch (error) {
    console.error(`bidi_navigate: ${error.message}`);
    process.exit(1);
  }
};

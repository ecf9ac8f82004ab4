// Acts on a Chromium page as a person would, through the DevTools protocol: a real mouse press and
// release, or a picture of the page. browser_fill.sh presses the extension's buttons, which sit in closed
// shadow roots no script of the page can reach (DevTools sees into them); scripts/browser-screenshots.sh
// takes the filled page's picture. The page is the first tab whose address contains URL_PART.
// Usage: node [--experimental-websocket] cdp_page.mjs DEVTOOLS_URL URL_PART ACTION
//   --field SELECTOR FROM_RIGHT_PX   click FROM_RIGHT_PX left of the field's right edge, halfway down
//                                    (the in-field button)
//   --button TEXT                    click the middle of the button, in any shadow root, whose text is TEXT
//   --screenshot OUT.png             save a PNG of the page
import { writeFileSync } from "node:fs";
const [devtools, urlPart, mode, what, fromRight] = process.argv.slice(2);
setTimeout(() => { console.error("cdp_page: no answer in 20 s"); process.exit(1); }, 20000);
const tabs = await (await fetch(`${devtools}/json/list`)).json();
const tab = tabs.find((t) => t.type === "page" && t.url.includes(urlPart));
if (!tab) {
  console.error(`cdp_page: no tab at an address with "${urlPart}"`);
  process.exit(1);
}
const socket = new WebSocket(tab.webSocketDebuggerUrl);
let next = 0;
const waiting = new Map();
function call(method, params) {
  const id = ++next;
  socket.send(JSON.stringify({ id, method, params }));
  return new Promise((resolve, reject) => waiting.set(id, { resolve, reject }));
}
socket.onmessage = (event) => {
  const message = JSON.parse(event.data);
  const pending = waiting.get(message.id);
  if (!pending) return;
  waiting.delete(message.id);
  if (message.error) pending.reject(new Error(JSON.stringify(message.error)));
  else pending.resolve(message.result);
};
// The box of the first <button> under `node` whose own text is `text`: [x, y] of its middle.
function findButton(node, text) {
  const own = (node.children ?? []).filter((c) => c.nodeType === 3).map((c) => c.nodeValue).join("");
  if (node.nodeName === "BUTTON" && own === text) return node;
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
    const found = findButton(child, text);
    if (found) return found;
  }
  return null;
}

async function point() {
  if (mode === "--field") {
    const box = await call("Runtime.evaluate", {
      expression: `JSON.stringify(document.querySelector(${JSON.stringify(what)}).getBoundingClientRect())`,
      returnByValue: true,
    });
    const rect = JSON.parse(box.result.value);
    return [rect.right - Number(fromRight), rect.top + rect.height / 2];
  }
  const { root } = await call("DOM.getDocument", { depth: -1, pierce: true });
  const button = findButton(root, what);
  if (!button) throw new Error(`no button "${what}" on the page`);
  const { model } = await call("DOM.getBoxModel", { backendNodeId: button.backendNodeId });
  const [x1, y1, , , x3, y3] = model.content;
  return [(x1 + x3) / 2, (y1 + y3) / 2];
}

socket.onopen = async () => {
  try {
    if (mode === "--screenshot") {
      const shot = await call("Page.captureScreenshot", { format: "png" });
      writeFileSync(what, Buffer.from(shot.data, "base64"));
    } else {
      const [x, y] = await point();
      for (const type of ["mouseMoved", "mousePressed", "mouseReleased"])
        await call("Input.dispatchMouseEvent", { type, x, y, button: "left", clickCount: type === "mouseMoved" ? 0 : 1 });
    }
    process.exit(0);
  } catch (error) {
    console.error(`cdp_page: ${error.message}`);
    process.exit(1);
  }
};

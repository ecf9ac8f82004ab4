// Clicks a Chromium page as a person would, through the DevTools protocol: a real mouse press and
// release at a point given relative to an element's box (browser_fill.sh presses the extension's
// in-field button, which sits in a closed shadow root no script of the page can reach).
// Usage: node [--experimental-websocket] cdp_click.mjs PAGE_WEBSOCKET_URL SELECTOR FROM_RIGHT_PX
const [endpoint, selector, fromRight] = process.argv.slice(2);
const socket = new WebSocket(endpoint);
setTimeout(() => { console.error("cdp_click: no answer in 20 s"); process.exit(1); }, 20000);
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
socket.onopen = async () => {
  try {
    const box = await call("Runtime.evaluate", {
      expression: `JSON.stringify(document.querySelector(${JSON.stringify(selector)}).getBoundingClientRect())`,
      returnByValue: true,
    });
    const rect = JSON.parse(box.result.value);
    const x = rect.right - Number(fromRight), y = rect.top + rect.height / 2;
    for (const type of ["mouseMoved", "mousePressed", "mouseReleased"])
      await call("Input.dispatchMouseEvent", { type, x, y, button: "left", clickCount: type === "mouseMoved" ? 0 : 1 });
    process.exit(0);
  } catch (error) {
    console.error(`cdp_click: ${error.message}`);
    process.exit(1);
  }
};

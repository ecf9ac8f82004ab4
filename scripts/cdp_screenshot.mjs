// Saves a PNG of a Chromium page through the DevTools protocol (scripts/browser-screenshots.sh).
// Usage: node [--experimental-websocket] cdp_screenshot.mjs PAGE_WEBSOCKET_URL OUT.png
import { writeFileSync } from "node:fs";
const [endpoint, out] = process.argv.slice(2);
const socket = new WebSocket(endpoint);
setTimeout(() => { console.error("cdp_screenshot: no answer in 20 s"); process.exit(1); }, 20000);
socket.onopen = () => socket.send(JSON.stringify({ id: 1, method: "Page.captureScreenshot", params: { format: "png" } }));
socket.onmessage = (event) => {
  const message = JSON.parse(event.data);
  if (message.id !== 1) return;
  if (!message.result) { console.error(`cdp_screenshot: ${JSON.stringify(message.error)}`); process.exit(1); }
  writeFileSync(out, Buffer.from(message.result.data, "base64"));
  process.exit(0);
};

// The extension's background: the only part that speaks to Tessera (through the native messaging host
// tessera-browser-host, docs/BROWSER.md). A content script asks it to fill; it takes the site from the
// browser's own record of the tab (never from the page), refuses frames of another origin, pairs once,
// and asks the app for the code of that site with a sealed request. The code goes to the asking frame
// and is not kept.
"use strict";

if (typeof TesseraPairing === "undefined") importScripts("pairing.js"); // Chromium's service worker

const api = globalThis.browser ?? globalThis.chrome;
const HOST = "io.github.tessera_authenticator.tessera";

// As the pairing prompt names this browser: "Allow Chromium to request codes?"
function browserName() {
  if (navigator.userAgent.includes("Firefox/")) return "Firefox";
  const brands = (navigator.userAgentData?.brands ?? []).map((b) => b.brand).filter((b) => !/not.a.brand/i.test(b));
  return brands.find((b) => b !== "Chromium") ?? brands[0] ?? "Chromium";
}

function newId() {
  return Array.from(crypto.getRandomValues(new Uint8Array(12)), (b) => b.toString(16).padStart(2, "0")).join("");
}

// The host's answer, or {type: "nohost"} when the browser could not start it (not installed).
async function toHost(message) {
  try {
    return (await api.runtime.sendNativeMessage(HOST, message)) ?? { type: "nohost" };
  } catch (error) {
    return { type: "nohost" };
  }
}

// The pair's key: kept after the first pairing; otherwise the app asks the user (hello). Several frames
// asking at once share one hello.
let pairingUnderWay = null;
async function pairing(keys) {
  const kept = await TesseraPairing.load("pair");
  if (kept) return { key: kept.key };
  if (!pairingUnderWay) {
    pairingUnderWay = (async () => {
      const id = newId();
      const answer = await toHost({ v: 1, id, type: "hello", browser: browserName(), key: TesseraPairing.toBase64(keys.publicRaw) });
      if (answer.type !== "paired" || answer.id !== id) return { status: answer.type ?? "nohost" };
      const appRaw = TesseraPairing.fromBase64(answer.key ?? "");
      if (appRaw.length !== 32) return { status: "refused" };
      const key = await TesseraPairing.pairKey(keys, appRaw);
      await TesseraPairing.save("pair", { key });
      return { key };
    })().finally(() => { pairingUnderWay = null; });
  }
  return pairingUnderWay;
}

async function requestCode(site, frame, account, mayPairAgain = true) {
  let keys;
  try {
    keys = await TesseraPairing.ownKeys();
  } catch (error) {
    return { status: "unsupported" }; // no X25519 in this browser's WebCrypto
  }
  const pair = await pairing(keys);
  if (!pair.key) return { status: pair.status };
  const id = newId();
  const request = { site, frame, at: Date.now() };
  if (account) request.account = account;
  const sealed = await TesseraPairing.seal(pair.key, id, request);
  const answer = await toHost({ v: 1, id, type: "code", key: TesseraPairing.toBase64(keys.publicRaw), sealed });
  if (answer.type === "unpaired" && mayPairAgain) {
    // Forgotten in Tessera's settings (or another vault): pair again, which asks the user again.
    await TesseraPairing.forget("pair");
    return requestCode(site, frame, account, false);
  }
  if (answer.type !== "sealed" || answer.id !== id) return { status: answer.type ?? "nohost" };
  try {
    return { status: "answered", ...(await TesseraPairing.open(pair.key, id, answer.sealed)) };
  } catch (error) {
    return { status: "unpaired" };
  }
}

// Which site and frame asks: the tab's host, as the browser records it; a frame only when it is of the
// tab's own origin.
async function fill(message, sender) {
  // "elsewhere": not a page Tessera fills (another origin's frame, a page that is not http or https).
  if (!sender.tab?.url || !sender.url) return { status: "elsewhere" };
  const top = new URL(sender.tab.url);
  if (top.protocol !== "https:" && top.protocol !== "http:") return { status: "elsewhere" };
  let frame = "top";
  if (sender.frameId !== 0) {
    if (new URL(sender.url).origin !== top.origin) return { status: "elsewhere" };
    frame = "same-origin";
  }
  const account = typeof message.account === "string" ? message.account : undefined;
  return requestCode(top.hostname, frame, account);
}

api.runtime.onMessage.addListener((message, sender, sendResponse) => {
  if (message?.type !== "tessera-fill") return false;
  fill(message, sender).then(sendResponse, () => sendResponse({ status: "failed" }));
  return true; // answered later
});

// "Fill code from Tessera" on any text field, for pages whose code field the content script did not recognise.
api.runtime.onInstalled.addListener(() => {
  api.contextMenus.create({ id: "tessera-fill", title: api.i18n.getMessage("fillCodeFromTessera"), contexts: ["editable"] });
});
api.contextMenus.onClicked.addListener((info, tab) => {
  if (info.menuItemId === "tessera-fill" && tab?.id !== undefined)
    api.tabs.sendMessage(tab.id, { type: "tessera-fill-focused" }, { frameId: info.frameId ?? 0 });
});

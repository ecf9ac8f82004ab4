// The extension's half of the pairing with Tessera (docs/BROWSER.md, "Pairing"), in WebCrypto: its own
// X25519 key pair, made once, whose secret half cannot be read back out of the browser (non-extractable,
// kept in IndexedDB); the pair's AES-256-GCM key, derived from the app's public key exactly as the app
// derives it (X25519, then HKDF-SHA-256 salted with both public keys); and sealing with it, with the
// message's id as associated data. The extension keeps no other secret.
"use strict";

const TesseraPairing = (() => {
  const INFO = new TextEncoder().encode("tessera browser pairing 1");
  const DATABASE = "tessera";
  const STORE = "pairing";

  function database() {
    return new Promise((resolve, reject) => {
      const request = indexedDB.open(DATABASE, 1);
      request.onupgradeneeded = () => request.result.createObjectStore(STORE);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  }

  async function stored(name, change) {
    const db = await database();
    try {
      return await new Promise((resolve, reject) => {
        const transaction = db.transaction(STORE, change ? "readwrite" : "readonly");
        const request = change ? change(transaction.objectStore(STORE)) : transaction.objectStore(STORE).get(name);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    } finally {
      db.close();
    }
  }
  const load = (name) => stored(name);
  const save = (name, value) => stored(name, (store) => store.put(value, name));
  const forget = (name) => stored(name, (store) => store.delete(name));

  function concat(a, b) {
    const joined = new Uint8Array(a.length + b.length);
    joined.set(a);
    joined.set(b, a.length);
    return joined;
  }
  const toBase64 = (bytes) => btoa(String.fromCharCode(...bytes));
  const fromBase64 = (text) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

  // The key pair this browser profile is known by; made on first use.
  async function ownKeys() {
    let keys = await load("keys");
    if (!keys) {
      const made = await crypto.subtle.generateKey({ name: "X25519" }, false, ["deriveBits"]);
      keys = { privateKey: made.privateKey, publicRaw: new Uint8Array(await crypto.subtle.exportKey("raw", made.publicKey)) };
      await save("keys", keys);
    }
    return keys;
  }

  // The pair's key for the app's public key; refused for a key of low order (an all-zero result).
  async function pairKey(keys, appRaw) {
    const appPublic = await crypto.subtle.importKey("raw", appRaw, { name: "X25519" }, false, []);
    const shared = new Uint8Array(await crypto.subtle.deriveBits({ name: "X25519", public: appPublic }, keys.privateKey, 256));
    if (shared.every((b) => b === 0)) throw new Error("the app's key is of low order");
    const material = await crypto.subtle.importKey("raw", shared, "HKDF", false, ["deriveKey"]);
    shared.fill(0);
    return crypto.subtle.deriveKey(
      { name: "HKDF", hash: "SHA-256", salt: concat(keys.publicRaw, appRaw), info: INFO },
      material, { name: "AES-GCM", length: 256 }, false, ["encrypt", "decrypt"]);
  }

  // nonce (12 bytes) ‖ ciphertext ‖ tag, in Base64.
  async function seal(key, id, message) {
    const nonce = crypto.getRandomValues(new Uint8Array(12));
    const plain = new TextEncoder().encode(JSON.stringify(message));
    const sealed = await crypto.subtle.encrypt({ name: "AES-GCM", iv: nonce, additionalData: new TextEncoder().encode(id) }, key, plain);
    return toBase64(concat(nonce, new Uint8Array(sealed)));
  }

  // The opened answer; throws when it was not sealed with this key for this id.
  async function open(key, id, sealedBase64) {
    const sealed = fromBase64(sealedBase64);
    const plain = await crypto.subtle.decrypt(
      { name: "AES-GCM", iv: sealed.slice(0, 12), additionalData: new TextEncoder().encode(id) }, key, sealed.slice(12));
    return JSON.parse(new TextDecoder().decode(plain));
  }

  return { ownKeys, pairKey, seal, open, load, save, forget, toBase64, fromBase64 };
})();

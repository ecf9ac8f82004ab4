// The extension on a page: finds the code field (fields.js), asks the background for the code of the
// tab's site, and fills it. A field it is not sure of gets a small button instead; a locked or absent
// Tessera, several accounts, or a refusal is said in a small note under the field (in a closed shadow
// root, so the page cannot read or restyle it). Nothing runs in a frame too small to be seen; the
// background refuses frames of another origin.
"use strict";

(() => {
  const api = globalThis.browser ?? globalThis.chrome;
  if (window !== window.top && (window.innerWidth < 40 || window.innerHeight < 20)) return; // a hidden frame

  // In the browser's language (_locales/): the note for each state the background can answer.
  const text = (name) => api.i18n.getMessage(name);
  const HINTS = {
    locked: "hintLocked", absent: "hintAbsent", nohost: "hintNohost", refused: "hintRefused",
    expired: "hintExpired", unpaired: "hintUnpaired", unsupported: "hintUnsupported", failed: "hintFailed",
  };
  const handled = new WeakSet();
  let note = null;

  function removeNote() {
    note?.remove();
    note = null;
  }

  const STYLE = `
    div { font: 13px/1.4 system-ui, sans-serif; color: #1d2430; background: #fff; border: 1px solid #c9d1dc;
          border-radius: 8px; padding: 8px 10px; box-shadow: 0 4px 14px rgba(0,0,0,.15); max-width: 320px; }
    b { color: #3451b2; margin-right: 6px; }
    button { font: inherit; margin: 6px 6px 0 0; padding: 4px 10px; border-radius: 6px; border: 1px solid #3451b2;
             background: #3451b2; color: #fff; cursor: pointer; }
    button.quiet { background: #fff; color: #3451b2; }
    button.inside { font: 12px/1.2 system-ui, sans-serif; margin: 0; padding: 3px 8px; }`;

  // A small box under the field, or (`inside`) a bare button at the field's right edge; `build` fills
  // its closed shadow root.
  function showNote(field, state, build, inside = false) {
    removeNote();
    note = document.createElement("tessera-note");
    note.setAttribute("data-tessera-hint", state);
    const box = field.getBoundingClientRect();
    Object.assign(note.style, inside
      ? { position: "absolute", zIndex: "2147483647", left: `${box.right + window.scrollX - 4}px`,
          top: `${box.top + window.scrollY + box.height / 2}px`, transform: "translate(-100%, -50%)" }
      : { position: "absolute", zIndex: "2147483647", left: `${box.left + window.scrollX}px`,
          top: `${box.bottom + window.scrollY + 4}px` });
    const shadow = note.attachShadow({ mode: "closed" });
    const style = document.createElement("style");
    style.textContent = STYLE;
    if (inside) {
      build(shadow);
    } else {
      const body = document.createElement("div");
      const title = document.createElement("b");
      title.textContent = "Tessera";
      body.append(title);
      build(body);
      shadow.append(body);
    }
    shadow.prepend(style);
    document.body.append(note);
  }

  function say(field, state, retry) {
    showNote(field, state, (body) => {
      body.append(document.createTextNode(text(HINTS[state] ?? HINTS.failed)));
      if (retry) body.append(button(text("fillCode"), retry));
    });
  }

  function button(text, onClick, kind) {
    const b = document.createElement("button");
    b.textContent = text;
    if (kind) b.className = kind;
    b.addEventListener("click", (event) => { event.preventDefault(); onClick(); });
    return b;
  }

  async function ask(target, account) {
    let answer;
    try {
      answer = await api.runtime.sendMessage({ type: "tessera-fill", account });
    } catch (error) {
      answer = { status: "failed" };
    }
    const field = target.inputs[0];
    if (answer?.status === "elsewhere") return removeNote(); // a frame or page Tessera does not fill
    if (answer?.status !== "answered") {
      say(field, answer?.status ?? "failed", () => ask(target, account));
      return;
    }
    if (typeof answer.code === "string" && /^[0-9A-Za-z]{4,10}$/.test(answer.code)) {
      removeNote();
      TesseraFields.fill(target, answer.code);
    } else if (Array.isArray(answer.choose)) {
      showNote(field, "choose", (body) => {
        body.append(document.createTextNode(text("whichAccount")));
        body.append(document.createElement("br"));
        for (const choice of answer.choose)
          body.append(button(String(choice.account), () => ask(target, String(choice.id)), "quiet"));
      });
    } else {
      removeNote(); // "never" or no account for this site: nothing to say on the page
    }
  }

  // A small "Fill code" button in a field that may not be a code field: filled only when pressed.
  function offer(target) {
    const field = target.inputs[0];
    showNote(field, "offer", (root) => {
      const fill = button(text("fillCode"), () => ask(target), "inside");
      fill.title = text("fillCodeFromTessera");
      root.append(fill);
    }, true);
  }

  function scan() {
    const target = TesseraFields.find(document);
    if (!target || handled.has(target.inputs[0])) return;
    handled.add(target.inputs[0]);
    if (target.certain) ask(target);
    else offer(target);
  }

  // Sign-in pages often show the code step later, without loading a page.
  let pending = null;
  new MutationObserver(() => {
    if (!pending) pending = setTimeout(() => { pending = null; scan(); }, 300);
  }).observe(document.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ["style", "class", "hidden"] });
  scan();

  // The context menu's "Fill code from Tessera": the field that has the keyboard.
  api.runtime.onMessage.addListener((message) => {
    const field = document.activeElement;
    if (message?.type === "tessera-fill-focused" && TesseraFields.isCandidate(field))
      ask({ kind: "single", inputs: [field], certain: true });
  });
})();

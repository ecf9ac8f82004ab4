// Finding a page's one-time-code field, and filling it the way a person's typing would reach the page's
// own code. In order: a field marked autocomplete="one-time-code" (the standard's way), a row of 4 to 8
// one-character boxes (each gets one digit), then a field whose name, id, label or hint says it is a
// code of the second step ("otp", "2fa", "verification code"…). Only visible, editable fields count.
// A field named only "code" or "token" is not certain: the page offers a small button instead.
"use strict";

const TesseraFields = (() => {
  const CERTAIN = /one[-_ ]?time|\botp\b|otp[-_]?code|totp|2fa|two[-_ ]?(factor|step)|\bmfa\b|multi[-_ ]?factor|verification|verify|authenticat(or|ion)[-_ ]?code|auth[-_]?code|security[-_ ]?code|passcode|sms[-_ ]?code|login[-_ ]?code|einmal|bestätigung|código/i;
  const UNSURE = /code|token|\bpin\b|digits/i;
  const NOT_A_CODE = /zip|postal|post[-_ ]?code|promo|coupon|voucher|gift|country|area[-_ ]?code|phone|captcha|search|e-?mail|user|card|cvc|cvv|iban|referr?al|invite/i;
  const TEXT_TYPES = new Set(["", "text", "tel", "number", "password"]);

  function isCandidate(input) {
    if (!(input instanceof HTMLInputElement) || !TEXT_TYPES.has(input.type) || input.disabled || input.readOnly) return false;
    const box = input.getBoundingClientRect();
    const style = getComputedStyle(input);
    return box.width > 0 && box.height > 0 && style.visibility !== "hidden" && style.display !== "none" && style.opacity !== "0";
  }

  // What the page says about the field: its names, hints and labels.
  function description(input) {
    const parts = [input.name, input.id, input.placeholder, input.getAttribute("aria-label"), input.className];
    for (const label of input.labels ?? []) parts.push(label.textContent);
    for (const id of (input.getAttribute("aria-labelledby") ?? "").split(/\s+/).filter(Boolean))
      parts.push(document.getElementById(id)?.textContent);
    return parts.filter(Boolean).join(" ");
  }

  const wantsOneTimeCode = (input) => (input.getAttribute("autocomplete") ?? "").toLowerCase().split(/\s+/).includes("one-time-code");

  // 4 to 8 one-character fields side by side under one parent (or a parent's parent).
  function digitBoxes(inputs) {
    const single = inputs.filter((i) => i.maxLength === 1);
    const groups = new Map();
    for (const input of single) {
      const holder = input.parentElement?.childElementCount === 1 ? input.parentElement.parentElement : input.parentElement;
      if (!groups.has(holder)) groups.set(holder, []);
      groups.get(holder).push(input);
    }
    for (const group of groups.values()) if (group.length >= 4 && group.length <= 8) return group;
    return null;
  }

  function find(root) {
    const inputs = Array.from(root.querySelectorAll("input")).filter(isCandidate);
    const boxes = digitBoxes(inputs);
    if (boxes) return { kind: "boxes", inputs: boxes, certain: true };
    const marked = inputs.find(wantsOneTimeCode);
    if (marked) return { kind: "single", inputs: [marked], certain: true };
    const described = inputs.map((input) => ({ input, text: description(input) })).filter((d) => !NOT_A_CODE.test(d.text));
    const certain = described.find((d) => CERTAIN.test(d.text));
    if (certain) return { kind: "single", inputs: [certain.input], certain: true };
    const unsure = described.find((d) => UNSURE.test(d.text));
    return unsure ? { kind: "single", inputs: [unsure.input], certain: false } : null;
  }

  // The value as typing sets it: through the element's own value setter (not one a framework such as
  // React put on the element to watch it), then the events frameworks listen to.
  function setValue(input, value) {
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value").set;
    input.focus();
    setter.call(input, value);
    input.dispatchEvent(new Event("input", { bubbles: true }));
    input.dispatchEvent(new Event("change", { bubbles: true }));
  }

  function fill(target, code) {
    if (target.kind === "boxes") {
      target.inputs.forEach((box, i) => setValue(box, code[i] ?? ""));
    } else {
      setValue(target.inputs[0], code);
    }
  }

  return { find, fill, isCandidate };
})();

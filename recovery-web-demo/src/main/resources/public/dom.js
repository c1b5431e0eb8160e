// What the account and invitation modules share: finding an element by id and making one.
export const $ = (id) => document.getElementById(id);

// A new element: attributes from `attrs` (`text` sets its text; null, undefined and false are
// left out, true is an empty attribute), then the children that are there.
export function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'text') e.textContent = v; else e.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children) if (c !== null && c !== undefined) e.append(c);
  return e;
}

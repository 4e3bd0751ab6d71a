// DOM helpers. Upload text only ever becomes a text node: nothing here parses HTML.

/**
 * Creates an element. `attrs`: `class`, `on<event>` listeners, anything else as an attribute.
 * Children are nodes or values shown as text.
 */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value == null || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child == null || child === false) continue;
    node.append(child instanceof Node ? child : String(child));
  }
  return node;
}

/** A link for a website from the data, or null when it is not a plain http(s) URL. */
export function safeLink(url, text) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  return el('a', { href: parsed.href, target: '_blank', rel: 'noopener noreferrer' }, text ?? url);
}

// Updating a part of the page without taking away what someone is in the middle of.

/**
 * A text field someone is using: it holds text that was not saved yet. A field that only has the
 * focus (its text saved, or none typed) does not hold its part of the page back: the part is
 * updated, and the focus carried over to the same field in it (see morph).
 */
function inUse(field) {
  return field.value !== field.defaultValue;
}

/** How to find the focused element again in a redrawn part: by data-focus, id or name. */
function focusKey(element) {
  if (!(element instanceof Element)) return null;
  if (element.dataset && element.dataset.focus) return '[data-focus="' + CSS.escape(element.dataset.focus) + '"]';
  if (element.id) return '#' + CSS.escape(element.id);
  const name = element.getAttribute('name');
  return name ? element.tagName.toLowerCase() + '[name="' + CSS.escape(name) + '"]' : null;
}

const TEXT_FIELDS = 'textarea, input:not([type]), input[type=text], input[type=number], input[type=date], input[type=search]';

/** Whether a node holds a text field someone is using. */
export function busy(node) {
  if (!(node instanceof Element)) return false;
  if (node.matches(TEXT_FIELDS) && inUse(node)) return true;
  return [...node.querySelectorAll(TEXT_FIELDS)].some(inUse);
}

const keyOf = node => node instanceof Element ? (node.dataset.key || node.id || null) : null;

/**
 * Makes the container hold the given nodes, in order, except that a child someone is using (see
 * busy) stays as it is where the new nodes have one with the same key (data-key or id): when both
 * have keyed children, those are updated the same way, else the old child is kept whole. So a
 * live update never takes unsaved text from a field; and a focused element that is redrawn hands
 * its focus and caret to its counterpart.
 */
export function morph(container, nodes) {
  const focused = document.activeElement;
  const carried = focused && focused !== document.body && container.contains(focused) ? focusKey(focused) : null;
  const old = new Map();
  for (const child of container.children) {
    const key = keyOf(child);
    if (key) old.set(key, child);
  }
  const next = nodes.filter(node => node !== null && node !== undefined && node !== false).map(node => {
    const key = keyOf(node);
    const previous = key ? old.get(key) : null;
    if (!previous || !busy(previous)) return node;
    const keyedChildren = [...node.children].some(child => keyOf(child));
    if (keyedChildren && previous.tagName === node.tagName) {
      morph(previous, [...node.children]);
      return previous;
    }
    return previous;
  });
  // What goes is taken out first, and only what moved is moved: a kept node is never taken out of
  // the page (that would take its focus), unless the order really changed around it.
  const staying = new Set(next);
  [...container.children].filter(child => !staying.has(child)).forEach(child => child.remove());
  next.forEach((node, index) => {
    if (container.children[index] !== node) container.insertBefore(node, container.children[index] || null);
  });
  // The focused element was redrawn: give the focus (and the caret) to the same element in its new part.
  if (carried && !container.contains(focused)) {
    const again = container.querySelector(carried);
    if (again) {
      again.focus();
      if (typeof focused.selectionStart === 'number' && typeof again.setSelectionRange === 'function') {
        try {
          again.setSelectionRange(focused.selectionStart, focused.selectionEnd);
        } catch (e) {
          // Not every field keeps a caret (a number field, say).
        }
      }
    }
  }
}

/** Marks a field's text as saved, so that the next update may replace it. */
export function saved(field) {
  if (field) field.defaultValue = field.value;
}

/** Dark enough for white initials (contrast 4.5:1 or more), and far enough apart to tell people apart. */
const AVATAR_COLOURS = ['#3b4a5a', '#8a3b12', '#1f5f3a', '#5b2a86', '#1d4f91', '#8b1e3f', '#6b4e00', '#00606b'];

/**
 * A person's colour on a board: by their place among its participants, so the first eight on a
 * board all differ; someone not among them gets one from their id.
 */
export function colourFor(id, participants = []) {
  const place = participants.indexOf(id);
  if (place >= 0) return AVATAR_COLOURS[place % AVATAR_COLOURS.length];
  let hash = 0;
  for (const c of String(id)) hash = (hash * 31 + c.codePointAt(0)) >>> 0;
  return AVATAR_COLOURS[hash % AVATAR_COLOURS.length];
}

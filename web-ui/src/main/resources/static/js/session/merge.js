// The one generic merge of a session's typed live messages, for every kind: the
// header over the view's own fields, each upserted item in place of the one with its id in its
// collection (or added at the end), each removed item taken out. Pure: tested on its own.

/** Applies one message to the view, in place; answers the view. */
export function merge(view, message) {
  if (message.header) Object.assign(view, message.header);
  for (const {collection, item} of message.upserts || []) {
    const items = view[collection] || (view[collection] = []);
    const at = items.findIndex(existing => existing.id === item.id);
    if (at >= 0) items[at] = item;
    else items.push(item);
  }
  for (const {collection, id} of message.removals || []) {
    if (view[collection]) view[collection] = view[collection].filter(existing => existing.id !== id);
  }
  return view;
}

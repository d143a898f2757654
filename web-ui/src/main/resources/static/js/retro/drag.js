// Grouping by dragging: a card dropped on a card groups them (joining the target's group if it
// has one), dropped on a group joins it, dropped on a column moves it there.

export function dragging(card) {
  return {
    draggable: 'true',
    ondragstart: event => { event.dataTransfer.setData('text/x-card', card.id); event.dataTransfer.effectAllowed = 'move'; },
    ondragover: event => { event.preventDefault(); event.stopPropagation(); },
  };
}

/** The drop handlers, given how to find a card and how to send a command. */
export function drops(findCard, command) {
  const dragged = event => {
    event.preventDefault();
    event.stopPropagation();
    const card = findCard(event.dataTransfer.getData('text/x-card'));
    return card && card.id ? card : null;
  };
  return {
    onCard(event, target) {
      const card = dragged(event);
      if (!card || card.id === target.id) return;
      if (card.column !== target.column) {
        command('PUT', '/cards/' + card.id + '/column', {column: target.column});
      } else if (target.groupId) {
        command('POST', '/groups/' + encodeURIComponent(target.groupId) + '/cards', {cardIds: [card.id]});
      } else {
        command('POST', '/groups', {cardIds: [target.id, card.id]});
      }
    },
    onGroup(event, group) {
      const card = dragged(event);
      if (!card || card.groupId === group.id) return;
      if (card.column !== group.column) {
        command('PUT', '/cards/' + card.id + '/column', {column: group.column});
      } else {
        command('POST', '/groups/' + encodeURIComponent(group.id) + '/cards', {cardIds: [card.id]});
      }
    },
    onColumn(event, column) {
      const card = dragged(event);
      if (!card) return;
      if (card.column !== column) command('PUT', '/cards/' + card.id + '/column', {column});
      else if (card.groupId) command('DELETE', '/cards/' + card.id + '/group');
    },
  };
}

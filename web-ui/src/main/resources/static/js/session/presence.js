// Who is here, for every kind of session: avatars with initials and a colour each, the viewer
// first once connected. Shared by every session page.
import {el, t} from '../i18n.js';
import {initials} from '../api.js';
import {colourFor} from '../dom.js';

/**
 * Draws the people present into {@code box}.
 *
 * @param present      [{id, displayName}] as the presence topic says
 * @param you          the viewer's id, shown while connected even before the topic says so
 * @param youName      the viewer's name
 * @param participants the session's participants, whose order gives the colours
 */
export function renderPresence(box, present, {you, youName, connected, participants = []}) {
  const here = [...present];
  if (you && connected && !here.some(person => person.id === you)) {
    here.unshift({id: you, displayName: youName || t('you')});
  }
  box.replaceChildren(el('span', {class: 'presence-label'}, t('present') + ':'),
    ...here.map(person => el('span', {class: 'avatar', title: person.displayName, 'data-person': person.id,
      style: 'background:' + colourFor(person.id, participants)},
      el('span', {'aria-hidden': 'true'}, initials(person.displayName)),
      el('span', {class: 'sr-only'}, person.displayName))));
}

/** The people present on a session page's board (null while it loads), in the page's #presence. */
export function showBoardPresence(present, board, connected) {
  renderPresence(document.getElementById('presence'), present, {you: board && board.you,
    youName: board && board.people[board.you], connected, participants: board ? board.participants : []});
}

// The live retro board: the board as the server folds it, kept in step by LiveSync, drawn so
// that a live update never takes away what someone is typing.
import {currentLanguage, el, t} from '../i18n.js';
import {moduleLabel, municipalityNamed, nameOf, programme} from '../programme.js';
import {api, attempt, notify, sendCommand} from '../api.js';
import {explain} from '../errors.js';
import {morph, saved} from '../dom.js';
import {connectSession, linkItems, personalMessages, sessionSync, startSessionPage} from '../session/page.js';
import {showBoardPresence} from '../session/presence.js';
import {runBoardTimer, showBoardTimer, timerControls} from '../session/timer-view.js';
import {cardView, groupView, outcomeOf, topics, unnamed} from './fold.js';
import {dragging, drops} from './drag.js';
import {takesPart} from '../roles.js';

const params = new URLSearchParams(location.search);
const sessionId = params.get('id');
// The share link's token, when the page was opened through one.
const joinToken = params.get('join');
const COLUMNS = ['STRENGTHEN', 'STOP', 'KEEP'];
const PHASES = ['REFLECT', 'GROUP', 'VOTE', 'DISCUSS', 'CLOSED'];
/** Names this page's typing hints, so that it leaves out its own; it names nobody. */
const pageId = Array.from(crypto.getRandomValues(new Uint8Array(8)), b => b.toString(16).padStart(2, '0')).join('');

const selected = new Set();
let presence = [];
let programmeData = null;
let editing = null;
let connection = null;
let typingTimer = null;
let lastTyping = 0;
/** The phase a move was asked for and not yet seen: a second press does not skip a phase. */
let movingTo = null;
/** The decision or action item being edited here. */
let editingOutcome = null;
/** Groups folded to their head on this page. */
const collapsed = new Set();
let me = null;
let directory = null;

const path = suffix => '/api/retros/' + encodeURIComponent(sessionId) + suffix;
const command = (method, suffix, body) => attempt(() => sendCommand(method, path(suffix), body));

/**
 * What only this person may see (their own hidden card, their votes, the share link): merged like
 * any message, and laid over the board again after a fetch and after the shared message of the same change.
 */
const personal = personalMessages(sessionId, () => render());

const sync = sessionSync({
  sessionId,
  fetched: fresh => personal.overlay(fresh, fresh.seq + 1),
  afterMerge: (board, message) => {
    personal.overlay(board, message.seq);
    if (message.type === 'CardAdded') message.upserts.forEach(upsert => markFresh(upsert.item.id));
    if (message.type === 'TopicFocused') {
      const topic = topicById(board.currentTopic);
      if (topic) announce(t('discussingNow') + ': ' + topicTitle(topic));
    }
    if (message.type === 'PhaseChanged') {
      announce(t('phaseNow') + ' ' + t(board.phase));
      selected.clear();
      editing = null;
      movingTo = null;
    }
    // Someone the page has no name for yet: the board, fetched anew, names them.
    return (message.type === 'ParticipantJoined' || message.type.startsWith('ActionItem')) && unnamed(board).length > 0;
  },
  onChange: () => render(),
});

const board = () => sync.view;

// ---- keeping up with the server ----

/** Cards that just arrived, highlighted for a moment so the eye finds them. */
const fresh = new Map();
const FRESH_MS = 2500;

function markFresh(cardId) {
  fresh.set(cardId, Date.now());
  setTimeout(() => {
    fresh.delete(cardId);
    const card = document.querySelector('[data-card-id="' + CSS.escape(cardId) + '"]');
    if (card) card.classList.remove('fresh');
  }, FRESH_MS);
}

/** Says something to screen readers, politely: a phase change, the end of the timer. */
function announce(text) {
  document.getElementById('announce').textContent = text;
}

/** Someone else is writing in a column: said for a moment, without saying who. */
function onTyping(m) {
  if (m.type === 'Typing' && m.from !== pageId) {
    const line = document.getElementById('typing');
    line.textContent = t('typing') + ' ' + t(m.column) + '…';
    clearTimeout(typingTimer);
    typingTimer = setTimeout(() => { line.textContent = ''; }, 3000);
  }
}

function connect() {
  connection = connectSession({sessionId, sync, onPresence: present => {
    presence = present;
    showPresence();
  }, onSignal: onTyping, onPersonal: message => personal.receive(board(), message)});
}

// ---- who may do what ----

function findCard(id) {
  return board().cards.find(card => card.id === id);
}

function isFacilitator() {
  return board() && board().facilitatorId === board().you;
}

function isParticipant() {
  return board() && board().participants.includes(board().you);
}

/** Evaluators read every board and take part in none. */

function name(personId) {
  if (!personId) return t('anonymous');
  const known = board().people[personId] || '…';
  return personId === board().you ? known + ' (' + t('you') + ')' : known;
}

function typing(column) {
  if (Date.now() - lastTyping < 2000) return;
  lastTyping = Date.now();
  connection.send('/app/sessions/' + sessionId + '/typing', {column, from: pageId});
}

function movePhase(phase) {
  if (movingTo) return;
  if (phase === 'CLOSED' && !confirm(t('confirmClose'))) return;
  movingTo = phase;
  renderBar();
  command('POST', '/phase', {phase}).then(result => {
    if (result === undefined) {
      movingTo = null;
      renderBar();
    }
  });
}

// ---- rendering ----

function render() {
  const current = board();
  if (!current) return;
  const focused = document.activeElement && document.activeElement.dataset ? document.activeElement.dataset.focus : null;
  document.getElementById('board-title').textContent = current.title;
  document.getElementById('board-meta').textContent = [
    t('module') + ' ' + (programmeData ? moduleLabel(programmeData, current.module) : current.module),
    current.municipality ? (programmeData && nameOf(municipalityNamed(programmeData, current.municipality)))
      || current.municipality : null,
    current.scheduledAt ? new Date(current.scheduledAt).toLocaleString(currentLanguage(), {dateStyle: 'medium', timeStyle: 'short'}) : null,
  ].filter(Boolean).join(' · ');
  renderPhases();
  renderBar();
  renderColumns();
  renderOutcomes();
  showPresence();
  renderShare();
  linkItems();
  if (focused && (!document.activeElement || document.activeElement === document.body)) {
    const again = document.querySelector('[data-focus="' + CSS.escape(focused) + '"]');
    if (again) again.focus();
  }
}

function renderPhases() {
  const current = PHASES.indexOf(board().phase);
  document.getElementById('phases').replaceChildren(el('ol', {class: 'phase-steps'},
    ...PHASES.map((phase, index) => el('li', {
      class: 'phase-step' + (index === current ? ' current' : '') + (index < current ? ' done' : ''),
      'aria-current': index === current ? 'step' : null, 'data-phase': phase}, t(phase)))));
}

function renderBar() {
  const current = board();
  renderTimer();
  document.getElementById('phase-hint').textContent =
    t('hint_' + current.phase + (current.phase === 'REFLECT' && current.privateReflection ? '_private' : ''));
  const votes = document.getElementById('votes-left');
  votes.textContent = current.phase === 'VOTE' && current.votesLeft !== null && current.votesLeft !== undefined
    ? t('votesLeft') + ': ' + current.votesLeft + ' / ' + current.voteBudget
      + (current.votesHidden ? ' · ' + t('votesHiddenHint') : '') : '';
  const parts = [];
  if (!isParticipant() && current.phase !== 'CLOSED' && me && takesPart(me)) {
    parts.push(el('button', {type: 'button', class: 'primary', id: 'join', 'data-focus': 'join',
      onclick: () => join().then(() => sync.refetch())}, t('joinRetro')));
  }
  if (current.phase === 'GROUP' && isParticipant()) {
    parts.push(el('button', {type: 'button', id: 'group-selected', 'data-focus': 'group-selected',
      disabled: selected.size < 1, onclick: groupSelected}, t('groupSelected') + (selected.size ? ' (' + selected.size + ')' : '')));
  }
  if (isFacilitator()) {
    const index = PHASES.indexOf(current.phase);
    if (index > 0 && current.phase !== 'CLOSED') {
      parts.push(el('button', {type: 'button', id: 'prev-phase', 'data-focus': 'prev-phase', disabled: !!movingTo,
        onclick: () => movePhase(PHASES[index - 1])}, '← ' + t('prevPhase')));
    }
    if (index < PHASES.length - 1) {
      const next = PHASES[index + 1];
      parts.push(el('button', {type: 'button', class: 'primary', id: 'next-phase', 'data-focus': 'next-phase',
        'aria-disabled': movingTo ? 'true' : null, onclick: () => movePhase(next)}, t('nextPhase') + ': ' + t(next) + ' →'));
    }
    if (current.phase !== 'CLOSED') parts.push(facilitatorTimer());
  }
  morph(document.getElementById('facilitator-controls'), parts);
}

function facilitatorTimer() {
  return timerControls(!!board().timer, {start: seconds => command('POST', '/timer', {seconds}),
    stop: () => command('DELETE', '/timer')});
}

function renderTimer() {
  showBoardTimer(board());
}

function showPresence() {
  showBoardPresence(presence, board(), connection && connection.connected);
}

const dropsOnBoard = drops(id => findCard(id), command);

function renderColumns() {
  const current = board();
  const main = document.getElementById('board');
  if (!main.children.length) main.append(...COLUMNS.map(columnSkeleton));
  for (const column of COLUMNS) {
    const section = main.querySelector('[data-column="' + column + '"]');
    section.querySelector('.composer').hidden = !(current.phase === 'REFLECT' && isParticipant());
    const cards = current.cards.filter(card => card.column === column).map(card => cardView(current, card));
    section.querySelector('.count').textContent = String(cards.length);
    section.querySelector('.count-words').textContent = cards.length + ' ' + t(cards.length === 1 ? 'cardOne' : 'cardMany');
    const byVotes = (a, b) => current.phase === 'DISCUSS' || current.phase === 'CLOSED' ? b.votes - a.votes : 0;
    const groups = current.groups.filter(group => group.column === column
      && (cards.some(card => card.groupId === group.id) || group.votes > 0)).map(group => groupView(current, group)).sort(byVotes);
    const loose = cards.filter(card => !card.groupId || !groups.some(group => group.id === card.groupId)).sort(byVotes);
    morph(section.querySelector('.card-list'), [
      ...groups.map(group => groupBox(group, cards.filter(card => card.groupId === group.id))),
      ...loose.map(card => cardBox(card))]);
  }
}

function columnSkeleton(column) {
  const text = el('textarea', {class: 'new-card', rows: 3, maxlength: 500, 'data-focus': 'new-' + column,
    placeholder: t('cardPlaceholder'), 'aria-label': t(column) + ': ' + t('cardPlaceholder')});
  // The composer stays small until someone writes: one "+ Add card" per column opens its field.
  const form = el('form', {class: 'add-card', hidden: true, onsubmit: event => { event.preventDefault(); submit(); }},
    text, el('span', {class: 'add-card-buttons'},
      el('button', {type: 'button', class: 'small', onclick: () => close()}, t('cancel')),
      el('button', {type: 'submit', class: 'primary add-button', 'data-focus': 'add-' + column}, t('addCard'))));
  const opener = el('button', {type: 'button', class: 'open-composer', 'data-focus': 'open-' + column,
    'aria-label': t('openComposer') + ': ' + t(column),
    onclick: () => { form.hidden = false; opener.hidden = true; text.focus(); }}, '+ ' + t('openComposer'));
  const close = () => {
    if (text.value.trim()) return;
    form.hidden = true;
    opener.hidden = false;
    opener.focus();
  };
  const submit = () => {
    const value = text.value.trim();
    if (!value) return;
    command('POST', '/cards', {column, text: value}).then(result => {
      if (result) {
        text.value = '';
        text.focus();
      }
    });
  };
  text.addEventListener('keydown', event => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) { event.preventDefault(); submit(); }
    if (event.key === 'Escape') { event.preventDefault(); close(); }
  });
  text.addEventListener('input', () => typing(column));
  return el('section', {class: 'column column-' + column, 'data-column': column, id: 'column-' + column,
    'aria-label': t(column),
    ondragover: event => { if (board() && board().phase === 'GROUP') event.preventDefault(); },
    ondrop: event => { if (board() && board().phase === 'GROUP' && isParticipant()) dropsOnBoard.onColumn(event, column); }},
    el('header', {class: 'column-head'}, el('h2', {}, t(column)), el('span', {class: 'count', 'aria-hidden': 'true'}, '0'),
      el('span', {class: 'count-words sr-only'}, '')),
    el('p', {class: 'hint'}, t(column + '_hint')),
    el('div', {class: 'composer'}, opener, form),
    el('div', {class: 'card-list'}));
}

/** What a control acts on, for its accessible name: a card's text, a group's name. */
function subject(target) {
  if ('name' in target && !('text' in target)) return target.name || t('unnamedGroup');
  return target.hidden ? t('hiddenCard') : target.text;
}

function voteButtons(target) {
  const current = board();
  if (current.phase !== 'VOTE' || !isParticipant()) return null;
  // Unavailable, not disabled: a disabled button cannot hold the focus, which would fall to the page
  // after one's last vote; aria-disabled keeps it where it was, and says why it does nothing.
  const noVotes = current.votesLeft < 1;
  return el('span', {class: 'vote-buttons'},
    el('button', {type: 'button', class: 'small', 'data-focus': 'unvote-' + target.id,
      'aria-disabled': target.myVotes ? null : 'true',
      'aria-label': t('unvoteFrom') + ': ' + subject(target),
      onclick: () => { if (target.myVotes) command('DELETE', '/votes/' + encodeURIComponent(target.id)); }}, '−'),
    el('span', {class: 'my-votes', title: t('myVotes')}, '●'.repeat(target.myVotes || 0)),
    el('button', {type: 'button', class: 'small', 'data-focus': 'vote-' + target.id,
      'aria-disabled': noVotes ? 'true' : null, title: noVotes ? t('noVotesLeft') : null,
      'aria-label': t('voteOn') + ': ' + subject(target) + (noVotes ? ' (' + t('noVotesLeft') + ')' : ''),
      onclick: () => { if (!noVotes) command('POST', '/votes', {targetId: target.id}); }}, '+'));
}

function votesBadge(target) {
  if (board().phase === 'REFLECT' || board().phase === 'GROUP' || board().votesHidden) return null;
  return el('span', {class: 'votes', title: target.votes + ' ' + t('votes')},
    el('span', {'aria-hidden': 'true'}, '▲ ' + target.votes), el('span', {class: 'sr-only'}, target.votes + ' ' + t('votes')));
}

function groupBox(group, cards) {
  const current = board();
  const nameField = current.phase === 'GROUP' && isParticipant()
    ? el('input', {class: 'group-name', value: group.name || '', placeholder: t('groupName'), maxlength: 100,
        'aria-label': t('groupName'), 'data-focus': 'group-name-' + group.id,
        onchange: event => {
          const field = event.target;
          command('PUT', '/groups/' + encodeURIComponent(group.id) + '/name', {name: field.value})
            .then(result => { if (result !== undefined) saved(field); });
        }})
    : el('h3', {class: 'group-title'}, group.name || t('unnamedGroup'));
  const droppable = current.phase === 'GROUP' && isParticipant();
  const folded = collapsed.has(group.id);
  const label = group.name || t('unnamedGroup');
  const toggle = el('button', {type: 'button', class: 'small group-toggle', 'aria-expanded': String(!folded),
    'data-focus': 'toggle-' + group.id, 'aria-label': (folded ? t('expand') : t('collapse')) + ': ' + label,
    onclick: () => {
      if (folded) collapsed.delete(group.id); else collapsed.add(group.id);
      renderColumns();
    }}, folded ? '▸' : '▾');
  return el('div', {class: 'group' + (folded ? ' collapsed' : ''), 'data-group-id': group.id, 'data-key': 'group-' + group.id,
    ondragover: droppable ? event => { event.preventDefault(); event.stopPropagation(); } : null,
    ondrop: droppable ? event => dropsOnBoard.onGroup(event, group) : null},
    el('div', {class: 'group-head', 'data-key': 'head'}, toggle, nameField, votesBadge(group), voteButtons(group)),
    folded ? el('span', {class: 'group-count', 'data-key': 'count'}, cards.length + ' ' + t(cards.length === 1 ? 'cardOne' : 'cardMany'))
      : cards.map(card => cardBox(card, true)));
}

function cardBox(card, inGroup = false) {
  const current = board();
  const body = [];
  if (editing === card.id) {
    const area = el('textarea', {class: 'edit-card', rows: 3, maxlength: 500, 'data-focus': 'edit-' + card.id}, card.text || '');
    const done = () => { saved(area); editing = null; render(); };
    body.push(area, el('div', {class: 'card-actions'},
      el('button', {type: 'button', class: 'small primary', onclick: () => command('PUT', '/cards/' + card.id, {text: area.value})
        .then(result => { if (result !== undefined) done(); })}, t('save')),
      el('button', {type: 'button', class: 'small', onclick: done}, t('cancel'))));
  } else if (card.hidden) {
    body.push(el('p', {class: 'card-text hidden-text'}, t('hiddenCard')));
  } else {
    body.push(el('p', {class: 'card-text'}, card.text));
  }
  const footer = [];
  if (!card.hidden && (card.authorId || current.anonymousCards)) {
    footer.push(el('span', {class: 'author'}, current.anonymousCards ? (card.mine ? t('you') : t('anonymous')) : name(card.authorId)));
  }
  if (!inGroup || card.votes > 0) footer.push(votesBadge(card));
  if (!inGroup) footer.push(voteButtons(card));
  if (current.phase === 'REFLECT' && card.mine && editing !== card.id) {
    footer.push(el('span', {class: 'card-actions'},
      el('button', {type: 'button', class: 'small', 'data-focus': 'edit-btn-' + card.id, onclick: () => { editing = card.id; render(); }}, t('edit')),
      el('button', {type: 'button', class: 'small danger', 'data-focus': 'delete-' + card.id,
        onclick: () => command('DELETE', '/cards/' + card.id)}, t('delete'))));
  }
  if (current.phase === 'GROUP' && isParticipant()) {
    const box = el('input', {type: 'checkbox', 'data-focus': 'select-' + card.id, checked: selected.has(card.id),
      'aria-label': t('select') + ': ' + subject(card),
      onchange: event => { if (event.target.checked) selected.add(card.id); else selected.delete(card.id); renderBar(); }});
    const move = el('select', {'aria-label': t('moveTo') + ': ' + subject(card), 'data-focus': 'move-' + card.id,
      onchange: event => command('PUT', '/cards/' + card.id + '/column', {column: event.target.value})},
      ...COLUMNS.map(column => el('option', {value: column, selected: column === card.column}, t(column))));
    footer.push(el('label', {class: 'select-card'}, box, ' ' + t('select')), move);
    if (inGroup) {
      footer.push(el('button', {type: 'button', class: 'small', 'data-focus': 'ungroup-' + card.id,
        onclick: () => command('DELETE', '/cards/' + card.id + '/group')}, t('ungroup')));
    }
  }
  const draggable = current.phase === 'GROUP' && isParticipant();
  return el('article', Object.assign({class: 'card' + (card.mine ? ' mine' : '') + (card.hidden ? ' hidden' : '')
      + (fresh.has(card.id) ? ' fresh' : ''),
    'data-card-id': card.id, 'data-key': 'card-' + card.id, tabindex: card.hidden ? null : 0},
    draggable ? dragging(card) : {}, draggable ? {ondrop: event => dropsOnBoard.onCard(event, card)} : {}),
    ...body, el('footer', {class: 'card-foot'}, ...footer));
}

function groupSelected() {
  const ids = [...selected].filter(id => findCard(id));
  if (!ids.length) return;
  const existing = ids.map(id => findCard(id).groupId).find(Boolean);
  const request = existing
    ? command('POST', '/groups/' + encodeURIComponent(existing) + '/cards', {cardIds: ids})
    : command('POST', '/groups', {cardIds: ids});
  request.then(result => { if (result !== undefined) { selected.clear(); renderBar(); } });
}

function renderOutcomes() {
  const current = board();
  const parts = [];
  if (current.earlierActions.length) parts.push(earlierActionsPanel());
  if (current.phase === 'DISCUSS' || current.phase === 'CLOSED') {
    if (current.phase === 'CLOSED') {
      parts.push(el('p', {class: 'closed-note', 'data-key': 'closed'}, t('closedNote'), ' ',
        el('a', {href: '/summary.html?id=' + encodeURIComponent(sessionId), class: 'closed-summary'}, t('toSummary'))));
    }
    parts.push(queuePanel(), decisionsPanel(), actionsPanel());
  }
  morph(document.getElementById('outcomes'), parts);
}

function earlierActionsPanel() {
  const current = board();
  const canReview = isFacilitator() && current.phase !== 'CLOSED';
  return el('section', {class: 'panel', id: 'earlier-actions'}, el('h2', {}, t('earlierActions')),
    el('ul', {class: 'plain'}, ...current.earlierActions.map(review => Object.assign({}, review, {outcome: outcomeOf(current, review)}))
      .map(review => el('li', {class: 'review'},
      el('span', {class: 'grow'}, review.text, el('span', {class: 'meta'}, ' · ' + name(review.ownerId)
        + (review.dueDate ? ' · ' + review.dueDate : ''))),
      canReview
        ? el('span', {class: 'segmented', role: 'group'}, ...['DONE', 'DROPPED', 'CARRIED_ON'].map(outcome =>
            el('button', {type: 'button', class: 'small' + (review.outcome === outcome ? ' active' : ''),
              'aria-pressed': String(review.outcome === outcome), 'data-focus': 'review-' + review.actionId + outcome,
              onclick: () => command('POST', '/earlier-actions/' + review.actionId + '/review', {outcome})}, t(outcome))))
        : el('span', {class: 'outcome'}, review.outcome ? t(review.outcome) : t('notReviewed'))))));
}

/** What a topic is called: a group's name, a card's text. */
function topicTitle(topic) {
  if (topic.kind === 'GROUP') return topic.title || t('unnamedGroup');
  return topic.hidden ? t('hiddenCard') : topic.title;
}

function topicById(id) {
  return id ? topics(board()).find(topic => topic.id === id) : null;
}

/** Where an outcome came from, shown with it. */
function onTopic(topicId) {
  const topic = topicById(topicId);
  return topic ? el('span', {class: 'meta on-topic'}, ' · ' + t('onTopic') + ': ' + topicTitle(topic)) : null;
}

/** DISCUSS: every topic across the columns by votes, the current one marked for everyone. */
function queuePanel() {
  const current = board();
  const canFocus = isFacilitator() && current.phase === 'DISCUSS';
  const items = topics(current).map(topic => {
    const here = topic.id === current.currentTopic;
    const outcomes = [...current.decisions.filter(d => d.topicId === topic.id).map(d => t('decision') + ': ' + d.text),
      ...current.actions.filter(a => a.topicId === topic.id).map(a => t('action') + ': ' + a.text)];
    return el('li', {class: 'topic' + (here ? ' current' : ''), 'data-topic-id': topic.id, 'aria-current': here ? 'true' : null},
      el('span', {class: 'grow'}, el('strong', {}, topicTitle(topic)),
        el('span', {class: 'meta'}, ' · ' + t(topic.column) + ' · ' + topic.votes + ' ' + t('votes')),
        topic.cards.length ? el('span', {class: 'meta topic-cards-inline'}, ' (' + topic.cards.map(card => card.hidden ? t('hiddenCard') : card.text).join(' · ') + ')') : null,
        outcomes.length ? el('ul', {class: 'plain topic-outcomes'}, ...outcomes.map(text => el('li', {}, text))) : null),
      here ? el('span', {class: 'now-pill'}, t('discussingNow'))
        : canFocus ? el('button', {type: 'button', class: 'small', 'data-focus': 'focus-' + topic.id,
            'aria-label': t('discussNow') + ': ' + topicTitle(topic),
            onclick: () => command('PUT', '/topic', {topicId: topic.id})}, t('discussNow')) : null);
  });
  return el('section', {class: 'panel queue', 'data-key': 'queue-panel'}, el('h2', {'data-key': 'title'}, t('queue')),
    el('ol', {class: 'plain', id: 'queue'}, ...(items.length ? items : [el('li', {class: 'empty'}, '—')])));
}

/** The topic an outcome recorded now is about: the one under discussion, or another chosen. */
function topicChoice(id) {
  const current = board();
  return el('select', {id, 'aria-label': t('topic')}, el('option', {value: ''}, t('noTopic')),
    ...topics(current).map(topic => el('option', {value: topic.id, selected: topic.id === current.currentTopic}, topicTitle(topic))));
}

/** An outcome's own edit and delete, for the facilitator while the retro is open. */
function outcomeControls(kind, item, edit) {
  if (!isFacilitator() || board().phase === 'CLOSED') return null;
  return el('span', {class: 'card-actions'},
    el('button', {type: 'button', class: 'small', 'data-focus': 'edit-' + kind + '-' + item.id,
      'aria-label': t('edit') + ': ' + item.text, onclick: edit}, t('edit')),
    el('button', {type: 'button', class: 'small danger', 'data-focus': 'delete-' + kind + '-' + item.id,
      'aria-label': t('delete') + ': ' + item.text,
      onclick: () => { if (confirm(t('confirmDelete'))) command('DELETE', '/' + kind + 's/' + item.id); }}, t('delete')));
}

/**
 * "Change a plan because of this": opens the retro's municipality project's plan (or, for a retro
 * of no project, the programme to choose one) with this decision or action item as the source.
 */
function planLink(item) {
  if (!takesPart(me)) return null;
  const source = 'source=' + encodeURIComponent(sessionId + ':' + item.id);
  const municipality = board().municipality;
  return el('a', {class: 'plan-link', href: municipality
    ? '/municipality.html?id=' + encodeURIComponent(municipality) + '&' + source : '/programme.html?' + source,
  'aria-label': t('changePlanFromThis') + ': ' + item.text}, t('changePlanFromThis'));
}

function decisionsPanel() {
  const current = board();
  const items = current.decisions.length
    ? current.decisions.map(decision => editingOutcome === decision.id
      ? el('li', {'data-key': 'edit-' + decision.id}, outcomeEditor(decision.text, text => command('PUT', '/decisions/' + decision.id, {text})))
      : el('li', {'data-decision-id': decision.id}, decision.text, onTopic(decision.topicId),
        outcomeControls('decision', decision, () => { editingOutcome = decision.id; render(); }), planLink(decision)))
    : [el('li', {class: 'empty'}, t('noDecisions'))];
  const parts = [el('h2', {'data-key': 'title'}, t('decisions')), el('ul', {class: 'plain', id: 'decisions'}, ...items)];
  if (isFacilitator() && current.phase === 'DISCUSS') {
    const text = el('input', {id: 'decision-text', maxlength: 1000, 'aria-label': t('decision'), placeholder: t('decision'), class: 'grow'});
    parts.push(el('form', {class: 'inline-form', 'data-key': 'decision-form', onsubmit: event => {
      event.preventDefault();
      const form = event.target;
      const field = form.querySelector('#decision-text');
      command('POST', '/decisions', {text: field.value, topicId: form.querySelector('#decision-topic').value || null})
        .then(result => { if (result) field.value = ''; });
    }}, text, topicChoice('decision-topic'), el('button', {type: 'submit', class: 'primary'}, t('record'))));
  }
  return el('section', {class: 'panel', 'data-key': 'decisions-panel'}, ...parts);
}

function actionsPanel() {
  const current = board();
  const items = current.actions.length
    ? current.actions.map(action => editingOutcome === action.id
      ? el('li', {'data-key': 'edit-' + action.id}, outcomeEditor(action.text, text => command('PUT', '/actions/' + action.id,
          {text, ownerId: action.ownerId, dueDate: action.dueDate || null})))
      : el('li', {'data-action-id': action.id}, action.text,
        el('span', {class: 'meta'}, ' · ' + name(action.ownerId) + (action.dueDate ? ' · ' + action.dueDate : '')),
        onTopic(action.topicId), outcomeControls('action', action, () => { editingOutcome = action.id; render(); }),
        planLink(action)))
    : [el('li', {class: 'empty'}, t('noActions'))];
  const parts = [el('h2', {'data-key': 'title'}, t('actions')), el('ul', {class: 'plain', id: 'actions'}, ...items)];
  if (isFacilitator() && current.phase === 'DISCUSS') {
    const text = el('input', {id: 'action-text', maxlength: 500, 'aria-label': t('action'), placeholder: t('action'), class: 'grow'});
    const owner = el('select', {id: 'action-owner', 'aria-label': t('owner')},
      ...current.participants.map(id => el('option', {value: id}, name(id))));
    const due = el('input', {id: 'action-due', type: 'date', 'aria-label': t('dueDate')});
    parts.push(el('form', {class: 'inline-form', 'data-key': 'action-form', onsubmit: event => {
      event.preventDefault();
      const form = event.target;
      const [textField, ownerField, dueField, topicField] = ['#action-text', '#action-owner', '#action-due', '#action-topic']
        .map(q => form.querySelector(q));
      command('POST', '/actions', {text: textField.value, ownerId: ownerField.value, dueDate: dueField.value || null,
        topicId: topicField.value || null})
        .then(result => { if (result) { textField.value = ''; dueField.value = ''; } });
    }}, text, owner, due, topicChoice('action-topic'), el('button', {type: 'submit', class: 'primary'}, t('add'))));
  }
  return el('section', {class: 'panel', 'data-key': 'actions-panel'}, ...parts);
}

/** Changing a decision's or action item's text in place. */
function outcomeEditor(text, save) {
  const field = el('input', {class: 'grow outcome-edit', value: text, maxlength: 1000, 'aria-label': t('edit')});
  const done = () => { saved(field); editingOutcome = null; render(); };
  return el('form', {class: 'inline-form', onsubmit: event => {
    event.preventDefault();
    save(field.value).then(result => { if (result !== undefined) done(); });
  }}, field, el('button', {type: 'submit', class: 'small primary'}, t('save')),
  el('button', {type: 'button', class: 'small', onclick: done}, t('cancel')));
}

// ---- joining and inviting ----

async function join() {
  try {
    await sendCommand('POST', path('/participants'), joinToken ? {token: joinToken} : undefined);
    if (joinToken) history.replaceState(null, '', '/retro.html?id=' + encodeURIComponent(sessionId));
  } catch (e) {
    if (e.status !== 409) notify(explain(e));
  }
}

/** The facilitator's invitation controls: renew the link, open to the module, add a person. */
function renderShare() {
  const current = board();
  const share = document.getElementById('share');
  share.hidden = !isFacilitator() || current.phase === 'CLOSED';
  if (share.hidden) return;
  document.getElementById('open-to-module').checked = !!current.openToModule;
  if (directory) {
    const select = document.getElementById('add-participant-person');
    const options = directory.filter(person => !current.participants.includes(person.id))
      .map(person => el('option', {value: person.id}, person.displayName));
    if (select.options.length !== options.length) select.replaceChildren(...options);
  }
}

function setUpShare() {
  document.getElementById('renew-link').addEventListener('click', async () => {
    const result = await command('POST', '/join-link');
    if (result) {
      board().joinToken = result.joinToken;
      notify(t('linkRenewed'), 'info');
    }
  });
  document.getElementById('open-to-module').addEventListener('change', event =>
    command('PUT', '/open-to-module', {open: event.target.checked}));
  document.getElementById('add-participant').addEventListener('submit', event => {
    event.preventDefault();
    const personId = document.getElementById('add-participant-person').value;
    if (personId) command('POST', '/participants', {personId}).then(() => sync.refetch());
  });
  document.getElementById('share').addEventListener('toggle', async event => {
    if (event.target.open && !directory) {
      directory = await attempt(() => api('GET', '/api/directory')) || [];
      renderShare();
    }
  });
}

function copyLink() {
  const current = board();
  const link = location.origin + '/retro.html?id=' + encodeURIComponent(sessionId)
    + (current && current.joinToken ? '&join=' + encodeURIComponent(current.joinToken) : '');
  if (navigator.clipboard && window.isSecureContext) {
    navigator.clipboard.writeText(link).then(() => notify(t('copied'), 'info'), () => prompt(t('copyLink'), link));
  } else {
    prompt(t('copyLink'), link);
  }
}

// ---- start ----

// The retro starts as every kind's page does (page.js): its own wiring once the person is known,
// and joining by the share link's token (or as one of its module) before the first fetch.
startSessionPage({
  sessionId,
  sync,
  onLanguage: () => {
    document.getElementById('board').replaceChildren();
    render();
  },
  withMe: async person => {
    me = person;
    document.getElementById('copy-link').addEventListener('click', copyLink);
    setUpShare();
    programme().then(data => { programmeData = data; render(); }).catch(() => {});
    // Admins and evaluators may read any board; admins join only when they choose to take part.
    if (me.roles.some(role => role === 'MEMBER' || role === 'FACILITATOR')) await join();
  },
  live: () => {
    connect();
    runBoardTimer(board);
  },
});

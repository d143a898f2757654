// The live board. It folds the server's messages in sequence order; on a gap, or after
// reconnecting, it fetches the board (which says its sequence number) and carries on.
const sessionId = new URLSearchParams(location.search).get('id');
// The share link's token, when the page was opened through one.
const joinToken = new URLSearchParams(location.search).get('join');
const COLUMNS = ['STRENGTHEN', 'STOP', 'KEEP'];
const PHASES = ['REFLECT', 'GROUP', 'VOTE', 'DISCUSS', 'CLOSED'];

let board = null;
let seq = -1;
const pending = new Map();
const ownCards = new Map();
const selected = new Set();
let presence = [];
let editing = null;
let connection = null;
let fetching = null;
let fetchAgain = false;
let typingTimer = null;
let lastTyping = 0;

const sessionPath = suffix => '/api/sessions/' + encodeURIComponent(sessionId) + suffix;

// ---- keeping up with the server ----

async function refetch() {
  if (fetching) {
    fetchAgain = true;
    return fetching;
  }
  fetching = (async () => {
    do {
      fetchAgain = false;
      const fresh = await api('GET', sessionPath('/board'));
      if (!board || fresh.seq >= seq) {
        board = fresh;
        seq = fresh.seq;
      }
    } while (fetchAgain);
  })();
  try {
    await fetching;
  } finally {
    fetching = null;
  }
  drain();
  render();
}

function onBoardMessage(message) {
  if (message.seq <= seq) return;
  pending.set(message.seq, message);
  drain();
}

function drain() {
  if (!board) return;
  let changed = false;
  let needsFetch = false;
  while (pending.has(seq + 1)) {
    const message = pending.get(seq + 1);
    pending.delete(seq + 1);
    needsFetch = apply(message) || needsFetch;
    seq = message.seq;
    board.seq = seq;
    changed = true;
  }
  for (const key of [...pending.keys()]) if (key <= seq) pending.delete(key);
  if (pending.size || needsFetch) refetch().catch(e => notify(explain(e)));
  if (changed) render();
}

function findCard(id) {
  return board.cards.find(card => card.id === id);
}

function findTarget(id) {
  return findCard(id) || board.groups.find(group => group.id === id);
}

/** Folds one shared message into the board; answers true when the board should be refetched. */
function apply(m) {
  switch (m.type) {
    case 'ParticipantJoined':
      if (!board.participants.includes(m.personId)) board.participants.push(m.personId);
      return !(m.personId in board.people);
    case 'CardAdded':
    case 'CardEdited': {
      const index = board.cards.findIndex(card => card.id === m.card.id);
      const previous = index >= 0 ? board.cards[index] : null;
      const card = Object.assign({}, m.card, previous ? {myVotes: previous.myVotes, mine: previous.mine || m.card.mine} : {});
      if (index >= 0) board.cards[index] = card; else board.cards.push(card);
      return false;
    }
    case 'CardDeleted':
      board.cards = board.cards.filter(card => card.id !== m.cardId);
      ownCards.delete(m.cardId);
      return false;
    case 'CardsGrouped':
      if (!board.groups.some(group => group.id === m.groupId)) {
        board.groups.push({id: m.groupId, column: m.column, name: null, votes: 0, myVotes: 0});
      }
      m.cardIds.forEach(id => { const card = findCard(id); if (card) card.groupId = m.groupId; });
      return false;
    case 'GroupNamed': {
      const group = board.groups.find(g => g.id === m.groupId);
      if (group) group.name = m.name;
      return false;
    }
    case 'CardUngrouped': {
      const card = findCard(m.cardId);
      if (card) card.groupId = null;
      return false;
    }
    case 'CardMoved': {
      const card = findCard(m.cardId);
      if (card) { card.column = m.column; card.groupId = null; }
      return false;
    }
    case 'VoteCast':
    case 'VoteRetracted': {
      const target = findTarget(m.targetId);
      if (target) target.votes = m.votes;
      return false;
    }
    case 'PhaseChanged':
      board.phase = m.phase;
      board.timer = null;
      selected.clear();
      editing = null;
      return true;
    case 'TimerStarted':
      board.timer = m.timer;
      return false;
    case 'TimerStopped':
      board.timer = null;
      return false;
    case 'DecisionRecorded':
      board.decisions.push(m.decision);
      return false;
    case 'ActionItemAdded':
      board.actions.push(m.action);
      return false;
    case 'EarlierActionReviewed': {
      const review = board.earlierActions.find(r => r.actionId === m.actionId);
      if (review) review.outcome = m.outcome;
      return false;
    }
    case 'ModuleOpennessChanged':
      board.openToModule = m.openToModule;
      renderShare();
      return false;
    default:
      return false;
  }
}

function onPersonal(m) {
  if (m.sessionId !== sessionId) return;
  if (board && m.joinToken) {
    board.joinToken = m.joinToken;
    renderShare();
  }
  if (m.card) ownCards.set(m.card.id, m.card);
  if (board && m.myVotes !== undefined) {
    const target = findTarget(m.targetId);
    if (target) target.myVotes = m.myVotes;
    board.votesLeft = m.votesLeft;
  }
  if (board) render();
}

function onPresence(m) {
  if (m.type === 'Presence') {
    presence = m.present;
    renderPresence();
  } else if (m.type === 'Typing') {
    const line = document.getElementById('typing');
    line.textContent = t('typing') + ' ' + t(m.column) + '…';
    clearTimeout(typingTimer);
    typingTimer = setTimeout(() => { line.textContent = ''; }, 3000);
  }
}

async function loadPresence() {
  presence = await api('GET', sessionPath('/presence'));
  renderPresence();
}

function connect() {
  const scheme = location.protocol === 'https:' ? 'wss://' : 'ws://';
  connection = new StompConnection(scheme + location.host + '/ws', {
    onConnect: () => {
      setConnection(true);
      connection.subscribe('/topic/sessions/' + sessionId, onBoardMessage);
      connection.subscribe('/topic/sessions/' + sessionId + '/presence', onPresence);
      connection.subscribe('/user/queue/sessions', onPersonal);
      refetch().then(loadPresence).catch(e => {
        notify(explain(e));
        // A board one may not see (or that does not exist) will not change by reconnecting.
        if (e.status === 403 || e.status === 404) connection.stop();
      });
    },
    onDisconnect: () => setConnection(false),
    onError: message => notify(message),
  });
  connection.start();
}

function setConnection(live) {
  const badge = document.getElementById('connection');
  badge.className = 'connection ' + (live ? 'live' : 'offline');
  badge.textContent = live ? t('live') : t('reconnecting');
}

// ---- commands ----

const path = suffix => '/api/retros/' + encodeURIComponent(sessionId) + suffix;
const command = (method, suffix, body) => attempt(() => sendCommand(method, path(suffix), body));

function isFacilitator() {
  return board && board.facilitatorId === board.you;
}

function isParticipant() {
  return board && board.participants.includes(board.you);
}

function name(personId) {
  if (!personId) return t('anonymous');
  const known = board.people[personId] || '…';
  return personId === board.you ? known + ' (' + t('you') + ')' : known;
}

function typing(column) {
  if (Date.now() - lastTyping < 2000) return;
  lastTyping = Date.now();
  connection.send('/app/sessions/' + sessionId + '/typing', {column});
}

// ---- rendering ----

function render() {
  if (!board) return;
  const focused = document.activeElement && document.activeElement.dataset ? document.activeElement.dataset.focus : null;
  document.title = board.title + ' · Pollinator';
  document.getElementById('board-title').textContent = board.title;
  document.getElementById('board-meta').textContent = [
    t('module') + ' ' + board.module + ' · ' + t('modules')[board.module],
    board.municipality ? MUNICIPALITIES[board.municipality] : null,
    board.scheduledAt ? new Date(board.scheduledAt).toLocaleString(currentLanguage(), {dateStyle: 'medium', timeStyle: 'short'}) : null,
  ].filter(Boolean).join(' · ');
  renderPhases();
  renderBar();
  renderColumns();
  renderOutcomes();
  renderPresence();
  renderShare();
  if (focused) {
    const again = document.querySelector('[data-focus="' + CSS.escape(focused) + '"]');
    if (again) again.focus();
  }
}

function renderPhases() {
  const current = PHASES.indexOf(board.phase);
  document.getElementById('phases').replaceChildren(el('ol', {class: 'phase-steps'},
    ...PHASES.map((phase, index) => el('li', {
      class: 'phase-step' + (index === current ? ' current' : '') + (index < current ? ' done' : ''),
      'aria-current': index === current ? 'step' : null, 'data-phase': phase}, t(phase)))));
}

function renderBar() {
  renderTimer();
  document.getElementById('phase-hint').textContent =
    t('hint_' + board.phase + (board.phase === 'REFLECT' && board.privateReflection ? '_private' : ''));
  const votes = document.getElementById('votes-left');
  votes.textContent = board.phase === 'VOTE' && board.votesLeft !== null && board.votesLeft !== undefined
    ? t('votesLeft') + ': ' + board.votesLeft + ' / ' + board.voteBudget : '';
  const controls = document.getElementById('facilitator-controls');
  const parts = [];
  if (!isParticipant() && board.phase !== 'CLOSED' && me && takesPart(me)) {
    parts.push(el('button', {type: 'button', class: 'primary', id: 'join', 'data-focus': 'join',
      onclick: () => join().then(refetch)}, t('joinRetro')));
  }
  if (board.phase === 'GROUP' && isParticipant()) {
    parts.push(el('button', {type: 'button', id: 'group-selected', 'data-focus': 'group-selected',
      disabled: selected.size < 1, onclick: groupSelected}, t('groupSelected') + (selected.size ? ' (' + selected.size + ')' : '')));
  }
  if (isFacilitator()) {
    const index = PHASES.indexOf(board.phase);
    if (index > 0 && board.phase !== 'CLOSED') {
      parts.push(el('button', {type: 'button', id: 'prev-phase', 'data-focus': 'prev-phase',
        onclick: () => command('POST', '/phase', {phase: PHASES[index - 1]})}, '← ' + t('prevPhase')));
    }
    if (index < PHASES.length - 1) {
      const next = PHASES[index + 1];
      parts.push(el('button', {type: 'button', class: 'primary', id: 'next-phase', 'data-focus': 'next-phase',
        onclick: () => {
          if (next !== 'CLOSED' || confirm(t('confirmClose'))) command('POST', '/phase', {phase: next});
        }}, t('nextPhase') + ': ' + t(next) + ' →'));
    }
    if (board.phase !== 'CLOSED') parts.push(timerControls());
  }
  controls.replaceChildren(...parts);
}

function timerControls() {
  if (board.timer) {
    return el('button', {type: 'button', id: 'timer-stop', 'data-focus': 'timer-stop', onclick: () => command('DELETE', '/timer')}, t('stopTimer'));
  }
  const minutes = el('input', {type: 'number', min: 1, max: 120, value: 5, id: 'timer-minutes', class: 'minutes',
    'aria-label': t('timer') + ' (' + t('minutes') + ')'});
  return el('span', {class: 'timer-controls'}, minutes, ' ' + t('minutes') + ' ',
    el('button', {type: 'button', id: 'timer-start', 'data-focus': 'timer-start',
      onclick: () => command('POST', '/timer', {seconds: Math.round(Number(minutes.value) * 60)})}, t('startTimer')));
}

function renderTimer() {
  const box = document.getElementById('timer');
  if (!board.timer) {
    box.textContent = '';
    box.className = 'timer';
    return;
  }
  const left = Math.max(0, Math.round((new Date(board.timer.endsAt).getTime() - Date.now() - serverClockOffset) / 1000));
  box.className = 'timer running' + (left === 0 ? ' over' : left < 30 ? ' soon' : '');
  box.textContent = left === 0 ? t('timeUp') : Math.floor(left / 60) + ':' + String(left % 60).padStart(2, '0');
}

function renderPresence() {
  const box = document.getElementById('presence');
  const here = [...presence];
  if (board && connection && connection.connected && !here.some(person => person.id === board.you)) {
    here.unshift({id: board.you, displayName: board.people[board.you] || t('you')});
  }
  box.replaceChildren(el('span', {class: 'presence-label'}, t('present') + ':'),
    ...here.map(person => el('span', {class: 'avatar', title: person.displayName, 'data-person': person.id},
      el('span', {'aria-hidden': 'true'}, initials(person.displayName)),
      el('span', {class: 'sr-only'}, person.displayName))));
}

function cardView(card) {
  const own = ownCards.get(card.id);
  return card.hidden && own ? Object.assign({}, card, {text: own.text, hidden: false, mine: true}) : card;
}

function renderColumns() {
  const main = document.getElementById('board');
  if (!main.children.length) main.append(...COLUMNS.map(columnSkeleton));
  for (const column of COLUMNS) {
    const section = main.querySelector('[data-column="' + column + '"]');
    section.querySelector('.add-card').hidden = !(board.phase === 'REFLECT' && isParticipant());
    const cards = board.cards.filter(card => card.column === column).map(cardView);
    section.querySelector('.count').textContent = String(cards.length);
    const byVotes = (a, b) => board.phase === 'DISCUSS' || board.phase === 'CLOSED' ? b.votes - a.votes : 0;
    const groups = board.groups.filter(group => group.column === column
      && (cards.some(card => card.groupId === group.id) || group.votes > 0)).sort(byVotes);
    const loose = cards.filter(card => !card.groupId || !groups.some(group => group.id === card.groupId)).sort(byVotes);
    section.querySelector('.card-list').replaceChildren(
      ...groups.map(group => groupBox(group, cards.filter(card => card.groupId === group.id))),
      ...loose.map(card => cardBox(card)));
  }
}

function columnSkeleton(column) {
  const text = el('textarea', {class: 'new-card', rows: 3, maxlength: 500, 'data-focus': 'new-' + column,
    placeholder: t('cardPlaceholder'), 'aria-label': t(column) + ': ' + t('cardPlaceholder')});
  const submit = () => {
    const value = text.value.trim();
    if (!value) return;
    command('POST', '/cards', {column, text: value}).then(result => { if (result) text.value = ''; });
  };
  text.addEventListener('keydown', event => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) { event.preventDefault(); submit(); }
  });
  text.addEventListener('input', () => typing(column));
  return el('section', {class: 'column column-' + column, 'data-column': column, 'aria-label': t(column),
    ondragover: event => { if (board && board.phase === 'GROUP') event.preventDefault(); },
    ondrop: event => { if (board && board.phase === 'GROUP' && isParticipant()) dropOnColumn(event, column); }},
    el('header', {class: 'column-head'}, el('h2', {}, t(column)), el('span', {class: 'count'}, '0')),
    el('p', {class: 'hint'}, t(column + '_hint')),
    el('form', {class: 'add-card', onsubmit: event => { event.preventDefault(); submit(); }},
      text, el('button', {type: 'submit', class: 'primary add-button', 'data-focus': 'add-' + column}, t('addCard'))),
    el('div', {class: 'card-list'}));
}

function voteButtons(target) {
  if (board.phase !== 'VOTE' || !isParticipant()) return null;
  return el('span', {class: 'vote-buttons'},
    el('button', {type: 'button', class: 'small', 'data-focus': 'unvote-' + target.id, disabled: !target.myVotes,
      'aria-label': t('unvote'), onclick: () => command('DELETE', '/votes/' + encodeURIComponent(target.id))}, '−'),
    el('span', {class: 'my-votes', title: t('myVotes')}, '●'.repeat(target.myVotes || 0)),
    el('button', {type: 'button', class: 'small', 'data-focus': 'vote-' + target.id, disabled: board.votesLeft < 1,
      'aria-label': t('vote'), onclick: () => command('POST', '/votes', {targetId: target.id})}, '+'));
}

function votesBadge(target) {
  if (board.phase === 'REFLECT' || board.phase === 'GROUP') return null;
  return el('span', {class: 'votes', title: target.votes + ' ' + t('votes')}, '▲ ' + target.votes);
}

function groupBox(group, cards) {
  const nameField = board.phase === 'GROUP' && isParticipant()
    ? el('input', {class: 'group-name', value: group.name || '', placeholder: t('groupName'), maxlength: 100,
        'aria-label': t('groupName'), 'data-focus': 'group-name-' + group.id,
        onchange: event => command('PUT', '/groups/' + encodeURIComponent(group.id) + '/name', {name: event.target.value})})
    : el('h3', {class: 'group-title'}, group.name || t('unnamedGroup'));
  const droppable = board.phase === 'GROUP' && isParticipant();
  return el('div', {class: 'group', 'data-group-id': group.id,
    ondragover: droppable ? event => { event.preventDefault(); event.stopPropagation(); } : null,
    ondrop: droppable ? event => dropOnGroup(event, group) : null},
    el('div', {class: 'group-head'}, nameField, votesBadge(group), voteButtons(group)),
    ...cards.map(card => cardBox(card, true)));
}

function cardBox(card, inGroup = false) {
  const body = [];
  if (editing === card.id) {
    const area = el('textarea', {class: 'edit-card', rows: 3, maxlength: 500, 'data-focus': 'edit-' + card.id}, card.text || '');
    body.push(area, el('div', {class: 'card-actions'},
      el('button', {type: 'button', class: 'small primary', onclick: () => command('PUT', '/cards/' + card.id, {text: area.value})
        .then(result => { if (result !== undefined) { editing = null; render(); } })}, t('save')),
      el('button', {type: 'button', class: 'small', onclick: () => { editing = null; render(); }}, t('cancel'))));
  } else if (card.hidden) {
    body.push(el('p', {class: 'card-text hidden-text'}, t('hiddenCard')));
  } else {
    body.push(el('p', {class: 'card-text'}, card.text));
  }
  const footer = [];
  if (!card.hidden && (card.authorId || board.anonymousCards)) {
    footer.push(el('span', {class: 'author'}, board.anonymousCards ? (card.mine ? t('you') : t('anonymous')) : name(card.authorId)));
  }
  if (!inGroup || card.votes > 0) footer.push(votesBadge(card));
  if (!inGroup) footer.push(voteButtons(card));
  if (board.phase === 'REFLECT' && card.mine && editing !== card.id) {
    footer.push(el('span', {class: 'card-actions'},
      el('button', {type: 'button', class: 'small', 'data-focus': 'edit-btn-' + card.id, onclick: () => { editing = card.id; render(); }}, t('edit')),
      el('button', {type: 'button', class: 'small danger', 'data-focus': 'delete-' + card.id,
        onclick: () => command('DELETE', '/cards/' + card.id)}, t('delete'))));
  }
  if (board.phase === 'GROUP' && isParticipant()) {
    const box = el('input', {type: 'checkbox', 'data-focus': 'select-' + card.id, checked: selected.has(card.id),
      onchange: event => { if (event.target.checked) selected.add(card.id); else selected.delete(card.id); renderBar(); }});
    const move = el('select', {'aria-label': t('moveTo'), 'data-focus': 'move-' + card.id,
      onchange: event => command('PUT', '/cards/' + card.id + '/column', {column: event.target.value})},
      ...COLUMNS.map(column => el('option', {value: column, selected: column === card.column}, t(column))));
    footer.push(el('label', {class: 'select-card'}, box, ' ' + t('select')), move);
    if (inGroup) {
      footer.push(el('button', {type: 'button', class: 'small', 'data-focus': 'ungroup-' + card.id,
        onclick: () => command('DELETE', '/cards/' + card.id + '/group')}, t('ungroup')));
    }
  }
  const draggable = board.phase === 'GROUP' && isParticipant();
  return el('article', {class: 'card' + (card.mine ? ' mine' : '') + (card.hidden ? ' hidden' : ''), 'data-card-id': card.id,
    tabindex: 0, draggable: draggable ? 'true' : null,
    ondragstart: draggable ? event => { event.dataTransfer.setData('text/x-card', card.id); event.dataTransfer.effectAllowed = 'move'; } : null,
    ondragover: draggable ? event => { event.preventDefault(); event.stopPropagation(); } : null,
    ondrop: draggable ? event => dropOnCard(event, card) : null},
    ...body, el('footer', {class: 'card-foot'}, ...footer));
}

// Grouping by dragging: a card dropped on a card groups them (joining the target's group if it
// has one), dropped on a group joins it, dropped on a column moves it there.
function draggedCard(event) {
  event.preventDefault();
  event.stopPropagation();
  const card = findCard(event.dataTransfer.getData('text/x-card'));
  return card && card.id ? card : null;
}

function dropOnCard(event, target) {
  const dragged = draggedCard(event);
  if (!dragged || dragged.id === target.id) return;
  if (dragged.column !== target.column) {
    command('PUT', '/cards/' + dragged.id + '/column', {column: target.column});
  } else if (target.groupId) {
    command('POST', '/groups/' + encodeURIComponent(target.groupId) + '/cards', {cardIds: [dragged.id]});
  } else {
    command('POST', '/groups', {cardIds: [target.id, dragged.id]});
  }
}

function dropOnGroup(event, group) {
  const dragged = draggedCard(event);
  if (!dragged || dragged.groupId === group.id) return;
  if (dragged.column !== group.column) {
    command('PUT', '/cards/' + dragged.id + '/column', {column: group.column});
  } else {
    command('POST', '/groups/' + encodeURIComponent(group.id) + '/cards', {cardIds: [dragged.id]});
  }
}

function dropOnColumn(event, column) {
  const dragged = draggedCard(event);
  if (!dragged) return;
  if (dragged.column !== column) command('PUT', '/cards/' + dragged.id + '/column', {column});
  else if (dragged.groupId) command('DELETE', '/cards/' + dragged.id + '/group');
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
  const box = document.getElementById('outcomes');
  const parts = [];
  if (board.earlierActions.length) parts.push(earlierActionsPanel());
  if (board.phase === 'DISCUSS' || board.phase === 'CLOSED') {
    if (board.phase === 'CLOSED') parts.push(el('p', {class: 'closed-note'}, t('closedNote')));
    parts.push(decisionsPanel(), actionsPanel());
  }
  box.replaceChildren(...parts);
}

function earlierActionsPanel() {
  const canReview = isFacilitator() && board.phase !== 'CLOSED';
  return el('section', {class: 'panel', id: 'earlier-actions'}, el('h2', {}, t('earlierActions')),
    el('ul', {class: 'plain'}, ...board.earlierActions.map(review => el('li', {class: 'review'},
      el('span', {class: 'grow'}, review.text, el('span', {class: 'meta'}, ' · ' + name(review.ownerId)
        + (review.dueDate ? ' · ' + review.dueDate : ''))),
      canReview
        ? el('span', {class: 'segmented', role: 'group'}, ...['DONE', 'DROPPED', 'CARRIED_ON'].map(outcome =>
            el('button', {type: 'button', class: 'small' + (review.outcome === outcome ? ' active' : ''),
              'aria-pressed': String(review.outcome === outcome), 'data-focus': 'review-' + review.actionId + outcome,
              onclick: () => command('POST', '/earlier-actions/' + review.actionId + '/review', {outcome})}, t(outcome))))
        : el('span', {class: 'outcome'}, review.outcome ? t(review.outcome) : t('notReviewed'))))));
}

function decisionsPanel() {
  const items = board.decisions.length
    ? board.decisions.map(decision => el('li', {}, decision.text))
    : [el('li', {class: 'empty'}, t('noDecisions'))];
  const parts = [el('h2', {}, t('decisions')), el('ul', {class: 'plain', id: 'decisions'}, ...items)];
  if (isFacilitator() && board.phase === 'DISCUSS') {
    const text = el('input', {id: 'decision-text', maxlength: 1000, 'aria-label': t('decision'), placeholder: t('decision'), class: 'grow'});
    parts.push(el('form', {class: 'inline-form', onsubmit: event => {
      event.preventDefault();
      command('POST', '/decisions', {text: text.value}).then(result => { if (result) text.value = ''; });
    }}, text, el('button', {type: 'submit', class: 'primary'}, t('record'))));
  }
  return el('section', {class: 'panel'}, ...parts);
}

function actionsPanel() {
  const items = board.actions.length
    ? board.actions.map(action => el('li', {}, action.text,
        el('span', {class: 'meta'}, ' · ' + name(action.ownerId) + (action.dueDate ? ' · ' + action.dueDate : ''))))
    : [el('li', {class: 'empty'}, t('noActions'))];
  const parts = [el('h2', {}, t('actions')), el('ul', {class: 'plain', id: 'actions'}, ...items)];
  if (isFacilitator() && board.phase === 'DISCUSS') {
    const text = el('input', {id: 'action-text', maxlength: 500, 'aria-label': t('action'), placeholder: t('action'), class: 'grow'});
    const owner = el('select', {id: 'action-owner', 'aria-label': t('owner')},
      ...board.participants.map(id => el('option', {value: id}, name(id))));
    const due = el('input', {id: 'action-due', type: 'date', 'aria-label': t('dueDate')});
    parts.push(el('form', {class: 'inline-form', onsubmit: event => {
      event.preventDefault();
      command('POST', '/actions', {text: text.value, ownerId: owner.value, dueDate: due.value || null})
        .then(result => { if (result) { text.value = ''; due.value = ''; } });
    }}, text, owner, due, el('button', {type: 'submit', class: 'primary'}, t('add'))));
  }
  return el('section', {class: 'panel'}, ...parts);
}

// ---- start ----

let me = null;
let directory = null;

/** Evaluators read every board and take part in none. */
const takesPart = person => person.roles.some(role => role === 'MEMBER' || role === 'FACILITATOR' || role === 'ADMIN');

async function join() {
  try {
    await sendCommand('POST', path('/participants'), joinToken ? {token: joinToken} : undefined);
    if (joinToken) history.replaceState(null, '', '/board.html?id=' + encodeURIComponent(sessionId));
  } catch (e) {
    if (e.status !== 409) notify(explain(e));
  }
}

/** The facilitator's invitation controls: renew the link, open to the module, add a person. */
function renderShare() {
  const share = document.getElementById('share');
  share.hidden = !isFacilitator() || board.phase === 'CLOSED';
  if (share.hidden) return;
  document.getElementById('open-to-module').checked = !!board.openToModule;
  if (directory) {
    const select = document.getElementById('add-participant-person');
    const options = directory.filter(person => !board.participants.includes(person.id))
      .map(person => el('option', {value: person.id}, person.displayName));
    if (select.options.length !== options.length) select.replaceChildren(...options);
  }
}

function setUpShare() {
  document.getElementById('renew-link').addEventListener('click', async () => {
    const result = await command('POST', '/join-link');
    if (result) {
      board.joinToken = result.joinToken;
      notify(t('linkRenewed'), 'info');
    }
  });
  document.getElementById('open-to-module').addEventListener('change', event =>
    command('PUT', '/open-to-module', {open: event.target.checked}));
  document.getElementById('add-participant').addEventListener('submit', event => {
    event.preventDefault();
    const personId = document.getElementById('add-participant-person').value;
    if (personId) command('POST', '/participants', {personId}).then(refetch);
  });
  document.getElementById('share').addEventListener('toggle', async event => {
    if (event.target.open && !directory) {
      directory = await attempt(() => api('GET', '/api/directory')) || [];
      renderShare();
    }
  });
}

function copyLink() {
  const link = location.origin + '/board.html?id=' + encodeURIComponent(sessionId)
    + (board && board.joinToken ? '&join=' + encodeURIComponent(board.joinToken) : '');
  if (navigator.clipboard && window.isSecureContext) {
    navigator.clipboard.writeText(link).then(() => notify(t('copied'), 'info'), () => prompt(t('copyLink'), link));
  } else {
    prompt(t('copyLink'), link);
  }
}

async function start() {
  if (!sessionId) {
    location.href = '/';
    return;
  }
  document.getElementById('copy-link').addEventListener('click', copyLink);
  translatePage();
  document.getElementById('lang').append(languageSwitch(() => {
    document.getElementById('board').replaceChildren();
    render();
  }));
  setUpShare();
  me = await attempt(() => api('GET', '/api/me'));
  // Admins and evaluators may read any board; admins join only when they choose to take part.
  if (me && me.roles.some(role => role === 'MEMBER' || role === 'FACILITATOR')) await join();
  connect();
  setInterval(() => { if (board && board.timer) renderTimer(); }, 1000);
}

start();
